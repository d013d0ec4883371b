/**
 * Maps made by the app's own factories, for tests that want exactly what a user gets: the
 * Independent Living sample, a new blank map (with a few cards added as a user would), and a
 * blank map holding one card of every kind.
 */
import { createBlankMap } from '../../src/domain/blankMap';
import { createCard } from '../../src/domain/cards';
import { addCard, allSteps } from '../../src/domain/edits';
import { createSampleMap } from '../../src/domain/sampleMap';
import type { JourneyMap } from '../../src/domain/schema';
import { CARD_KINDS, type CardKind } from '../../src/domain/vocabulary';
import { BUILT_AT } from './buildMap';

/** The Independent Living sample map (src/domain/sampleMap.ts), created and edited at `now`. */
export function sampleMap(now: Date = new Date(BUILT_AT)): JourneyMap {
  return createSampleMap(now);
}

/** A card added to a blank map: its lane and step by position (0-based; default the first). */
export interface BlankMapCard {
  id: string;
  title: string;
  kind?: CardKind;
  lane?: number;
  step?: number;
}

/**
 * A new map as "New map" makes it (five phases of one step, seven lanes; phase, step and lane
 * ids are random), then `cards` added one by one with the app's `addCard` (kind default note),
 * each at the end of its cell.
 */
export function blankMap(
  options: { id?: string; title?: string; now?: Date; cards?: readonly BlankMapCard[] } = {},
): JourneyMap {
  let map = createBlankMap({
    id: options.id ?? 'map-1',
    title: options.title ?? 'Untitled journey map',
    now: options.now ?? new Date(BUILT_AT),
  });
  const steps = allSteps(map);
  for (const c of options.cards ?? []) {
    const laneId = map.lanes[c.lane ?? 0]?.id;
    const stepId = steps[c.step ?? 0]?.id;
    if (!laneId || !stepId) throw new Error(`blankMap: no lane ${c.lane} or step ${c.step}`);
    map = addCard(map, { kind: c.kind ?? 'note', laneId, stepId, title: c.title, id: c.id });
  }
  return map;
}

/**
 * A blank map (id `map-every-kind`, title "Every kind") with one card of every kind, in
 * `CARD_KINDS` order: id `card-<kind>`, title `A <kind>`, all in the first lane, spread over
 * the steps in turn. Made with `createCard`, so every default is filled as the app fills it;
 * the grid ids are random, as in any blank map.
 */
export function everyKindMap(now: Date = new Date('2026-01-01T09:00:00.000Z')): JourneyMap {
  const map = createBlankMap({ title: 'Every kind', now, id: 'map-every-kind' });
  const laneId = map.lanes[0]!.id;
  const steps = allSteps(map);
  const cards = CARD_KINDS.map((kind, i) =>
    createCard(
      kind,
      { laneId, stepId: steps[i % steps.length]!.id, order: i },
      { id: `card-${kind}`, title: `A ${kind}` },
    ),
  );
  return { ...map, cards };
}
