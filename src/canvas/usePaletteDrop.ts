/**
 * Dropping a card kind from the palette onto the canvas: the drop indicator follows the
 * pointer, and the drop adds a card of that kind at that place in the cell.
 */
import { useCallback, type DragEvent } from 'react';
import { useCommandContext } from '../bindings/EditorProvider';
import { addCardAt } from '../commands/cardCommands';
import { CARD_KINDS, type CardKind } from '../domain/vocabulary';
import { EMPTY_SET, type useDropTarget } from './useCardDrag';

/** The drag-and-drop type of a palette item: its value is the card kind. */
export const CARD_KIND_DRAG_TYPE = 'application/x-waymark-card-kind';

/** The canvas's drag-over, drag-leave and drop handlers for palette items. */
export function usePaletteDrop({
  showDrop,
  dragTarget,
}: Pick<ReturnType<typeof useDropTarget>, 'showDrop' | 'dragTarget'>) {
  const ctx = useCommandContext();
  const onDragOver = useCallback(
    (event: DragEvent) => {
      if (!event.dataTransfer.types.includes(CARD_KIND_DRAG_TYPE)) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'copy';
      showDrop(dragTarget(event, EMPTY_SET), EMPTY_SET);
    },
    [dragTarget, showDrop],
  );
  const onDrop = useCallback(
    (event: DragEvent) => {
      const kind = event.dataTransfer.getData(CARD_KIND_DRAG_TYPE) as CardKind;
      showDrop(null, EMPTY_SET);
      if (!(CARD_KINDS as readonly string[]).includes(kind)) return;
      event.preventDefault();
      const target = dragTarget(event, EMPTY_SET);
      if (target) addCardAt(ctx, target, kind, target.index);
    },
    [ctx, dragTarget, showDrop],
  );
  const onDragLeave = useCallback(() => showDrop(null, EMPTY_SET), [showDrop]);
  return { onDragOver, onDrop, onDragLeave };
}
