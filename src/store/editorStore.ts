/**
 * The editor's zustand store for one open map: the document, the selection, the mode, and the
 * undo history (zundo's temporal middleware, tracking only the document).
 *
 * Every change to the map goes through `apply(edit)`, where `edit` is one of the pure functions
 * of src/domain/edits.ts. One `apply` is one undo step, however many cards it touches.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { temporal, type TemporalState } from 'zundo';
import { applyDerivedEmotions } from '../domain/evidence';
import type { JourneyMap } from '../domain/schema';

export type EditorMode = 'edit' | 'annotate' | 'present';

export type SaveState =
  | { status: 'saved'; at: string | null }
  | { status: 'pending' }
  | { status: 'saving' }
  | { status: 'error'; kind: string; message: string };

export interface ApplyOptions {
  /**
   * Consecutive applies with the same key within a second are one undo step (typing a title
   * letter by letter, nudging a slider).
   */
  coalesceKey?: string;
  /** Select these cards after the change. */
  select?: string[];
}

export interface EditorState {
  map: JourneyMap;
  selectedCardIds: string[];
  mode: EditorMode;
  /** True when another tab edits this map: this one shows it but does not change it. */
  readOnly: boolean;
  save: SaveState;
  /** Applies a pure edit to the map as one undoable step. Returns true if the map changed. */
  apply: (edit: (map: JourneyMap) => JourneyMap, options?: ApplyOptions) => boolean;
  /** Replaces the map without an undo step (a reload from storage). */
  replaceMap: (map: JourneyMap) => void;
  select: (cardIds: string[]) => void;
  toggleSelected: (cardId: string) => void;
  setMode: (mode: EditorMode) => void;
  setReadOnly: (readOnly: boolean) => void;
  setSave: (save: SaveState) => void;
  undo: () => void;
  redo: () => void;
}

export type EditorStore = StoreApi<EditorState> & {
  temporal: StoreApi<TemporalState<{ map: JourneyMap }>>;
};

const COALESCE_MS = 1000;

export function createEditorStore(
  initialMap: JourneyMap,
  options: { now?: () => Date } = {},
): EditorStore {
  const now = options.now ?? (() => new Date());
  let coalesce: { key: string; at: number } | null = null;
  let pendingCoalesceKey: string | undefined;

  const store = createStore<EditorState>()(
    temporal(
      (set, get) => ({
        map: initialMap,
        selectedCardIds: [],
        mode: 'edit',
        readOnly: false,
        save: { status: 'saved', at: null },
        apply(edit, applyOptions = {}) {
          const state = get();
          if (state.readOnly) return false;
          const edited = edit(state.map);
          // Steps whose emotion comes from their evidence follow every edit of the tallies (a
          // card edited, moved, pasted or deleted) in the same undo step.
          const next =
            edited !== state.map &&
            (edited.cards !== state.map.cards || edited.phases !== state.map.phases)
              ? applyDerivedEmotions(edited)
              : edited;
          if (next === state.map) {
            if (applyOptions.select) set({ selectedCardIds: applyOptions.select });
            return false;
          }
          pendingCoalesceKey = applyOptions.coalesceKey;
          set({
            map: { ...next, updatedAt: now().toISOString() },
            ...(applyOptions.select ? { selectedCardIds: applyOptions.select } : {}),
          });
          pendingCoalesceKey = undefined;
          return true;
        },
        replaceMap(map) {
          store.temporal.getState().pause();
          set({ map, selectedCardIds: pruneSelection(get().selectedCardIds, map) });
          store.temporal.getState().resume();
        },
        select(cardIds) {
          set({ selectedCardIds: cardIds });
        },
        toggleSelected(cardId) {
          const ids = get().selectedCardIds;
          set({
            selectedCardIds: ids.includes(cardId)
              ? ids.filter((id) => id !== cardId)
              : [...ids, cardId],
          });
        },
        setMode(mode) {
          set({ mode });
        },
        setReadOnly(readOnly) {
          set({ readOnly });
        },
        setSave(save) {
          set({ save });
        },
        undo() {
          if (get().readOnly) return;
          coalesce = null;
          store.temporal.getState().undo();
          set({ selectedCardIds: pruneSelection(get().selectedCardIds, get().map) });
        },
        redo() {
          if (get().readOnly) return;
          coalesce = null;
          store.temporal.getState().redo();
          set({ selectedCardIds: pruneSelection(get().selectedCardIds, get().map) });
        },
      }),
      {
        partialize: (state) => ({ map: state.map }),
        equality: (past, current) => past.map === current.map,
        limit: 500,
        handleSet: (handleSet) => (pastState, replace, currentState, deltaState) => {
          const key = pendingCoalesceKey;
          const at = now().getTime();
          if (key !== undefined && coalesce?.key === key && at - coalesce.at < COALESCE_MS) {
            coalesce = { key, at };
            return; // same gesture: the step recorded at its start already covers it
          }
          coalesce = key === undefined ? null : { key, at };
          (handleSet as unknown as (...args: unknown[]) => void)(
            pastState,
            replace,
            currentState,
            deltaState,
          );
        },
      },
    ),
  ) as EditorStore;
  return store;
}

function pruneSelection(ids: string[], map: JourneyMap): string[] {
  if (ids.length === 0) return ids;
  const present = new Set(map.cards.map((card) => card.id));
  const kept = ids.filter((id) => present.has(id));
  return kept.length === ids.length ? ids : kept;
}
