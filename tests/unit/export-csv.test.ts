import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { JourneyMap } from '../../src/domain/schema';
import { CSV_HEADERS, csvToMap, mapToCsv, type CsvResult } from '../../src/export/csv';
import { neutraliseCell, restoreCell } from '../../src/export/csvCells';
import { richMap } from '../builders';

/** Rows of cells of a CSV (without its BOM). */
function cellsOf(csv: string): string[][] {
  return Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
}

function mapOf(result: CsvResult): JourneyMap {
  if (!result.ok) throw new Error(`${result.message}\n${JSON.stringify(result.problems)}`);
  return result.map;
}

function problemsOf(result: CsvResult) {
  if (result.ok) throw new Error('expected the CSV to be refused');
  return result;
}

/** A CSV made by hand: header and rows, quoted as a spreadsheet would. */
const sheet = (rows: string[][]) => Papa.unparse(rows, { newline: '\r\n' });

/** What a user would compare: each card's place (by names) and fields. */
function cardsByPlace(map: JourneyMap): Record<string, unknown>[] {
  const phaseOf = new Map(
    map.phases.flatMap((p) => p.steps.map((s) => [s.id, { phase: p.name, step: s.title }])),
  );
  const laneOf = new Map(map.lanes.map((l) => [l.id, l.name]));
  return map.cards.map(({ laneId, stepId, order: _order, tags: _tags, ...card }) => {
    const rest: Record<string, unknown> = { ...card };
    // Fields the CSV does not carry.
    for (const key of ['quotes', 'progress', 'answers', 'direction', 'researchId'])
      delete rest[key];
    return { ...rest, lane: laneOf.get(laneId), ...phaseOf.get(stepId) };
  });
}

describe('mapToCsv', () => {
  const csv = mapToCsv(richMap());

  it('starts with a BOM, quotes every field and ends lines with CRLF', () => {
    expect(csv.startsWith('\uFEFF"id","phase","step","lane","kind","title"')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines.at(-1)).toBe('');
    // Every field quoted: each line of a single-line row starts and ends with a quote.
    for (const line of lines.slice(0, 3)) expect(line).toMatch(/^".*"$/);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/\r/);
  });

  it('writes one row per card in journey order with the header first', () => {
    const rows = cellsOf(csv);
    expect(rows[0]).toEqual(CSV_HEADERS);
    expect(rows).toHaveLength(richMap().cards.length + 1);
    expect(rows.slice(1, 4).map((r) => r[0])).toEqual(['c-action', 'c-touch', 'c-touch2']);
  });

  it('keeps commas, quotes and line breaks inside cells', () => {
    const rows = cellsOf(csv);
    const letter = rows.find((r) => r[0] === 'c-touch2')!;
    expect(letter[5]).toBe('Letter, "confirming" visit');
    expect(letter[6]).toBe('Sent within 2 days\nby post');
    expect(csv).toContain('"Letter, ""confirming"" visit"');
  });

  it('neutralises cells that a spreadsheet would run as formulas', () => {
    const rows = cellsOf(csv);
    const note = rows.find((r) => r[0] === 'c-note')!;
    expect(note[5]).toBe('\'=HYPERLINK("http://evil")');
    for (const risky of ['=1+1', '+1', '-x', '@SUM(A1)', '\tx', '\rx', "'=x"]) {
      expect(neutraliseCell(risky)).toBe(`'${risky}`);
      expect(restoreCell(neutraliseCell(risky))).toBe(risky);
    }
    expect(neutraliseCell('-2')).toBe('-2');
    expect(neutraliseCell('72.5')).toBe('72.5');
    expect(restoreCell("'hello")).toBe("'hello");
    const emotion = rows.find((r) => r[0] === 'c-emotion')!;
    expect(emotion[CSV_HEADERS.indexOf('emotion score')]).toBe('-2');
  });

  it('writes the kind fields', () => {
    const rows = cellsOf(csv);
    const cell = (id: string, header: string) =>
      rows.find((r) => r[0] === id)![CSV_HEADERS.indexOf(header)];
    expect(cell('c-touch', 'channel')).toBe('phone');
    expect(cell('c-pain1', 'severity')).toBe('high');
    expect(cell('c-pain1', 'moment of truth')).toBe('yes');
    expect(cell('c-pain1', 'moment of truth reason')).toBe('First contact decides trust');
    expect(cell('c-metric', 'metric value')).toBe('72.5');
    expect(cell('c-metric', 'sample size')).toBe('1200');
    expect(cell('c-evidence', 'negative')).toBe('12');
    expect(cell('c-evidence', 'participants of')).toBe('20');
    expect(cell('c-rec', 'status')).toBe('at-risk');
    expect(cell('c-rec', 'revised date')).toBe('2025-07-31');
    expect(cell('c-note', 'basis')).toBe('assumed');
    expect(cell('c-touch', 'severity')).toBe('');
  });
});

describe('csvToMap', () => {
  it('round-trips map → CSV → new map, keeping places and fields', () => {
    const map = richMap();
    const back = mapOf(csvToMap(mapToCsv(map), undefined, { title: 'Back' }));
    expect(back.id).not.toBe(map.id);
    expect(back.title).toBe('Back');
    expect(back.phases.map((p) => [p.name, p.steps.map((s) => s.title)])).toEqual(
      map.phases.map((p) => [p.name, p.steps.map((s) => s.title)]),
    );
    const sortById = (items: Record<string, unknown>[]) =>
      items.sort((a, b) => String(a.id).localeCompare(String(b.id)));
    expect(sortById(cardsByPlace(back))).toEqual(sortById(cardsByPlace(map)));
    // Order in a cell survives: the letter stays under the phone call.
    const order = (m: JourneyMap, id: string) => m.cards.find((c) => c.id === id)!.order;
    expect(order(back, 'c-touch2')).toBeGreaterThan(order(back, 'c-touch'));
    expect(back.lanes.find((l) => l.name === 'teams lane')?.kind).toBe('teams');
  });

  it('round-trips onto the same map without changing it', () => {
    const map = richMap();
    expect(mapOf(csvToMap(mapToCsv(map), map))).toEqual(map);
  });

  it('updates cards matched by id, adds rows without id, keeps missing columns', () => {
    const map = richMap();
    const text = sheet([
      ['id', 'title', 'phase', 'lane', 'kind'],
      ['c-touch', 'Phone call (updated)', '', '', ''],
      ['', 'A new idea', 'Fix', 'opportunities lane', ''],
      ['c-action', 'Moved', 'fix', 'actions lane', ''],
    ]);
    const next = mapOf(csvToMap(text, map));
    const touch = next.cards.find((c) => c.id === 'c-touch')!;
    expect(touch).toEqual({
      ...map.cards.find((c) => c.id === 'c-touch'),
      title: 'Phone call (updated)',
    });
    const added = next.cards.find((c) => c.title === 'A new idea')!;
    expect(added).toMatchObject({
      kind: 'idea',
      laneId: 'l-opportunities',
      stepId: 's-visit',
      order: 0,
    });
    expect(next.cards.find((c) => c.id === 'c-action')).toMatchObject({
      stepId: 's-visit',
      title: 'Moved',
    });
    expect(next.cards).toHaveLength(map.cards.length + 1);
    expect(next.id).toBe(map.id);
  });

  it('creates phases, steps and lanes by name in first-seen order', () => {
    const text = sheet([
      ['phase', 'step', 'lane', 'kind', 'title', 'emotion score'],
      ['Join', 'Apply', 'Touchpoints', 'touchpoint', 'Form', ''],
      ['Aware', 'Hears', 'Feelings', 'Emotion', 'Curious', '1'],
      ['Join', 'Wait', 'Touchpoints', '', 'Letter', ''],
      ['Join', 'Apply', 'Pain points', '', 'Too long', ''],
    ]);
    const map = mapOf(csvToMap(text));
    expect(map.phases.map((p) => [p.name, p.steps.map((s) => s.title)])).toEqual([
      ['Join', ['Apply', 'Wait']],
      ['Aware', ['Hears']],
    ]);
    expect(map.lanes.map((l) => [l.name, l.kind])).toEqual([
      ['Touchpoints', 'touchpoints'],
      ['Feelings', 'emotions'],
      ['Pain points', 'pain-points'],
    ]);
    expect(map.cards.map((c) => [c.title, c.kind])).toEqual([
      ['Form', 'touchpoint'],
      ['Curious', 'emotion'],
      ['Letter', 'touchpoint'],
      ['Too long', 'pain-point'],
    ]);
    expect(map.cards[1]).toMatchObject({ score: 1 });
  });

  it('reads a BOM, semicolons, labels and traffic-light words', () => {
    const text =
      '\uFEFFphase;lane;kind;title;status;channel\r\nUse;Actions;Recommendation;Fix it;Amber;\r\nUse;Touch;Touchpoint;Call;;Face to face\r\n';
    const map = mapOf(csvToMap(text));
    expect(map.cards[0]).toMatchObject({ kind: 'recommendation', status: 'at-risk' });
    expect(map.cards[1]).toMatchObject({ kind: 'touchpoint', channel: 'face-to-face' });
  });

  it('gives row-numbered messages for bad rows, and changes nothing', () => {
    const map = richMap();
    const before = structuredClone(map);
    const text = sheet([
      ['id', 'phase', 'lane', 'kind', 'title', 'emotion score', 'target date', 'source link'],
      ['', 'Report', 'emotions lane', 'emotion', 'ok', '1', '', ''],
      ['', 'Report', 'emotions lane', 'emotion', 'too happy', '7', '', ''],
      ['', 'Report', 'recommendations lane', 'wish', 'bad kind', '', '', ''],
      ['', 'Report', 'recommendations lane', 'recommendation', 'bad date', '', '31/12/2025', ''],
      ['', 'Report', 'evidence lane', 'evidence', 'bad link', '', '', 'javascript:alert(1)'],
      ['', '', 'evidence lane', 'evidence', 'no phase', '', '', ''],
      ['c-touch', 'Report', 'touchpoints lane', '', 'dup 1', '', '', ''],
      ['c-touch', 'Report', 'touchpoints lane', '', 'dup 2', '', '', ''],
      ['', 'Report', 'emotions lane', 'emotion', 'comma', '1,5', '', ''],
    ]);
    const result = problemsOf(csvToMap(text, map));
    expect(map).toEqual(before);
    expect(result.problems).toEqual(
      expect.arrayContaining([
        { row: 4, column: 'kind', message: expect.stringContaining('expected one of: touchpoint') },
        { row: 7, column: 'phase', message: 'missing: which phase is this card in?' },
        { row: 9, column: 'id', message: 'the id "c-touch" is also used in row 8' },
        {
          row: 10,
          column: 'emotion score',
          message: 'expected a number with a dot for decimals (e.g. 72.5)',
        },
      ]),
    );
    expect(result.message).toMatch(
      /^This CSV has 4 problems, so nothing was imported\. Row 4, column "kind"/,
    );

    // Once the rows parse, the schema's own checks name the row and column too.
    const schemaBad = sheet([
      ['phase', 'lane', 'kind', 'title', 'emotion score', 'target date', 'source link'],
      ['Report', 'emotions lane', 'emotion', 'too happy', '7', '', ''],
      ['Report', 'recommendations lane', 'recommendation', 'a plan date', '', 'Spring 2023', ''],
      ['Report', 'evidence lane', 'evidence', 'bad link', '', '', 'javascript:alert(1)'],
      ['Report', 'evidence lane', 'evidence', 'x'.repeat(600), '', '', ''],
    ]);
    expect(problemsOf(csvToMap(schemaBad, map)).problems).toEqual([
      { row: 2, column: 'emotion score', message: 'too large (at most 2)' },
      {
        row: 4,
        column: 'source link',
        message: 'expected a link starting with http://, https:// or mailto:',
      },
      { row: 5, column: 'title', message: 'text is too long (at most 500 characters)' },
    ]);
  });

  it('counts rows like a spreadsheet when cells hold line breaks', () => {
    const text = sheet([
      ['phase', 'lane', 'title', 'kind'],
      ['P', 'L', 'two\nlines', 'note'],
      ['P', 'L', 'bad', 'nope'],
    ]);
    expect(problemsOf(csvToMap(text)).problems[0]).toMatchObject({ row: 3, column: 'kind' });
  });

  it('refuses empty files, broken quoting and sheets without Waymark columns', () => {
    expect(problemsOf(csvToMap('\uFEFF  \r\n')).message).toBe('This CSV file is empty.');
    expect(problemsOf(csvToMap('title,phase\r\n"open quote,P\r\n')).problems[0]).toMatchObject({
      row: 2,
    });
    expect(problemsOf(csvToMap('name,age\r\nAnn,72\r\n')).message).toMatch(
      /no "title" or "id" column/,
    );
  });

  it('keeps text exactly, including formulas it neutralised and unicode', () => {
    const map = richMap();
    map.cards[0]!.title = '=cmd|" /C calc"!A0';
    map.cards[1]!.title = "'already quoted";
    map.cards[2]!.title = 'Ünïcödé 😀 中文 “quotes”';
    map.cards[3]!.description = '  leading and trailing spaces  ';
    const back = mapOf(csvToMap(mapToCsv(map), map));
    expect(back.cards.slice(0, 4).map((c) => [c.title, c.description])).toEqual(
      map.cards.slice(0, 4).map((c) => [c.title, c.description]),
    );
  });

  it('does not let __proto__ headers or cells pollute objects', () => {
    const text = sheet([
      ['phase', 'lane', 'title', '__proto__', 'constructor'],
      ['__proto__', 'constructor', '__proto__', 'x', 'y'],
    ]);
    const map = mapOf(csvToMap(text));
    expect(map.phases[0]!.name).toBe('__proto__');
    expect(map.cards[0]!.title).toBe('__proto__');
    expect(Object.prototype).not.toHaveProperty('x');
  });
});

describe('format 3 recommendation fields in the cards CSV', () => {
  it('keeps the number, the response and approximate dates through a round trip', async () => {
    const { updateCard } = await import('../../src/domain/edits');
    const base = richMap();
    const rec = base.cards.find((c) => c.kind === 'recommendation')!;
    const map = updateCard(base, rec.id, {
      number: '2a',
      revisedDate: 'Spring 2023',
      targetDate: 'Awaiting timescales',
      response: { answer: 'partly-accepted', text: 'Agreed in principle' },
    });
    const text = mapToCsv(map);
    expect(text).toContain('"partly-accepted","Agreed in principle"');
    const back = mapOf(csvToMap(text, map));
    expect(back.cards.find((c) => c.id === rec.id)).toMatchObject({
      number: '2a',
      revisedDate: 'Spring 2023',
      targetDate: 'Awaiting timescales',
      response: { answer: 'partly-accepted', text: 'Agreed in principle' },
    });
  });
});
