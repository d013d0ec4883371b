import type { EditorState } from '../store/editorStore';

/**
 * Whether the map's content may be changed now: only in edit mode, and not while another tab
 * holds the map. Every edit command asks this one helper, so the coming "annotate" mode (which
 * locks the structure) has one place to change.
 */
export function canEditStructure(state: Pick<EditorState, 'mode' | 'readOnly'>): boolean {
  return state.mode === 'edit' && !state.readOnly;
}
