import { memo, useMemo } from 'react';
import { sentimentIndex, type StepSentiment as Sentiment } from '../../domain/evidence';
import { useEditor } from '../../bindings/EditorProvider';
import './evidence.css';

/** The step whose evidence sentiment is shown. */
export interface StepSentimentProps {
  stepId: string;
  /** Show "No evidence yet" for a step without tallies (default: show nothing). */
  showEmpty?: boolean;
}

/** "18 positive, 2 problems" (neutral comments only when there are some). */
export function sentimentText(sentiment: Sentiment): string {
  const parts = [`${sentiment.positive} positive`];
  if (sentiment.neutral > 0) parts.push(`${sentiment.neutral} neutral`);
  parts.push(`${sentiment.negative} problem${sentiment.negative === 1 ? '' : 's'}`);
  return parts.join(', ');
}

/**
 * What the research says about a step, for a step header: a small bar (positive, neutral,
 * problems) and the counts in words. The bar is decoration; the words are the text.
 */
export const StepSentiment = memo(function StepSentiment({
  stepId,
  showEmpty,
}: StepSentimentProps) {
  // A primitive key, so a header re-renders only when its own step's numbers change.
  const key = useEditor((s) => {
    const t = sentimentIndex(s.map.cards).get(stepId);
    return t ? `${t.positive}/${t.neutral}/${t.negative}` : '0/0/0';
  });
  const sentiment = useMemo(() => {
    const [positive = 0, neutral = 0, negative = 0] = key.split('/').map(Number);
    return { positive, neutral, negative, total: positive + neutral + negative };
  }, [key]);
  if (sentiment.total === 0) {
    return showEmpty ? (
      <div className="ev-sentiment ev-sentiment--empty">No evidence yet</div>
    ) : null;
  }
  const text = sentimentText(sentiment);
  return (
    <div className="ev-sentiment" title={`Evidence: ${text} (${sentiment.total} comments)`}>
      <span className="ev-sentiment__bar" aria-hidden="true">
        <span className="ev-sentiment__positive" style={{ flexGrow: sentiment.positive }} />
        <span className="ev-sentiment__neutral" style={{ flexGrow: sentiment.neutral }} />
        <span className="ev-sentiment__negative" style={{ flexGrow: sentiment.negative }} />
      </span>
      <span className="ev-sentiment__text">
        <span className="visually-hidden">Evidence: </span>
        {text}
      </span>
    </div>
  );
});
