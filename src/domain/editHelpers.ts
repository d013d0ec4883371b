/**
 * What the edits share (edits.ts): finding steps and cells, moving items in lists, and
 * dropping what points at deleted cards. Pure: nothing here mutates its input.
 */
import type { Card, JourneyMap, Phase, Step } from './schema';

/** `items` with the item at `from` moved to `to` (clamped to the list); a new array. */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  const out = items.slice();
  const [item] = out.splice(from, 1);
  if (item === undefined) return out;
  out.splice(Math.max(0, Math.min(to, out.length)), 0, item);
  return out;
}

/** `index` clamped to 0…`length`; `length` (the end) when no index is given. */
export function clampIndex(index: number | undefined, length: number): number {
  return index === undefined ? length : Math.max(0, Math.min(index, length));
}

/** Every step of the map, phase by phase, left to right. */
export function allSteps(map: JourneyMap): Step[] {
  return map.phases.flatMap((phase) => phase.steps);
}

/** The step with this id and its phase, or null when the map has no such step. */
export function findStep(map: JourneyMap, stepId: string): { phase: Phase; step: Step } | null {
  for (const phase of map.phases) {
    const step = phase.steps.find((s) => s.id === stepId);
    if (step) return { phase, step };
  }
  return null;
}

/** Cards of one cell in drawing order. */
export function cardsInCell(map: JourneyMap, laneId: string, stepId: string): Card[] {
  return map.cards
    .filter((card) => card.laneId === laneId && card.stepId === stepId)
    .sort((a, b) => a.order - b.order);
}

/** The map without the `gone` cards and what points at them: links, comments, votes, answers. */
export function withoutCards(map: JourneyMap, gone: ReadonlySet<string>): JourneyMap {
  if (gone.size === 0) return map;
  const cards = map.cards
    .filter((card) => !gone.has(card.id))
    .map((card) =>
      card.kind === 'recommendation' && card.answers !== null && gone.has(card.answers)
        ? { ...card, answers: null }
        : card,
    );
  const comments = map.comments.filter((c) => !(c.target.kind === 'card' && gone.has(c.target.id)));
  return {
    ...map,
    cards,
    links: map.links.filter((link) => !gone.has(link.from) && !gone.has(link.to)),
    comments: dropOrphanReplies(comments),
    voteRounds: map.voteRounds.map((round) => ({
      ...round,
      votes: round.votes.filter((vote) => !gone.has(vote.cardId)),
    })),
  };
}

/** Comments without the replies whose first comment is gone (repeated until none is left). */
export function dropOrphanReplies(comments: JourneyMap['comments']): JourneyMap['comments'] {
  let current = comments;
  for (;;) {
    const ids = new Set(current.map((c) => c.id));
    const next = current.filter((c) => c.parentId === null || ids.has(c.parentId));
    if (next.length === current.length) return next;
    current = next;
  }
}
