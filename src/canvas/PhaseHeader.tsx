/** A phase's header across the top of the grid: its name, its dates and its menu. */
import { memo } from 'react';
import {
  addPhaseCommand,
  addStepCommand,
  deletePhaseCommand,
  movePhaseBy,
} from '../commands/gridCommands';
import { formatDateRange } from '../domain/dates';
import type { Phase } from '../domain/schema';
import type { HeaderTarget } from '../editor/view';
import { grid } from '../editor/operations';
import { HeaderName, MenuButton, useHeader, type HeaderCallbacks } from './headerControls';
import { LAYOUT } from './layout';

/** The header of one phase, `width` px wide at canvas x `x`; `index` of `count` phases. */
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
