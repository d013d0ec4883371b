import { Fragment } from 'react';
import { formatDate } from '../../domain/dates';
import type { CardPatch } from '../../domain/edits';
import { phaseDisplayName } from '../../domain/names';
import type { RecommendationCard } from '../../domain/schema';
import { RECOMMENDATION_STATUSES, type RecommendationStatus } from '../../domain/vocabulary';
import { quoted, statusLabel } from './format';
import { ProgressLog } from './ProgressLog';
import { COLUMNS, type Row } from './rows';
import { StatusBadge } from './StatusBadge';

/**
 * One recommendation of the action plan table, edited in place when `editable` (theme, owner,
 * dates, status), and below it, when `expanded`, its progress log.
 */
export function ActionPlanRow({
  row,
  today,
  editable,
  expanded,
  idPrefix,
  onEdit,
  onReveal,
  onToggle,
  onMessage,
}: {
  row: Row;
  /** `YYYY-MM-DD`, the default date of a new update. */
  today: string;
  editable: boolean;
  expanded: boolean;
  /** The table's id prefix: its theme and owner lists are `${idPrefix}-themes`, `-owners`. */
  idPrefix: string;
  onEdit: (card: RecommendationCard, patch: CardPatch) => void;
  onReveal: (cardId: string) => void;
  onToggle: (cardId: string) => void;
  onMessage: (message: string) => void;
}) {
  const { card } = row;
  const logId = `${idPrefix}-log-${card.id}`;

  const dateInput = (field: 'targetDate' | 'revisedDate' | 'completedDate', label: string) =>
    editable ? (
      <input
        type="date"
        className="action-plan__date"
        aria-label={`${label} of ${quoted(card.title)}`}
        value={card[field] ?? ''}
        onChange={(e) => onEdit(card, { [field]: e.target.value === '' ? null : e.target.value })}
      />
    ) : (
      formatDate(card[field])
    );

  const textInput = (field: 'owner' | 'theme', label: string) =>
    editable ? (
      <input
        type="text"
        className="action-plan__text"
        aria-label={`${label} of ${quoted(card.title)}`}
        value={card[field]}
        maxLength={500}
        list={`${idPrefix}-${field}s`}
        onChange={(e) => onEdit(card, { [field]: e.target.value })}
      />
    ) : (
      card[field]
    );

  return (
    <Fragment>
      <tr className={row.overdue ? 'action-plan__row--overdue' : undefined}>
        <td className="action-plan__action">
          <strong>{card.title || 'Untitled recommendation'}</strong>
          {card.why !== '' && <span className="action-plan__why">Why: {card.why}</span>}
          <div className="action-plan__row-buttons">
            <button type="button" onClick={() => onReveal(card.id)}>
              Show on map
            </button>
            <button
              type="button"
              aria-expanded={expanded}
              aria-controls={expanded ? logId : undefined}
              onClick={() => onToggle(card.id)}
            >
              Updates ({card.progress.length})
            </button>
          </div>
        </td>
        <td>{textInput('theme', 'Theme')}</td>
        <td>
          {phaseDisplayName(row.phase)} › {row.stepName}
        </td>
        <td>{row.answered ? row.answered.title : <em>The step</em>}</td>
        <td>{textInput('owner', 'Owner')}</td>
        <td>{dateInput('targetDate', 'Target date')}</td>
        <td>{dateInput('revisedDate', 'Revised date')}</td>
        <td>{dateInput('completedDate', 'Completed date')}</td>
        <td>
          {editable ? (
            <select
              aria-label={`Status of ${quoted(card.title)}`}
              className={`action-plan__status-select action-plan__status--${card.status}`}
              value={card.status}
              onChange={(e) => onEdit(card, { status: e.target.value as RecommendationStatus })}
            >
              {RECOMMENDATION_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {statusLabel(s)}
                </option>
              ))}
            </select>
          ) : (
            <StatusBadge status={card.status} />
          )}
        </td>
        <td className="action-plan__last">
          {row.lastUpdateDate === null ? (
            <span className="action-plan__muted">None</span>
          ) : (
            <>
              <span>{formatDate(row.lastUpdateDate)}</span>
              <span className="action-plan__last-text">{row.lastUpdateText}</span>
            </>
          )}
        </td>
        <td className="action-plan__flags">
          {row.overdue && (
            <span className="action-plan__flag action-plan__flag--overdue">Overdue</span>
          )}
          {row.dueSoon && (
            <span className="action-plan__flag action-plan__flag--soon">Due soon</span>
          )}
          {row.staleDays !== null && (
            <span className="action-plan__flag action-plan__flag--stale">
              No update for {row.staleDays} days
            </span>
          )}
        </td>
      </tr>
      {expanded && (
        <tr className="action-plan__log-row">
          <td colSpan={COLUMNS.length} id={logId}>
            <ProgressLog card={card} today={today} editable={editable} onMessage={onMessage} />
          </td>
        </tr>
      )}
    </Fragment>
  );
}
