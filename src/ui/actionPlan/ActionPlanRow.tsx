import { Fragment } from 'react';
import { useEditorApi } from '../../bindings/EditorProvider';
import { formatDate } from '../../domain/dates';
import type { CardPatch } from '../../domain/edits';
import { phaseDisplayName } from '../../domain/names';
import { formatPlanDate } from '../../domain/planDates';
import type { RecommendationCard } from '../../domain/schema';
import { RECOMMENDATION_RESPONSE_LABELS } from '../../domain/vocabulary';
import { actionPlan } from '../../editor/operations';
import { ActionRow } from './ActionRow';
import { quoted } from './format';
import { PlanDateInput, TABLE_DATE_EXAMPLE } from './PlanDateInput';
import { ProgressLog } from './ProgressLog';
import { ResponseEditor } from './ResponseEditor';
import { OFF_MAP_LABEL } from '../../domain/planSummary';
import { COLUMNS, type Row } from './rows';
import { RatingSelect, RatingText } from './RatingCell';
import { StatusBadge, StatusSelect } from './StatusBadge';
import { WholeTextInput } from './WholeTextInput';

type DateField = 'targetDate' | 'revisedDate' | 'completedDate';

/**
 * One recommendation of the action plan table, edited in place when `editable` (number, why,
 * theme, owner, plan dates, status), its actions as rows nested under it, and, when opened,
 * its response and its progress log. Every value is shown whole (issue 16).
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
  /** `YYYY-MM-DD`, the default date of a new update and what "overdue" is counted against. */
  today: string;
  editable: boolean;
  /** Which logs and panels are open: the card's id, `response:<id>`, `action:<id>`. */
  expanded: ReadonlySet<string>;
  /** The table's id prefix: its theme and owner lists are `${idPrefix}-themes`, `-owners`. */
  idPrefix: string;
  onEdit: (card: RecommendationCard, patch: CardPatch) => void;
  onReveal: (cardId: string) => void;
  onToggle: (key: string) => void;
  onMessage: (message: string) => void;
}) {
  const editor = useEditorApi();
  const { card } = row;
  const name = quoted(card.title);
  const logId = `${idPrefix}-log-${card.id}`;
  const responseKey = `response:${card.id}`;
  const logOpen = expanded.has(card.id);
  const responseOpen = expanded.has(responseKey);
  const hasActions = card.actions.length > 0;

  const dateCell = (field: DateField, label: string) =>
    editable ? (
      <PlanDateInput
        label={`${label} of ${name}`}
        placeholder={TABLE_DATE_EXAMPLE}
        value={card[field]}
        onChange={(value) => onEdit(card, { [field]: value })}
      />
    ) : (
      formatPlanDate(card[field])
    );

  const textCell = (field: 'owner' | 'theme', label: string) =>
    editable ? (
      <WholeTextInput
        label={`${label} of ${name}`}
        value={card[field]}
        list={`${idPrefix}-${field}s`}
        onChange={(value) => onEdit(card, { [field]: value })}
      />
    ) : (
      card[field]
    );

  const addAction = () => {
    const { result } = editor.run(actionPlan.addAction, {
      cardId: card.id,
      fields: { owner: card.owner },
    });
    if (result) onMessage(`Added action ${card.actions.length + 1} to ${name}`);
  };

  return (
    <Fragment>
      <tr
        className={row.overdue ? 'action-plan__row--overdue' : undefined}
        data-recommendation-id={card.id}
      >
        <td>
          {editable ? (
            <input
              type="text"
              className="action-plan__number"
              aria-label={`Number of ${name}`}
              value={card.number}
              maxLength={20}
              onChange={(e) => onEdit(card, { number: e.target.value })}
            />
          ) : (
            card.number
          )}
        </td>
        <td className="action-plan__action">
          <strong>{card.title || 'Untitled recommendation'}</strong>
          {editable ? (
            <label className="action-plan__why">
              Why
              <WholeTextInput
                multiline
                label={`Why of ${name}`}
                value={card.why}
                maxLength={20_000}
                onChange={(why) => onEdit(card, { why })}
              />
            </label>
          ) : (
            card.why !== '' && <span className="action-plan__why">Why: {card.why}</span>
          )}
          {card.response.answer !== null && (
            <span className="action-plan__response">
              Response: <strong>{RECOMMENDATION_RESPONSE_LABELS[card.response.answer]}</strong>
              {card.response.text !== '' && ` – ${card.response.text}`}
            </span>
          )}
          <div className="action-plan__row-buttons">
            <button type="button" disabled={!card.onMap} onClick={() => onReveal(card.id)}>
              Show on map
            </button>
            <button
              type="button"
              aria-expanded={logOpen}
              aria-controls={logOpen ? logId : undefined}
              onClick={() => onToggle(card.id)}
            >
              Updates ({card.progress.length})
            </button>
            <button
              type="button"
              aria-expanded={responseOpen}
              onClick={() => onToggle(responseKey)}
            >
              Response
            </button>
            {editable && (
              <button type="button" onClick={addAction}>
                Add action
              </button>
            )}
          </div>
        </td>
        <td>
          {editable && !hasActions ? (
            <StatusSelect
              label={`Status of ${name}`}
              status={card.status}
              onChange={(status) => onEdit(card, { status })}
            />
          ) : (
            <>
              <StatusBadge status={row.status} />
              {hasActions && <span className="action-plan__muted"> from its actions</span>}
            </>
          )}
        </td>
        <td>{textCell('theme', 'Theme')}</td>
        <td>
          {card.onMap ? (
            `${phaseDisplayName(row.phase)} › ${row.stepName}`
          ) : (
            <em>{OFF_MAP_LABEL} (action plan only)</em>
          )}
          {editable && (
            <label className="action-plan__on-map">
              <input
                type="checkbox"
                checked={card.onMap}
                aria-label={`On the map: ${name}`}
                onChange={(e) => onEdit(card, { onMap: e.target.checked })}
              />
              On the map
            </label>
          )}
        </td>
        <td>{row.answered ? row.answered.title : card.onMap ? <em>The step</em> : null}</td>
        <td>{textCell('owner', 'Owner')}</td>
        <td>{dateCell('targetDate', 'Target date')}</td>
        <td>{dateCell('revisedDate', 'Revised date')}</td>
        <td>{dateCell('completedDate', 'Completed date')}</td>
        <td>
          {editable ? (
            <RatingSelect
              label={`Rating of ${name}`}
              value={card.rating}
              onChange={(rating) => onEdit(card, { rating })}
            />
          ) : (
            <RatingText reading={row.rating} />
          )}
        </td>
        <LastUpdateCell date={row.lastUpdateDate} text={row.lastUpdateText} />
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
      {responseOpen && (
        <tr className="action-plan__log-row">
          <td colSpan={COLUMNS.length}>
            <ResponseEditor
              card={card}
              editable={editable}
              onChange={(response) => onEdit(card, { response })}
            />
          </td>
        </tr>
      )}
      {logOpen && (
        <tr className="action-plan__log-row">
          <td colSpan={COLUMNS.length} id={logId}>
            <ProgressLog
              item={card}
              today={today}
              editable={editable}
              onMessage={onMessage}
              onAdd={(update) =>
                editor.run(actionPlan.addProgressUpdate, { cardId: card.id, update }).changed
              }
              onDelete={(updateId) =>
                editor.run(actionPlan.deleteProgressUpdate, { cardId: card.id, updateId })
              }
            />
          </td>
        </tr>
      )}
      {card.actions.map((action, index) => (
        <ActionRow
          key={action.id}
          card={card}
          action={action}
          index={index}
          today={today}
          editable={editable}
          expanded={expanded.has(`action:${action.id}`)}
          idPrefix={idPrefix}
          onToggle={() => onToggle(`action:${action.id}`)}
          onMessage={onMessage}
        />
      ))}
    </Fragment>
  );
}

/** The last update's date and its whole text (never cut, issue 16). */
export function LastUpdateCell({ date, text }: { date: string | null; text: string }) {
  return (
    <td className="action-plan__last">
      {date === null ? (
        <span className="action-plan__muted">None</span>
      ) : (
        <>
          <span>{formatDate(date)}</span>
          <span className="action-plan__last-text">{text}</span>
        </>
      )}
    </td>
  );
}
