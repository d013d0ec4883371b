/**
 * The map being built from a sheet's rows (csvImport.ts): phases, steps and lanes found or made
 * by name, cards placed at the bottom of their cells, and which row made what, for messages.
 */
import { newLane, newStep } from '../domain/edits';
import { newId } from '../domain/ids';
import {
  idSchema,
  type Card,
  type JourneyMap,
  type Lane,
  type Phase,
  type Step,
} from '../domain/schema';
import {
  LANE_DEFAULT_CARD_KIND,
  LANE_KINDS,
  LANE_KIND_LABELS,
  type CardKind,
  type LaneKind,
} from '../domain/vocabulary';
import { readChoice } from './csvCells';
import { CSV_PLACE, type Draft } from './csvColumns';

/** A problem in one cell: `row` counts like a spreadsheet (the header is row 1). */
export interface CsvProblem {
  row: number;
  column: string;
  message: string;
}

/**
 * How bad a problem is: a `row` problem keeps the row out, a `cell` problem only that cell,
 * and a `note` (a "�" in the text) changes nothing but is shown.
 */
export type ProblemWeight = 'row' | 'cell' | 'note';

/** A header or name as compared: trimmed, lower case, runs of spaces as one. */
export const normalise = (text: string) => text.trim().toLowerCase().replace(/\s+/g, ' ');

/** A phase, step or lane named in a row: by name, and by id when given. */
export interface Ref {
  name: string;
  id: string;
}

/** Builds the map, tracking which row made each card, phase, step and lane for messages. */
export class CsvBuild {
  readonly problems: (CsvProblem & { weight: ProblemWeight })[] = [];
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

  problem(row: number, column: string, message: string, weight: ProblemWeight = 'row'): void {
    this.problems.push({ row, column, message, weight });
  }

  /** How many problems keep rows out (the others leave a cell out, or are notes). */
  rowProblems(): number {
    return this.problems.filter((p) => p.weight === 'row').length;
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
