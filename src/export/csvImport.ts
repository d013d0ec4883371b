/**
 * Reading cards from CSV (the format written by csv.ts, or a hand-made sheet with some of its
 * columns) or from an Excel sheet of the same columns (xlsxRead.ts). Either builds a new map,
 * creating phases, steps and lanes by name in the order they first appear, or updates an
 * existing map: a row whose id matches a card updates that card, a row without an id adds a card.
 *
 * Rules for a sheet a person edits:
 * - A missing column keeps what the card has; a blank cell clears the field.
 * - Cells of fields the row's kind does not have are ignored.
 * - A row's phase, step and lane are found by id first, then by name (ignoring case).
 * - Deleting a row does not delete the card (the sheet may hold only some cards).
 * - Separators, the decimal comma and Excel's `sep=` line: see csvRows.ts.
 *
 * Problems: updating a map is all or nothing (any bad row refuses the file, nothing changes).
 * A new map (`partial`) is safe to import in part: a bad cell is left out, a row that cannot be
 * placed is skipped, and each is listed by row and column with the map. Text holding "�"
 * (characters lost before the file reached Waymark) is imported and listed too.
 */
import { convertCard } from '../domain/cards';
import { createBlankMap } from '../domain/blankMap';
import { newId } from '../domain/ids';
import {
  journeyMapSchema,
  LIMITS,
  type JourneyMap,
  type Lane,
  type Phase,
  type Step,
} from '../domain/schema';
import { describeIssues } from '../domain/validation';
import {
  CARD_KINDS,
  CARD_KIND_LABELS,
  LANE_DEFAULT_CARD_KIND,
  type CardKind,
} from '../domain/vocabulary';
import { CsvBuild, normalise, type CsvProblem, type Ref } from './csvBuild';
import { readChoice, restoreCell } from './csvCells';
import { CSV_PLACE, FIELD_COLUMNS, fieldApplies, type CellContext, type Draft } from './csvColumns';
import { readCsvRows, type SheetRows } from './csvRows';
import { isActionRow, OF_RECOMMENDATION, readActionRow } from './csvActions';
import {
  applyReview,
  newReviewDraft,
  readReviewRow,
  REVIEW_COLUMNS,
  reviewRowKind,
  type ReviewDraft,
} from './csvReview';

export type { CsvProblem } from './csvBuild';

/** The map made or updated from a CSV, or why not, with the cells at fault. */
export type CsvResult =
  | {
      ok: true;
      map: JourneyMap;
      /** What was left out or looks damaged (only notes when updating a map). */
      problems: CsvProblem[];
    }
  | { ok: false; message: string; problems: CsvProblem[] };

/** How a CSV becomes a map: the title of a new map, and the time it is made (`now`, for tests). */
export interface CsvImportOptions {
  /** Title of a new map (ignored when updating). */
  title?: string;
  now?: Date;
  /** Import what can be imported and list the rest (see the module comment). New maps only. */
  partial?: boolean;
  /** What the file is called in messages: "CSV" (the default) or "sheet". */
  noun?: string;
}

const KNOWN_HEADERS = new Set<string>([
  ...Object.values(CSV_PLACE),
  ...FIELD_COLUMNS.map((c) => c.header),
  ...Object.values(REVIEW_COLUMNS),
  OF_RECOMMENDATION,
]);

function fail(problems: CsvProblem[], noun: string, message?: string): CsvResult {
  const first = problems[0];
  const where = first
    ? `${first.row > 0 ? `Row ${first.row}` : 'The sheet'}${first.column ? `, column "${first.column}"` : ''}: ${first.message}`
    : '';
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
  return {
    ok: false,
    message:
      message ??
      `This ${noun} has ${problems.length === 1 ? 'a problem' : `${problems.length} problems`}, so nothing was imported. ${where}${more}.`,
    problems,
  };
}

/**
 * Reads CSV text into a new map, or into a copy of `existing` (see the module comment).
 * Never mutates `existing`; the result is validated by `journeyMapSchema`, so it is a map the
 * app can use as it is. A new map gets a fresh id.
 */
export function csvToMap(
  text: string,
  existing?: JourneyMap,
  options: CsvImportOptions = {},
): CsvResult {
  const noun = options.noun ?? 'CSV';
  if (text.replace(/^\uFEFF/, '').trim() === '')
    return fail([], noun, `This ${noun} file is empty.`);
  const parsed = readCsvRows(text);
  if (!parsed.ok) return fail(parsed.problems, noun);
  return rowsToMap(parsed.sheet, existing, options);
}

/** Reads a sheet's rows (from CSV or a workbook) as `csvToMap` reads CSV text. */
export function rowsToMap(
  sheet: SheetRows,
  existing?: JourneyMap,
  options: CsvImportOptions = {},
): CsvResult {
  const noun = options.noun ?? 'CSV';
  const partial = options.partial === true && existing === undefined;
  const unguard = sheet.formulaGuard ? restoreCell : (cell: string) => cell;
  const { rows } = sheet;
  const headerIndex = rows.findIndex((cells) => cells.some((cell) => cell.trim() !== ''));
  if (headerIndex < 0) return fail([], noun, `This ${noun} file is empty.`);
  const headers = (rows[headerIndex] ?? []).map((cell) => normalise(unguard(cell)));
  const columns = new Map<string, number>();
  const build = new CsvBuild(existing);
  headers.forEach((header, i) => {
    if (!KNOWN_HEADERS.has(header)) return;
    if (columns.has(header)) build.problem(headerIndex + 1, header, 'this column appears twice');
    else columns.set(header, i);
  });
  if (!columns.has(CSV_PLACE.id) && !columns.has('title')) {
    return fail(
      [],
      noun,
      `This ${noun} has no "title" or "id" column, so Waymark cannot tell which cards it holds. Export a map as CSV or Excel to see the columns Waymark reads.`,
    );
  }
  if (build.problems.length > 0) return fail(build.problems, noun);
  const dataRows = rows.length - headerIndex - 1;
  if (dataRows > LIMITS.cards) {
    return fail(
      [],
      noun,
      `This ${noun} has ${dataRows} rows; a map holds at most ${LIMITS.cards} cards.`,
    );
  }

  const context: CellContext = { decimalComma: sheet.decimalComma };
  const review = newReviewDraft();
  for (let r = headerIndex + 1; r < rows.length; r++) {
    const cells = rows[r] ?? [];
    if (cells.every((cell) => cell.trim() === '')) continue;
    const cell = (header: string) => {
      const index = columns.get(header);
      return index === undefined ? undefined : unguard(cells[index] ?? '');
    };
    for (const header of columns.keys()) {
      if (cell(header)?.includes('\uFFFD')) {
        build.problem(r + 1, header, LOST_CHARACTERS, 'note');
      }
    }
    // A row of the review (a step, the scale, the judgement, a criterion, a survey score).
    const reviewKind = reviewRowKind(cell(CSV_PLACE.kind));
    if (reviewKind) readReviewRow(reviewKind, review, build, r + 1, cell, context);
    else if (isActionRow(cell(CSV_PLACE.kind))) readActionRow(build, r + 1, cell);
    else readRow(build, r + 1, cell, context);
  }
  const blocking = withoutWeight(build.problems.filter((p) => p.weight !== 'note'));
  // In part, unless no row at all could be imported.
  if (blocking.length > 0 && (!partial || build.cards.length === 0)) return fail(blocking, noun);
  return finish(build, existing, options, partial, noun, review);
}

/** The note for text holding U+FFFD: the file lost characters before it was read. */
export const LOST_CHARACTERS =
  'holds “�” where characters were lost before this file reached Waymark (it was probably saved in the wrong encoding); it was imported as it is, so check the text';

const CONSEQUENCE = {
  row: '; this row was not imported',
  cell: '; this cell was left out',
  note: '',
} as const;

/** Validates the built map; in `partial` mode leaves out what the schema refuses, row by row. */
function finish(
  build: CsvBuild,
  existing: JourneyMap | undefined,
  options: CsvImportOptions,
  partial: boolean,
  noun: string,
  review: ReviewDraft,
): CsvResult {
  const now = options.now ?? new Date();
  const blank = existing ?? createBlankMap({ title: options.title?.trim() || 'Imported map', now });
  const base = { ...blank, ...applyReview(blank, review) };
  const listed = () =>
    build.problems
      .map(({ weight, ...p }) => ({
        ...p,
        message: `${p.message}${partial ? CONSEQUENCE[weight] : ''}`,
      }))
      .sort((a, b) => a.row - b.row);
  // In partial mode a refused field is dropped (its default applies) or its card is, then retried.
  for (let attempt = 0; attempt < 3; attempt++) {
    const result = journeyMapSchema.safeParse({
      ...base,
      phases: build.phases,
      lanes: build.lanes,
      cards: build.cards.filter((card) => card !== DROPPED),
    });
    if (result.success) return { ok: true, map: result.data, problems: listed() };
    const described = describeIssues(result.error);
    const located = result.error.issues.map((issue, i) => ({
      issue,
      ...locate(issue.path, build),
      message: described[i]?.message ?? issue.message,
    }));
    if (!partial || located.some((p) => p.issue.path[0] !== 'cards')) {
      return fail(
        [
          ...withoutWeight(build.problems.filter((p) => p.weight !== 'note')),
          ...located.map(({ row, column, message }) => ({ row, column, message })),
        ],
        noun,
      );
    }
    const kept = build.cards.filter((card) => card !== DROPPED);
    for (const { issue, row, column, message } of located) {
      const card = kept[issue.path[1] as number];
      if (!card) continue;
      const field = String(issue.path[2] ?? '');
      const required = ['id', 'kind', 'laneId', 'stepId', 'order', 'title'].includes(field);
      build.problem(row, column, message, required ? 'row' : 'cell');
      if (required) build.cards[build.cards.indexOf(card)] = DROPPED;
      else delete card[field];
    }
  }
  return fail(withoutWeight(build.problems), noun);
}

const withoutWeight = (problems: readonly (CsvProblem & { weight: unknown })[]): CsvProblem[] =>
  problems.map(({ row, column, message }) => ({ row, column, message }));

/** A card left out in partial mode (kept in place so rows still map to indexes). */
const DROPPED: Draft = Object.freeze({});

const CARD_PLACE_COLUMNS: Record<string, string> = {
  id: CSV_PLACE.id,
  kind: CSV_PLACE.kind,
  laneId: CSV_PLACE.lane,
  stepId: CSV_PLACE.step,
};

/** The row and column a schema problem comes from, e.g. cards[4].score → row 6, "emotion score". */
function locate(path: readonly PropertyKey[], build: CsvBuild): { row: number; column: string } {
  const [group, index, ...rest] = path;
  if (typeof index !== 'number') return { row: 0, column: '' };
  if (group === 'cards') {
    // Indexes count the cards still in; rows were noted by their place among all built cards.
    const kept = build.cards.flatMap((card, i) => (card === DROPPED ? [] : [i]));
    const at = kept[index] ?? index;
    const field = rest.map(String);
    const column =
      CARD_PLACE_COLUMNS[field[0] ?? ''] ??
      [...FIELD_COLUMNS]
        .filter((c) => c.path.every((key, k) => field[k] === key))
        .sort((a, b) => b.path.length - a.path.length)[0]?.header ??
      field.join('.');
    return { row: build.cardRows.get(at) ?? 0, column };
  }
  if (group === 'phases') {
    const phase = build.phases[index];
    const stepIndex = rest[0] === 'steps' && typeof rest[1] === 'number' ? rest[1] : undefined;
    const step = stepIndex === undefined ? undefined : phase?.steps[stepIndex];
    const id = step?.id ?? phase?.id ?? '';
    return { row: build.madeBy.get(id) ?? 0, column: step ? CSV_PLACE.step : CSV_PLACE.phase };
  }
  if (group === 'lanes')
    return { row: build.madeBy.get(build.lanes[index]?.id ?? '') ?? 0, column: CSV_PLACE.lane };
  return { row: 0, column: '' };
}

/** Reads one row into the build. `cell` gives a column's text, undefined when absent. */
function readRow(
  build: CsvBuild,
  row: number,
  cell: (header: string) => string | undefined,
  context: CellContext,
): void {
  const problemsBefore = build.rowProblems();
  const id = cell(CSV_PLACE.id)?.trim() ?? '';
  if (!build.validId(id, row, CSV_PLACE.id)) return;
  const index = id === '' ? undefined : build.claimCard(id, row);
  if (index === null) return;
  // The card this row updates, as it is in the existing map (each id is claimed once).
  const original = index === undefined ? undefined : build.existingCard(index);

  let kind: CardKind | null = null;
  const kindCell = cell(CSV_PLACE.kind);
  if (kindCell !== undefined) {
    const read = readChoice(kindCell, CARD_KINDS, CARD_KIND_LABELS);
    // An unknown kind leaves the card the kind its lane holds.
    if (!read.ok) build.problem(row, CSV_PLACE.kind, read.message, 'cell');
    else kind = read.value;
  }

  const ref = (name: string, idHeader: string): Ref => ({
    name: cell(name) ?? '',
    id: cell(idHeader)?.trim() ?? '',
  });
  const phaseRef = ref(CSV_PLACE.phase, CSV_PLACE.phaseId);
  const stepRef = ref(CSV_PLACE.step, CSV_PLACE.stepId);
  const laneRef = ref(CSV_PLACE.lane, CSV_PLACE.laneId);
  for (const [value, column] of [
    [phaseRef.id, CSV_PLACE.phaseId],
    [stepRef.id, CSV_PLACE.stepId],
    [laneRef.id, CSV_PLACE.laneId],
  ] as const) {
    if (!build.validId(value, row, column)) return;
  }
  const blank = (r: Ref) => r.id === '' && r.name.trim() === '';

  // Where the card goes: its current place for blank references, else found or made by name.
  const currentStepId = original?.stepId;
  const currentLaneId = original?.laneId;
  const currentPhase = currentStepId
    ? build.phases.find((p) => p.steps.some((s) => s.id === currentStepId))
    : undefined;
  let phase: Phase | undefined;
  if (blank(phaseRef)) {
    phase = currentPhase;
    if (!phase) build.problem(row, CSV_PLACE.phase, 'missing: which phase is this card in?');
  } else {
    phase = build.phase(phaseRef, row);
  }
  let step: Step | null | undefined;
  if (phase) {
    step =
      blank(stepRef) && phase === currentPhase
        ? phase.steps.find((s) => s.id === currentStepId)
        : build.step(phase, stepRef, row);
  }
  let lane: Lane | null | undefined;
  if (blank(laneRef)) {
    lane = build.lanes.find((l) => l.id === currentLaneId);
    if (!lane) build.problem(row, CSV_PLACE.lane, 'missing: which lane is this card in?');
  } else {
    lane = build.lane(laneRef, row, cell(CSV_PLACE.laneKind), kind);
  }
  if (build.rowProblems() > problemsBefore || !phase || !step || !lane) return;

  kind ??= original?.kind ?? LANE_DEFAULT_CARD_KIND[lane.kind];
  let draft: Draft;
  if (original) {
    draft = { ...convertCard(original, kind) };
    if (original.stepId !== step.id || original.laneId !== lane.id)
      draft.order = build.nextOrder(lane.id, step.id);
  } else {
    draft = { id: id || newId(), kind, title: '', order: build.nextOrder(lane.id, step.id) };
  }
  draft.kind = kind;
  draft.laneId = lane.id;
  draft.stepId = step.id;
  for (const column of FIELD_COLUMNS) {
    const value = cell(column.header);
    if (value === undefined || !fieldApplies(column, kind)) continue;
    const message = column.read(value, draft, context);
    if (message !== null) build.problem(row, column.header, message, 'cell');
  }
  build.put(draft, index, row);
}
