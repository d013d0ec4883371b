import { useId, useMemo } from 'react';
import { deriveEmotionScore, EMOTION_RULE_TEXT, sentimentOfCards } from '../../domain/evidence';
import { findStep } from '../../domain/edits';
import { STEP_EMOTION_RULE_TEXT } from '../../domain/stepEmotion';
import type { Step } from '../../domain/schema';
import { EMOTION_LABELS, type EmotionScore } from '../../domain/vocabulary';
import { useEditor, useEditorApi } from '../../bindings/EditorProvider';
import { evidence } from '../../editor/operations';
import { useCanEdit } from './useCanEdit';
import './evidence.css';

/** The step whose emotion source is chosen. */
export interface StepEmotionSourceProps {
  stepId: string;
}

function scoreText(score: EmotionScore | null): string {
  if (score === null) return 'no score';
  return `${score > 0 ? '+' : ''}${score} (${EMOTION_LABELS[score].toLowerCase()})`;
}

/**
 * Whether a step's emotion score is set by hand or follows its evidence. Choosing "From
 * evidence" sets the score from the tallies at once (one undo step) and keeps it in step with
 * them while the choice stands.
 */
export function StepEmotionSource({ stepId }: StepEmotionSourceProps) {
  const uid = useId();
  const step = useEditor((s) => findStep(s.map, stepId)?.step ?? null);
  const cards = useEditor((s) => s.map.cards);
  const editor = useEditorApi();
  const canEdit = useCanEdit();
  const derived = useMemo(() => {
    const sentiment = sentimentOfCards(cards, stepId);
    return { score: deriveEmotionScore(sentiment), total: sentiment.total };
  }, [cards, stepId]);
  if (!step) return null;

  const choose = (source: Step['emotionSource']) =>
    editor.run(evidence.setEmotionSource, { stepId, source });

  const hint =
    step.emotionSource === 'evidence'
      ? derived.total === 0
        ? 'This step has no evidence tallies yet, so it has no score.'
        : `From ${derived.total} comments: ${scoreText(derived.score)}.`
      : derived.total === 0
        ? 'Add evidence with tallies to this step to derive its score.'
        : `From evidence it would be ${scoreText(derived.score)}.`;

  return (
    <fieldset className="ev-emotion-source" disabled={!canEdit}>
      <legend>Emotion score</legend>
      <div className="ev-radios">
        {(
          [
            ['manual', 'Set by hand'],
            ['evidence', 'From evidence'],
          ] as const
        ).map(([value, label]) => (
          <label key={value} className="ev-radio">
            <input
              type="radio"
              name={`${uid}-source`}
              value={value}
              checked={step.emotionSource === value}
              onChange={() => choose(value)}
            />
            {label}
          </label>
        ))}
      </div>
      <p className="ev-hint" aria-live="polite">
        {hint}
      </p>
      <details className="ev-rule">
        <summary>How is it worked out?</summary>
        <p>{STEP_EMOTION_RULE_TEXT}</p>
        <p>{EMOTION_RULE_TEXT}</p>
      </details>
    </fieldset>
  );
}
