/**
 * Named operations: the only way a map changes. An operation is data (Excalidraw's actions,
 * tldraw's editor methods): a name, the permission it needs, how it groups in undo, and a pure
 * function from the map (and its arguments) to the next map. Components never build edits;
 * they run operations on the editor (editor.ts), which checks the permission, records one undo
 * step and writes the change into the map's shared documents.
 */
import type { JourneyMap } from '../domain/schema';

/**
 * What an operation needs to be allowed (permissions.ts): "edit" changes the map's content and
 * structure; "annotate" comments, votes and sets severity (participants may); "facilitate" runs
 * the workshop (vote rounds); "view" changes nothing that is saved.
 */
export type Permission = 'edit' | 'annotate' | 'facilitate' | 'view';

/** What an operation sees besides the map. */
export interface OperationContext {
  /** The time of the change (injected so tests can fix it). */
  now: Date;
}

/** An operation's outcome when it has more to say than the next map. */
export class OperationOutcome<R> {
  constructor(
    readonly map: JourneyMap,
    readonly result: R,
    /** The cards to select after the change (a new card, pasted cards, none after delete). */
    readonly select?: readonly string[],
  ) {}
}

/** One named change of a map. */
export interface Operation<A, R = undefined> {
  /** "area.verb", e.g. "cards.update": shown in tests and logs. */
  readonly name: string;
  readonly permission: Permission;
  /**
   * Undo grouping: runs with the same key in a row (within history.ts COALESCE_MS) are one
   * step, as typing a title letter by letter. No key: every run is a step of its own.
   */
  readonly coalesce?: (args: A) => string | undefined;
  /** The next map (the same object when nothing changes: no undo step is recorded). */
  readonly apply: (
    map: JourneyMap,
    args: A,
    context: OperationContext,
  ) => JourneyMap | OperationOutcome<R>;
}

/** Defines an operation (identity, for type inference). */
export function defineOperation<A, R = undefined>(operation: Operation<A, R>): Operation<A, R> {
  return operation;
}

/** An outcome with a result and an optional selection. */
export function outcome<R>(
  map: JourneyMap,
  result: R,
  select?: readonly string[],
): OperationOutcome<R> {
  return new OperationOutcome(map, result, select);
}
