import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  MAX_FILE_BYTES,
  readMapFile,
  serializeMap,
  type LoadResult,
} from '../../src/persistence/format';
import { asNewMap, exportMapJson, importMapFile } from '../../src/export/json';
import { mapFilename } from '../../src/export/filename';
import { importFile } from '../../src/export/importFile';
import { renderMapSvg } from '../../src/export/svg';
import { richMap } from '../builders';

const FIXTURES = join(__dirname, '../fixtures/bad-files');
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');
const fileOf = (name: string) => new File([fixture(name)], name, { type: 'application/json' });

/** The error of a failed load, or a test failure if it loaded. */
function errorOf(result: LoadResult) {
  if (result.ok) throw new Error('expected the file to be refused');
  return result.error;
}

describe('exportMapJson', () => {
  it('names the file after the title and holds the envelope', async () => {
    const map = richMap();
    const { filename, blob } = exportMapJson(map);
    expect(filename).toBe('repairs-reporting-a-leak.json');
    expect(blob.type).toBe('application/json');
    const back = readMapFile(await blob.text());
    expect(back).toEqual({ ok: true, map, migratedFrom: null });
  });

  it('makes safe file names from any title', () => {
    expect(mapFilename('Café / "Get help" <2024>', 'json')).toBe('cafe-get-help-2024.json');
    expect(mapFilename('   ', 'csv')).toBe('journey-map.csv');
    expect(mapFilename('../../etc/passwd', 'json')).toBe('etc-passwd.json');
    expect(mapFilename('CON', 'png')).toBe('con-map.png');
    expect(mapFilename('住宅の修理', 'svg')).toBe('住宅の修理.svg');
    expect(mapFilename('x'.repeat(300), 'json')).toBe(`${'x'.repeat(80)}.json`);
    // Scripts whose vowel signs and tone marks are marks keep them (they are not accents).
    expect(mapFilename('การเดินทางของลูกค้า', 'png')).toBe('การเดินทางของลูกค้า.png');
    expect(mapFilename('ग्राहक यात्रा', 'svg')).toBe('ग्राहक-यात्रा.svg');
    expect(mapFilename('رحلة العميل', 'csv')).toBe('رحلة-العميل.csv');
    expect(mapFilename('고객 여정', 'csv')).toBe('고객-여정.csv');
    expect(mapFilename('Ελληνικά Ωραία', 'csv')).toBe('ελληνικα-ωραια.csv');
    // Cut at 80 graphemes, never between a consonant and its marks.
    expect(mapFilename('กี่'.repeat(100), 'png')).toBe(`${'กี่'.repeat(80)}.png`);
  });
});

describe('importMapFile', () => {
  const GOOD = new Set(['valid-minimal.json', 'html-in-text.json', 'uppercase-link.json']);
  it.each(readdirSync(FIXTURES).filter((name) => name.endsWith('.json')))(
    'gives %s the expected outcome, with a message',
    async (name) => {
      const result = await importMapFile(fileOf(name));
      expect(result.ok).toBe(GOOD.has(name));
      if (!result.ok) expect(result.error.message.length).toBeGreaterThan(10);
    },
  );

  it('opens a valid file', async () => {
    const result = await importMapFile(fileOf('valid-minimal.json'));
    expect(result.ok).toBe(true);
  });

  it('refuses text that is not JSON', async () => {
    const error = errorOf(await importMapFile(fileOf('not-json.json')));
    expect(error.kind).toBe('not-json');
    expect(error.message).toMatch(/not valid JSON/);
  });

  it('refuses an empty file', async () => {
    const error = errorOf(await importMapFile(fileOf('empty.json')));
    expect(error).toMatchObject({ kind: 'empty', message: 'This file is empty.' });
    expect(errorOf(readMapFile('  \n ')).kind).toBe('empty');
  });

  it('refuses JSON that is not a Waymark file', async () => {
    const error = errorOf(await importMapFile(fileOf('not-waymark.json')));
    expect(error.kind).toBe('not-waymark');
    expect(error.message).toMatch(/not a Waymark journey map file/);
    expect(errorOf(readMapFile('[1, 2]')).kind).toBe('not-waymark');
    expect(errorOf(readMapFile('null')).kind).toBe('not-waymark');
  });

  it('refuses a file from a newer version and says which', async () => {
    const error = errorOf(await importMapFile(fileOf('newer-version.json')));
    expect(error.kind).toBe('newer-version');
    expect(error.message).toContain('format 99');
    expect(error.message).toContain('Waymark 9.0.0');
  });

  it('names the path of a field with the wrong type', async () => {
    const error = errorOf(await importMapFile(fileOf('wrong-type.json')));
    expect(error.kind).toBe('invalid');
    expect(error.message).toContain('phases[0].steps[0].title: expected text, not 42');
    expect(error.problems).toContainEqual({
      path: 'phases[0].steps[0].title',
      message: 'expected text, not 42',
    });
  });

  it('names the value found where a fixed choice was expected, cut short when long', () => {
    const file = JSON.parse(fixture('valid-minimal.json')) as {
      map: { lanes: { kind: string }[] };
    };
    file.map.lanes[0]!.kind = 'banana';
    const error = errorOf(readMapFile(JSON.stringify(file)));
    expect(error.problems[0]?.path).toBe('lanes[0].kind');
    expect(error.problems[0]?.message).toMatch(/^expected one of "[a-z-]+", .*, not "banana"$/);
    file.map.lanes[0]!.kind = 'x'.repeat(500);
    const long = errorOf(readMapFile(JSON.stringify(file)));
    expect(long.problems[0]?.message).toMatch(/, not "x{38}…$/);
  });

  it('refuses a file over the size limit before reading it', async () => {
    const file = new File(['{}'], 'huge.json');
    Object.defineProperty(file, 'size', { value: MAX_FILE_BYTES + 1 });
    let read = false;
    Object.defineProperty(file, 'text', {
      value: () => {
        read = true;
        return Promise.resolve('{}');
      },
    });
    const error = errorOf(await importMapFile(file));
    expect(error.kind).toBe('too-large');
    expect(error.message).toMatch(/50\.0 MB/);
    expect(read).toBe(false);
  });

  it.each(['proto-key.json', 'constructor-key.json'])(
    'refuses %s and leaves Object.prototype clean',
    async (name) => {
      const error = errorOf(await importMapFile(fileOf(name)));
      expect(error.kind).toBe('unsafe');
      expect(error.message).toMatch(/__proto__|constructor/);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(Object.prototype).not.toHaveProperty('polluted');
    },
  );

  it('refuses links to cards that do not exist', async () => {
    const error = errorOf(await importMapFile(fileOf('dangling-link.json')));
    expect(error.kind).toBe('invalid');
    expect(error.problems).toContainEqual({
      path: 'links[0].to',
      message: 'the link points at a card that does not exist ("card-gone")',
    });
  });

  it('refuses duplicate ids and says where the first one is', async () => {
    const error = errorOf(await importMapFile(fileOf('duplicate-ids.json')));
    expect(error.problems).toContainEqual({
      path: 'cards[1].id',
      message: 'duplicate id "card-phone" (also used at cards[0].id)',
    });
  });

  it('refuses numbers too big for JSON (1e400 reads as Infinity) and beyond the limits', async () => {
    const infinite = errorOf(await importMapFile(fileOf('infinite-number.json')));
    expect(infinite.problems).toContainEqual({
      path: 'cards[0].order',
      message: 'expected a number, not Infinity',
    });
    const huge = errorOf(await importMapFile(fileOf('huge-order.json')));
    expect(huge.problems).toContainEqual({
      path: 'cards[0].order',
      message: 'too large (at most 1000000)',
    });
  });

  it('refuses NaN written as text and an infinite format version', () => {
    const file = JSON.parse(fixture('valid-minimal.json')) as {
      map: { cards: { order: unknown }[] };
    };
    file.map.cards[0]!.order = 'NaN';
    expect(errorOf(readMapFile(JSON.stringify(file))).problems[0]).toEqual({
      path: 'cards[0].order',
      message: 'expected a number, not "NaN"',
    });
    const version = fixture('valid-minimal.json').replace(
      '"formatVersion": 4',
      '"formatVersion": 1e400',
    );
    expect(errorOf(readMapFile(version)).kind).toBe('not-waymark');
  });

  it('keeps HTML in text as plain text, and the SVG export escapes it', async () => {
    const result = await importMapFile(fileOf('html-in-text.json'));
    if (!result.ok) throw new Error(result.error.message);
    const card = result.map.cards[0]!;
    expect(card.title).toBe('<script>alert("x")</script><img src=x onerror=alert(1)>');
    expect(card.description).toBe('<b>bold</b> & "quoted"');
    const { svg } = renderMapSvg(result.map, { background: 'white' });
    expect(svg).not.toContain('<script');
    expect(svg).not.toContain('<img');
    expect(svg).toContain('&lt;script&gt;');
  });

  it.each([
    ['javascript-url.json', 'javascript:'],
    ['data-url.json', 'data:'],
  ])('refuses the link in %s', async (name) => {
    const error = errorOf(await importMapFile(fileOf(name)));
    expect(error.problems).toContainEqual({
      path: 'cards[1].sourceUrl',
      message: 'expected a link starting with http://, https:// or mailto:',
    });
  });

  it('refuses very deep nesting without crashing', () => {
    const deep = `{"format":"waymark.journey-map","formatVersion":2,"map":${'['.repeat(200_000)}${']'.repeat(200_000)}}`;
    const result = readMapFile(deep);
    expect(result.ok).toBe(false);
  });

  it('reads a file with a byte order mark', () => {
    expect(readMapFile(`\uFEFF${serializeMap(richMap())}`).ok).toBe(true);
  });
});

describe('asNewMap', () => {
  it('gives a new map id and keeps everything inside', () => {
    const map = richMap();
    const now = new Date('2025-04-01T12:00:00.000Z');
    const copy = asNewMap(map, now);
    expect(copy.id).not.toBe(map.id);
    expect(copy.updatedAt).toBe('2025-04-01T12:00:00.000Z');
    expect({ ...copy, id: map.id, updatedAt: map.updatedAt }).toEqual(map);
  });
});

describe('importFile', () => {
  const now = new Date('2025-05-05T05:05:05.000Z');

  it('imports a JSON export as a new map', async () => {
    const map = richMap();
    const { blob, filename } = exportMapJson(map);
    const result = await importFile(new File([await blob.text()], filename), { now });
    if (!result.ok) throw new Error(result.message);
    expect(result.format).toBe('json');
    expect(result.map.id).not.toBe(map.id);
    expect({ ...result.map, id: map.id, updatedAt: map.updatedAt }).toEqual(map);
  });

  it('imports a CSV as a new map titled after the file', async () => {
    const csv = 'phase,lane,kind,title\r\nReport,Touchpoints,touchpoint,Call\r\n';
    const result = await importFile(new File([csv], 'repairs_journey.csv'), { now });
    if (!result.ok) throw new Error(result.message);
    expect(result.format).toBe('csv');
    expect(result.map.title).toBe('repairs journey');
    expect(result.map.cards[0]?.title).toBe('Call');
  });

  it('recognises JSON by its content whatever the name', async () => {
    const result = await importFile(new File([fixture('valid-minimal.json')], 'download'), { now });
    expect(result.ok && result.format).toBe('json');
  });

  it('reports problems with where they are', async () => {
    const json = await importFile(fileOf('wrong-type.json'), { now });
    expect(json).toMatchObject({
      ok: false,
      problems: [{ where: 'phases[0].steps[0].title', message: 'expected text, not 42' }],
    });
    // A sheet imports in part: the bad cell is left out and listed by row and column.
    const csv = await importFile(new File(['phase,lane,kind,title\r\nP,L,wish,x\r\n'], 'x.csv'), {
      now,
    });
    expect(csv).toMatchObject({
      ok: true,
      problems: [
        {
          where: 'row 2, column "kind"',
          message: expect.stringMatching(/^expected one of: .*; this cell was left out$/),
        },
      ],
    });
    expect(csv.ok && csv.map.cards.map((c) => [c.title, c.kind])).toEqual([['x', 'note']]);
    // When no row at all can be placed, nothing is imported and every row is named.
    const none = await importFile(new File(['phase,lane,title\r\n,L,x\r\nP,,y\r\n'], 'x.csv'), {
      now,
    });
    expect(none).toMatchObject({
      ok: false,
      problems: [
        { where: 'row 2, column "phase"', message: 'missing: which phase is this card in?' },
        { where: 'row 3, column "lane"', message: 'missing: which lane is this card in?' },
      ],
    });
  });

  it('refuses a huge file before reading it', async () => {
    const file = new File(['x'], 'big.csv');
    Object.defineProperty(file, 'size', { value: MAX_FILE_BYTES + 1 });
    Object.defineProperty(file, 'text', { value: () => Promise.reject(new Error('read')) });
    const result = await importFile(file);
    expect(result).toMatchObject({ ok: false, problems: [] });
    expect(!result.ok && result.message).toMatch(/Waymark opens files up to 50\.0 MB/);
  });
});
