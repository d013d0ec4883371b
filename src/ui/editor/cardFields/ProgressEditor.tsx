import { useState } from 'react';
import { formatDate, todayIso } from '../../../domain/dates';
import { newId } from '../../../domain/ids';
import { STATUS_OPTIONS } from '../../../domain/kinds';
import type { CardPatch } from '../../../domain/edits';
import type { RecommendationCard } from '../../../domain/schema';
import {
  RECOMMENDATION_STATUS_LABELS,
  type RecommendationStatus,
} from '../../../domain/vocabulary';
import { DateField, SelectField, TextField } from '../fields';

const STATUS_CHOICES = STATUS_OPTIONS.map(
  (option) => [String(option.value) as RecommendationStatus, option.label] as const,
);

/**
 * The `progress` input of a descriptor: a recommendation's progress log, and a form that adds
 * an update (dated today on the user's own calendar by default) and sets the card's status.
 */
export function ProgressEditor({
  card,
  hint,
  maxLength,
  disabled,
  onPatch,
}: {
  card: RecommendationCard;
  hint?: string;
  maxLength?: number;
  disabled: boolean;
  onPatch: (patch: CardPatch) => void;
}) {
  // The local calendar day: at 20:00 west of UTC, toISOString() would already say tomorrow.
  const [date, setDate] = useState<string | null>(() => todayIso());
  const [text, setText] = useState('');
  const [status, setStatus] = useState<RecommendationStatus>(card.status);
  return (
    <>
      {card.progress.length === 0 ? <p className="field__hint">No updates yet.</p> : null}
      <ol className="inspector__list">
        {card.progress.map((update) => (
          <li key={update.id} className="progress-update">
            <p>
              <strong>{formatDate(update.date)}</strong> ·{' '}
              {RECOMMENDATION_STATUS_LABELS[update.status]}
            </p>
            <p>{update.text}</p>
            <button
              type="button"
              className="button--danger"
              disabled={disabled}
              onClick={() => onPatch({ progress: card.progress.filter((p) => p.id !== update.id) })}
            >
              Remove update of {formatDate(update.date)}
            </button>
          </li>
        ))}
      </ol>
      <fieldset className="inspector__add" disabled={disabled}>
        <legend>New update</legend>
        {hint ? <p className="field__hint">{hint}</p> : null}
        <DateField label="Date of update" value={date} onChange={setDate} />
        <SelectField<RecommendationStatus>
          label="Status at update"
          value={status}
          options={STATUS_CHOICES}
          onChange={setStatus}
        />
        <TextField label="Update" multiline maxLength={maxLength} value={text} onChange={setText} />
        <button
          type="button"
          disabled={disabled || text.trim() === '' || date === null}
          onClick={() => {
            if (date === null) return;
            onPatch({
              progress: [...card.progress, { id: newId(), date, text: text.trim(), status }],
              status,
            });
            setText('');
          }}
        >
          Add update
        </button>
      </fieldset>
    </>
  );
}
