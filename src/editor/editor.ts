/**
 * The editor engine for one open journey map, with no React in it (in the spirit of tldraw's
 * `Editor`). It owns the map (in its shared documents, document/mapDocument.ts), the selection,
 * the mode and role, the view state (view.ts) and the undo history (history.ts), and it is the
 * only place that applies a change: components run named operations (operations/) through
 * `run`, which checks the permission (permissions.ts), records the undo step and writes the
 * change. Changes from another tab or device arrive through the same documents, so the engine
 * does not care where a change came from.
 *
 * State for React lives in a zustand store (`editor.store`); the React layer only subscribes.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { cardById } from '../domain/cards';
import { applyDerivedEmotions } from '../domain/evidence';
import type { JourneyMap } from '../domain/schema';
import { MapDocument } from './document/mapDocument';
import { History } from './history';
import { OperationOutcome, type Operation } from './operation';
import { can, refusal, type EditorMode, type PermissionState, type Role } from './permissions';
import { createPresenceStore, type PresenceStore } from './presence';
import { createEditorView, type EditorViewStore } from './view';

/** Whether the map is saved: shown in the editor's header. */
export type SaveState =
  | { status: 'saved'; at: string | null }
  | { status: 'pending' }
  | { status: 'saving' }
  | { status: 'error'; kind: string; message: string };

/** What React reads from the editor (selectors on `editor.store`). */
export interface EditorState extends PermissionState {
  map: JourneyMap;
  selectedCardIds: readonly string[];
  save: SaveState;
  canUndo: boolean;
  canRedo: boolean;
}

/** What running an operation did. */
export type RunOutcome<R> =
  | { ok: true; changed: boolean; result: R | undefined }
  | { ok: false; changed: false; result: undefined; refusal: string };

/** Options of a new editor. */
export interface EditorOptions {
  /** The clock for `updatedAt` and operations (tests fix it). */
  now?: () => Date;
  role?: Role;
  mode?: EditorMode;
  readOnly?: boolean;
  /** A presence store made before the editor (a live session that connected first). */
  presence?: PresenceStore;
}

/** The editor of one open map. */
export class Editor {
  /** The state React subscribes to. */
  readonly store: StoreApi<EditorState>;
  /** Panels, focus, search and other view state that is never saved nor undone. */
  readonly view: EditorViewStore;
  /** Who else is here in a live session (filled by the sync layer). */
  readonly presence: PresenceStore;
  private document: MapDocument;
  private history: History;
  private unsubscribeDocument: () => void;
  private readonly now: () => Date;
  /** Fields holding typed text not yet in the map (see `addPendingWriter`). */
  private readonly pendingWriters = new Set<() => void>();

  constructor(source: JourneyMap | MapDocument, options: EditorOptions = {}) {
    this.now = options.now ?? (() => new Date());
    // A map's documents are made when first needed (an edit, undo, sync): see MapDocument.deferred.
    this.document = source instanceof MapDocument ? source : MapDocument.deferred(source);
    this.history = new History(this.document);
    this.view = createEditorView();
    this.presence = options.presence ?? createPresenceStore();
    this.store = createStore<EditorState>()(() => ({
      map: this.document.map,
      selectedCardIds: [],
      mode: options.mode ?? 'edit',
      role: options.role ?? 'owner',
      readOnly: options.readOnly ?? false,
      save: { status: 'saved', at: null },
      canUndo: false,
      canRedo: false,
    }));
    this.unsubscribeDocument = this.follow(this.document);
  }

  /**
   * Registers a field that shows typed text before writing it to the map (a title typed in
   * place, written after the next paint); `flushPendingWriters` makes it write now. Returns a
   * function that unregisters it.
   */
  addPendingWriter(flush: () => void): () => void {
    this.pendingWriters.add(flush);
    return () => this.pendingWriters.delete(flush);
  }

  /** Writes every text typed but not yet in the map (before a save that cannot wait). */
  flushPendingWriters(): void {
    for (const flush of this.pendingWriters) flush();
  }

  /** The map as it is now. */
  get map(): JourneyMap {
    return this.store.getState().map;
  }

  /** The map's shared documents (for sync: another tab, a live session). */
  get mapDocument(): MapDocument {
    return this.document;
  }

  /** How many steps undo can take back now. */
  get undoDepth(): number {
    return this.history.undoDepth;
  }

  /** The selected cards' ids, in the order they were selected. */
  get selectedCardIds(): readonly string[] {
    return this.store.getState().selectedCardIds;
  }

  /** Whether an operation needing `permission` may run now. */
  can(permission: Operation<never, unknown>['permission']): boolean {
    return can(this.store.getState(), permission);
  }

  /**
   * Runs an operation: checks its permission, applies it to the map as one undo step (or adds
   * it to the step before, see history.ts), writes it into the shared documents and applies
   * the selection it asks for. A refused or empty change records nothing.
   */
  run<A, R>(operation: Operation<A, R>, args: A): RunOutcome<R> {
    const state = this.store.getState();
    const refused = refusal(state, operation.permission);
    if (refused !== null) return { ok: false, changed: false, result: undefined, refusal: refused };
    const now = this.now();
    const out = operation.apply(state.map, args, { now });
    const edited = out instanceof OperationOutcome ? out.map : out;
    const result = out instanceof OperationOutcome ? out.result : undefined;
    const select = out instanceof OperationOutcome ? out.select : undefined;
    if (edited === state.map) {
      if (select) this.select(select);
      return { ok: true, changed: false, result };
    }
    // Steps whose emotion follows their evidence follow every edit of the tallies.
    const derived =
      edited.cards !== state.map.cards || edited.phases !== state.map.phases
        ? applyDerivedEmotions(edited)
        : edited;
    this.history.begin(operation.coalesce?.(args), now.getTime(), state.selectedCardIds);
    this.document.commit({ ...derived, updatedAt: now.toISOString() });
    // The documents' projection, as every other client sees it (the repair may hide a part).
    const map = this.document.map;
    const selection = select ? [...select] : pruneSelection(state.selectedCardIds, map);
    this.history.end(now.getTime(), selection);
    this.store.setState({ map, selectedCardIds: selection, ...this.historyState() });
    return { ok: true, changed: true, result };
  }

  /** Undoes this person's last step (never others' changes) and restores its selection. */
  undo(): boolean {
    if (this.store.getState().readOnly) return false;
    const move = this.history.undo();
    if (!move) {
      this.store.setState(this.historyState()); // steps that changed nothing are gone
      return false;
    }
    this.afterHistoryMove(move.selection);
    return true;
  }

  /** Redoes the last undone step. */
  redo(): boolean {
    if (this.store.getState().readOnly) return false;
    const move = this.history.redo();
    if (!move) {
      this.store.setState(this.historyState()); // steps that changed nothing are gone
      return false;
    }
    this.afterHistoryMove(move.selection);
    return true;
  }

  /** Selects exactly these cards. */
  select(cardIds: readonly string[]): void {
    const current = this.store.getState().selectedCardIds;
    if (current.length === cardIds.length && current.every((id, i) => id === cardIds[i])) return;
    this.store.setState({ selectedCardIds: [...cardIds] });
  }

  /** Adds a card to the selection, or takes it out. */
  toggleSelected(cardId: string): void {
    const ids = this.store.getState().selectedCardIds;
    this.select(ids.includes(cardId) ? ids.filter((id) => id !== cardId) : [...ids, cardId]);
  }

  setMode(mode: EditorMode): void {
    this.store.setState({ mode });
  }

  setRole(role: Role): void {
    this.store.setState({ role });
  }

  setReadOnly(readOnly: boolean): void {
    this.store.setState({ readOnly });
  }

  setSave(save: SaveState): void {
    this.store.setState({ save });
  }

  /**
   * Shows another version of the map (a read-only tab following the tab that edits): new
   * documents, no undo history.
   */
  replaceMap(map: JourneyMap): void {
    this.unsubscribeDocument();
    this.history.destroy();
    this.document.destroy();
    this.document = MapDocument.fromMap(map);
    this.history = new History(this.document);
    this.unsubscribeDocument = this.follow(this.document);
    this.store.setState({
      map: this.document.map,
      selectedCardIds: pruneSelection(this.store.getState().selectedCardIds, map),
      ...this.historyState(),
    });
  }

  /** Stops the editor (the map was closed). */
  destroy(): void {
    this.unsubscribeDocument();
    this.history.destroy();
    this.document.destroy();
  }

  private follow(document: MapDocument): () => void {
    return document.subscribe((map, source) => {
      if (source === 'local') return; // run() sets the state itself, in one update
      // Another tab, device or an undo changed the documents: this copy changed now.
      const next = { ...map, updatedAt: this.now().toISOString() };
      this.store.setState({
        map: next,
        selectedCardIds: pruneSelection(this.store.getState().selectedCardIds, next),
      });
    });
  }

  private afterHistoryMove(selection: readonly string[]): void {
    const map = this.store.getState().map;
    this.store.setState({
      selectedCardIds: pruneSelection(selection, map),
      ...this.historyState(),
    });
  }

  private historyState(): Pick<EditorState, 'canUndo' | 'canRedo'> {
    return { canUndo: this.history.canUndo, canRedo: this.history.canRedo };
  }
}

/** The selection without cards that are no longer on the map (the same array when none). */
function pruneSelection(ids: readonly string[], map: JourneyMap): readonly string[] {
  if (ids.length === 0) return ids;
  // The map's card index (built once per cards array, shared with the selectors).
  const kept = ids.filter((id) => cardById(map.cards, id) !== null);
  return kept.length === ids.length ? ids : kept;
}
