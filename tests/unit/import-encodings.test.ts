/**
 * Spreadsheets and map files as real tools write them: encodings (issue 16, parts 2 and 6),
 * Excel's sep= line, separators and the decimal comma, bad cells by row and column.
 */
import { describe, expect, it } from 'vitest';
import { importFile, type ImportResult } from '../../src/export/importFile';
import { decodeText } from '../../src/persistence/textEncoding';
import { serializeMap } from '../../src/persistence/format';
import { readNumber } from '../../src/export/csvCells';
import { readCsvRows } from '../../src/export/csvRows';
import { applyActionPlanCsv } from '../../src/export/actionPlanCsv';
import { richMap } from '../builders';

const now = new Date('2025-03-01T10:00:00Z');

/** Bytes of `text` in Windows-1252 (every character used here is in it). */
function windows1252(text: string): Uint8Array {
  const special: Record<string, number> = { '€': 0x80, '’': 0x92, '“': 0x93, '”': 0x94, '–': 0x96 };
  return Uint8Array.from(Array.from(text), (char) => {
    const code = special[char] ?? char.charCodeAt(0);
    if (code > 0xff) throw new Error(`${char} is not in Windows-1252`);
    return code;
  });
}

function utf16(text: string, endian: 'le' | 'be', bom = true): Uint8Array {
  const out: number[] = bom ? (endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (endian === 'le') out.push(code & 0xff, code >> 8);
    else out.push(code >> 8, code & 0xff);
  }
  return Uint8Array.from(out);
}

const utf8 = (text: string, bom = false) =>
  Uint8Array.from([...(bom ? [0xef, 0xbb, 0xbf] : []), ...new TextEncoder().encode(text)]);

async function imported(bytes: Uint8Array, name = 'cafe.csv') {
  const result = await importFile(new File([bytes as BlobPart], name), { now });
  if (!result.ok) throw new Error(`${result.message}\n${JSON.stringify(result.problems)}`);
  return result;
}

async function refused(bytes: Uint8Array | string, name = 'file.csv') {
  const result: ImportResult = await importFile(new File([bytes as BlobPart], name), { now });
  if (result.ok) throw new Error('expected the file to be refused');
  return result;
}

const CAFE_CSV =
  'phase,lane,kind,title\r\nVisit,Touchpoints,touchpoint,Café drop-in\r\nVisit,Touchpoints,touchpoint,Fee £5 or €6\r\n';

describe('encodings of a CSV', () => {
  it('reads a CSV that Excel saved as plain "CSV" (Windows-1252) with é, £ and €', async () => {
    const result = await imported(windows1252(CAFE_CSV));
    expect(result.map.cards.map((card) => card.title)).toEqual(['Café drop-in', 'Fee £5 or €6']);
    expect(result.problems).toEqual([]);
  });

  it.each([
    ['UTF-8 with a byte order mark', utf8(CAFE_CSV, true)],
    ['UTF-8 without one', utf8(CAFE_CSV)],
    ['UTF-16 LE with a byte order mark (Excel "Unicode text")', utf16(CAFE_CSV, 'le')],
    ['UTF-16 BE with a byte order mark', utf16(CAFE_CSV, 'be')],
    ['UTF-16 LE without a byte order mark', utf16(CAFE_CSV, 'le', false)],
  ])('reads %s alike', async (_name, bytes) => {
    const result = await imported(bytes);
    expect(result.map.cards.map((card) => card.title)).toEqual(['Café drop-in', 'Fee £5 or €6']);
  });

  it('reads Excel "Unicode text": UTF-16 with tabs and decimal commas', async () => {
    const text =
      'phase\tlane\tkind\ttitle\tmetric value\r\nUse\tMetrics\tmetric\tCalls answered\t72,5\r\n';
    const result = await imported(utf16(text, 'le'), 'metrics.txt');
    expect(result.map.cards[0]).toMatchObject({ title: 'Calls answered', value: 72.5 });
  });

  it('refuses other older encodings, naming what it reads, and never stores "�"', async () => {
    // "Привет мир, Москва" in Windows-1251 (Cyrillic): not UTF-8, and not Western European.
    const cyrillic = Uint8Array.from([
      ...new TextEncoder().encode('phase,lane,title\r\nP,L,'),
      0xcf,
      0xf0,
      0xe8,
      0xe2,
      0xe5,
      0xf2,
      0x20,
      0xec,
      0xe8,
      0xf0,
      0x2c,
      0x20,
      0xcc,
      0xee,
      0xf1,
      0xea,
      0xe2,
      0xe0,
      0x0d,
      0x0a,
    ]);
    const result = await refused(cyrillic);
    expect(result.message).toMatch(/not UTF-8 text \(line 2 /);
    expect(result.message).toMatch(/Waymark reads UTF-8, UTF-16 and Windows-1252/);
    expect(result.message).not.toContain('�');
    // A byte Windows-1252 does not define (0x81) cannot be Windows-1252 either.
    expect((await refused(Uint8Array.from([0x61, 0x2c, 0x81, 0xe9]))).message).toMatch(
      /does not read as Windows-1252/,
    );
    // A file that says it is UTF-8 (byte order mark) but is not.
    expect(
      (await refused(Uint8Array.from([0xef, 0xbb, 0xbf, 0x74, 0x0a, 0xe9, 0x0a]))).message,
    ).toMatch(/says it is UTF-8 text, but line 2 holds bytes that are not UTF-8/);
  });

  it('lists text that already holds "�" (lost before Waymark) by row and column', async () => {
    const result = await imported(utf8('phase,lane,title\r\nP,L,Caf\uFFFD drop-in\r\n'));
    expect(result.map.cards[0]?.title).toBe('Caf\uFFFD drop-in');
    expect(result.problems).toEqual([
      {
        where: 'row 2, column "title"',
        message: expect.stringContaining('holds “�” where characters were lost'),
      },
    ]);
  });

  it('decodes text and says which encoding it found', () => {
    expect(decodeText(windows1252('Café'))).toMatchObject({
      ok: true,
      text: 'Café',
      encoding: 'Windows-1252',
    });
    expect(decodeText(utf8('Café', true))).toMatchObject({
      ok: true,
      text: 'Café',
      encoding: 'UTF-8',
    });
    expect(decodeText(utf16('Café', 'be'))).toMatchObject({
      ok: true,
      text: 'Café',
      encoding: 'UTF-16 BE',
    });
    expect(decodeText(utf16('Ca', 'le').subarray(0, 3))).toMatchObject({ ok: false });
  });
});

describe('encodings of a JSON map', () => {
  const map = richMap();
  map.title = 'Café – “Réparations” à Genève';
  map.cards[0]!.title = 'Appel téléphonique: 5 € ou £4';
  const json = serializeMap(map);

  it('reads a JSON map saved in Windows-1252 with its accents', async () => {
    const result = await imported(windows1252(json), 'map.json');
    expect(result.map.title).toBe('Café – “Réparations” à Genève');
    expect(result.map.cards.find((card) => card.id === map.cards[0]!.id)?.title).toBe(
      'Appel téléphonique: 5 € ou £4',
    );
  });

  it.each([
    ['UTF-8 with a byte order mark', utf8(json, true)],
    ['UTF-16 LE', utf16(json, 'le')],
  ])('reads a JSON map in %s', async (_name, bytes) => {
    expect((await imported(bytes, 'map.json')).map.title).toBe('Café – “Réparations” à Genève');
  });

  it('lists fields that hold "�" by path', async () => {
    const broken = richMap();
    broken.cards[1]!.description = 'Envoy\uFFFD';
    const result = await imported(utf8(serializeMap(broken)), 'map.json');
    expect(result.problems).toEqual([
      {
        where: 'cards[1].description',
        message: expect.stringContaining('where characters were lost'),
      },
    ]);
  });
});

describe("separators, Excel's sep= line and the decimal comma", () => {
  it('honours a sep=; first line (Excel) and numbers rows as the spreadsheet does', async () => {
    const text =
      'sep=;\r\nphase;lane;kind;title;emotion score\r\nUse;Feelings;emotion;Happy;1\r\nUse;Feelings;emotion;Cross;x\r\n';
    const result = await imported(utf8(text));
    expect(result.map.cards.map((card) => card.title)).toEqual(['Happy', 'Cross']);
    // The sep= line is not a row in Excel: the header is row 1, so "Cross" is row 3.
    expect(result.problems).toEqual([
      {
        where: 'row 3, column "emotion score"',
        message: 'expected a number; this cell was left out',
      },
    ]);
  });

  it.each([
    ['sep=,', ','],
    ['"sep=|"', '|'],
    ['SEP=\t', '\t'],
  ])('honours %s', async (line, separator) => {
    const text = `${line}\r\n${['phase', 'lane', 'title'].join(separator)}\r\n${['P', 'L', '"Hello, world"'].join(separator)}\r\n`;
    const result = await imported(utf8(text));
    expect(result.map.cards[0]?.title).toBe('Hello, world');
  });

  it('reads 72,5 as 72.5 in a semicolon CSV from a German or French Excel', async () => {
    const text =
      'phase;lane;kind;title;metric value;metric target;sample size\r\nUse;Metrics;metric;Calls;72,5;80;1.234.567\r\n';
    const result = await imported(windows1252(text));
    expect(result.map.cards[0]).toMatchObject({ value: 72.5, target: 80, sampleSize: 1234567 });
  });

  it('guesses comma, semicolon and tab separators without a sep= line', () => {
    for (const separator of [',', ';', '\t']) {
      const parsed = readCsvRows(
        ['a', 'b', 'c'].join(separator) + '\r\n1' + separator + '2' + separator + '3',
      );
      expect(parsed.ok && parsed.sheet.rows[1]).toEqual(['1', '2', '3']);
      expect(parsed.ok && parsed.sheet.decimalComma).toBe(separator !== ',');
    }
  });

  it('reads numbers as the sheet writes them', () => {
    const comma = (text: string) => readNumber(text, true);
    const dot = (text: string) => readNumber(text, false);
    expect(comma('72,5')).toEqual({ ok: true, value: 72.5 });
    expect(comma('72.5')).toEqual({ ok: true, value: 72.5 });
    expect(comma('1.234,5')).toEqual({ ok: true, value: 1234.5 });
    expect(comma('1 234,5')).toEqual({ ok: true, value: 1234.5 });
    expect(comma('1\u202F234,5')).toEqual({ ok: true, value: 1234.5 });
    expect(comma('-0,25')).toEqual({ ok: true, value: -0.25 });
    expect(comma('1.234')).toMatchObject({
      ok: false,
      message: expect.stringContaining('could be a whole number'),
    });
    expect(dot('72.5')).toEqual({ ok: true, value: 72.5 });
    expect(dot('1,234.5')).toEqual({ ok: true, value: 1234.5 });
    expect(dot('72,5')).toEqual({
      ok: false,
      message: 'expected a number with a dot for decimals (e.g. 72.5)',
    });
    expect(dot('0,234')).toMatchObject({ ok: false });
    expect(dot('')).toEqual({ ok: true, value: null });
    expect(dot('12 apples')).toEqual({ ok: false, message: 'expected a number' });
  });

  it('reports a bad cell by row and column and imports the rest', async () => {
    const text = [
      'phase;lane;kind;title;emotion score;metric value',
      'Use;Feelings;emotion;Fine;1;',
      'Use;Feelings;emotion;Too happy;7;',
      'Use;Metrics;metric;Calls;;seventy',
      ';Metrics;metric;Nowhere;;1',
    ].join('\r\n');
    const result = await imported(utf8(text));
    expect(result.map.cards.map((card) => card.title)).toEqual(['Fine', 'Too happy', 'Calls']);
    expect(result.map.cards[1]).toMatchObject({ kind: 'emotion', score: null });
    expect(result.problems).toEqual([
      {
        where: 'row 3, column "emotion score"',
        message: 'too large (at most 2); this cell was left out',
      },
      {
        where: 'row 4, column "metric value"',
        message: 'expected a number; this cell was left out',
      },
      {
        where: 'row 5, column "phase"',
        message: 'missing: which phase is this card in?; this row was not imported',
      },
    ]);
  });

  it('reads an action plan CSV with sep=; and semicolons, and refuses bad cells by row and column', () => {
    const map = richMap();
    const id = map.cards.find((card) => card.kind === 'recommendation')!.id;
    const ok = applyActionPlanCsv(map, `sep=;\r\nID;Owner;Status\r\n${id};Zoë Müller;Amber\r\n`);
    expect(ok.ok && ok.map.cards.find((card) => card.id === id)).toMatchObject({
      owner: 'Zoë Müller',
      status: 'at-risk',
    });
    const bad = applyActionPlanCsv(
      map,
      `ID\tStatus\tTarget date\r\n${id}\tpurple\tSpring 2023\r\n`,
    );
    expect(bad).toMatchObject({
      ok: false,
      // "Spring 2023" is a plan date (format 3), so only the status is refused.
      problems: [
        { row: 2, column: 'Status', message: expect.stringMatching(/^“purple” is not a status/) },
      ],
    });
  });
});
