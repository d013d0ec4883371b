/**
 * Small helpers the built-in templates are written with: lanes and steps with fixed, readable
 * ids (so a map made from a template and its future state compare lane by lane), cards placed
 * in list order, and the whole map parsed by `journeyMapSchema` so every default is the app's.
 */
import { applyDerivedEmotions } from '../evidence';
import { journeyMapSchema, type JourneyMap, type JourneyMapInput } from '../schema';
import { BACKSTAGE_LANE_KINDS, type ExperienceSide, type LaneKind } from '../vocabulary';

/** A card of a template before its place in the cell (`order`) is given by its position. */
type CardInput = NonNullable<JourneyMapInput['cards']>[number];
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
/** A template card: everything but its order in the cell. */
export type TemplateCard = DistributiveOmit<CardInput, 'order'>;
/** A lane as a template file holds it. */
export type TemplateLane = JourneyMapInput['lanes'][number];
/** A phase as a template file holds it. */
export type TemplatePhase = JourneyMapInput['phases'][number];

/** A lane `lane-<key>` of `kind`, named `name`, with the question it answers as its note. */
export function templateLane(
  key: string,
  kind: LaneKind,
  name: string,
  note = '',
  side: ExperienceSide = BACKSTAGE_LANE_KINDS.includes(kind) ? 'backstage' : 'frontstage',
): TemplateLane {
  return { id: `lane-${key}`, kind, name, note, side };
}

/** A phase `phase-<key>` with one step per title (`step-<key>-<n>`, 1-based), or steps given whole. */
export function templatePhase(
  key: string,
  name: string,
  steps: readonly (string | TemplatePhase['steps'][number])[],
  description = '',
): TemplatePhase {
  return {
    id: `phase-${key}`,
    name,
    description,
    steps: steps.map((step, i) =>
      typeof step === 'string' ? { id: `step-${key}-${i + 1}`, title: step } : step,
    ),
  };
}

/** Gives every card its place (0 … n−1) in its cell, in list order. */
export function placeTemplateCards(cards: readonly TemplateCard[]): CardInput[] {
  const next = new Map<string, number>();
  return cards.map((card) => {
    const key = `${card.laneId}|${card.stepId}`;
    const order = next.get(key) ?? 0;
    next.set(key, order + 1);
    return { ...card, order } as CardInput;
  });
}

/** What a template map says besides its grid; `id` and times are filled in. */
export type TemplateMapInput = Omit<JourneyMapInput, 'id' | 'createdAt' | 'updatedAt' | 'cards'> & {
  cards?: readonly TemplateCard[];
};

/** The template's map, valid and with every default (throws if a template is wrong: a bug). */
export function templateMap(id: string, input: TemplateMapInput, now: Date): JourneyMap {
  const at = now.toISOString();
  // Steps whose emotion follows their evidence get it now, as the editor would give it.
  return applyDerivedEmotions(
    journeyMapSchema.parse({
      ...input,
      id,
      createdAt: at,
      updatedAt: at,
      cards: placeTemplateCards(input.cards ?? []),
    }),
  );
}
