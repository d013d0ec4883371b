/**
 * The emotion curve in an emotions lane: a face at each step's score, joined by a curve.
 * Each point follows domain/stepEmotion.ts: the step's own score, else its emotion cards'.
 * Drag a face up or down (snaps to whole scores; one undo step per drag) or focus it and use
 * the arrow keys; Delete clears the step's own score (back to its emotion cards, else a gap).
 */
import { useCommandContext, useEditor } from '../bindings/EditorProvider';
import { memo, useMemo, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { grid } from '../editor/operations';
import { stepDisplayNames } from '../domain/names';
import type { Step } from '../domain/schema';
import { emotionCardsOf } from '../domain/cards';
import { stepEmotion } from '../domain/stepEmotion';
import type { EmotionScore } from '../domain/vocabulary';
import { EMOTION_COLOURS, emotionText } from '../domain/kinds';
import { useCanvasTools, useControlsLater } from './CanvasContext';
import { emotionPath, emotionY, scoreAtY } from './emotionCurve';
import type { ColumnLayout, RowLayout } from './layout';

const SCALE: readonly EmotionScore[] = [2, 1, 0, -1, -2];

/**
 * The emotion curve in an emotions lane's band: one point per step (a slider from −2 to +2, dragged
 * or moved with the arrow keys) and the path through them.
 */
export const EmotionCurve = memo(function EmotionCurve({
  row,
  left,
  right,
  columns,
  steps,
  editable,
}: {
  row: RowLayout;
  left: number;
  right: number;
  columns: readonly ColumnLayout[];
  steps: readonly Step[];
  editable: boolean;
}) {
  const ctx = useCommandContext();
  const tools = useCanvasTools();
  const band = row.bandHeight;
  const [preview, setPreview] = useState<{ stepId: string; score: EmotionScore } | null>(null);
  const drag = useRef<{ stepId: string; pointerId: number; start: number | null } | null>(null);

  const phases = useEditor((s) => s.map.phases);
  // Only the emotion cards decide a point: typing in any other card leaves the curve alone.
  const cards = useEditor(useShallow((s) => emotionCardsOf(s.map.cards)));
  const stepNames = useMemo(() => stepDisplayNames(phases), [phases]);
  // The step's own score, else its emotion cards' (domain/stepEmotion.ts).
  const shown = (step: Step) => stepEmotion(step, cards);
  const scoreOf = (step: Step) => (preview?.stepId === step.id ? preview.score : shown(step).score);
  const points = columns.map((column, i) => {
    const step = steps[i];
    const score = step ? scoreOf(step) : null;
    return {
      x: column.x - left + column.width / 2,
      y: score === null ? null : emotionY(score, band),
      step,
      score,
    };
  });

  const setScore = (stepId: string, score: number | null) =>
    ctx.editor.run(grid.setStepEmotion, { id: stepId, score });

  const scoreFromEvent = (event: React.PointerEvent) =>
    scoreAtY(tools.toFlow(event.clientX, event.clientY).y - row.y, band);

  return (
    <svg
      className="emotion-curve"
      style={{ left, top: row.y, width: right - left, height: band }}
      width={right - left}
      height={band}
      role="group"
      aria-label="Emotion curve"
    >
      {SCALE.map((score) => (
        <g key={score} className="emotion-curve__scale" aria-hidden="true">
          <line x1={0} x2={right - left} y1={emotionY(score, band)} y2={emotionY(score, band)} />
          <text x={6} y={emotionY(score, band) - 3}>
            {score > 0 ? `+${score}` : score}
          </text>
        </g>
      ))}
      <path className="emotion-curve__line" d={emotionPath(points)} aria-hidden="true" />
      {points.map(({ x, y, step, score }) => {
        if (!step) return null;
        const title = stepNames.get(step.id) ?? step.title;
        const cy = y ?? emotionY(0, band);
        // A score worked out from evidence or the emotion cards (not while being dragged to a
        // new score of its own).
        const origin = preview?.stepId === step.id ? 'hand' : shown(step).origin;
        const fromEvidence = origin === 'evidence';
        const from =
          origin === 'evidence'
            ? ', worked out from the evidence tallies'
            : origin === 'cards'
              ? ', from its emotion cards'
              : '';
        return (
          <g
            key={step.id}
            className={`emotion-point nodrag nopan${score === null ? ' emotion-point--empty' : ''}${editable ? ' is-editable' : ''}`}
            transform={`translate(${x} ${cy})`}
            role="slider"
            tabIndex={0}
            aria-label={`Emotion at ${title}`}
            aria-valuemin={-2}
            aria-valuemax={2}
            aria-valuenow={score ?? undefined}
            aria-valuetext={emotionText(score)}
            aria-readonly={!editable}
            onPointerDown={(event) => {
              if (!editable || event.button !== 0) return;
              event.stopPropagation();
              event.currentTarget.setPointerCapture(event.pointerId);
              drag.current = { stepId: step.id, pointerId: event.pointerId, start: score };
            }}
            onPointerMove={(event) => {
              const d = drag.current;
              if (!d || d.pointerId !== event.pointerId) return;
              const next = scoreFromEvent(event);
              if (preview?.stepId !== step.id || preview.score !== next)
                setPreview({ stepId: step.id, score: next });
            }}
            onPointerUp={(event) => {
              const d = drag.current;
              drag.current = null;
              if (!d) return;
              const next = preview?.stepId === step.id ? preview.score : scoreFromEvent(event);
              setPreview(null);
              if (next !== d.start) setScore(step.id, next);
            }}
            onPointerCancel={() => {
              drag.current = null;
              setPreview(null);
            }}
            onKeyDown={(event) => {
              if (!editable) return;
              const current = shown(step).score;
              let next: number | null | undefined;
              if (event.key === 'ArrowUp' || event.key === 'ArrowRight')
                next = Math.min(2, (current ?? -1) + 1);
              else if (event.key === 'ArrowDown' || event.key === 'ArrowLeft')
                next = Math.max(-2, (current ?? 1) - 1);
              else if (event.key === 'Home') next = -2;
              else if (event.key === 'End') next = 2;
              else if (event.key === 'Delete' || event.key === 'Backspace') next = null;
              if (next === undefined) return;
              event.preventDefault();
              event.stopPropagation();
              if (next !== current) setScore(step.id, next);
            }}
          >
            <title>{`${title}: ${emotionText(score)}${from}`}</title>
            {fromEvidence ? <circle r={17} className="emotion-point__evidence-ring" /> : null}
            <Face score={score} />
            <text className="emotion-point__label" y={30} textAnchor="middle">
              {score === null ? 'Set emotion' : emotionText(score)}
              {fromEvidence ? ' · evidence' : origin === 'cards' ? ' · cards' : ''}
            </text>
          </g>
        );
      })}
    </svg>
  );
});

/** A face drawn in SVG (no emoji font needed): the mouth curves with the score. */
function Face({ score }: { score: number | null }) {
  // Drawn from the frame after the canvas's first paint (ControlsLaterContext).
  if (useControlsLater()) return null;
  if (score === null) {
    return (
      <>
        <circle r={13} className="emotion-face emotion-face--empty" />
        <path d="M-5 0H5M0 -5V5" className="emotion-face__plus" />
      </>
    );
  }
  const color = EMOTION_COLOURS[score as EmotionScore];
  const bend = score * 2.5;
  return (
    <>
      <circle r={13} fill={color} className="emotion-face" />
      <circle cx={-4.5} cy={-3.5} r={1.7} className="emotion-face__eye" />
      <circle cx={4.5} cy={-3.5} r={1.7} className="emotion-face__eye" />
      <path
        d={`M-6 ${4 - bend / 2} Q0 ${4 + bend} 6 ${4 - bend / 2}`}
        className="emotion-face__mouth"
      />
    </>
  );
}
