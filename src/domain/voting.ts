/**
 * Dot voting in a focus group, and pain-point severity: the two ways a group ranks a map.
 *
 * Pure edits (map in, new map out, input never mutated) for the store's `apply`, and queries
 * for the UI. A refused edit returns the very same map, so `apply` records no undo step and
 * reports `false`; the matching `…Refusal` function says why, in words for the screen.
 *
 * Rules (decided here, tested in voting.test.ts):
 * - One open round at a time. Starting a round while another is open is REFUSED: the
 *   facilitator reveals (which ends voting) or deletes the open round first, so no round is
 *   closed behind anyone's back.
 * - A round is `open` (taking votes, results hidden) or `revealed` (voting over, results
 *   shown). Revealing is final: a revealed round takes no more votes.
 * - Dot voting: each participant has `votesPerParticipant` dots and may put several on the
 *   same card. A vote is refused when the round is not open, the card is not in the map, its
 *   kind is not one the round votes on, or the participant has no votes left.
 * - Participants are told apart by their name as typed (trimmed, case-sensitive). Anonymous
 *   rounds use "Anonymous 1", "Anonymous 2" … (see `nextAnonymousName`).
 * - Results rank cards by votes with competition ranking (1, 2, 2, 4); cards with no votes
 *   are left out; ties are listed in map order (phase and step, then lane, then place).
 */
import { newId } from './ids';
import { LIMITS, type Card, type JourneyMap, type Vote, type VoteRound } from './schema';
import type { CardKind, Severity } from './vocabulary';

/** What it takes to start a dot-vote round. */
export interface NewVoteRound {
  question: string;
  votesPerParticipant: number;
  cardKinds: readonly CardKind[];
  anonymous: boolean;
  now: Date;
  /** The new round's id; a fresh one by default. */
  id?: string;
}

/** One card's votes in a round, with its rank. */
export interface RankedResult {
  card: Card;
  votes: number;
  /** Competition ranking: tied cards share a rank and the next rank skips (1, 2, 2, 4). */
  rank: number;
}

/**
 * The most votes one participant may have in a round (the schema's limit, schemaAnnotations.ts).
 */
export const MAX_VOTES_PER_PARTICIPANT = 100;

function cleanName(name: string): string {
  return name.trim().slice(0, LIMITS.shortText);
}

// ─── Rounds ──────────────────────────────────────────────────────────────────────────────

/** The round taking votes now, if any. */
export function openRound(map: JourneyMap): VoteRound | null {
  return map.voteRounds.find((round) => round.status === 'open') ?? null;
}

/** The most recently started round (open or revealed), if any. */
export function latestRound(map: Pick<JourneyMap, 'voteRounds'>): VoteRound | null {
  let latest: VoteRound | null = null;
  for (const round of map.voteRounds) {
    if (latest === null || Date.parse(round.createdAt) >= Date.parse(latest.createdAt)) {
      latest = round;
    }
  }
  return latest;
}

/** The vote round with this id, or null. */
export function findRound(map: JourneyMap, roundId: string): VoteRound | null {
  return map.voteRounds.find((round) => round.id === roundId) ?? null;
}

/** Why a round cannot start, or null when it can. */
export function startVoteRoundRefusal(map: JourneyMap, input: NewVoteRound): string | null {
  if (openRound(map)) return 'A vote is already open: reveal its results or delete it first.';
  if (cleanName(input.question) === '') return 'Write the question people vote on.';
  if (input.cardKinds.length === 0) return 'Choose at least one kind of card to vote on.';
  if (
    !Number.isInteger(input.votesPerParticipant) ||
    input.votesPerParticipant < 1 ||
    input.votesPerParticipant > MAX_VOTES_PER_PARTICIPANT
  ) {
    return `Each participant needs between 1 and ${MAX_VOTES_PER_PARTICIPANT} votes.`;
  }
  return null;
}

/** Starts a vote round. Refused (same map) while another round is open, among others. */
export function startVoteRound(map: JourneyMap, input: NewVoteRound): JourneyMap {
  if (startVoteRoundRefusal(map, input) !== null) return map;
  const round: VoteRound = {
    id: input.id ?? newId(),
    question: cleanName(input.question),
    votesPerParticipant: input.votesPerParticipant,
    cardKinds: [...new Set(input.cardKinds)],
    anonymous: input.anonymous,
    status: 'open',
    createdAt: input.now.toISOString(),
    votes: [],
  };
  return { ...map, voteRounds: [...map.voteRounds, round] };
}

function updateRound(
  map: JourneyMap,
  roundId: string,
  change: (round: VoteRound) => VoteRound,
): JourneyMap {
  let changed = false;
  const voteRounds = map.voteRounds.map((round) => {
    if (round.id !== roundId) return round;
    const next = change(round);
    if (next !== round) changed = true;
    return next;
  });
  return changed ? { ...map, voteRounds } : map;
}

/** Ends voting and shows the results. */
export function revealRound(map: JourneyMap, roundId: string): JourneyMap {
  return updateRound(map, roundId, (round) =>
    round.status === 'revealed' ? round : { ...round, status: 'revealed' },
  );
}

/** Deletes a vote round and its votes; the same map when there is no such round. */
export function deleteRound(map: JourneyMap, roundId: string): JourneyMap {
  if (!map.voteRounds.some((round) => round.id === roundId)) return map;
  return { ...map, voteRounds: map.voteRounds.filter((round) => round.id !== roundId) };
}

// ─── Votes ───────────────────────────────────────────────────────────────────────────────

/** Whether cards of this kind can be voted on in the round. */
export function canBeVotedOn(round: VoteRound, card: Pick<Card, 'kind'>): boolean {
  return round.cardKinds.includes(card.kind);
}

/** The votes a participant has cast in a round, optionally only those on one card. */
export function votesBy(round: VoteRound, participant: string, cardId?: string): Vote[] {
  const name = cleanName(participant);
  return round.votes.filter(
    (vote) => vote.participant === name && (cardId === undefined || vote.cardId === cardId),
  );
}

/** How many votes a participant can still cast in a round. */
export function votesLeft(round: VoteRound, participant: string): number {
  return Math.max(0, round.votesPerParticipant - votesBy(round, participant).length);
}

/** Why this vote cannot be cast, or null when it can. */
export function voteRefusal(
  map: JourneyMap,
  roundId: string,
  participant: string,
  cardId: string,
): string | null {
  const round = findRound(map, roundId);
  if (!round) return 'This vote round no longer exists.';
  if (round.status !== 'open') return 'Voting has ended for this round.';
  const name = cleanName(participant);
  if (name === '') return 'Say who is voting first.';
  const card = map.cards.find((c) => c.id === cardId);
  if (!card) return 'That card is no longer on the map.';
  if (!canBeVotedOn(round, card)) return 'This round does not vote on cards of this kind.';
  if (votesLeft(round, name) === 0) return `${name} has no votes left.`;
  return null;
}

/** Casts one vote (one dot) for a card. Refused (same map) when `voteRefusal` says why. */
export function castVote(
  map: JourneyMap,
  roundId: string,
  participant: string,
  cardId: string,
  options: { id?: string } = {},
): JourneyMap {
  if (voteRefusal(map, roundId, participant, cardId) !== null) return map;
  const vote: Vote = { id: options.id ?? newId(), participant: cleanName(participant), cardId };
  return updateRound(map, roundId, (round) => ({ ...round, votes: [...round.votes, vote] }));
}

/**
 * Takes back one of a participant's votes on a card (the latest), while the round is open.
 * Returns the same map when there is none to take back.
 */
export function removeVote(
  map: JourneyMap,
  roundId: string,
  participant: string,
  cardId: string,
): JourneyMap {
  return updateRound(map, roundId, (round) => {
    if (round.status !== 'open') return round;
    const mine = votesBy(round, participant, cardId);
    const last = mine[mine.length - 1];
    if (!last) return round;
    return { ...round, votes: round.votes.filter((vote) => vote.id !== last.id) };
  });
}

/** Everyone who has voted in a round, in the order they first voted. */
export function participantsOf(round: VoteRound): string[] {
  return [...new Set(round.votes.map((vote) => vote.participant))];
}

/**
 * The name for the next participant of an anonymous round: "Anonymous 3" after two. Names in
 * `alsoTaken` (someone whose turn it is but who has not voted yet) are skipped too.
 */
export function nextAnonymousName(round: VoteRound, alsoTaken: readonly string[] = []): string {
  const used = new Set([...participantsOf(round), ...alsoTaken]);
  let n = used.size + 1;
  while (used.has(`Anonymous ${n}`)) n += 1;
  return `Anonymous ${n}`;
}

/** Votes per card id (cards with no votes are absent). */
export function voteCounts(round: VoteRound): Map<string, number> {
  const counts = new Map<string, number>();
  for (const vote of round.votes) counts.set(vote.cardId, (counts.get(vote.cardId) ?? 0) + 1);
  return counts;
}

/**
 * The cards of a round by votes, most first, with competition ranking (1, 2, 2, 4). Cards
 * with no votes, and votes for cards no longer on the map, are left out. Ties are listed in
 * map order.
 */
export function rankedResults(
  map: Pick<JourneyMap, 'cards' | 'phases' | 'lanes'>,
  round: VoteRound,
): RankedResult[] {
  const counts = voteCounts(round);
  const position = mapPositions(map);
  const rows = map.cards
    .filter((card) => (counts.get(card.id) ?? 0) > 0)
    .map((card) => ({ card, votes: counts.get(card.id) ?? 0 }))
    .sort(
      (a, b) =>
        b.votes - a.votes ||
        (position.get(a.card.id) ?? 0) - (position.get(b.card.id) ?? 0) ||
        a.card.order - b.card.order,
    );
  let rank = 0;
  return rows.map((row, i) => {
    if (i === 0 || rows[i - 1]?.votes !== row.votes) rank = i + 1;
    return { ...row, rank };
  });
}

/** A sortable number per card: step column first, then lane row, then place in the cell. */
function mapPositions(map: Pick<JourneyMap, 'cards' | 'phases' | 'lanes'>): Map<string, number> {
  const stepIndex = new Map<string, number>();
  map.phases.flatMap((phase) => phase.steps).forEach((step, i) => stepIndex.set(step.id, i));
  const laneIndex = new Map(map.lanes.map((lane, i) => [lane.id, i]));
  const positions = new Map<string, number>();
  for (const card of map.cards) {
    const step = stepIndex.get(card.stepId) ?? 0;
    const lane = laneIndex.get(card.laneId) ?? 0;
    positions.set(card.id, step * 1_000 + lane);
  }
  return positions;
}

// ─── Severity ────────────────────────────────────────────────────────────────────────────

/** Sets (or clears, with null) a pain point's severity. Other cards are left alone. */
export function setSeverity(
  map: JourneyMap,
  cardId: string,
  severity: Severity | null,
): JourneyMap {
  let changed = false;
  const cards = map.cards.map((card) => {
    if (card.id !== cardId || card.kind !== 'pain-point' || card.severity === severity) {
      return card;
    }
    changed = true;
    return { ...card, severity };
  });
  return changed ? { ...map, cards } : map;
}
