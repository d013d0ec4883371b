import { useEditor } from '../../bindings/EditorProvider';

/** The evidence panels change the map only in edit mode and when this tab holds the map. */
export function useCanEdit(): boolean {
  return useEditor((s) => !s.readOnly && s.mode === 'edit');
}
