/** Small hooks and cached lookups shared by the workshop components. */
import { useEffect, useState } from 'react';
import { commentCounts } from '../../domain/comments';
import { stepName } from '../../domain/names';
import { latestRound, openRound, voteCounts } from '../../domain/voting';
import type { Card, JourneyMap, VoteRound } from '../../domain/schema';
import { useEditor } from '../../bindings/EditorProvider';

/**
 * Annotating (comments, votes, severity) is allowed in every mode; only a read-only tab (the
 * map is being edited in another tab) cannot change the map.
 */
export function useCanAnnotate(): boolean {
  return useEditor((s) => !s.readOnly);
}

/** The current time, refreshed every `intervalMs` (for "5 minutes ago"). */
export function useNow(intervalMs = 60_000): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(new Date()), intervalMs);
    return () => window.clearInterval(timer);
  }, [intervalMs]);
  return now;
}

// Lookups cached per array, so hundreds of card badges reading them cost one pass per change.
const countsCache = new WeakMap<JourneyMap['comments'], Map<string, number>>();
const cardsCache = new WeakMap<JourneyMap['cards'], Map<string, Card>>();
const votesCache = new WeakMap<VoteRound, Map<string, number>>();

/** Open comments on a card or step (counted once per comments array). */
export function openCommentCount(comments: JourneyMap['comments'], targetId: string): number {
  let counts = countsCache.get(comments);
  if (!counts) {
    counts = commentCounts({ comments });
    countsCache.set(comments, counts);
  }
  return counts.get(targetId) ?? 0;
}

/** The card with this id (looked up in an index made once per cards array), or undefined. */
export function cardById(cards: JourneyMap['cards'], cardId: string): Card | undefined {
  let index = cardsCache.get(cards);
  if (!index) {
    index = new Map(cards.map((card) => [card.id, card]));
    cardsCache.set(cards, index);
  }
  return index.get(cardId);
}

/** A card's votes in a round (counted once per round). */
export function roundVotesFor(round: VoteRound, cardId: string): number {
  let counts = votesCache.get(round);
  if (!counts) {
    counts = voteCounts(round);
    votesCache.set(round, counts);
  }
  return counts.get(cardId) ?? 0;
}

/** The card with this id, following changes, or undefined. */
export function useCard(cardId: string): Card | undefined {
  return useEditor((s) => cardById(s.map.cards, cardId));
}

/** The vote round that is open, or null. */
export function useOpenRound(): VoteRound | null {
  return useEditor((s) => openRound(s.map));
}

/** The newest vote round, open or revealed, or null. */
export function useLatestRound(): VoteRound | null {
  return useEditor((s) => latestRound(s.map));
}

/** A step's name by id (its title, or the stand-in of domain/names.ts), or null when it is not on the map. */
export function stepTitle(map: JourneyMap, stepId: string): string | null {
  if (!map.phases.some((phase) => phase.steps.some((s) => s.id === stepId))) return null;
  return stepName(map.phases, stepId);
}
