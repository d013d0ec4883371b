/**
 * Reading cards from CSV (the format written by csv.ts, or a hand-made sheet with some of its
 * columns). Either builds a new map, creating phases, steps and lanes by name in the order they
 * first appear, or updates an existing map: a row whose id matches a card updates that card,
 * a row without an id adds a card. Any bad row fails the whole import, and nothing changes.
 *
 * Rules for a sheet a person edits:
 * - A missing column keeps what the card has; a blank cell clears the field.
 * - Cells of fields the row's kind does not have are ignored.
 * - A row's phase, step and lane are found by id first, then by name (ignoring case).
 * - Deleting a row does not delete the card (the sheet may hold only some cards).
 */
import Papa from 'papaparse';
import { convertCard } from '../domain/cards';
import { createBlankMap } from '../domain/blankMap';
import { newLane, newStep } from '../domain/edits';
import { newId } from '../domain/ids';
import {
  idSchema,
  journeyMapSchema,
  LIMITS,
  type Card,
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
  LANE_KINDS,
  LANE_KIND_LABELS,
  type CardKind,
  type LaneKind,
} from '../domain/vocabulary';
import { readChoice, restoreCell } from './csvCells';
import { CSV_PLACE, FIELD_COLUMNS, fieldApplies, type Draft } from './csvColumns';

/** A problem in one cell: `row` counts like a spreadsheet (the header is row 1). */
export interface CsvProblem {
  row: number;
  column: string;
  message: string;
}

export type CsvResult =
  { ok: true; map: JourneyMap } | { ok: false; message: string; problems: CsvProblem[] };

export interface CsvImportOptions {
  /** Title of a new map (ignored when updating). */
  title?: string;
  now?: Date;
}

const KNOWN_HEADERS = new Set<string>([
  ...Object.values(CSV_PLACE),
  ...FIELD_COLUMNS.map((c) => c.header),
]);

const normalise = (text: string) => text.trim().toLowerCase().replace(/\s+/g, ' ');

function fail(problems: CsvProblem[], message?: string): CsvResult {
  const first = problems[0];
  const where = first
    ? `${first.row > 0 ? `Row ${first.row}` : 'The sheet'}${first.column ? `, column "${first.column}"` : ''}: ${first.message}`
    : '';
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
  return {
    ok: false,
    message:
      message ??
      `This CSV has ${problems.length === 1 ? 'a problem' : `${problems.length} problems`}, so nothing was imported. ${where}${more}.`,
    problems,
  };
}

/** Reads rows of cells, reporting broken quoting by row. */
function parseRows(text: string): { rows: string[][]; problems: CsvProblem[] } {
  const parsed = Papa.parse<string[]>(text, {
    header: false,
    skipEmptyLines: false,
    // Spreadsheets in many locales save with ";" (or tabs); guess among the usual three.
    delimitersToGuess: [',', ';', '\t'],
  });
  const problems = parsed.errors
    .filter((error) => error.code === 'MissingQuotes' || error.code === 'InvalidQuotes')
    .map((error) => ({
      row: (error.row ?? 0) + 1,
      column: '',
      message:
        error.code === 'MissingQuotes'
          ? 'a quoted cell is never closed (a " is missing)'
          : 'a quote mark is out of place',
    }));
  return { rows: parsed.data, problems };
}

interface Ref {
  name: string;
  id: string;
}

/** Builds the map, tracking which row made each card, phase, step and lane for messages. */
class CsvBuild {
  readonly problems: CsvProblem[] = [];
  readonly phases: Phase[];
  readonly lanes: Lane[];
  readonly cards: Draft[];
  readonly cardRows = new Map<number, number>();
  readonly madeBy = new Map<string, number>();
  private readonly cardIndex = new Map<string, number>();
  private readonly rowOfId = new Map<string, number>();
  private readonly maxOrder = new Map<string, number>();

  constructor(private readonly existing: JourneyMap | undefined) {
    this.phases = existing
      ? existing.phases.map((phase) => ({ ...phase, steps: phase.steps.slice() }))
      : [];
    this.lanes = existing ? existing.lanes.slice() : [];
    this.cards = existing ? existing.cards.map((card) => ({ ...card })) : [];
    existing?.cards.forEach((card, i) => {
      this.cardIndex.set(card.id, i);
      this.noteOrder(card.laneId, card.stepId, card.order);
    });
  }

  problem(row: number, column: string, message: string): void {
    this.problems.push({ row, column, message });
  }

  private noteOrder(laneId: string, stepId: string, order: number): void {
    const key = `${laneId}|${stepId}`;
    this.maxOrder.set(key, Math.max(this.maxOrder.get(key) ?? -Infinity, order));
  }

  /** The next free place at the bottom of a cell. */
  nextOrder(laneId: string, stepId: string): number {
    const max = this.maxOrder.get(`${laneId}|${stepId}`);
    const order = max === undefined ? 0 : Math.floor(max) + 1;
    this.noteOrder(laneId, stepId, order);
    return order;
  }

  validId(value: string, row: number, column: string): boolean {
    if (value === '' || idSchema.safeParse(value).success) return true;
    this.problem(row, column, 'expected an id made of letters, digits, - or _ (at most 64)');
    return false;
  }

  /** A ref names something by id when given; by name in an update, or with no id. */
  private byName<T>(items: readonly T[], ref: Ref, nameOf: (item: T) => string): T | undefined {
    if (ref.name.trim() === '' || (ref.id !== '' && !this.existing)) return undefined;
    const wanted = normalise(ref.name);
    return items.find((item) => normalise(nameOf(item)) === wanted);
  }

  phase(ref: Ref, row: number): Phase {
    const found =
      (ref.id && this.phases.find((p) => p.id === ref.id)) ||
      this.byName(this.phases, ref, (p) => p.name);
    if (found) return found;
    const phase: Phase = {
      id: ref.id || newId(),
      name: ref.name.trim(),
      description: '',
      startDate: null,
      endDate: null,
      steps: [],
    };
    this.phases.push(phase);
    this.madeBy.set(phase.id, row);
    return phase;
  }

  step(phase: Phase, ref: Ref, row: number): Step | null {
    if (ref.id) {
      const here = phase.steps.find((s) => s.id === ref.id);
      if (here) return here;
      const elsewhere = this.phases.find(
        (p) => p !== phase && p.steps.some((s) => s.id === ref.id),
      );
      if (elsewhere) {
        this.problem(
          row,
          CSV_PLACE.stepId,
          `this step is in the phase "${elsewhere.name}", not "${phase.name}"`,
        );
        return null;
      }
    }
    const found =
      this.byName(phase.steps, ref, (s) => s.title) ??
      (ref.id === '' && ref.name.trim() === '' ? phase.steps[0] : undefined);
    if (found) return found;
    const step = newStep(ref.name.trim(), ref.id || newId());
    phase.steps.push(step);
    this.madeBy.set(step.id, row);
    return step;
  }

  lane(
    ref: Ref,
    row: number,
    kindCell: string | undefined,
    cardKind: CardKind | null,
  ): Lane | null {
    const found =
      (ref.id && this.lanes.find((l) => l.id === ref.id)) ||
      this.byName(this.lanes, ref, (l) => l.name);
    if (found) return found;
    let kind: LaneKind | null = null;
    if (kindCell !== undefined) {
      const read = readChoice(kindCell, LANE_KINDS, LANE_KIND_LABELS);
      if (!read.ok) {
        this.problem(row, CSV_PLACE.laneKind, read.message);
        return null;
      }
      kind = read.value;
    }
    kind ??= guessLaneKind(ref.name, cardKind);
    const lane = newLane(kind, ref.name.trim(), ref.id || newId());
    this.lanes.push(lane);
    this.madeBy.set(lane.id, row);
    return lane;
  }

  /** The existing card a row updates, or undefined for a new card; null if the id is taken in this sheet. */
  claimCard(id: string, row: number): number | undefined | null {
    const earlier = this.rowOfId.get(id);
    if (earlier !== undefined) {
      this.problem(row, CSV_PLACE.id, `the id "${id}" is also used in row ${earlier}`);
      return null;
    }
    this.rowOfId.set(id, row);
    return this.cardIndex.get(id);
  }

  /** The card at `index` as it was in the existing map. */
  existingCard(index: number): Card | undefined {
    return this.existing?.cards[index];
  }

  put(draft: Draft, index: number | undefined, row: number): void {
    const at = index ?? this.cards.length;
    this.cards[at] = draft;
    this.cardRows.set(at, row);
  }
}

/** A new lane's kind: from its name ("Touchpoints"), else from the card kind it holds. */
function guessLaneKind(name: string, cardKind: CardKind | null): LaneKind {
  const wanted = normalise(name);
  const byName = LANE_KINDS.find(
    (kind) =>
      normalise(LANE_KIND_LABELS[kind]) === wanted || normalise(kind.replace(/-/g, ' ')) === wanted,
  );
  if (byName) return byName;
  const byCard =
    cardKind && cardKind !== 'note'
      ? LANE_KINDS.find((kind) => LANE_DEFAULT_CARD_KIND[kind] === cardKind)
      : undefined;
  return byCard ?? 'custom';
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
  const clean = text.replace(/^\uFEFF/, '');
  if (clean.trim() === '') return fail([], 'This CSV file is empty.');
  const parsed = parseRows(clean);
  if (parsed.problems.length > 0) return fail(parsed.problems);
  const headerIndex = parsed.rows.findIndex((cells) => cells.some((cell) => cell.trim() !== ''));
  const headers = (parsed.rows[headerIndex] ?? []).map((cell) => normalise(restoreCell(cell)));
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
      'This CSV has no "title" or "id" column, so Waymark cannot tell which cards it holds. Export a map as CSV to see the columns Waymark reads.',
    );
  }
  const dataRows = parsed.rows.length - headerIndex - 1;
  if (dataRows > LIMITS.cards) {
    return fail([], `This CSV has ${dataRows} rows; a map holds at most ${LIMITS.cards} cards.`);
  }

  for (let r = headerIndex + 1; r < parsed.rows.length; r++) {
    const cells = parsed.rows[r] ?? [];
    if (cells.every((cell) => cell.trim() === '')) continue;
    readRow(build, r + 1, (header) => {
      const index = columns.get(header);
      return index === undefined ? undefined : restoreCell(cells[index] ?? '');
    });
  }
  if (build.problems.length > 0) return fail(build.problems);

  const now = options.now ?? new Date();
  const base = existing ?? createBlankMap({ title: options.title?.trim() || 'Imported map', now });
  const result = journeyMapSchema.safeParse({
    ...base,
    phases: build.phases,
    lanes: build.lanes,
    cards: build.cards,
  });
  if (result.success) return { ok: true, map: result.data };
  const described = describeIssues(result.error);
  return fail(
    result.error.issues.map((issue, i) => ({
      ...locate(issue.path, build),
      message: described[i]?.message ?? issue.message,
    })),
  );
}

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
    const field = rest.map(String);
    const column =
      CARD_PLACE_COLUMNS[field[0] ?? ''] ??
      [...FIELD_COLUMNS]
        .filter((c) => c.path.every((key, k) => field[k] === key))
        .sort((a, b) => b.path.length - a.path.length)[0]?.header ??
      field.join('.');
    return { row: build.cardRows.get(index) ?? 0, column };
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
function readRow(build: CsvBuild, row: number, cell: (header: string) => string | undefined): void {
  const problemsBefore = build.problems.length;
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
    if (!read.ok) build.problem(row, CSV_PLACE.kind, read.message);
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
  if (build.problems.length > problemsBefore || !phase || !step || !lane) return;

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
    const message = column.read(value, draft);
    if (message !== null) build.problem(row, column.header, message);
  }
  build.put(draft, index, row);
}
