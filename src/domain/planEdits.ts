/**
 * Pure edits of format 3's action plan: a recommendation's actions and their progress logs,
 * its number and response, renumbering, and the map's themes (order and descriptions).
 * Each returns the map unchanged when what it names does not exist.
 */
import { isIsoDate } from './dates';
import { updateCard } from './edits';
import { newId } from './ids';
import { latestOf } from './planStatus';
import { recommendationsOf } from './actionPlan';
import type {
  JourneyMap,
  PlanAction,
  PlanTheme,
  ProgressUpdate,
  RecommendationCard,
} from './schema';
import type { RecommendationStatus } from './vocabulary';

/** What of an action may be changed (not its id or progress log, which have their own edits). */
export type PlanActionPatch = Partial<Omit<PlanAction, 'id' | 'progress'>>;

function recommendation(map: JourneyMap, cardId: string): RecommendationCard | null {
  const card = map.cards.find((c) => c.id === cardId);
  return card?.kind === 'recommendation' ? card : null;
}

function withActions(
  map: JourneyMap,
  cardId: string,
  change: (actions: PlanAction[]) => PlanAction[] | null,
): JourneyMap {
  const rec = recommendation(map, cardId);
  if (!rec) return map;
  const actions = change([...rec.actions]);
  return actions === null ? map : updateCard(map, cardId, { actions });
}

/** Adds an action at the end of a recommendation's actions (fields default as the schema's). */
export function addAction(
  map: JourneyMap,
  cardId: string,
  fields: PlanActionPatch & { id?: string } = {},
): JourneyMap {
  const { id = newId(), ...rest } = fields;
  const action: PlanAction = { ...blankAction(id), ...rest };
  return withActions(map, cardId, (actions) => [...actions, action]);
}

/** An action with nothing said yet: no title, owner or dates, not started, no progress log. */
export function blankAction(id: string): PlanAction {
  return {
    id,
    title: '',
    description: '',
    owner: '',
    targetDate: null,
    revisedDate: null,
    completedDate: null,
    status: 'not-started',
    progress: [],
  };
}

/** Changes fields of one action. */
export function updateAction(
  map: JourneyMap,
  cardId: string,
  actionId: string,
  patch: PlanActionPatch,
): JourneyMap {
  return withActions(map, cardId, (actions) => {
    const index = actions.findIndex((a) => a.id === actionId);
    if (index === -1) return null;
    actions[index] = { ...actions[index]!, ...patch };
    return actions;
  });
}

/** Deletes one action with its progress log. */
export function deleteAction(map: JourneyMap, cardId: string, actionId: string): JourneyMap {
  return withActions(map, cardId, (actions) =>
    actions.some((a) => a.id === actionId) ? actions.filter((a) => a.id !== actionId) : null,
  );
}

/**
 * Adds a dated progress update to an action (its log kept in date order); the action's status
 * becomes the latest update's, and an update marking it complete fills an empty actual date.
 */
export function addActionProgress(
  map: JourneyMap,
  cardId: string,
  actionId: string,
  update: { date: string; text: string; status: RecommendationStatus; id?: string },
): JourneyMap {
  if (!isIsoDate(update.date)) return map;
  return withActions(map, cardId, (actions) => {
    const index = actions.findIndex((a) => a.id === actionId);
    const action = actions[index];
    if (!action) return null;
    const entry: ProgressUpdate = { id: update.id ?? newId(), ...update };
    const progress = [...action.progress, entry]
      .map((u, i) => ({ u, i }))
      .sort((a, b) => a.u.date.localeCompare(b.u.date) || a.i - b.i)
      .map(({ u }) => u);
    const status = latestOf(progress)?.status ?? action.status;
    const completedDate =
      status === 'complete' && action.completedDate === null && entry.status === 'complete'
        ? entry.date
        : action.completedDate;
    actions[index] = { ...action, progress, status, completedDate };
    return actions;
  });
}

/** Deletes a progress update of an action; its status goes back to the latest one left. */
export function deleteActionProgress(
  map: JourneyMap,
  cardId: string,
  actionId: string,
  updateId: string,
): JourneyMap {
  return withActions(map, cardId, (actions) => {
    const index = actions.findIndex((a) => a.id === actionId);
    const action = actions[index];
    if (!action || !action.progress.some((u) => u.id === updateId)) return null;
    const wasLatest = latestOf(action.progress)?.id === updateId;
    const progress = action.progress.filter((u) => u.id !== updateId);
    const previous = latestOf(progress);
    const status = wasLatest && previous !== null ? previous.status : action.status;
    actions[index] = { ...action, progress, status };
    return actions;
  });
}

const NUMBER = /^(\d+)([a-z]*)$/i;

/**
 * Compares recommendation numbers as people read them: 1, 2, 2a, 2b, 10; numbers that are not
 * a whole number with letters after it come next, alphabetically; no number last.
 */
export function compareNumbers(a: string, b: string): number {
  const ma = NUMBER.exec(a.trim());
  const mb = NUMBER.exec(b.trim());
  if (ma && mb) {
    return Number(ma[1]) - Number(mb[1]) || ma[2]!.localeCompare(mb[2]!);
  }
  if (ma || mb) return ma ? -1 : 1;
  if ((a.trim() === '') !== (b.trim() === '')) return a.trim() === '' ? 1 : -1;
  return a.localeCompare(b);
}

/**
 * Renumbers the map's recommendations 1, 2, 3… in number order (then journey order for those
 * without a number), closing gaps; a sub-number keeps its letter on its new number ([1, 2, 2a,
 * 4] → [1, 2, 2a, 3]).
 */
export function renumberRecommendations(map: JourneyMap): JourneyMap {
  const recs = recommendationsOf(map)
    .map((item, index) => ({ card: item.card, index }))
    .sort((a, b) => compareNumbers(a.card.number, b.card.number) || a.index - b.index);
  let next = map;
  let counter = 0;
  let lastBase: string | null = null;
  for (const { card } of recs) {
    const match = NUMBER.exec(card.number.trim());
    const letters = match?.[2] ?? '';
    const base = match?.[1] ?? null;
    if (letters === '' || base !== lastBase || counter === 0) counter += 1;
    lastBase = base;
    const number = `${counter}${letters === '' || base === null ? '' : letters.toLowerCase()}`;
    if (number !== card.number) next = updateCard(next, card.id, { number });
  }
  return next;
}

/** Replaces the map's themes (their order and descriptions); names are trimmed, blanks dropped. */
export function setThemes(map: JourneyMap, themes: readonly PlanTheme[]): JourneyMap {
  const seen = new Set<string>();
  const clean = themes
    .map((theme) => ({ ...theme, name: theme.name.trim() }))
    .filter((theme) => theme.name !== '' && !seen.has(theme.name) && seen.add(theme.name));
  return { ...map, themes: clean };
}
