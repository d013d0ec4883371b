/**
 * The view choices this browser remembers across reloads and maps: for now whether the
 * minimap is shown (a person who hid it because it covered their cards should not have to hide
 * it again). Kept in localStorage under one key; where storage is blocked, the choice lasts
 * for the page.
 */
import type { EditorViewState, EditorViewStore } from '../../editor/view';

/** The localStorage key of the remembered view choices (JSON). */
export const REMEMBERED_VIEW_KEY = 'waymark.view';

/** The view choices that are remembered. */
export type RememberedView = Pick<EditorViewState, 'minimapOpen'>;

/** The remembered choices, those of them that were ever made. */
export function readRememberedView(): Partial<RememberedView> {
  try {
    const parsed: unknown = JSON.parse(window.localStorage.getItem(REMEMBERED_VIEW_KEY) ?? '{}');
    if (typeof parsed !== 'object' || parsed === null) return {};
    const { minimapOpen } = parsed as Record<string, unknown>;
    return typeof minimapOpen === 'boolean' ? { minimapOpen } : {};
  } catch {
    return {};
  }
}

function write(choices: RememberedView): void {
  try {
    window.localStorage.setItem(REMEMBERED_VIEW_KEY, JSON.stringify(choices));
  } catch {
    // Private mode or blocked storage: the choice lasts for this page.
  }
}

/**
 * Gives `view` the remembered choices, then remembers each change of them. Returns the
 * function that stops remembering.
 */
export function rememberView(view: EditorViewStore): () => void {
  const remembered = readRememberedView();
  if (Object.keys(remembered).length > 0) view.getState().set(remembered);
  return view.subscribe((state, previous) => {
    if (state.minimapOpen !== previous.minimapOpen) write({ minimapOpen: state.minimapOpen });
  });
}
