import { describe, expect, it } from 'vitest';
import { deleteCards } from './edits';
import { journeyMapSchema, type JourneyMap, type VoteRound } from './schema';
import {
  castVote,
  deleteRound,
  latestRound,
  nextAnonymousName,
  openRound,
  participantsOf,
  rankedResults,
  removeVote,
  revealRound,
  setSeverity,
  startVoteRound,
  startVoteRoundRefusal,
  voteRefusal,
  votesLeft,
  type NewVoteRound,
} from './voting';
import { sampleMap } from '../../tests/builders';

const at = (minute: number) => new Date(Date.UTC(2026, 10, 24, 10, minute));
const ROUND: NewVoteRound = {
  question: 'Which pain points should we fix first?',
  votesPerParticipant: 3,
  cardKinds: ['pain-point'],
  anonymous: false,
  now: at(1),
  id: 'round-1',
};

function started(input: Partial<NewVoteRound> = {}): JourneyMap {
  return startVoteRound(sampleMap(at(0)), { ...ROUND, ...input });
}

function round(map: JourneyMap, id = 'round-1'): VoteRound {
  const found = map.voteRounds.find((r) => r.id === id);
  if (!found) throw new Error(`no round ${id}`);
  return found;
}

function vote(map: JourneyMap, participant: string, ...cardIds: string[]): JourneyMap {
  return cardIds.reduce((m, cardId) => castVote(m, 'round-1', participant, cardId), map);
}

describe('vote rounds', () => {
  it('starts an open round with no votes', () => {
    const map = started();
    expect(openRound(map)).toMatchObject({
      id: 'round-1',
      question: ROUND.question,
      votesPerParticipant: 3,
      cardKinds: ['pain-point'],
      anonymous: false,
      status: 'open',
      votes: [],
      createdAt: at(1).toISOString(),
    });
    expect(() => journeyMapSchema.parse(map)).not.toThrow();
  });

  it('refuses a second round while one is open, and allows it once the first is revealed', () => {
    const map = started();
    const second = { ...ROUND, id: 'round-2', now: at(5) };
    expect(startVoteRound(map, second)).toBe(map);
    expect(startVoteRoundRefusal(map, second)).toMatch(/already open/);
    const next = startVoteRound(revealRound(map, 'round-1'), second);
    expect(next.voteRounds.map((r) => [r.id, r.status])).toEqual([
      ['round-1', 'revealed'],
      ['round-2', 'open'],
    ]);
    expect(latestRound(next)?.id).toBe('round-2');
  });

  it('refuses a round without a question, without card kinds or with a silly number of votes', () => {
    const map = sampleMap(at(0));
    for (const bad of [
      { question: '  ' },
      { cardKinds: [] },
      { votesPerParticipant: 0 },
      { votesPerParticipant: 1.5 },
      { votesPerParticipant: 101 },
    ]) {
      expect(startVoteRound(map, { ...ROUND, ...bad })).toBe(map);
      expect(startVoteRoundRefusal(map, { ...ROUND, ...bad })).not.toBeNull();
    }
  });

  it('deletes a round and its votes', () => {
    const map = deleteRound(vote(started(), 'Sam', 'card-pain-visits'), 'round-1');
    expect(map.voteRounds).toEqual([]);
    expect(deleteRound(map, 'round-1')).toBe(map);
  });
});

describe('votes', () => {
  it('gives each participant votesPerParticipant votes, several on one card allowed', () => {
    let map = vote(started(), 'Sam', 'card-pain-visits', 'card-pain-visits');
    expect(votesLeft(round(map), 'Sam')).toBe(1);
    expect(votesLeft(round(map), 'Priya')).toBe(3);
    map = vote(map, 'Sam', 'card-pain-cleaning');
    expect(votesLeft(round(map), 'Sam')).toBe(0);

    const full = castVote(map, 'round-1', 'Sam', 'card-pain-contacts');
    expect(full).toBe(map);
    expect(voteRefusal(map, 'round-1', 'Sam', 'card-pain-contacts')).toBe('Sam has no votes left.');
    // Another participant still can.
    expect(vote(map, 'Priya', 'card-pain-contacts')).not.toBe(map);
  });

  it('tells participants apart by trimmed name', () => {
    const map = vote(started({ votesPerParticipant: 2 }), 'Sam ', ' Sam');
    expect(votesLeft(round(vote(map, 'Sam', 'card-pain-visits')), ' Sam ')).toBe(1);
  });

  it('refuses a card whose kind the round does not vote on', () => {
    const map = started();
    expect(castVote(map, 'round-1', 'Sam', 'card-love-quick')).toBe(map);
    expect(voteRefusal(map, 'round-1', 'Sam', 'card-love-quick')).toMatch(/kind/);
    expect(voteRefusal(map, 'round-1', 'Sam', 'card-pain-visits')).toBeNull();
    const lovePoints = started({ cardKinds: ['pain-point', 'love-point'] });
    expect(round(vote(lovePoints, 'Sam', 'card-love-quick')).votes).toHaveLength(1);
  });

  it('refuses votes after the reveal, for missing cards and rounds, and without a name', () => {
    const map = started();
    const revealed = revealRound(map, 'round-1');
    expect(castVote(revealed, 'round-1', 'Sam', 'card-pain-visits')).toBe(revealed);
    expect(voteRefusal(revealed, 'round-1', 'Sam', 'card-pain-visits')).toMatch(/ended/);
    expect(castVote(map, 'round-1', 'Sam', 'no-such-card')).toBe(map);
    expect(castVote(map, 'no-round', 'Sam', 'card-pain-visits')).toBe(map);
    expect(castVote(map, 'round-1', '  ', 'card-pain-visits')).toBe(map);
  });

  it('takes back the latest vote on a card while the round is open', () => {
    let map = vote(started(), 'Sam', 'card-pain-visits', 'card-pain-cleaning', 'card-pain-visits');
    map = removeVote(map, 'round-1', 'Sam', 'card-pain-visits');
    expect(round(map).votes.map((v) => v.cardId)).toEqual([
      'card-pain-visits',
      'card-pain-cleaning',
    ]);
    expect(removeVote(map, 'round-1', 'Priya', 'card-pain-visits')).toBe(map);
    const revealed = revealRound(map, 'round-1');
    expect(removeVote(revealed, 'round-1', 'Sam', 'card-pain-visits')).toBe(revealed);
  });

  it('lists participants in the order they first voted, and names anonymous ones', () => {
    let map = started({ anonymous: true });
    expect(nextAnonymousName(round(map))).toBe('Anonymous 1');
    map = vote(map, 'Anonymous 1', 'card-pain-visits');
    map = vote(map, 'Anonymous 2', 'card-pain-cleaning');
    map = vote(map, 'Anonymous 1', 'card-pain-cleaning');
    expect(participantsOf(round(map))).toEqual(['Anonymous 1', 'Anonymous 2']);
    expect(nextAnonymousName(round(map))).toBe('Anonymous 3');
  });

  it('drops votes for a card that is deleted', () => {
    const map = deleteCards(vote(started(), 'Sam', 'card-pain-visits'), ['card-pain-visits']);
    expect(round(map).votes).toEqual([]);
  });

  it('never mutates its input', () => {
    const map = vote(started(), 'Sam', 'card-pain-visits');
    const before = structuredClone(map);
    castVote(map, 'round-1', 'Priya', 'card-pain-cleaning');
    removeVote(map, 'round-1', 'Sam', 'card-pain-visits');
    revealRound(map, 'round-1');
    expect(map).toEqual(before);
  });
});

describe('ranked results', () => {
  it('ranks by votes with competition ranking for ties (1, 2, 2, 4) and leaves out unvoted cards', () => {
    let map = started({ votesPerParticipant: 4 });
    map = vote(
      map,
      'Sam',
      'card-pain-visits',
      'card-pain-visits',
      'card-pain-cleaning',
      'card-pain-application',
    );
    map = vote(
      map,
      'Priya',
      'card-pain-visits',
      'card-pain-contacts',
      'card-pain-contacts',
      'card-pain-cleaning',
    );
    map = vote(map, 'Jo', 'card-pain-application');
    const results = rankedResults(map, round(map)).map((r) => [r.rank, r.card.id, r.votes]);
    expect(results).toEqual([
      [1, 'card-pain-visits', 3],
      // Ties in map order: application (step 1), contacts (step 2), cleaning (last step).
      [2, 'card-pain-application', 2],
      [2, 'card-pain-contacts', 2],
      [2, 'card-pain-cleaning', 2],
    ]);
    const next = vote(map, 'Jo', 'card-pain-settle');
    expect(rankedResults(next, round(next)).at(-1)).toMatchObject({ rank: 5, votes: 1 });
    expect(rankedResults(next, round(next)).some((r) => r.card.id === 'card-pain-review')).toBe(
      false,
    );
  });

  it('is empty when nobody voted', () => {
    const map = started();
    expect(rankedResults(map, round(map))).toEqual([]);
  });
});

describe('severity', () => {
  it('sets and clears the severity of a pain point only', () => {
    const map = sampleMap(at(0));
    const high = setSeverity(map, 'card-pain-application', 'high');
    expect(high.cards.find((c) => c.id === 'card-pain-application')).toMatchObject({
      severity: 'high',
    });
    const cleared = setSeverity(high, 'card-pain-application', null);
    expect(cleared.cards.find((c) => c.id === 'card-pain-application')).toMatchObject({
      severity: null,
    });
    expect(setSeverity(map, 'card-love-quick', 'high')).toBe(map);
    expect(setSeverity(map, 'card-pain-application', 'low')).toBe(map); // already low
  });
});
