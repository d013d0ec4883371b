/**
 * Undo and redo of this client's own changes, on Yjs's UndoManager (one per document of the
 * map): undoing a step reverts only what this person changed, never what others did meanwhile
 * (PITFALLS.md: local transactions carry one stable origin listed in `trackedOrigins`).
 *
 * A step is one operation, or several operations with the same coalesce key in a row within
 * COALESCE_MS of each other (typing a title letter by letter is one step). A step may touch
 * both documents (deleting a card also deletes its comments), so this keeps its own stack of
 * steps saying which documents' managers hold a part of each, and the selection before and
 * after, which undo and redo restore.
 */
import * as Y from 'yjs';
import { LOCAL_ORIGIN, type MapDocument } from './document/mapDocument';
import { ANNOTATIONS_ROOT, CONTENT_ROOT } from './document/layout';

/** Consecutive operations with one coalesce key closer than this are one undo step (ms). */
export const COALESCE_MS = 1000;
/** At most this many undo steps are kept. */
export const HISTORY_LIMIT = 500;

type Part = 'content' | 'annotations';

interface Step {
  parts: Set<Part>;
  key: string | undefined;
  at: number;
  selectionBefore: readonly string[];
  selectionAfter: readonly string[];
}

/** What undo or redo restored: the selection to show. */
export interface HistoryMove {
  selection: readonly string[];
}

/** The undo history of one open map. */
export class History {
  private readonly document: MapDocument;
  /** Made on first use, so a deferred map's documents are not built just to track them. */
  private made: Record<Part, Y.UndoManager> | null = null;
  private undoSteps: Step[] = [];
  private redoSteps: Step[] = [];
  private current: { step: Step; lengths: Record<Part, number>; coalesced: boolean } | null = null;
  /** Undo and redo end a typing group: the next change is a step of its own. */
  private sealed = false;

  constructor(document: MapDocument) {
    this.document = document;
  }

  /** The documents' undo managers (made, with the documents if deferred, on first use). */
  private get managers(): Record<Part, Y.UndoManager> {
    if (this.made) return this.made;
    const options = { trackedOrigins: new Set<unknown>([LOCAL_ORIGIN]), captureTimeout: 2 ** 30 };
    this.made = {
      content: new Y.UndoManager(this.document.content.getMap(CONTENT_ROOT), options),
      annotations: new Y.UndoManager(this.document.annotations.getMap(ANNOTATIONS_ROOT), options),
    };
    return this.made;
  }

  get canUndo(): boolean {
    return this.undoSteps.length > 0;
  }

  /** How many steps can be undone. */
  get undoDepth(): number {
    return this.undoSteps.length;
  }

  get canRedo(): boolean {
    return this.redoSteps.length > 0;
  }

  /**
   * Call before a local change is written. `key` groups it with the previous step when that
   * had the same key and ended less than COALESCE_MS before `now` (ms).
   */
  begin(key: string | undefined, now: number, selection: readonly string[]): void {
    const last = this.undoSteps[this.undoSteps.length - 1];
    const coalesced =
      !this.sealed &&
      key !== undefined &&
      last !== undefined &&
      last.key === key &&
      now - last.at < COALESCE_MS;
    const step: Step = coalesced
      ? (last as Step)
      : { parts: new Set(), key, at: now, selectionBefore: selection, selectionAfter: selection };
    for (const part of ['content', 'annotations'] as const) {
      // A manager may only add to its last item when that item belongs to this same step.
      if (!coalesced || !step.parts.has(part)) this.managers[part].stopCapturing();
    }
    this.current = {
      step,
      coalesced,
      lengths: {
        content: this.managers.content.undoStack.length,
        annotations: this.managers.annotations.undoStack.length,
      },
    };
  }

  /** Call after the change is written, with the selection it leaves. */
  end(now: number, selection: readonly string[]): void {
    const current = this.current;
    this.current = null;
    if (!current) return;
    const { step, lengths, coalesced } = current;
    let wrote = false;
    for (const part of ['content', 'annotations'] as const) {
      const stack = this.managers[part].undoStack;
      if (stack.length > lengths[part] || (coalesced && step.parts.has(part))) {
        if (stack.length > lengths[part]) step.parts.add(part);
        wrote = true;
      }
    }
    if (!wrote) return;
    this.sealed = false;
    step.at = now;
    step.selectionAfter = selection;
    if (!coalesced) {
      this.undoSteps.push(step);
      if (this.undoSteps.length > HISTORY_LIMIT) this.dropOldest();
    }
    this.redoSteps = [];
    // A new change ends redo in both documents, also the one this step did not touch.
    this.managers.content.clear(false, true);
    this.managers.annotations.clear(false, true);
  }

  /**
   * Undoes this client's last step that still changes something; null when there is none. A
   * step whose every change others have since made moot (they deleted the card this client
   * renamed) is dropped, and the step before it is undone instead.
   */
  undo(): HistoryMove | null {
    for (let step = this.undoSteps.pop(); step; step = this.undoSteps.pop()) {
      this.sealed = true;
      if (!this.move(step, 'undo', ['annotations', 'content'])) continue;
      this.redoSteps.push(step);
      return { selection: step.selectionBefore };
    }
    return null;
  }

  /** Redoes the last undone step that still changes something; null when there is none. */
  redo(): HistoryMove | null {
    for (let step = this.redoSteps.pop(); step; step = this.redoSteps.pop()) {
      this.sealed = true;
      if (!this.move(step, 'redo', ['content', 'annotations'])) continue;
      this.undoSteps.push(step);
      return { selection: step.selectionAfter };
    }
    return null;
  }

  /**
   * Undoes or redoes one step: exactly one item of each of its documents' managers. (Left to
   * itself, a manager whose last item changes nothing any more goes on to older items, which
   * belong to older steps.) The step keeps the parts that changed something, the ones the
   * opposite move will need; false when none did.
   */
  private move(step: Step, direction: 'undo' | 'redo', order: readonly Part[]): boolean {
    const moved = new Set<Part>();
    for (const part of order) {
      if (!step.parts.has(part)) continue;
      const manager = this.managers[part];
      const stack = direction === 'undo' ? manager.undoStack : manager.redoStack;
      const older = stack.splice(0, Math.max(0, stack.length - 1));
      try {
        if ((direction === 'undo' ? manager.undo() : manager.redo()) !== null) moved.add(part);
      } finally {
        stack.unshift(...older);
      }
    }
    step.parts = moved;
    return moved.size > 0;
  }

  /** Forgets every step (a map replaced from storage). */
  clear(): void {
    this.undoSteps = [];
    this.redoSteps = [];
    this.made?.content.clear();
    this.made?.annotations.clear();
  }

  /** Stops tracking. */
  destroy(): void {
    this.made?.content.destroy();
    this.made?.annotations.destroy();
  }

  private dropOldest(): void {
    const oldest = this.undoSteps.shift();
    if (!oldest) return;
    for (const part of oldest.parts) this.managers[part].undoStack.shift();
  }
}
