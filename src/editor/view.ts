/**
 * The editor's view state: what is open, what is focused, what is being typed into. It is
 * never saved with the map and never undone; the map and the card selection live in the
 * editor's store (editor.ts).
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { CardKind } from '../domain/vocabulary';

/** What dragging the empty canvas does: draw a selection box, or pan. */
export type CanvasTool = 'select' | 'hand';

export type { CellRef } from '../domain/cells';
import type { CellRef } from '../domain/cells';

/** A header of the grid, shown in the inspector or being renamed. */
export type HeaderTarget =
  { kind: 'phase'; id: string } | { kind: 'step'; id: string } | { kind: 'lane'; id: string };

/** A question the editor asks before a destructive command, answered in a dialog. */
export interface ConfirmRequest {
  title: string;
  message: string;
  confirmLabel: string;
  danger?: boolean;
}

/**
 * What the editor shows, not what the map holds: panels, tool, focus, search, renaming, dialogs.
 * Never saved, never undone.
 */
export interface EditorViewState {
  /** "select": dragging the empty canvas draws a selection box; "hand": it pans. */
  tool: CanvasTool;
  legendOpen: boolean;
  minimapOpen: boolean;
  inspectorOpen: boolean;
  shortcutsOpen: boolean;
  /** The evidence side panel (personas, research, moments of truth, pain points). */
  evidenceOpen: boolean;
  /** The action plan view over the editor. */
  actionPlanOpen: boolean;
  /** The outline (a text and table view of the map) in place of the canvas. */
  outlineOpen: boolean;
  /** The report builder dialog (sections, page size, preview, download, print). */
  reportOpen: boolean;
  /** Bumped to ask for the report to be printed (Ctrl+P): the report UI prints it. */
  printRequest: number;
  /** The mode to go back to when presentation mode ends. */
  modeBeforePresenting: 'edit' | 'annotate';
  /** The card whose title is being typed on the canvas. */
  editingCardId: string | null;
  /** The grid cell that has (or last had) keyboard focus: new cards go there. */
  focusedCell: CellRef | null;
  /** A phase, step or lane shown in the inspector (when no card is selected). */
  inspectorTarget: HeaderTarget | null;
  /** A header whose name is being typed in place. */
  renaming: HeaderTarget | null;
  selectedLinkId: string | null;
  searchQuery: string;
  /** Index of the current match in the search results. */
  searchIndex: number;
  /** Bumped to ask the search box to take focus. */
  searchFocusRequest: number;
  /** Kinds to highlight; the others are dimmed. Empty: no filter. */
  kindFilter: CardKind[];
  /** A short message for screen readers and the status line ("Copied 3 cards"). */
  announcement: { text: string; at: number } | null;
  /** A question waiting for an answer in a dialog. */
  confirm: (ConfirmRequest & { resolve: (ok: boolean) => void }) | null;

  set: (patch: Partial<Omit<EditorViewState, 'set' | 'announce' | 'ask'>>) => void;
  announce: (text: string) => void;
  /** Asks the user a yes/no question in a dialog; resolves true when they confirm. */
  ask: (request: ConfirmRequest) => Promise<boolean>;
}

/** The view state's store (zustand), one per editor. */
export type EditorViewStore = StoreApi<EditorViewState>;

/**
 * A view store with the defaults (select tool, minimap and inspector open), overridden by
 * `initial`.
 */
export function createEditorView(initial: Partial<EditorViewState> = {}): EditorViewStore {
  return createStore<EditorViewState>()((set, get) => ({
    tool: 'select',
    legendOpen: false,
    minimapOpen: true,
    reportOpen: false,
    printRequest: 0,
    inspectorOpen: true,
    shortcutsOpen: false,
    evidenceOpen: false,
    actionPlanOpen: false,
    outlineOpen: false,
    modeBeforePresenting: 'edit',
    editingCardId: null,
    focusedCell: null,
    inspectorTarget: null,
    renaming: null,
    selectedLinkId: null,
    searchQuery: '',
    searchIndex: 0,
    searchFocusRequest: 0,
    kindFilter: [],
    announcement: null,
    confirm: null,
    ...initial,
    set: (patch) => set(patch),
    announce: (text) => set({ announcement: { text, at: Date.now() } }),
    ask: (request) =>
      new Promise<boolean>((resolve) => {
        get().confirm?.resolve(false);
        set({
          confirm: {
            ...request,
            resolve: (ok) => {
              set({ confirm: null });
              resolve(ok);
            },
          },
        });
      }),
  }));
}
