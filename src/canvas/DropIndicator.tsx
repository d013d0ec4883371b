import { insertionY } from './snapping';
import type { MapLayout } from './layout';
import type { DropPreview } from './useCardDrag';

/**
 * Where a dragged card or a palette kind would land: the cell tinted, and a line at the place
 * in the cell. Drawn inside React Flow's viewport, in canvas coordinates.
 */
export function DropIndicator({ drop, layout }: { drop: DropPreview | null; layout: MapLayout }) {
  if (!drop) return null;
  const cell = layout.grid.columns.find((c) => c.stepId === drop.target.stepId);
  const row = layout.grid.rows.find((r) => r.laneId === drop.target.laneId);
  if (!cell || !row) return null;
  const line = insertionY(layout, drop.target, drop.moving);
  return (
    <>
      <div
        className="drop-cell"
        style={{ left: cell.x, top: row.y, width: cell.width, height: row.height }}
      />
      {line !== null ? (
        <div
          className="drop-line"
          style={{ left: cell.x + 6, top: line - 2, width: cell.width - 12 }}
        />
      ) : null}
    </>
  );
}
