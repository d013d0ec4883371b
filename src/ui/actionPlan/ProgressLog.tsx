import { useId, useState, type FormEvent } from 'react';
import type { ProgressUpdate, RecommendationCard } from '../../domain/schema';
import { RECOMMENDATION_STATUSES, type RecommendationStatus } from '../../domain/vocabulary';
import { useEditorApi } from '../../bindings/EditorProvider';
import { actionPlan } from '../../editor/operations';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { formatDate, isIsoDate } from '../../domain/dates';
import { quoted, statusLabel } from './format';
import { StatusBadge } from './StatusBadge';

/** A recommendation's progress log (newest first) and, when editable, the "Add update" form. */
export function ProgressLog({
  card,
  today,
  editable,
  onMessage,
}: {
  card: RecommendationCard;
  today: string;
  editable: boolean;
  onMessage: (message: string) => void;
}) {
  const editor = useEditorApi();
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
    const { changed } = editor.run(actionPlan.addProgressUpdate, {
      cardId: card.id,
      update: { date, text: text.trim(), status },
    });
    if (changed) {
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
            editor.run(actionPlan.deleteProgressUpdate, { cardId: card.id, updateId: deleting.id });
            setDeleting(null);
            onMessage(`Deleted an update of ${quoted(card.title)}`);
          }}
        />
      )}
    </div>
  );
}
