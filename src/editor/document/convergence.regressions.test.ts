/**
 * The cases the convergence property test (convergence.test.ts) found, one example each: what
 * three clients of one live workshop see after concurrent changes, and that each client's map
 * is what its documents hold.
 */
import { describe, expect, it } from 'vitest';
import { journeyMapSchema, type JourneyMap } from '../../domain/schema';
import { actionPlan, cards, grid, workshop } from '../operations';
import { MapDocument } from './mapDocument';
import { Network } from './testing/network';
import { sampleMap } from '../../../tests/builders';

const withoutTime = (map: JourneyMap) => ({ ...map, updatedAt: '' });

/** Everyone synced; every client shows the same valid map, the one its documents hold. */
function settled(network: Network): JourneyMap {
  network.settle();
  const maps = network.peers.map((peer) => peer.editor.map);
  for (const [i, map] of maps.entries()) {
    const { content, annotations } = network.peers[i]!.editor.mapDocument;
    expect(withoutTime(map), `client ${i} shows what its documents hold`).toEqual(
      withoutTime(MapDocument.read(content, annotations, '')!),
    );
    expect(withoutTime(map), `client ${i} shows what client 0 shows`).toEqual(
      withoutTime(maps[0]!),
    );
    expect(journeyMapSchema.safeParse(map).success).toBe(true);
  }
  return maps[0]!;
}

function threeClients() {
  const network = new Network(sampleMap(new Date('2026-03-01T08:00:00.000Z')));
  const [a, b, c] = network.peers.map((peer) => peer.editor) as [
    (typeof network.peers)[0]['editor'],
    (typeof network.peers)[0]['editor'],
    (typeof network.peers)[0]['editor'],
  ];
  return { network, a, b, c };
}

describe('a local change shows what everyone else sees', () => {
  it('taking back the vote that counts shows the vote cast past the limit, on every client', () => {
    const { network, a, b } = threeClients();
    a.run(workshop.startVoteRound, {
      id: 'round',
      question: 'Worst?',
      votesPerParticipant: 1,
      cardKinds: ['pain-point'],
      anonymous: false,
    });
    network.settle();
    const [first, second] = a.map.cards.filter((card) => card.kind === 'pain-point');
    // Sam votes on two devices at once: one vote counts, the other is past Sam's one vote.
    a.run(workshop.castVote, {
      roundId: 'round',
      participant: 'Sam',
      cardId: first!.id,
      id: 'v-a',
    });
    b.run(workshop.castVote, {
      roundId: 'round',
      participant: 'Sam',
      cardId: second!.id,
      id: 'v-b',
    });
    const counted = settled(network).voteRounds[0]!.votes;
    expect(counted).toHaveLength(1);
    const taker = counted[0]!.id === 'v-a' ? a : b;
    taker.run(workshop.removeVote, {
      roundId: 'round',
      participant: 'Sam',
      cardId: counted[0]!.cardId,
    });
    const other = counted[0]!.id === 'v-a' ? 'v-b' : 'v-a';
    expect(taker.map.voteRounds[0]!.votes.map((vote) => vote.id)).toEqual([other]);
    expect(settled(network).voteRounds[0]!.votes.map((vote) => vote.id)).toEqual([other]);
  });

  it('a card shown in the first lane goes back to its lane when the lane comes back', () => {
    const { network, a, b } = threeClients();
    const lane = a.map.lanes[2]!;
    const stepId = a.map.phases[0]!.steps[0]!.id;
    a.run(grid.deleteLane, { id: lane.id });
    b.run(cards.addCard, { cell: { laneId: lane.id, stepId }, id: 'late', title: 'Added late' });
    expect(settled(network).cards.find((card) => card.id === 'late')?.laneId).toBe(
      a.map.lanes[0]!.id,
    );
    // b edits another card: its map must not take the repaired lane as the card's own.
    b.run(cards.updateCard, { id: b.map.cards[0]!.id, patch: { title: 'Renamed' } });
    network.settle();
    a.undo();
    expect(settled(network).cards.find((card) => card.id === 'late')?.laneId).toBe(lane.id);
  });

  it('deleting a step moved into two phases at once leaves the other copy, on every client', () => {
    const { network, a, b, c } = threeClients();
    const [first, second, third] = a.map.phases;
    const step = first!.steps[0]!;
    a.run(grid.moveStep, { id: step.id, phaseId: second!.id, index: 0 });
    b.run(grid.moveStep, { id: step.id, phaseId: third!.id, index: 0 });
    const inPhase = (map: JourneyMap) =>
      map.phases.filter((phase) => phase.steps.some((s) => s.id === step.id)).map((p) => p.id);
    expect(inPhase(settled(network))).toEqual([second!.id]);
    c.run(grid.deleteStep, { id: step.id });
    expect(inPhase(c.map)).toEqual([third!.id]);
    expect(inPhase(settled(network))).toEqual([third!.id]);
  });

  it('a vote for a card that became another kind is not counted by the client that changed it', () => {
    const { network, a } = threeClients();
    a.run(workshop.startVoteRound, {
      id: 'round',
      question: 'Worst?',
      votesPerParticipant: 1,
      cardKinds: ['pain-point'],
      anonymous: false,
    });
    const pain = a.map.cards.find((card) => card.kind === 'pain-point')!;
    a.run(workshop.castVote, { roundId: 'round', participant: 'Sam', cardId: pain.id });
    a.run(cards.changeCardKind, { id: pain.id, kind: 'idea' });
    expect(a.map.voteRounds[0]!.votes).toEqual([]);
    expect(settled(network).voteRounds[0]!.votes).toEqual([]);
  });

  it('a phase whose steps two people deleted comes back when one of them undoes', () => {
    const { network, a, b } = threeClients();
    const phase = a.map.phases.find((p) => p.steps.length === 2)!;
    a.run(grid.deleteStep, { id: phase.steps[0]!.id });
    b.run(grid.deleteStep, { id: phase.steps[1]!.id });
    expect(settled(network).phases.map((p) => p.id)).not.toContain(phase.id);
    a.undo();
    const back = settled(network).phases.find((p) => p.id === phase.id);
    expect(back?.steps.map((s) => s.id)).toEqual([phase.steps[0]!.id]);
  });

  it('half an emoji typed into a title reads the same on every client', () => {
    const { network, a } = threeClients();
    const card = a.map.cards[0]!;
    a.run(cards.updateCard, { id: card.id, patch: { title: `Wait 😀`.slice(0, 6) } });
    expect(a.map.cards[0]!.title).toBe('Wait \uFFFD');
    a.run(cards.updateCard, { id: card.id, patch: { tags: ['\uDE00 tag'] } });
    const map = settled(network);
    expect(map.cards[0]).toMatchObject({ title: 'Wait \uFFFD', tags: ['\uFFFD tag'] });
  });
});

describe('copies of cards', () => {
  it('a duplicated or pasted evidence card and recommendation get quotes and updates of their own', () => {
    const { network, a, b } = threeClients();
    const evidence = a.map.cards.find(
      (card) => card.kind === 'evidence' && card.quotes.length > 0,
    )!;
    const rec = a.map.cards.find((card) => card.kind === 'recommendation')!;
    a.run(actionPlan.addProgressUpdate, {
      cardId: rec.id,
      update: { date: '2026-03-01', text: 'Started', status: 'on-track', id: 'update-1' },
    });
    a.run(cards.duplicateCards, { ids: [evidence.id, rec.id] });
    expect(journeyMapSchema.safeParse(a.map).success).toBe(true);
    network.settle();
    b.run(cards.pasteCards, {
      payload: {
        cards: b.map.cards.filter((c) => c.id === evidence.id || c.id === rec.id),
        links: [],
      },
      target: null,
    });
    const map = settled(network);
    const quoteIds = map.cards.flatMap((c) =>
      c.kind === 'evidence' ? c.quotes.map((q) => q.id) : [],
    );
    expect(new Set(quoteIds).size).toBe(quoteIds.length);
    const copies = map.cards.filter((c) => c.kind === 'evidence' && c.title === evidence.title);
    expect(copies).toHaveLength(3);
    for (const copy of copies) {
      expect(copy.kind === 'evidence' && copy.quotes.map((q) => q.text)).toEqual(
        evidence.kind === 'evidence' && evidence.quotes.map((q) => q.text),
      );
    }
    const updates = map.cards.flatMap((c) => (c.kind === 'recommendation' ? c.progress : []));
    expect(updates.filter((u) => u.text === 'Started')).toHaveLength(3);
    expect(new Set(updates.map((u) => u.id)).size).toBe(updates.length);
  });
});

describe('undo while others edit', () => {
  it("takes back this client's changes newest first, skipping one others made moot", () => {
    const { network, a, b } = threeClients();
    const [x, y] = a.map.cards;
    const later = () => (network.peers[0]!.clock.ms += 5_000);
    a.run(cards.updateCard, { id: x!.id, patch: { title: 'X renamed' } });
    later();
    a.run(workshop.addComment, {
      target: { kind: 'card', id: x!.id },
      author: 'Ann',
      text: 'Why?',
      id: 'comment-1',
    });
    later();
    a.run(cards.updateCard, { id: y!.id, patch: { title: 'Y renamed' } });
    network.settle();
    b.run(cards.deleteCards, { ids: [y!.id] }); // makes a's last step moot
    network.settle();
    expect(a.undo()).toBe(true);
    const title = (id: string) => a.map.cards.find((card) => card.id === id)?.title;
    expect(a.map.comments.map((comment) => comment.id)).toEqual([]);
    expect(title(x!.id)).toBe('X renamed');
    expect(a.undo()).toBe(true);
    expect(title(x!.id)).toBe(x!.title);
    expect(a.undo()).toBe(false);
    expect(a.redo()).toBe(true);
    expect(title(x!.id)).toBe('X renamed');
    expect(a.map.comments).toEqual([]);
    expect(a.redo()).toBe(true);
    expect(a.map.comments.map((comment) => comment.id)).toEqual(['comment-1']);
    expect(a.redo()).toBe(false);
    settled(network);
  });

  it('says there is nothing to undo once the only step left was made moot', () => {
    const { network, a, b } = threeClients();
    const card = a.map.cards[0]!;
    a.run(cards.updateCard, { id: card.id, patch: { title: 'Renamed' } });
    network.settle();
    b.run(cards.deleteCards, { ids: [card.id] });
    network.settle();
    expect(a.store.getState().canUndo).toBe(true);
    expect(a.undo()).toBe(false);
    expect(a.store.getState().canUndo).toBe(false);
    expect(settled(network).cards.some((c) => c.id === card.id)).toBe(false);
  });
});
