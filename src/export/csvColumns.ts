/**
 * The card-field columns of the CSV: how each is written and read back. The columns of each
 * kind's own fields are declared in its kind registry entry (src/domain/kinds/csvColumns.ts);
 * this file adds the columns every card has and turns them all into readers and writers.
 * Placement columns (phase, step, lane and their ids) are named here too but read in
 * csvImport.ts, since they resolve names.
 */
import { CARD_KIND_REGISTRY, type CsvColumnSpec } from '../domain/kinds';
import { normalizePlanDate } from '../domain/planDates';
import type { Card } from '../domain/schema';
import { CARD_KINDS, EVIDENCE_BASES, type CardKind } from '../domain/vocabulary';
import { readChoice, readDate, readNumber, readYesNo, type CellResult } from './csvCells';

/** Header names of the placement columns (where a card sits, its kind and its id). */
export const CSV_PLACE = {
  id: 'id',
  phase: 'phase',
  step: 'step',
  lane: 'lane',
  kind: 'kind',
  phaseId: 'phase id',
  stepId: 'step id',
  laneId: 'lane id',
  laneKind: 'lane kind',
} as const;

/** A card being built from a row: plain data, validated by the map schema afterwards. */
export type Draft = Record<string, unknown>;

/**
 * One CSV column of a card field: its header, the kinds that have it, and how its cell is written
 * and read.
 */
export interface FieldColumn {
  header: string;
  /** The card kinds that have this field; other kinds leave the cell empty and ignore it. */
  kinds: readonly CardKind[] | 'all';
  /** Where the field sits in a card, to name the column of a schema problem. */
  path: readonly string[];
  /** What the cell holds, for workbooks: numbers and dates are written as such (xlsxWrite.ts). */
  type?: 'number' | 'date';
  write(card: Card): string;
  /** Reads the cell into the draft; returns a problem message, or null when fine. */
  read(cell: string, draft: Draft, context?: CellContext): string | null;
}

/** How the sheet writes values: with a decimal comma or not (see csvRows.ts). */
export interface CellContext {
  decimalComma: boolean;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Sets `draft[path]`, copying nested groups (never mutating what the draft was made from). */
function setIn(draft: Draft, path: readonly string[], value: unknown): void {
  const [head, ...rest] = path;
  if (head === undefined) return;
  if (rest.length === 0) {
    draft[head] = value;
    return;
  }
  const current = draft[head];
  const copy: Draft = isRecord(current) ? { ...current } : {};
  setIn(copy, rest, value);
  draft[head] = copy;
}

function getIn(card: Card, path: readonly string[]): unknown {
  let value: unknown = card;
  for (const key of path) value = isRecord(value) ? value[key] : undefined;
  return value;
}

const applies = (column: Pick<FieldColumn, 'kinds'>, kind: string) =>
  column.kinds === 'all' || (column.kinds as readonly string[]).includes(kind);

/** The column's cell for `card`: empty when the card's kind has no such field. */
export function writeField(column: FieldColumn, card: Card): string {
  return applies(column, card.kind) ? column.write(card) : '';
}

/** Whether the column's field belongs to a card of `kind`. */
export function fieldApplies(column: FieldColumn, kind: string): boolean {
  return applies(column, kind);
}

function stored<T>(
  result: CellResult<T>,
  draft: Draft,
  path: readonly string[],
  map: (value: T) => unknown = (v) => v,
): string | null {
  if (!result.ok) return result.message;
  setIn(draft, path, map(result.value));
  return null;
}

/** Writes the text at `path` of a card, or an empty cell when there is none. */
const writeString =
  (path: readonly string[]) =>
  (card: Card): string => {
    const value = getIn(card, path);
    return typeof value === 'string' ? value : '';
  };

const text = (
  header: string,
  path: string[],
  kinds: FieldColumn['kinds'] = 'all',
): FieldColumn => ({
  header,
  kinds,
  path,
  write: writeString(path),
  read: (cell, draft) => {
    setIn(draft, path, cell);
    return null;
  },
});

const number = (
  header: string,
  path: string[],
  kinds: FieldColumn['kinds'],
  blank: number | null = null,
): FieldColumn => ({
  header,
  kinds,
  path,
  type: 'number',
  write: (card) => {
    const value = getIn(card, path);
    return typeof value === 'number' ? String(value) : '';
  },
  read: (cell, draft, context) =>
    stored(
      readNumber(cell, context?.decimalComma ?? false),
      draft,
      path,
      (value) => value ?? blank,
    ),
});

const date = (header: string, path: string[], kinds: FieldColumn['kinds']): FieldColumn => ({
  header,
  kinds,
  path,
  type: 'date',
  write: writeString(path),
  read: (cell, draft) => stored(readDate(cell), draft, path),
});

const choice = <T extends string>(
  header: string,
  path: string[],
  kinds: FieldColumn['kinds'],
  values: readonly T[],
  labels: Partial<Record<T, string>>,
  blank: T | null,
  extra: Record<string, T> = {},
): FieldColumn => ({
  header,
  kinds,
  path,
  write: writeString(path),
  read: (cell, draft) =>
    stored(readChoice(cell, values, labels, extra), draft, path, (value) => value ?? blank),
});

/** The reader and writer of one kind-field column declared in the registry. */
function fromSpec(spec: CsvColumnSpec, kinds: readonly CardKind[]): FieldColumn {
  const path = [...spec.path];
  switch (spec.type) {
    case 'text':
      return text(spec.header, path, kinds);
    case 'date':
      return date(spec.header, path, kinds);
    case 'plan-date':
      // Any text is a plan date (domain/planDates.ts): stored in its canonical spelling.
      return {
        ...text(spec.header, path, kinds),
        read: (cell, draft) => {
          setIn(draft, path, normalizePlanDate(cell));
          return null;
        },
      };
    case 'number':
      return number(spec.header, path, kinds, spec.blank ?? null);
    case 'url':
      // A blank link is no link (null), not an empty string the schema would refuse.
      return {
        ...text(spec.header, path, kinds),
        read: (cell, draft) => {
          setIn(draft, path, cell.trim() === '' ? null : cell.trim());
          return null;
        },
      };
    case 'ref':
      return {
        ...text(spec.header, path, kinds),
        read: (cell, draft) => {
          setIn(draft, path, cell.trim() === '' ? null : cell.trim());
          return null;
        },
      };
    case 'flag':
      return {
        header: spec.header,
        kinds,
        path,
        write: (card) => {
          const value = getIn(card, path);
          return typeof value !== 'boolean' || value === spec.blank ? '' : value ? 'yes' : 'no';
        },
        read: (cell, draft) => {
          if (cell.trim() === '') {
            setIn(draft, path, spec.blank);
            return null;
          }
          return stored(readYesNo(cell), draft, path);
        },
      };
    case 'choice':
      return choice(
        spec.header,
        path,
        kinds,
        spec.values,
        spec.labels,
        spec.blank,
        spec.aliases ?? {},
      );
  }
}

/** The columns of every kind's own fields, in kind order; a header two kinds share is one column. */
function kindColumns(): FieldColumn[] {
  const byHeader = new Map<string, { spec: CsvColumnSpec; kinds: CardKind[] }>();
  for (const kind of CARD_KINDS) {
    for (const spec of CARD_KIND_REGISTRY[kind].csvColumns) {
      const seen = byHeader.get(spec.header);
      if (seen) seen.kinds.push(kind);
      else byHeader.set(spec.header, { spec, kinds: [kind] });
    }
  }
  return [...byHeader.values()].map(({ spec, kinds }) => fromSpec(spec, kinds));
}

/** Every card-field column, in the order they are written after id, phase, step, lane, kind. */
export const FIELD_COLUMNS: readonly FieldColumn[] = [
  text('title', ['title']),
  text('description', ['description']),
  ...kindColumns(),
  choice(
    'basis',
    ['basis'],
    'all',
    EVIDENCE_BASES,
    { evidenced: 'evidence', assumed: 'assumption' },
    null,
  ),
  {
    header: 'moment of truth',
    kinds: 'all',
    path: ['momentOfTruth'],
    write: (card) => (card.momentOfTruth ? 'yes' : ''),
    read: (cell, draft) => {
      const result = readYesNo(cell);
      if (!result.ok) return result.message;
      const current = draft.momentOfTruth;
      setIn(
        draft,
        ['momentOfTruth'],
        result.value ? (isRecord(current) ? current : { reason: '' }) : null,
      );
      return null;
    },
  },
  {
    header: 'moment of truth reason',
    kinds: 'all',
    path: ['momentOfTruth', 'reason'],
    write: (card) => card.momentOfTruth?.reason ?? '',
    // Read after "moment of truth": a reason marks the card even when the flag is blank.
    read: (cell, draft) => {
      if (cell.trim() !== '') setIn(draft, ['momentOfTruth'], { reason: cell });
      else if (isRecord(draft.momentOfTruth)) setIn(draft, ['momentOfTruth'], { reason: '' });
      return null;
    },
  },
  {
    // A word of the map's rating scale (domain/ratings.ts), kept as written: a word not on the
    // scale is not refused. Blank: not rated.
    header: 'rating',
    kinds: 'all',
    path: ['rating'],
    write: (card) => card.rating ?? '',
    read: (cell, draft) => {
      setIn(draft, ['rating'], cell.trim() === '' ? null : cell.trim());
      return null;
    },
  },
];
