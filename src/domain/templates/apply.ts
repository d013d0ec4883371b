/**
 * Making a template from a map, and a new map from a template.
 *
 * A template keeps the map's grid (phases, steps, lanes with their notes and sides), its
 * details, settings, report choices and personas; "without cards" also leaves out the cards,
 * links, research, step emotions and moments of truth, and the dates. Workshop annotations
 * (comments, votes) are never part of a template. Ids are kept, so maps made from one template
 * share their lanes' and steps' ids (which is what a comparison matches by).
 */
import { newId } from '../ids';
import type { JourneyMap } from '../schema';

/** The map a template keeps: with its cards, or its grid only. */
export function templateFromMap(map: JourneyMap, options: { withCards: boolean }): JourneyMap {
  const kept: JourneyMap = {
    ...map,
    status: 'draft',
    comments: [],
    voteRounds: [],
    currentStateMapId: null,
  };
  if (options.withCards) return kept;
  return {
    ...kept,
    startDate: null,
    endDate: null,
    research: [],
    cards: [],
    links: [],
    phases: map.phases.map((phase) => ({
      ...phase,
      startDate: null,
      endDate: null,
      steps: phase.steps.map((step) => ({
        ...step,
        emotionScore: null,
        momentOfTruth: null,
        rating: null,
      })),
    })),
  };
}

/** A new map (new id, `now` as its times, a draft) from a template's map. */
export function mapFromTemplate(
  template: JourneyMap,
  options: { now?: Date; title?: string; id?: string } = {},
): JourneyMap {
  const at = (options.now ?? new Date()).toISOString();
  const title = options.title?.trim();
  return {
    ...template,
    id: options.id ?? newId(),
    title: title ? title : template.title,
    status: 'draft',
    createdAt: at,
    updatedAt: at,
    comments: [],
    voteRounds: [],
    currentStateMapId: null,
  };
}

/** The number of cards a template puts on a new map. */
export function templateCardCount(template: JourneyMap): number {
  return template.cards.length;
}
