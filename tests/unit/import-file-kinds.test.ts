/**
 * Files that are not what they seem (issue 16, part 6): a picture, a PDF or an Office file
 * chosen for import is named for what it is; JSON errors are plain words, never engine text.
 */
import { zipSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { importFile } from '../../src/export/importFile';
import { readSheetFile } from '../../src/export/readSheetFile';
import { readMapFile } from '../../src/persistence/format';
import { describeJsonError, jsonNestingDepth } from '../../src/persistence/jsonText';

const now = new Date('2025-03-01T10:00:00Z');

async function messageFor(bytes: Uint8Array | string, name: string): Promise<string> {
  const result = await importFile(new File([bytes as BlobPart], name), { now });
  if (result.ok) throw new Error(`expected ${name} to be refused`);
  return result.message;
}

const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const zip = (entries: Record<string, string>) =>
  zipSync(Object.fromEntries(Object.entries(entries).map(([k, v]) => [k, strToU8(v)])));
const ods = () => {
  // OpenDocument: "mimetype" first and stored, so its text is readable at the start.
  return zipSync({
    mimetype: [strToU8('application/vnd.oasis.opendocument.spreadsheet'), { level: 0 }],
    'content.xml': strToU8('<office:document-content/>'),
  });
};

const READS = 'Waymark imports maps saved as JSON, CSV or Excel (.xlsx).';

describe('a file that is not a map', () => {
  it('names a PNG picture for what it is, whatever it is called', async () => {
    expect(await messageFor(PNG, 'journey.png')).toBe(`This is a PNG picture; ${READS}`);
    expect(await messageFor(PNG, 'journey.csv')).toBe(`This is a PNG picture; ${READS}`);
  });

  it.each([
    ['photo.jpg', Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]), 'a JPEG photo'],
    ['anim.gif', strToU8('GIF89a....'), 'a GIF picture'],
    ['report.pdf', strToU8('%PDF-1.7\n%âãÏÓ\n'), 'a PDF document'],
    [
      'notes.docx',
      zip({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document/>' }),
      'a Word document (.docx)',
    ],
    ['deck.pptx', zip({ 'ppt/presentation.xml': '<p/>' }), 'a PowerPoint presentation (.pptx)'],
    [
      'old.xls',
      Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
      'an Excel 97–2003 workbook (.xls)',
    ],
    ['sheet.ods', ods(), 'an OpenDocument spreadsheet (.ods)'],
    ['archive.zip', zip({ 'readme.txt': 'hello' }), 'a ZIP archive'],
    [
      'map.svg',
      '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"></svg>',
      'an SVG picture',
    ],
    ['page.html', '<!doctype html><html><body>Map</body></html>', 'a web page (HTML)'],
  ])('names %s as %s', async (name, bytes, what) => {
    expect(await messageFor(bytes, name)).toMatch(
      new RegExp(`^This is ${what.replace(/[().]/g, '\\$&')}; ${READS.replace(/[().]/g, '\\$&')}`),
    );
  });

  it('says how to turn an old or other spreadsheet into one Waymark reads', async () => {
    expect(await messageFor(ods(), 'sheet.ods')).toMatch(
      /save it as an Excel workbook \(\.xlsx\) or as CSV UTF-8\.$/,
    );
  });

  it('names a damaged workbook in plain words', async () => {
    const broken = zip({ 'xl/workbook.xml': '<workbook', '[Content_Types].xml': '<Types/>' });
    expect(await messageFor(broken, 'plan.xlsx')).toMatch(
      /^This Excel workbook could not be read: it seems to be damaged/,
    );
  });

  it('names a picture chosen for the action plan import too', async () => {
    const result = await readSheetFile(
      new File([PNG as BlobPart], 'plan.csv'),
      'the action plan imports CSV or Excel (.xlsx) files',
      [],
    );
    expect(result).toMatchObject({
      ok: false,
      message: 'This is a PNG picture; the action plan imports CSV or Excel (.xlsx) files.',
    });
    const json = await readSheetFile(
      new File(['{"format":"waymark.journey-map"}'], 'map.json'),
      'the action plan imports CSV or Excel (.xlsx) files',
      [],
    );
    expect(json).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^This is a JSON file;/),
    });
  });
});

describe('JSON that is not what it seems', () => {
  it('refuses a valid but very deeply nested file in plain words', () => {
    const deep = `{"format":"waymark.journey-map","formatVersion":2,"map":${'['.repeat(200_000)}${']'.repeat(200_000)}}`;
    const result = readMapFile(deep);
    expect(result).toMatchObject({ ok: false, error: { kind: 'not-waymark' } });
    const message = result.ok ? '' : result.error.message;
    expect(message).toBe(
      'This file nests lists and groups more than 100 levels deep. A Waymark map never goes deeper than about ten, so this is not a Waymark map file.',
    );
    expect(message).not.toMatch(/stack|Maximum/i);
    // Brackets inside text do not count.
    expect(jsonNestingDepth(`{"a":"${'['.repeat(500)}"}`)).toBe(1);
  });

  it.each([
    ['{"a": 1,}', 'line 1, column 9: there is a comma before “}” with nothing after it'],
    [
      '{"a": 1\n "b": 2}',
      'line 2, column 2: expected “,” or “}” (is a comma missing?) but found “"”',
    ],
    ["{'a': 1}", "line 1, column 2: expected a field name in double quotes but found “'”"],
    ['{"a": [1, 2', 'line 1, column 12: the file ends in the middle, as if it was cut off'],
    [
      '{"a": "two\nlines"}',
      'line 1, column 11: a line break or tab inside text must be written as \\n or \\t',
    ],
    ['{"a": 01}', 'line 1, column 8: expected “,” or “}” (is a comma missing?) but found “1”'],
    [
      '{"a": tru}',
      'line 1, column 7: expected a value (text in double quotes, a number, true, false, null, { or [) but found “t”',
    ],
    ['{} {}', 'line 1, column 4: there is more text after the end of the JSON'],
    [
      '{"a": "😀", "b": x}',
      'line 1, column 17: expected a value (text in double quotes, a number, true, false, null, { or [) but found “x”',
    ],
  ])('says where and why %j is not JSON', (text, expected) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(describeJsonError(text)).toBe(expected);
    const result = readMapFile(text);
    expect(result.ok ? '' : result.error.message).toBe(
      `This file is not valid JSON (${expected}), so it cannot be opened. If you edited it by hand, check that spot; otherwise export the map again.`,
    );
  });

  it("never passes on the browser parser's own words", () => {
    for (const text of ['{', '{"a":}', 'nul', '[1,]', '{"a":"\\x"}']) {
      const result = readMapFile(text);
      const message = result.ok ? '' : result.error.message;
      expect(message).toMatch(/^This file is not valid JSON \(line \d+, column \d+: /);
      expect(message).not.toMatch(/Unexpected|token|position|JSON\.parse/);
    }
  });
});
