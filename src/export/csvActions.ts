/**
 * A recommendation's actions in the map's CSV (format 3's actions, seed 002): each action is a
 * row of kind `plan action` (`action` is a card kind: what the customer does) right under its recommendation's row, naming it in `of recommendation`
 * (its id), with its own `id`, `title`, `description` (comments), `owner`, the three plan dates
 * and `status` in the recommendation's columns. Its progress log travels in the action plan's
 * progress log CSV. On import an action row updates the action with its id, or adds one;
 * deleting a row does not delete an action (as with cards).
 */
import { normalizePlanDate } from '../domain/planDates';
import type { JourneyMap, PlanAction } from '../domain/schema';
import { newId } from '../domain/ids';
import { blankAction } from '../domain/planEdits';
import { RECOMMENDATION_STATUSES, RECOMMENDATION_STATUS_LABELS } from '../domain/vocabulary';
import type { CsvBuild } from './csvBuild';
import { readChoice } from './csvCells';
import { CSV_PLACE } from './csvColumns';
import type { Cells } from './csvReview';

/** The header of the column naming an action's recommendation (its id). */
export const OF_RECOMMENDATION = 'of recommendation';

const COLUMNS = {
  title: 'title',
  description: 'description',
  owner: 'owner',
  targetDate: 'target date',
  revisedDate: 'revised date',
  completedDate: 'completed date',
  status: 'status',
} as const;

/** The rows of a recommendation's actions, as cells by header (see the module comment). */
export function actionRows(card: JourneyMap['cards'][number]): Cells[] {
  if (card.kind !== 'recommendation') return [];
  return card.actions.map((action) => ({
    [CSV_PLACE.id]: action.id,
    [CSV_PLACE.kind]: PLAN_ACTION,
    [OF_RECOMMENDATION]: card.id,
    [COLUMNS.title]: action.title,
    [COLUMNS.description]: action.description,
    [COLUMNS.owner]: action.owner,
    [COLUMNS.targetDate]: action.targetDate ?? '',
    [COLUMNS.revisedDate]: action.revisedDate ?? '',
    [COLUMNS.completedDate]: action.completedDate ?? '',
    [COLUMNS.status]: action.status,
  }));
}

/** The `kind` of an action row. */
export const PLAN_ACTION = 'plan action';

/** Whether a `kind` cell names an action row. */
export function isActionRow(kindCell: string | undefined): boolean {
  return kindCell?.trim().toLowerCase().replace(/\s+/g, ' ') === PLAN_ACTION;
}

/**
 * Reads an action row into its recommendation's draft in the build (row numbers as the
 * spreadsheet shows them); problems are listed on the build.
 */
export function readActionRow(
  build: CsvBuild,
  row: number,
  cell: (header: string) => string | undefined,
): void {
  const recId = cell(OF_RECOMMENDATION)?.trim() ?? '';
  const draft = build.cards.find((card) => card.id === recId);
  if (!draft || draft.kind !== 'recommendation') {
    build.problem(
      row,
      OF_RECOMMENDATION,
      recId === ''
        ? 'missing: which recommendation is this action of? (its id)'
        : `no recommendation above has the id "${recId}"`,
    );
    return;
  }
  const id = cell(CSV_PLACE.id)?.trim() || newId();
  const actions = Array.isArray(draft.actions) ? [...(draft.actions as PlanAction[])] : [];
  const at = actions.findIndex((a) => a.id === id);
  const action: PlanAction = { ...blankAction(id), ...actions[at] };
  const text = (header: string, set: (value: string) => void) => {
    const value = cell(header);
    if (value !== undefined) set(value);
  };
  text(COLUMNS.title, (v) => (action.title = v));
  text(COLUMNS.description, (v) => (action.description = v));
  text(COLUMNS.owner, (v) => (action.owner = v));
  text(COLUMNS.targetDate, (v) => (action.targetDate = normalizePlanDate(v)));
  text(COLUMNS.revisedDate, (v) => (action.revisedDate = normalizePlanDate(v)));
  text(COLUMNS.completedDate, (v) => (action.completedDate = normalizePlanDate(v)));
  text(COLUMNS.status, (v) => {
    const read = readChoice(v, RECOMMENDATION_STATUSES, RECOMMENDATION_STATUS_LABELS);
    if (!read.ok) build.problem(row, COLUMNS.status, read.message, 'cell');
    else action.status = read.value ?? 'not-started';
  });
  if (at < 0) actions.push(action);
  else actions[at] = action;
  draft.actions = actions;
}
