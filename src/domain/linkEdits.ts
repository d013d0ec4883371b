/**
 * Pure edits of the links between cards and of the map's own details (edits.ts).
 */
import { patchChanges } from './equality';
import { newId } from './ids';
import type { JourneyMap, Link } from './schema';

/**
 * Adds a link between two cards (a flow unless `kind` says otherwise); the same map for a link to
 * itself, a second link between the same two cards, or a card that does not exist.
 */
export function addLink(
  map: JourneyMap,
  link: { from: string; to: string; kind?: Link['kind']; label?: string; id?: string },
): JourneyMap {
  if (link.from === link.to) return map;
  if (map.links.some((l) => l.from === link.from && l.to === link.to)) return map;
  const ids = new Set(map.cards.map((c) => c.id));
  if (!ids.has(link.from) || !ids.has(link.to)) return map;
  return {
    ...map,
    links: [
      ...map.links,
      {
        id: link.id ?? newId(),
        from: link.from,
        to: link.to,
        kind: link.kind ?? 'flow',
        label: link.label ?? '',
      },
    ],
  };
}

/** Deletes a link. */
export function deleteLink(map: JourneyMap, linkId: string): JourneyMap {
  return { ...map, links: map.links.filter((l) => l.id !== linkId) };
}

/** A change of the map's own details and settings (not its grid, cards or people). */
export type MapDetailsPatch = Partial<
  Pick<
    JourneyMap,
    | 'title'
    | 'description'
    | 'service'
    | 'journeyType'
    | 'owner'
    | 'status'
    | 'tags'
    | 'startDate'
    | 'endDate'
    | 'reviewDate'
    | 'judgement'
    | 'surveyScores'
    | 'settings'
  >
>;

/** Changes the map's details; the same map when nothing changes. */
export function updateMapDetails(map: JourneyMap, patch: MapDetailsPatch): JourneyMap {
  return patchChanges(map, patch) ? { ...map, ...patch } : map;
}
