import { Fragment, useState } from 'react';
import { useEditorApi } from '../../bindings/EditorProvider';
import { isOverdue, latestUpdate } from '../../domain/actionPlan';
import type { PlanActionPatch } from '../../domain/planEdits';
import { formatPlanDate } from '../../domain/planDates';
import type { PlanAction, RecommendationCard } from '../../domain/schema';
import { actionPlan } from '../../editor/operations';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { LastUpdateCell } from './ActionPlanRow';
import { quoted } from './format';
import { PlanDateInput, TABLE_DATE_EXAMPLE } from './PlanDateInput';
import { ProgressLog } from './ProgressLog';
import { COLUMNS } from './rows';
import { StatusBadge, StatusSelect } from './StatusBadge';
import { WholeTextInput } from './WholeTextInput';

/** The name of an action in labels: “Action 2 of “Improve My Account””. */
export function actionName(card: RecommendationCard, index: number): string {
  return `action ${index + 1} of ${quoted(card.title)}`;
}

/**
 * One action of a recommendation, as a row nested under it: numbered "2.1", "2.2" after its
 * recommendation, with its own text, owner, plan dates, status, last update and overdue flag,
 * and when opened its progress log.
 */
export function ActionRow({
  card,
  action,
  index,
  today,
  editable,
  expanded,
  idPrefix,
  onToggle,
  onMessage,
}: {
  card: RecommendationCard;
  action: PlanAction;
  index: number;
  today: string;
  editable: boolean;
  expanded: boolean;
  idPrefix: string;
  onToggle: () => void;
  onMessage: (message: string) => void;
}) {
  const editor = useEditorApi();
  const [deleting, setDeleting] = useState(false);
  const name = actionName(card, index);
  const Name = name[0]!.toUpperCase() + name.slice(1);
  const logId = `${idPrefix}-log-${action.id}`;
  const last = latestUpdate(action);
  const overdue = isOverdue(action, today);
  const edit = (patch: PlanActionPatch) =>
    editor.run(actionPlan.updateAction, { cardId: card.id, actionId: action.id, patch });
  const dateCell = (field: 'targetDate' | 'revisedDate' | 'completedDate', label: string) =>
    editable ? (
      <PlanDateInput
        label={`${label} of ${name}`}
        placeholder={TABLE_DATE_EXAMPLE}
        value={action[field]}
        onChange={(value) => edit({ [field]: value })}
      />
    ) : (
      formatPlanDate(action[field])
    );

  return (
    <Fragment>
      <tr
        className={`action-plan__action-row${overdue ? ' action-plan__row--overdue' : ''}`}
        aria-label={Name}
      >
        <td className="action-plan__muted">
          {card.number.trim() === '' ? `–.${index + 1}` : `${card.number.trim()}.${index + 1}`}
        </td>
        <td className="action-plan__action">
          {editable ? (
            <WholeTextInput
              multiline
              label={`Text of ${name}`}
              value={action.title}
              onChange={(title) => edit({ title })}
            />
          ) : (
            action.title || <em>Untitled action</em>
          )}
          <div className="action-plan__row-buttons">
            <button
              type="button"
              aria-expanded={expanded}
              aria-controls={expanded ? logId : undefined}
              aria-label={`Updates of ${name} (${action.progress.length})`}
              onClick={onToggle}
            >
              Updates ({action.progress.length})
            </button>
            {editable && (
              <button
                type="button"
                className="button--danger"
                aria-label={`Delete ${name}`}
                onClick={() => setDeleting(true)}
              >
                Delete
              </button>
            )}
          </div>
        </td>
        <td>
          {editable ? (
            <StatusSelect
              label={`Status of ${name}`}
              status={action.status}
              onChange={(status) => edit({ status })}
            />
          ) : (
            <StatusBadge status={action.status} />
          )}
        </td>
        <td />
        <td />
        <td />
        <td>
          {editable ? (
            <WholeTextInput
              label={`Owner of ${name}`}
              value={action.owner}
              list={`${idPrefix}-owners`}
              onChange={(owner) => edit({ owner })}
            />
          ) : (
            action.owner
          )}
        </td>
        <td>{dateCell('targetDate', 'Target date')}</td>
        <td>{dateCell('revisedDate', 'Revised date')}</td>
        <td>{dateCell('completedDate', 'Completed date')}</td>
        {/* Ratings are the recommendation's, not its actions'. */}
        <td />
        <LastUpdateCell date={last?.date ?? null} text={last?.text ?? ''} />
        <td className="action-plan__flags">
          {overdue && <span className="action-plan__flag action-plan__flag--overdue">Overdue</span>}
        </td>
      </tr>
      {expanded && (
        <tr className="action-plan__log-row">
          <td colSpan={COLUMNS.length} id={logId}>
            <ProgressLog
              item={{ ...action, title: `${card.title} – action ${index + 1}` }}
              today={today}
              editable={editable}
              onMessage={onMessage}
              onAdd={(update) =>
                editor.run(actionPlan.addActionProgress, {
                  cardId: card.id,
                  actionId: action.id,
                  update,
                }).changed
              }
              onDelete={(updateId) =>
                editor.run(actionPlan.deleteActionProgress, {
                  cardId: card.id,
                  actionId: action.id,
                  updateId,
                })
              }
            />
          </td>
        </tr>
      )}
      {deleting && (
        <ConfirmDialog
          title={`Delete ${name}?`}
          message="The action and its progress log will be removed. You can undo this."
          confirmLabel="Delete action"
          danger
          onCancel={() => setDeleting(false)}
          onConfirm={() => {
            editor.run(actionPlan.deleteAction, { cardId: card.id, actionId: action.id });
            setDeleting(false);
            onMessage(`Deleted ${name}`);
          }}
        />
      )}
    </Fragment>
  );
}
