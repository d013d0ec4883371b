/**
 * A lane's header down the left of the grid: its icon, name, kind, side of the line of
 * visibility and note, its menu, and the grip that resizes its row.
 */
import { memo, useLayoutEffect, useRef } from 'react';
import { addLaneCommand, deleteLaneCommand, moveLaneBy } from '../commands/gridCommands';
import { LANE_ICONS, laneAccent } from '../domain/kinds';
import type { Lane } from '../domain/schema';
import { EXPERIENCE_SIDE_SHORT_LABELS, LANE_KIND_LABELS } from '../domain/vocabulary';
import type { HeaderTarget } from '../editor/view';
import { grid } from '../editor/operations';
import { HeaderName, MenuButton, useHeader, type HeaderCallbacks } from './headerControls';
import { ResizeGrip } from './headerParts';
import { LAYOUT } from './layout';

/**
 * A lane's note, as many whole lines as its header has room for (at most four), the last
 * ending in "…" when there is more; the whole note shows on hover and in the inspector.
 * Measured in the DOM when the note or the row's height changes (a few lanes, never per frame).
 */
function LaneNote({ note, rowHeight }: { note: string; rowHeight: number }) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const box = ref.current;
    const header = box?.parentElement;
    if (!box || !header) return;
    box.style.setProperty('-webkit-line-clamp', '4');
    const line = Number.parseFloat(getComputedStyle(box).lineHeight) || 14;
    const padding = Number.parseFloat(getComputedStyle(header).paddingBottom) || 0;
    const room = header.clientHeight - padding - box.offsetTop;
    const lines = Math.max(1, Math.min(4, Math.floor(room / line)));
    box.style.setProperty('-webkit-line-clamp', String(lines));
  }, [note, rowHeight]);
  return (
    <div ref={ref} className="lane-header__note" title={note}>
      {note}
    </div>
  );
}

/** The header of one lane, `height` px tall at canvas y `y`, with the grip that resizes its row. */
export const LaneHeader = memo(function LaneHeader({
  lane,
  index,
  count,
  y,
  height,
  editable,
  callbacks,
}: {
  lane: Lane;
  index: number;
  count: number;
  y: number;
  height: number;
  editable: boolean;
  callbacks: HeaderCallbacks;
}) {
  const target: HeaderTarget = { kind: 'lane', id: lane.id };
  const header = useHeader(target, editable, callbacks);
  const { ctx, selected, select, startRename, drag } = header;
  const name = lane.name.trim() === '' ? 'Untitled lane' : lane.name;
  const side = lane.side === 'backstage' ? 'frontstage' : 'backstage';
  return (
    <div
      role="listitem"
      className={`lane-header lane-header--${lane.side}${selected ? ' is-selected' : ''}${drag.dragging ? ' is-dragging' : ''}`}
      style={{
        top: y,
        height,
        width: LAYOUT.laneHeaderWidth,
        ['--lane-accent' as string]: laneAccent(lane.kind),
      }}
    >
      <div className="lane-header__top">
        <span className="lane-header__icon" aria-hidden="true">
          {LANE_ICONS[lane.kind]}
        </span>
        <HeaderName
          kindLabel="Lane"
          name={name}
          value={lane.name}
          rename={(name) => ctx.editor.run(grid.updateLane, { id: lane.id, patch: { name } })}
          editable={editable}
          header={header}
        >
          <span className="header-name__text">{name}</span>
        </HeaderName>
        <MenuButton
          label={`Lane options: ${name}`}
          items={() => [
            { label: 'Rename', onSelect: startRename, disabled: !editable },
            {
              label: 'Add lane below',
              onSelect: () => addLaneCommand(ctx, 'custom', lane.id),
              disabled: !editable,
            },
            {
              label: `Show as ${side}`,
              onSelect: () => ctx.editor.run(grid.updateLane, { id: lane.id, patch: { side } }),
              disabled: !editable,
            },
            { label: 'Edit kind and note…', onSelect: select },
            'separator',
            {
              label: 'Move up',
              onSelect: () => moveLaneBy(ctx, lane.id, -1),
              disabled: !editable || index === 0,
            },
            {
              label: 'Move down',
              onSelect: () => moveLaneBy(ctx, lane.id, 1),
              disabled: !editable || index === count - 1,
            },
            'separator',
            {
              label: 'Delete lane…',
              onSelect: () => void deleteLaneCommand(ctx, lane.id),
              disabled: !editable,
              danger: true,
            },
          ]}
        />
      </div>
      <div className="lane-header__meta">
        {[
          lane.name.trim().toLowerCase() === LANE_KIND_LABELS[lane.kind].toLowerCase()
            ? null
            : LANE_KIND_LABELS[lane.kind],
          lane.side === 'frontstage' ? null : EXPERIENCE_SIDE_SHORT_LABELS[lane.side],
        ]
          .filter(Boolean)
          .join(' · ')}
      </div>
      {lane.note ? <LaneNote note={lane.note} rowHeight={height} /> : null}
      <ResizeGrip
        orientation="horizontal"
        label={`Resize lane: ${name}`}
        size={height}
        min={40}
        max={4000}
        enabled={editable}
        style={{ top: height - 4 }}
        onPreview={(size) =>
          callbacks.onResizePreview(size === null ? null : { kind: 'row', at: y + size })
        }
        onCommit={(size) =>
          ctx.editor.run(grid.updateLane, { id: lane.id, patch: { height: size } })
        }
        onReset={() => ctx.editor.run(grid.updateLane, { id: lane.id, patch: { height: null } })}
      />
    </div>
  );
});
