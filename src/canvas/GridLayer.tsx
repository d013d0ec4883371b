/**
 * The grid drawn inside React Flow's viewport (so it pans and zooms with the cards): phase
 * and step headers, lane headers, the cells, the line of visibility and the emotion curve.
 *
 * Cells are a real ARIA grid: one cell at a time is in the Tab order and the arrow keys move
 * between cells. The grid re-renders only when a column or row changes, never while a card
 * title is typed (its `grid` prop keeps its identity, see computeLayout).
 */
import { useCan, useCommandContext, useEditor, useView } from '../bindings/EditorProvider';
import { useStoreApi } from '@xyflow/react';
import { memo, useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { neighbourCell, type Direction } from '../domain/cells';
import { grid as gridOps } from '../editor/operations';
import type { Lane, Step } from '../domain/schema';
import { EmotionCurve } from './EmotionCurve';
import {
  LaneHeader,
  PhaseHeader,
  StepHeader,
  type HeaderCallbacks,
  type HeaderDrag,
} from './headers';
import { stepDisplayNames } from '../domain/names';
import { SERVICE_LINE_LABELS } from '../domain/serviceLines';
import { cellKey, LAYOUT, type GridLayout } from './layout';
import { insertionLine, laneDropIndex, phaseDropIndex, stepDrop, type XY } from './snapping';

const ARROWS: Record<string, Direction> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};

/**
 * The grid under the cards, in canvas coordinates: phase, step and lane headers, the cells, the
 * line of visibility, the emotion curve and the header drag and resize guides.
 */
export const GridLayer = memo(function GridLayer({ grid }: { grid: GridLayout }) {
  const ctx = useCommandContext();
  const phases = useEditor((s) => s.map.phases);
  const lanes = useEditor((s) => s.map.lanes);
  const settings = useEditor(
    useShallow((s) => ({
      line: s.map.settings.showLineOfVisibility,
      curve: s.map.settings.showEmotionCurve,
    })),
  );
  const editable = useCan('edit');
  const focused = useView((s) => s.focusedCell);
  const [drag, setDrag] = useState<HeaderDrag>(null);
  const [guide, setGuide] = useState<{ kind: 'column' | 'row'; at: number } | null>(null);

  const steps = useMemo(() => phases.flatMap((p) => p.steps), [phases]);
  const stepNames = useMemo(() => stepDisplayNames(phases), [phases]);
  const stepById = useMemo(() => new Map(steps.map((s) => [s.id, s])), [steps]);
  const laneById = useMemo(() => new Map(lanes.map((l) => [l.id, l])), [lanes]);
  const phaseStarts = useMemo(() => new Set(grid.phases.map((p) => p.firstColumn)), [grid.phases]);

  const onDrop = useCallback(
    (kind: 'phase' | 'step' | 'lane', id: string, point: XY) => {
      const editor = ctx.editor;
      if (kind === 'phase') {
        editor.run(gridOps.movePhase, { id, index: phaseDropIndex(grid, id, point.x) });
      } else if (kind === 'lane') {
        editor.run(gridOps.moveLane, { id, index: laneDropIndex(grid, id, point.y) });
      } else {
        const target = stepDrop(grid, id, point.x);
        if (target)
          editor.run(gridOps.moveStep, { id, phaseId: target.phaseId, index: target.index });
      }
    },
    [ctx, grid],
  );
  const callbacks: HeaderCallbacks = useMemo(
    () => ({ onDragPreview: setDrag, onDrop, onResizePreview: setGuide }),
    [onDrop],
  );

  // The one cell in the Tab order: the focused one if it still exists, else the first.
  const focusedKey =
    focused && stepById.has(focused.stepId) && laneById.has(focused.laneId)
      ? cellKey(focused.laneId, focused.stepId)
      : null;
  const tabCell =
    focusedKey ??
    (grid.rows[0] && grid.columns[0] ? cellKey(grid.rows[0].laneId, grid.columns[0].stepId) : null);
  // The chosen cell, where a kind from the palette or Add card goes, is marked while no card is
  // selected (a click or tap on a cell does not keep the page's focus on a touch screen).
  const noCardSelected = useEditor((s) => s.selectedCardIds.length === 0);
  const chosenCell = noCardSelected ? focusedKey : null;

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const target = event.target as HTMLElement;
    const key = target.dataset.cell;
    const laneId = target.dataset.lane;
    const stepId = target.dataset.step;
    if (!key || !laneId || !stepId) return;
    const direction = ARROWS[event.key];
    if (direction && !event.altKey && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      const next = neighbourCell(ctx.editor.map, { laneId, stepId }, direction);
      if (next) ctx.canvas.focusCell(next);
      return;
    }
    if (event.key === 'Enter') {
      event.preventDefault();
      const first = ctx.editor.store
        .getState()
        .map.cards.filter((c) => c.laneId === laneId && c.stepId === stepId)
        .sort((a, b) => a.order - b.order)[0];
      if (first) {
        ctx.editor.select([first.id]);
        ctx.canvas.focusCard(first.id);
      }
    }
  };

  const line = drag ? insertionLine(grid, drag, drag.point) : null;
  const width = grid.right;

  // Headers stay on screen while the map pans under them: the header layer's containers are
  // shifted straight from React Flow's viewport, without a React render. Each gets its own
  // transform rather than an inherited CSS variable, which restyled every header below it on
  // every frame.
  const headerRef = useRef<HTMLDivElement>(null);
  const flowStore = useStoreApi();
  useEffect(() => {
    const part = (name: string) =>
      headerRef.current?.querySelector<HTMLElement>(`:scope > .header-layer__${name}`);
    const [top, left, corner] = [part('top'), part('left'), part('corner')];
    const place = (transform: [number, number, number]) => {
      const [tx, ty, zoom] = transform;
      const x = `${Math.max(0, -tx / zoom)}px`;
      const y = `${Math.max(0, -ty / zoom)}px`;
      if (top) top.style.transform = `translateY(${y})`;
      if (left) left.style.transform = `translateX(${x})`;
      if (corner) corner.style.transform = `translate(${x}, ${y})`;
    };
    place(flowStore.getState().transform);
    return flowStore.subscribe((state, previous) => {
      if (state.transform !== previous.transform) place(state.transform);
    });
  }, [flowStore]);

  return (
    <>
      <div className="grid-layer" style={{ width: grid.right, height: grid.bottom }}>
        <div
          role="grid"
          aria-label="Journey map"
          aria-rowcount={grid.rows.length}
          aria-colcount={grid.columns.length}
          className="grid"
          onKeyDown={onKeyDown}
          onFocus={(event) => {
            const { lane, step } = (event.target as HTMLElement).dataset;
            if (lane && step) {
              const current = ctx.editor.view.getState().focusedCell;
              if (current?.laneId !== lane || current.stepId !== step) {
                ctx.editor.view.getState().set({ focusedCell: { laneId: lane, stepId: step } });
              }
            }
          }}
        >
          {grid.rows.map((row) => {
            const lane = laneById.get(row.laneId);
            if (!lane) return null;
            return (
              <div
                key={row.laneId}
                role="row"
                className={`grid-row grid-row--${row.side}`}
                style={{ top: row.y, height: row.height, width }}
              >
                {grid.columns.map((column) => (
                  <GridCell
                    key={column.stepId}
                    lane={lane}
                    step={stepById.get(column.stepId)}
                    stepName={stepNames.get(column.stepId) ?? ''}
                    x={column.x}
                    width={column.width}
                    height={row.height}
                    phaseStart={phaseStarts.has(column.index)}
                    tabbable={tabCell === cellKey(row.laneId, column.stepId)}
                    chosen={chosenCell === cellKey(row.laneId, column.stepId)}
                  />
                ))}
              </div>
            );
          })}
        </div>
        {settings.line
          ? grid.visibilityLines.map((y) => (
              <div key={y} className="visibility-line" style={{ top: y, width }}>
                <span>Line of visibility</span>
              </div>
            ))
          : null}
        {settings.line
          ? grid.blueprintLines.map((line) => (
              <div
                key={`${line.kind}:${line.y}`}
                className={`visibility-line visibility-line--${line.kind}`}
                style={{ top: line.y, width }}
              >
                <span>{SERVICE_LINE_LABELS[line.kind]}</span>
              </div>
            ))
          : null}
        {settings.curve
          ? grid.rows
              .filter((row) => row.bandHeight > 0)
              .map((row) => (
                <EmotionCurve
                  key={row.laneId}
                  row={row}
                  left={grid.left}
                  right={grid.right}
                  columns={grid.columns}
                  steps={steps}
                  editable={editable}
                />
              ))
          : null}
      </div>
      <div ref={headerRef} className="header-layer" style={{ width, height: grid.bottom }}>
        <div className="header-layer__top" style={{ width, height: grid.top }}>
          <div role="list" aria-label="Phases" className="header-list">
            {grid.phases.map((p) => {
              const phase = phases[p.index];
              return phase ? (
                <PhaseHeader
                  key={phase.id}
                  phase={phase}
                  index={p.index}
                  count={grid.phases.length}
                  x={p.x}
                  width={p.width}
                  editable={editable}
                  callbacks={callbacks}
                />
              ) : null;
            })}
          </div>
          <div
            role="list"
            aria-label="Steps"
            className="header-list"
            style={{ top: LAYOUT.phaseHeaderHeight, height: LAYOUT.stepHeaderHeight }}
          >
            {grid.columns.map((column, i) => {
              const step = stepById.get(column.stepId);
              return step ? (
                <StepHeader
                  key={step.id}
                  step={step}
                  title={stepNames.get(step.id) ?? ''}
                  phaseId={column.phaseId}
                  x={column.x}
                  width={column.width}
                  isFirst={i === 0}
                  isLast={i === grid.columns.length - 1}
                  editable={editable}
                  callbacks={callbacks}
                />
              ) : null;
            })}
          </div>
        </div>
        <div className="header-layer__left" style={{ width: grid.left, height: grid.bottom }}>
          <div role="list" aria-label="Lanes" className="header-list">
            {grid.rows.map((row) => {
              const lane = laneById.get(row.laneId);
              return lane ? (
                <LaneHeader
                  key={lane.id}
                  lane={lane}
                  index={row.index}
                  count={grid.rows.length}
                  y={row.y}
                  height={row.height}
                  editable={editable}
                  callbacks={callbacks}
                />
              ) : null;
            })}
          </div>
        </div>
        <div className="header-layer__corner" style={{ width: grid.left, height: grid.top }}>
          <span>Lanes</span>
        </div>
        {line !== null && drag ? (
          <div
            className={`insert-line insert-line--${drag.kind === 'lane' ? 'row' : 'column'}`}
            style={
              drag.kind === 'lane'
                ? { top: line - 2, width }
                : { left: line - 2, height: grid.bottom }
            }
          />
        ) : null}
        {guide ? (
          <div
            className={`resize-guide resize-guide--${guide.kind}`}
            style={
              guide.kind === 'row'
                ? { top: guide.at - 1, width }
                : { left: guide.at - 1, height: grid.bottom }
            }
          />
        ) : null}
      </div>
    </>
  );
});

const GridCell = memo(function GridCell({
  lane,
  step,
  stepName,
  x,
  width,
  height,
  phaseStart,
  tabbable,
  chosen,
}: {
  lane: Lane;
  step: Step | undefined;
  stepName: string;
  x: number;
  width: number;
  height: number;
  phaseStart: boolean;
  tabbable: boolean;
  /** The cell new cards go to (marked). */
  chosen: boolean;
}) {
  if (!step) return null;
  const stepTitle = stepName;
  const laneName = lane.name.trim() === '' ? 'Untitled lane' : lane.name;
  return (
    <div
      role="gridcell"
      className={`grid-cell${phaseStart ? ' grid-cell--phase-start' : ''}${chosen ? ' grid-cell--chosen' : ''}`}
      data-cell={cellKey(lane.id, step.id)}
      data-lane={lane.id}
      data-step={step.id}
      aria-label={`${laneName} · ${stepTitle}`}
      tabIndex={tabbable ? 0 : -1}
      style={{ left: x, width, height }}
      onMouseDown={(event) => event.preventDefault()}
    />
  );
});
