/**
 * A step's header under its phase: its title, its moment-of-truth mark, what its evidence
 * says, its menu, and the grip that resizes its column.
 */
import { memo } from 'react';
import { useEditor } from '../bindings/EditorProvider';
import { ratingDots, ratingSpoken, ratingWords, readRating } from '../domain/ratings';
import { addStepCommand, deleteStepCommand, moveStepBy } from '../commands/gridCommands';
import { MOMENT_OF_TRUTH } from '../domain/kinds';
import { isUntitledStep } from '../domain/names';
import type { Step } from '../domain/schema';
import type { HeaderTarget } from '../editor/view';
import { evidence, grid } from '../editor/operations';
import { useCanvasSlots } from './CanvasContext';
import { HeaderName, MenuButton, useHeader, type HeaderCallbacks } from './headerControls';
import { ResizeGrip } from './headerParts';
import { LAYOUT } from './layout';

/** The header of one step, `width` px wide at canvas x `x`, with a grip to resize it. */
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
  const scale = useEditor((s) => s.map.judgement.scale);
  const rating = readRating(step.rating, scale);
  const toggleMoment = () =>
    ctx.editor.run(evidence.setMomentOfTruth, {
      target: { kind: 'step', id: step.id },
      reason: step.momentOfTruth ? null : '',
    });
  return (
    <div
      role="listitem"
      className={`step-header${rating ? ' step-header--rated' : ''}${selected ? ' is-selected' : ''}${drag.dragging ? ' is-dragging' : ''}`}
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
        {/* A step without a title is called after its phase (domain/names.ts), in italics. */}
        <span
          className={
            isUntitledStep(step)
              ? 'header-name__text header-name__text--stand-in'
              : 'header-name__text'
          }
        >
          {title}
        </span>
      </HeaderName>
      {rating ? (
        // The step's rating: dots (the cue that does not rely on colour) and its word; a
        // rated step's name keeps one line for it (the whole name is in the inspector).
        <span
          className="step-header__rating"
          role="img"
          aria-label={`Rating: ${ratingSpoken(rating)}`}
          title={`Rating: ${ratingWords(rating)}`}
        >
          {ratingDots(rating) ? (
            <span className="step-header__rating-dots">{ratingDots(rating)}</span>
          ) : null}{' '}
          {ratingWords(rating)}
        </span>
      ) : null}
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
