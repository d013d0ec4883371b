import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { addProgressUpdate } from '../../src/domain/actionPlan';
import { updateCard } from '../../src/domain/edits';
import { addAction, addActionProgress } from '../../src/domain/planEdits';
import {
  journeyMapSchema,
  type JourneyMap,
  type RecommendationCard,
} from '../../src/domain/schema';
import {
  ACTION_PLAN_COLUMNS,
  actionPlanToCsv,
  applyActionPlanCsv,
  escapeFormula,
  parseStatus,
  progressLogToCsv,
  PROGRESS_LOG_COLUMNS,
  unescapeFormula,
} from '../../src/export/actionPlanCsv';
import { readCsvRows } from '../../src/export/csvRows';
import { applyProgressLogRows, isProgressLogSheet } from '../../src/export/progressLogImport';
import { sampleMap } from '../builders';

const NOW = new Date('2026-01-15T10:30:00.000Z');

function rec(map: JourneyMap, id: string): RecommendationCard {
  const card = map.cards.find((c) => c.id === id);
  if (card?.kind !== 'recommendation') throw new Error(`no recommendation ${id}`);
  return card;
}

/** Parses exported CSV back into rows of cells (without the BOM). */
function cells(csv: string): string[][] {
  return Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
}

/** CSV text from rows, as a spreadsheet would save it. */
function csvOf(rows: string[][]): string {
  return Papa.unparse(rows, { newline: '\r\n' });
}

function sampleWithProgress(): JourneyMap {
  let map = sampleMap(NOW);
  map = addProgressUpdate(map, 'card-rec-cleaning', {
    id: 'u1',
    date: '2026-01-10',
    text: 'Raised with the contractor',
    status: 'on-track',
  });
  map = addProgressUpdate(map, 'card-rec-cleaning', {
    id: 'u2',
    date: '2026-01-14',
    text: 'Contractor asked for a site visit',
    status: 'at-risk',
  });
  return map;
}

describe('actionPlanToCsv', () => {
  const csv = actionPlanToCsv(sampleWithProgress());

  it('is UTF-8 with a BOM, every field quoted, CRLF line ends', () => {
    expect(
      csv.startsWith('\uFEFF"ID","Action ID","No.","Phase","Step","Answers","Theme","Action"'),
    ).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const lines = csv.slice(1).split('\r\n').filter(Boolean);
    expect(lines).toHaveLength(6);
    for (const line of lines) expect(line.startsWith('"')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/\n/);
    expect([...new TextEncoder().encode(csv).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('has one row per recommendation in journey order with its place and last update', () => {
    const [header, ...rows] = cells(csv);
    expect(header).toEqual([...ACTION_PLAN_COLUMNS]);
    expect(rows.map((r) => r[0])).toEqual([
      'card-rec-referral-form',
      'card-rec-welcome-pack',
      'card-rec-standardised-service',
      'card-rec-staff-turnover',
      'card-rec-cleaning',
    ]);
    expect(rows[4]).toEqual([
      'card-rec-cleaning',
      '',
      '',
      'Leave',
      'Brought off the service',
      'Cleaning quality in schemes',
      'Scheme environment',
      'Raise cleaning concerns with the contractor',
      'Cleaning was mentioned as a problem in the interviews and is a common concern in schemes.',
      '',
      '',
      'Independent Living Team Leader',
      '2026-01-31',
      '',
      '',
      'At risk (amber)',
      '2026-01-14',
      'Contractor asked for a site visit',
    ]);
    expect(rows[2]![5]).toBe(''); // answers the step itself
  });

  it('guards cells a spreadsheet would run as formulas', () => {
    expect(escapeFormula('=1+1')).toBe("'=1+1");
    expect(escapeFormula('+44 1234')).toBe("'+44 1234");
    expect(escapeFormula('-2')).toBe("'-2");
    expect(escapeFormula('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(escapeFormula('\tx')).toBe("'\tx");
    expect(escapeFormula('\rx')).toBe("'\rx");
    expect(escapeFormula('Plain – text')).toBe('Plain – text');
    expect(escapeFormula("'=already")).toBe("''=already");
    expect(unescapeFormula("''=already")).toBe("'=already");
    expect(unescapeFormula("'=1+1")).toBe('=1+1');
    expect(unescapeFormula("'tis")).toBe("'tis");
    let map = sampleMap(NOW);
    map = updateCard(map, 'card-rec-welcome-pack', {
      title: '=HYPERLINK("http://evil.example","click")',
      owner: '@admin',
      theme: '+cmd',
      why: '-1',
    });
    const row = cells(actionPlanToCsv(map)).find((r) => r[0] === 'card-rec-welcome-pack')!;
    expect(row[7]).toBe('\'=HYPERLINK("http://evil.example","click")');
    expect(row[11]).toBe("'@admin");
    expect(row[6]).toBe("'+cmd");
    expect(row[8]).toBe("'-1");
    // …and the guard comes off again on import.
    const back = applyActionPlanCsv(sampleMap(NOW), actionPlanToCsv(map));
    expect(back.ok && rec(back.map, 'card-rec-welcome-pack').title).toBe(
      '=HYPERLINK("http://evil.example","click")',
    );
  });
});

describe('applyActionPlanCsv', () => {
  it('round-trips: importing the export changes nothing', () => {
    const map = updateCard(sampleWithProgress(), 'card-rec-cleaning', {
      title: "'= not a formula",
      theme: ' Spaced theme ',
      why: 'Line one\nline two, with "quotes"',
      owner: 'Zoë Ó Briain',
    });
    const result = applyActionPlanCsv(map, actionPlanToCsv(map));
    expect(result).toEqual({ ok: true, map, updated: 0 });
    if (result.ok) expect(result.map).toBe(map);
  });

  it('applies edited rows: theme, action, why, owner, dates and status', () => {
    const map = sampleWithProgress();
    const [header, ...rows] = cells(actionPlanToCsv(map));
    const edited = rows.map((row) => row.slice());
    const cleaning = edited.find((r) => r[0] === 'card-rec-cleaning')!;
    cleaning[6] = 'Estate services';
    cleaning[7] = 'Agree a cleaning standard with the contractor';
    cleaning[8] = 'Complaints about cleaning';
    cleaning[11] = 'Estates Manager';
    cleaning[13] = '28/02/2026'; // as a UK spreadsheet writes it
    cleaning[15] = 'amber';
    const welcome = edited.find((r) => r[0] === 'card-rec-welcome-pack')!;
    welcome[14] = '2026-01-12';
    welcome[15] = 'COMPLETE';
    welcome[3] = 'Ignored: phase is for reading only';
    const result = applyActionPlanCsv(map, '\uFEFF' + csvOf([header!, ...edited]));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.updated).toBe(2);
    expect(rec(result.map, 'card-rec-cleaning')).toMatchObject({
      theme: 'Estate services',
      title: 'Agree a cleaning standard with the contractor',
      why: 'Complaints about cleaning',
      owner: 'Estates Manager',
      targetDate: '2026-01-31',
      revisedDate: '2026-02-28',
      status: 'at-risk',
    });
    expect(rec(result.map, 'card-rec-cleaning').progress).toHaveLength(2);
    expect(rec(result.map, 'card-rec-welcome-pack')).toMatchObject({
      status: 'complete',
      completedDate: '2026-01-12',
    });
    expect(result.map.phases).toBe(map.phases);
    expect(rec(result.map, 'card-rec-referral-form')).toBe(rec(map, 'card-rec-referral-form'));
    expect(journeyMapSchema.safeParse(result.map).success).toBe(true);
  });

  it('accepts statuses as label, id or colour, in any case', () => {
    expect(parseStatus('On track (green)')).toBe('on-track');
    expect(parseStatus('on-track')).toBe('on-track');
    expect(parseStatus('GREEN')).toBe('on-track');
    expect(parseStatus('Amber')).toBe('at-risk');
    expect(parseStatus('red')).toBe('off-track');
    expect(parseStatus('Hold')).toBe('on-hold');
    expect(parseStatus('On hold')).toBe('on-hold');
    expect(parseStatus('not started')).toBe('not-started');
    expect(parseStatus('Complete')).toBe('complete');
    expect(parseStatus('purple')).toBeNull();
  });

  it('reads only the columns it knows, in any order', () => {
    const map = sampleMap(NOW);
    const csv = csvOf([
      ['Status', 'Owner', 'Notes', 'id'],
      ['Red', 'Director of Housing', 'not imported', 'card-rec-staff-turnover'],
    ]);
    const result = applyActionPlanCsv(map, csv);
    expect(result.ok && result.updated).toBe(1);
    if (!result.ok) return;
    expect(rec(result.map, 'card-rec-staff-turnover')).toMatchObject({
      status: 'off-track',
      owner: 'Director of Housing',
      theme: 'Continuity of service',
    });
  });

  it('refuses bad rows, naming row and column, and changes nothing', () => {
    const map = sampleWithProgress();
    const [header, ...rows] = cells(actionPlanToCsv(map));
    const edited = rows.map((row) => row.slice());
    edited[0]![11] = 'A new owner'; // a good change on row 2 that must not be applied
    edited[1]![0] = 'card-rec-missing'; // row 3
    edited[2]![12] = '2026-02-30'; // row 4: not a day, so kept as words (a plan date)
    edited[3]![15] = 'Purple'; // row 5, Status
    edited[4]![9] = 'Maybe'; // row 6, Response
    const result = applyActionPlanCsv(map, csvOf([header!, ...edited]));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toMatch(/3 problems.*nothing was changed/);
    expect(result.problems.map(({ row, column }) => ({ row, column }))).toEqual([
      { row: 3, column: 'ID' },
      { row: 5, column: 'Status' },
      { row: 6, column: 'Response' },
    ]);
    expect(result.problems[0]!.message).toContain('card-rec-missing');
    expect(result.problems[1]!.message).toContain('Purple');
    expect(rec(map, 'card-rec-referral-form').owner).toBe('Head of Independent Living');
  });

  it('refuses a duplicate id, an empty status, a file without an ID column, and an empty file', () => {
    const map = sampleMap(NOW);
    const dup = applyActionPlanCsv(
      map,
      csvOf([
        ['ID', 'Status'],
        ['card-rec-cleaning', 'green'],
        ['card-rec-cleaning', ''],
      ]),
    );
    expect(dup.ok).toBe(false);
    if (!dup.ok) {
      expect(dup.problems).toEqual([
        { row: 3, column: 'ID', message: 'The ID “card-rec-cleaning” is also on row 2.' },
      ]);
    }
    const empty = applyActionPlanCsv(
      map,
      csvOf([
        ['ID', 'Status'],
        ['card-rec-cleaning', ''],
      ]),
    );
    expect(!empty.ok && empty.problems[0]).toMatchObject({ row: 2, column: 'Status' });
    const noId = applyActionPlanCsv(map, csvOf([['Action'], ['x']]));
    expect(!noId.ok && noId.problems[0]).toMatchObject({ row: 1, column: 'ID' });
    expect(applyActionPlanCsv(map, '').ok).toBe(false);
    expect(applyActionPlanCsv(map, '\uFEFF\r\n').ok).toBe(false);
  });

  it('keeps the header name as written in the file', () => {
    const map = sampleMap(NOW);
    const result = applyActionPlanCsv(
      map,
      csvOf([
        ['id', 'By when', 'RAG'],
        ['card-rec-cleaning', '31.01.2026', ''],
      ]),
    );
    expect(result.ok && rec(result.map, 'card-rec-cleaning').targetDate).toBe('2026-01-31');
    const bad = applyActionPlanCsv(
      map,
      csvOf([
        ['id', 'STATUS'],
        ['card-rec-cleaning', 'Sort of'],
      ]),
    );
    expect(!bad.ok && bad.problems[0]).toMatchObject({ row: 2, column: 'STATUS' });
  });
});

describe('format 3: actions, responses, plan dates and the whole progress log', () => {
  function seed002Piece(): JourneyMap {
    let map = sampleMap(NOW);
    const id = 'card-rec-referral-form';
    map = updateCard(map, id, {
      number: '2',
      response: { answer: 'partly-accepted', text: 'Agreed in principle' },
    });
    map = addAction(map, id, {
      id: 'a1',
      title: 'Review the D&M register',
      owner: 'Property team',
      targetDate: 'Jun 2024',
      revisedDate: 'Spring 2023',
    });
    map = addAction(map, id, {
      id: 'a2',
      title: '=Formula-looking action',
      targetDate: 'Awaiting timescales',
    });
    map = addActionProgress(map, id, 'a1', {
      id: 'p1',
      date: '2024-09-02',
      text: 'Needs resource',
      status: 'at-risk',
    });
    map = addActionProgress(map, id, 'a1', {
      id: 'p2',
      date: '2024-10-01',
      text: 'Resource found',
      status: 'on-track',
    });
    return map;
  }

  it('writes a row per action under its recommendation, and reads it back unchanged', () => {
    const map = seed002Piece();
    const [, recRow, a1, a2] = cells(actionPlanToCsv(map));
    expect(recRow!.slice(0, 3)).toEqual(['card-rec-referral-form', '', '2']);
    expect(recRow![9]).toBe('Partly accepted');
    expect(recRow![15]).toBe('On track (green)'); // rolled up from its actions
    expect(a1!.slice(0, 3)).toEqual(['card-rec-referral-form', 'a1', '2.1']);
    expect(a1!.slice(11, 18)).toEqual([
      'Property team',
      'Jun 2024',
      'Spring 2023',
      '',
      'On track (green)',
      '2024-10-01',
      'Resource found',
    ]);
    expect(a2![7]).toBe("'=Formula-looking action");
    expect(a2![12]).toBe('Awaiting timescales');
    expect(applyActionPlanCsv(map, actionPlanToCsv(map))).toEqual({ ok: true, map, updated: 0 });
  });

  it('updates actions and responses matched by ID and Action ID', () => {
    const map = seed002Piece();
    const [header, ...rows] = cells(actionPlanToCsv(map));
    rows[0]![9] = 'Accepted';
    rows[1]![13] = 'Mar 2025';
    rows[1]![15] = 'Complete';
    const result = applyActionPlanCsv(map, csvOf([header!, ...rows]));
    expect(result.ok && result.updated).toBe(1);
    if (!result.ok) return;
    const card = rec(result.map, 'card-rec-referral-form');
    expect(card.response).toEqual({ answer: 'accepted', text: 'Agreed in principle' });
    expect(card.actions[0]).toMatchObject({ revisedDate: 'Mar 2025', status: 'complete' });
    const wrong = applyActionPlanCsv(
      map,
      csvOf([
        ['ID', 'Action ID', 'Owner'],
        ['card-rec-referral-form', 'nope', 'x'],
      ]),
    );
    expect(!wrong.ok && wrong.problems[0]).toMatchObject({ row: 2, column: 'Action ID' });
  });

  it('exports the whole progress log, one row per update, with its IDs', () => {
    const map = addProgressUpdate(seed002Piece(), 'card-rec-cleaning', {
      id: 'u9',
      date: '2026-01-10',
      text: 'Raised',
      status: 'on-track',
    });
    const [header, ...rows] = cells(progressLogToCsv(map));
    expect(header).toEqual([...PROGRESS_LOG_COLUMNS]);
    expect(rows).toEqual([
      [
        'card-rec-referral-form',
        'a1',
        'p1',
        '2.1',
        'Audit and update the referral form',
        'Review the D&M register',
        '2024-09-02',
        'At risk (amber)',
        'Needs resource',
      ],
      [
        'card-rec-referral-form',
        'a1',
        'p2',
        '2.1',
        'Audit and update the referral form',
        'Review the D&M register',
        '2024-10-01',
        'On track (green)',
        'Resource found',
      ],
      [
        'card-rec-cleaning',
        '',
        'u9',
        '',
        'Raise cleaning concerns with the contractor',
        '',
        '2026-01-10',
        'On track (green)',
        'Raised',
      ],
    ]);
  });
});

describe('the progress log file read back, matched by its IDs', () => {
  const read = (csv: string) => {
    const parsed = readCsvRows(csv);
    if (!parsed.ok) throw new Error('not CSV');
    return parsed.sheet;
  };
  function withLog(): JourneyMap {
    let map = sampleMap(NOW);
    map = addAction(map, 'card-rec-cleaning', { id: 'a1', title: 'Site visit' });
    map = addActionProgress(map, 'card-rec-cleaning', 'a1', {
      id: 'p1',
      date: '2021-09-28',
      text: 'Booked',
      status: 'on-track',
    });
    return map;
  }

  it('is told apart from the action plan file, and changes nothing when read back as it is', () => {
    const map = withLog();
    const sheet = read(progressLogToCsv(map));
    expect(isProgressLogSheet(sheet)).toBe(true);
    expect(isProgressLogSheet(read(actionPlanToCsv(map)))).toBe(false);
    expect(applyProgressLogRows(map, sheet)).toEqual({ ok: true, map, updated: 0 });
  });

  it('changes an update by its ID and adds a row without one; the status follows the latest', () => {
    const map = withLog();
    const [header, ...rows] = cells(progressLogToCsv(map));
    rows[0]![8] = 'Booked for 5 October';
    const added = ['card-rec-cleaning', 'a1', '', '', '', '', '27/10/2021', 'Complete', 'Done'];
    const result = applyProgressLogRows(map, read(csvOf([header!, ...rows, added])));
    expect(result.ok && result.updated).toBe(1);
    if (!result.ok) return;
    const action = rec(result.map, 'card-rec-cleaning').actions[0]!;
    expect(action.progress.map((u) => [u.date, u.text, u.status])).toEqual([
      ['2021-09-28', 'Booked for 5 October', 'on-track'],
      ['2021-10-27', 'Done', 'complete'],
    ]);
    expect(action.status).toBe('complete');
    const bad = applyProgressLogRows(
      map,
      read(
        csvOf([header!, ['card-rec-cleaning', 'a1', 'nope', '', '', '', 'Spring 2023', 'x', '']]),
      ),
    );
    expect(!bad.ok && bad.problems.map((p) => p.column)).toEqual(['Date', 'Status', 'Update']);
  });
});
