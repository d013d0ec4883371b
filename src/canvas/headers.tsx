/**
 * The headers of the grid: phases (with dates) and their steps across the top, lanes down the
 * left. Each can be selected (shown in the inspector), renamed in place (double-click or
 * Enter), dragged to a new place, resized, and has a menu with every command on it, so all of
 * it works from the keyboard too.
 */
import { memo, useRef, useState, type ReactNode } from 'react';
import { useCommandContext, useView } from '../bindings/EditorProvider';
import {
  addLaneCommand,
  addPhaseCommand,
  addStepCommand,
  deleteLaneCommand,
  deletePhaseCommand,
  deleteStepCommand,
  moveLaneBy,
  movePhaseBy,
  moveStepBy,
} from '../commands/gridCommands';
import type { HeaderTarget } from '../editor/view';
import { evidence, grid } from '../editor/operations';
import { formatDateRange } from '../domain/dates';
import type { Lane, Phase, Step } from '../domain/schema';
import { LANE_KIND_LABELS } from '../domain/vocabulary';
import { useCanvasSlots } from './CanvasContext';
import { LANE_ICONS, laneAccent, MOMENT_OF_TRUTH } from '../domain/kinds';
import { RenameInput, ResizeGrip, useHeaderDrag } from './headerParts';
import { LAYOUT } from './layout';
import { PopupMenu, type MenuItem } from './PopupMenu';
import type { XY } from './snapping';

export type HeaderDrag = { kind: 'phase' | 'step' | 'lane'; id: string; point: XY } | null;

export interface HeaderCallbacks {
  /** Shows where a dragged header would go (null: the drag ended). */
  onDragPreview: (drag: HeaderDrag) => void;
  /** Drops a dragged header at a canvas point. */
  onDrop: (kind: 'phase' | 'step' | 'lane', id: string, point: XY) => void;
  /** Shows a resize guide (column right edge x, or row bottom edge y), or hides it. */
  onResizePreview: (guide: { kind: 'column' | 'row'; at: number } | null) => void;
}

/**
 * What every header needs: whether it is selected or being renamed, commands to select and
 * rename it, and dragging it to a new place (previewed and dropped through `callbacks`).
 */
function useHeader(target: HeaderTarget, editable: boolean, callbacks: HeaderCallbacks) {
  const ctx = useCommandContext();
  const selected = useView((s) => s.inspectorTarget?.id === target.id);
  const renaming = useView((s) => s.renaming?.id === target.id);
  const select = () => {
    ctx.editor.select([]);
    ctx.editor.view
      .getState()
      .set({ inspectorTarget: target, selectedLinkId: null, inspectorOpen: true });
  };
  const startRename = () =>
    ctx.editor.view.getState().set({ renaming: target, inspectorTarget: target });
  const drag = useHeaderDrag({
    enabled: editable,
    onMove: (point) => callbacks.onDragPreview({ kind: target.kind, id: target.id, point }),
    onDrop: (point) => {
      callbacks.onDragPreview(null);
      callbacks.onDrop(target.kind, target.id, point);
    },
  });
  return { target, ctx, selected, renaming, select, startRename, drag };
}

/**
 * A header's name: a button that selects the header, renames it on double-click or Enter and
 * drags it to a new place; while renaming, a text box in its place.
 */
function HeaderName({
  kindLabel,
  name,
  value,
  rename,
  editable,
  header,
  children,
}: {
  /** "Phase", "Step" or "Lane", as in the accessible names "Phase: …" and "Rename phase". */
  kindLabel: string;
  /** The name shown (never empty). */
  name: string;
  /** The name as stored, edited while renaming. */
  value: string;
  rename: (value: string) => void;
  editable: boolean;
  header: ReturnType<typeof useHeader>;
  children: ReactNode;
}) {
  const { target, renaming, select, startRename, drag } = header;
  if (renaming && editable) {
    return (
      <RenameInput
        target={target}
        label={`Rename ${kindLabel.toLowerCase()}`}
        value={value}
        rename={rename}
      />
    );
  }
  return (
    <button
      type="button"
      className="header-name nodrag nopan"
      data-header={target.id}
      aria-label={`${kindLabel}: ${name}`}
      title={editable ? 'Double-click or press Enter to rename; drag to move' : name}
      onClick={select}
      onDoubleClick={() => editable && startRename()}
      onKeyDown={(event) => {
        if (event.key === 'Enter' && editable) {
          event.preventDefault();
          startRename();
        }
      }}
      {...drag.handlers}
    >
      {children}
    </button>
  );
}

function MenuButton({
  label,
  items,
}: {
  label: string;
  items: () => readonly (MenuItem | 'separator')[];
}) {
  const ref = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        ref={ref}
        type="button"
        className="header-menu-button nodrag nopan"
        aria-label={label}
        title={label}
        aria-haspopup="menu"
        aria-expanded={open}
        onClick={(event) => {
          event.stopPropagation();
          setOpen((o) => !o);
        }}
      >
        ⋯
      </button>
      {open && ref.current ? (
        <PopupMenu
          label={label}
          anchor={ref.current}
          items={items()}
          onClose={() => setOpen(false)}
        />
      ) : null}
    </>
  );
}

// ─── Phase ───────────────────────────────────────────────────────────────────────────────

export const PhaseHeader = memo(function PhaseHeader({
  phase,
  index,
  count,
  x,
  width,
  editable,
  callbacks,
}: {
  phase: Phase;
  index: number;
  count: number;
  x: number;
  width: number;
  editable: boolean;
  callbacks: HeaderCallbacks;
}) {
  const target: HeaderTarget = { kind: 'phase', id: phase.id };
  const header = useHeader(target, editable, callbacks);
  const { ctx, selected, startRename, drag } = header;
  const name = phase.name.trim() === '' ? 'Untitled phase' : phase.name;
  const dates = formatDateRange(phase.startDate, phase.endDate, { startOfLine: true });
  return (
    <div
      className={`phase-header${selected ? ' is-selected' : ''}${drag.dragging ? ' is-dragging' : ''}`}
      role="listitem"
      style={{ left: x, width, height: LAYOUT.phaseHeaderHeight }}
    >
      <HeaderName
        kindLabel="Phase"
        name={name}
        value={phase.name}
        rename={(name) => ctx.editor.run(grid.updatePhase, { id: phase.id, patch: { name } })}
        editable={editable}
        header={header}
      >
        <span className="header-name__text">{name}</span>
        {dates ? <span className="phase-header__dates">{dates}</span> : null}
      </HeaderName>
      <MenuButton
        label={`Phase options: ${name}`}
        items={() => [
          { label: 'Rename', onSelect: startRename, disabled: !editable },
          { label: 'Add step', onSelect: () => addStepCommand(ctx, phase.id), disabled: !editable },
          {
            label: 'Add phase after',
            onSelect: () => addPhaseCommand(ctx, phase.id),
            disabled: !editable,
          },
          'separator',
          {
            label: 'Move left',
            onSelect: () => movePhaseBy(ctx, phase.id, -1),
            disabled: !editable || index === 0,
          },
          {
            label: 'Move right',
            onSelect: () => movePhaseBy(ctx, phase.id, 1),
            disabled: !editable || index === count - 1,
          },
          'separator',
          {
            label: 'Delete phase…',
            onSelect: () => void deletePhaseCommand(ctx, phase.id),
            disabled: !editable,
            danger: true,
          },
        ]}
      />
    </div>
  );
});

// ─── Step ────────────────────────────────────────────────────────────────────────────────

export const StepHeader = memo(function StepHeader({
  step,
  phaseId,
  x,
  width,
  isFirst,
  isLast,
  editable,
  callbacks,
  title,
}: {
  step: Step;
  /** The name shown: the step's title, or one made from its phase when it has none. */
  title: string;
  phaseId: string;
  x: number;
  width: number;
  isFirst: boolean;
  isLast: boolean;
  editable: boolean;
  callbacks: HeaderCallbacks;
}) {
  const target: HeaderTarget = { kind: 'step', id: step.id };
  const header = useHeader(target, editable, callbacks);
  const { ctx, selected, startRename, drag } = header;
  const { StepSummary } = useCanvasSlots();
  const toggleMoment = () =>
    ctx.editor.run(evidence.setMomentOfTruth, {
      target: { kind: 'step', id: step.id },
      reason: step.momentOfTruth ? null : '',
    });
  return (
    <div
      role="listitem"
      className={`step-header${selected ? ' is-selected' : ''}${drag.dragging ? ' is-dragging' : ''}`}
      style={{ left: x, width, height: LAYOUT.stepHeaderHeight }}
    >
      <HeaderName
        kindLabel="Step"
        name={title}
        value={step.title}
        rename={(title) => ctx.editor.run(grid.updateStep, { id: step.id, patch: { title } })}
        editable={editable}
        header={header}
      >
        {step.momentOfTruth ? (
          <span
            className="step-header__mot"
            role="img"
            aria-label={MOMENT_OF_TRUTH.label}
            title={MOMENT_OF_TRUTH.label}
          >
            {MOMENT_OF_TRUTH.icon}
          </span>
        ) : null}
        <span className="header-name__text">{title}</span>
      </HeaderName>
      {/* What the step's evidence says, as a thin bar along the header (words in the
          inspector and on hover). */}
      <div className="step-header__sentiment">
        {StepSummary ? <StepSummary stepId={step.id} /> : null}
      </div>
      <MenuButton
        label={`Step options: ${title}`}
        items={() => [
          { label: 'Rename', onSelect: startRename, disabled: !editable },
          {
            label: 'Add step after',
            onSelect: () => addStepCommand(ctx, phaseId, step.id),
            disabled: !editable,
          },
          {
            label: step.momentOfTruth ? 'Remove moment of truth' : 'Mark as moment of truth',
            onSelect: toggleMoment,
            disabled: !editable,
          },
          'separator',
          {
            label: 'Move left',
            onSelect: () => moveStepBy(ctx, step.id, -1),
            disabled: !editable || isFirst,
          },
          {
            label: 'Move right',
            onSelect: () => moveStepBy(ctx, step.id, 1),
            disabled: !editable || isLast,
          },
          'separator',
          {
            label: 'Delete step…',
            onSelect: () => void deleteStepCommand(ctx, step.id),
            disabled: !editable,
            danger: true,
          },
        ]}
      />
      <ResizeGrip
        orientation="vertical"
        label={`Resize column: ${title}`}
        size={width}
        min={80}
        max={4000}
        enabled={editable}
        style={{ left: width - 4 }}
        onPreview={(size) =>
          callbacks.onResizePreview(size === null ? null : { kind: 'column', at: x + size })
        }
        onCommit={(size) =>
          ctx.editor.run(grid.updateStep, { id: step.id, patch: { width: size } })
        }
        onReset={() => ctx.editor.run(grid.updateStep, { id: step.id, patch: { width: null } })}
      />
    </div>
  );
});

// ─── Lane ────────────────────────────────────────────────────────────────────────────────

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
          lane.side === 'backstage' ? 'Backstage' : null,
        ]
          .filter(Boolean)
          .join(' · ')}
      </div>
      {lane.note ? <div className="lane-header__note">{lane.note}</div> : null}
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
