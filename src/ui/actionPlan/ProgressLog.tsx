import { useId, useState, type FormEvent } from 'react';
import type { ProgressUpdate } from '../../domain/schema';
import { RECOMMENDATION_STATUSES, type RecommendationStatus } from '../../domain/vocabulary';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { formatDate, isIsoDate } from '../../domain/dates';
import { quoted, statusLabel } from './format';
import { StatusBadge } from './StatusBadge';

/** What a progress log is kept for: a recommendation without actions, or an action. */
export interface LoggedItem {
  title: string;
  status: RecommendationStatus;
  progress: readonly ProgressUpdate[];
}

/**
 * The progress log of a recommendation or of one of its actions (newest first) and, when
 * editable, the "Add update" form. `onAdd` returns whether the update was stored.
 */
export function ProgressLog({
  item,
  today,
  editable,
  onAdd,
  onDelete,
  onMessage,
}: {
  item: LoggedItem;
  today: string;
  editable: boolean;
  onAdd: (update: { date: string; text: string; status: RecommendationStatus }) => boolean;
  onDelete: (updateId: string) => void;
  onMessage: (message: string) => void;
}) {
  const card = item;
  const headingId = useId();
  const [date, setDate] = useState(today);
  const [text, setText] = useState('');
  const [status, setStatus] = useState<RecommendationStatus>(card.status);
  const [error, setError] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<ProgressUpdate | null>(null);
  const newestFirst = card.progress.slice().reverse();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!isIsoDate(date)) {
      setError('Give the date of the update.');
      return;
    }
    if (text.trim() === '') {
      setError('Say what has happened.');
      return;
    }
    setError(null);
    if (onAdd({ date, text: text.trim(), status })) {
      setText('');
      onMessage(`Added an update to ${quoted(card.title)}`);
    }
  };

  return (
    <div className="action-plan__progress">
      <h4 id={headingId}>Progress of {quoted(card.title)}</h4>
      {newestFirst.length === 0 ? (
        <p className="action-plan__muted">No updates yet.</p>
      ) : (
        <ol className="action-plan__log" aria-labelledby={headingId}>
          {newestFirst.map((update) => (
            <li key={update.id}>
              <span className="action-plan__log-date">{formatDate(update.date)}</span>
              <StatusBadge status={update.status} />
              <span className="action-plan__log-text">{update.text}</span>
              {editable && (
                <button
                  type="button"
                  className="button--danger action-plan__small"
                  aria-label={`Delete the update of ${formatDate(update.date)}`}
                  onClick={() => setDeleting(update)}
                >
                  Delete
                </button>
              )}
            </li>
          ))}
        </ol>
      )}
      {editable && (
        <form
          className="action-plan__update-form"
          aria-label={`Add an update to ${quoted(card.title)}`}
          onSubmit={submit}
          noValidate
        >
          <label>
            Update date
            <input type="date" value={date} required onChange={(e) => setDate(e.target.value)} />
          </label>
          <label className="action-plan__grow">
            Update text
            <textarea
              rows={2}
              value={text}
              required
              maxLength={20_000}
              onChange={(e) => setText(e.target.value)}
            />
          </label>
          <label>
            Update status
            <select
              value={status}
              onChange={(e) => setStatus(e.target.value as RecommendationStatus)}
            >
              {RECOMMENDATION_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {statusLabel(s)}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" className="button--primary">
            Add update
          </button>
          {error && (
            <p className="action-plan__error" role="alert">
              {error}
            </p>
          )}
        </form>
      )}
      {deleting && (
        <ConfirmDialog
          title="Delete this update?"
          message={`The update of ${formatDate(deleting.date)} (“${deleting.text}”) will be removed from the log. You can undo this.`}
          confirmLabel="Delete update"
          danger
          onCancel={() => setDeleting(null)}
          onConfirm={() => {
            onDelete(deleting.id);
            setDeleting(null);
            onMessage(`Deleted an update of ${quoted(card.title)}`);
          }}
        />
      )}
    </div>
  );
}
