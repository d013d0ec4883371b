/**
 * In a live session, the others see this person's pointer: its place on the canvas (canvas
 * px) goes to the editor's presence while it moves over the map, and goes away when it
 * leaves. Alone (no live session) and with a finger, nothing is shared.
 */
import { useReactFlow } from '@xyflow/react';
import { useCallback, type PointerEvent as ReactPointerEvent } from 'react';
import { useEditorApi } from '../bindings/EditorProvider';

/** The canvas wrapper's pointer-move and pointer-leave handlers that share the pointer. */
export function usePointerPresence() {
  const editor = useEditorApi();
  const flow = useReactFlow();
  const onPointerMove = useCallback(
    (event: ReactPointerEvent) => {
      const presence = editor.presence.getState();
      if (presence.status === 'local' || event.pointerType === 'touch') return;
      const at = flow.screenToFlowPosition({ x: event.clientX, y: event.clientY });
      presence.setPointer({ x: Math.round(at.x), y: Math.round(at.y) });
    },
    [editor, flow],
  );
  const onPointerLeave = useCallback(() => {
    const presence = editor.presence.getState();
    if (presence.pointer) presence.setPointer(null);
  }, [editor]);
  return { onPointerMove, onPointerLeave };
}
