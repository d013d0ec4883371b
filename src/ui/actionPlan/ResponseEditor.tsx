import { useId } from 'react';
import type { RecommendationCard, RecommendationResponse } from '../../domain/schema';
import {
  RECOMMENDATION_RESPONSE_LABELS,
  RECOMMENDATION_RESPONSES,
  type RecommendationResponseAnswer,
} from '../../domain/vocabulary';
import { quoted } from './format';

/**
 * The response to a recommendation (seed 002: "Agreed recommendation", "Recommendation agreed in
 * principle – …"): accepted, partly accepted, not accepted or pending, with its text.
 */
export function ResponseEditor({
  card,
  editable,
  onChange,
}: {
  card: RecommendationCard;
  editable: boolean;
  onChange: (response: RecommendationResponse) => void;
}) {
  const headingId = useId();
  const { response } = card;
  const name = quoted(card.title);
  return (
    <section className="action-plan__response-editor" aria-labelledby={headingId}>
      <h4 id={headingId}>Response to {name}</h4>
      {editable ? (
        <div className="action-plan__update-form">
          <label>
            Response
            <select
              value={response.answer ?? ''}
              onChange={(e) =>
                onChange({
                  ...response,
                  answer:
                    e.target.value === '' ? null : (e.target.value as RecommendationResponseAnswer),
                })
              }
            >
              <option value="">Not recorded</option>
              {RECOMMENDATION_RESPONSES.map((answer) => (
                <option key={answer} value={answer}>
                  {RECOMMENDATION_RESPONSE_LABELS[answer]}
                </option>
              ))}
            </select>
          </label>
          <label className="action-plan__grow">
            Response text
            <textarea
              rows={2}
              value={response.text}
              maxLength={20_000}
              onChange={(e) => onChange({ ...response, text: e.target.value })}
            />
          </label>
        </div>
      ) : (
        <p>
          {response.answer === null
            ? 'No response recorded.'
            : RECOMMENDATION_RESPONSE_LABELS[response.answer]}
          {response.text !== '' && ` – ${response.text}`}
        </p>
      )}
    </section>
  );
}
