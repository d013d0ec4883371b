import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createCard } from '../../domain/cards';
import { addComment } from '../../domain/comments';
import {
  addLane,
  addPhase,
  deleteCards,
  deleteLane,
  moveCards,
  movePhase,
  updateCard,
} from '../../domain/edits';
import { journeyMapSchema, type JourneyMap } from '../../domain/schema';
import { castVote, setSeverity, startVoteRound } from '../../domain/voting';
import { MapDocument } from './mapDocument';
import { sampleMap } from '../../../tests/builders';

const NOW = new Date('2026-11-30T10:00:00Z');

/** A second client: its own documents, filled from `a`'s full state. */
function peerOf(a: MapDocument): MapDocument {
  const content = new Y.Doc();
  const annotations = new Y.Doc();
  Y.applyUpdate(content, Y.encodeStateAsUpdate(a.content));
  Y.applyUpdate(annotations, Y.encodeStateAsUpdate(a.annotations));
  const b = MapDocument.fromDocuments(content, annotations, a.map.updatedAt);
  if (!b) throw new Error('no map in the documents');
  return b;
}

/** Sends every update each side has that the other lacks (a reconnect). */
function sync(a: MapDocument, b: MapDocument): void {
  for (const key of ['content', 'annotations'] as const) {
    const fromA = Y.encodeStateAsUpdate(a[key], Y.encodeStateVector(b[key]));
    const fromB = Y.encodeStateAsUpdate(b[key], Y.encodeStateVector(a[key]));
    Y.applyUpdate(b[key], fromA, 'remote');
    Y.applyUpdate(a[key], fromB, 'remote');
  }
}

function edit(doc: MapDocument, change: (map: JourneyMap) => JourneyMap): void {
  doc.commit(MapDocument.project(change(doc.map)));
}

const withoutTime = (map: JourneyMap) => ({ ...map, updatedAt: '' });

describe('MapDocument', () => {
  it('holds the sample map whole: a peer reads back exactly the same map', () => {
    const sample = sampleMap(NOW);
    const a = MapDocument.fromMap(sample);
    const b = peerOf(a);
    expect(withoutTime(b.map)).toEqual(withoutTime(sample));
  });

  it("sends a client's edits to its peer, which ends with the same map", () => {
    const a = MapDocument.fromMap(sampleMap(NOW));
    const b = peerOf(a);
    const [first, second, third] = a.map.cards;
    const lane = a.map.lanes[1];
    const step = a.map.phases[2]?.steps[0];
    if (!first || !second || !third || !lane || !step) throw new Error('sample changed');
    edit(a, (m) => updateCard(m, first.id, { title: 'Renamed card' }));
    edit(a, (m) => moveCards(m, [second.id], { laneId: lane.id, stepId: step.id, index: 0 }));
    edit(a, (m) => addPhase(m, { name: 'Aftercare', index: 1 }));
    edit(a, (m) => movePhase(m, m.phases[3]?.id ?? '', 0));
    edit(a, (m) => deleteCards(m, [third.id]));
    edit(a, (m) =>
      addComment(m, {
        target: { kind: 'card', id: first.id },
        author: 'Ann',
        text: 'Why?',
        now: NOW,
      }),
    );
    sync(a, b);
    expect(withoutTime(b.map)).toEqual(withoutTime(a.map));
    expect(journeyMapSchema.safeParse(b.map).success).toBe(true);
  });

  it('keeps both changes when two people edit different fields of one card', () => {
    const a = MapDocument.fromMap(sampleMap(NOW));
    const b = peerOf(a);
    const card = a.map.cards.find((c) => c.kind === 'pain-point');
    if (!card) throw new Error('sample has no pain point');
    edit(a, (m) => updateCard(m, card.id, { description: 'Long wait on the phone' }));
    edit(b, (m) => setSeverity(m, card.id, 'high'));
    edit(b, (m) => updateCard(m, card.id, { tags: ['phone'] }));
    sync(a, b);
    for (const doc of [a, b]) {
      const merged = doc.map.cards.find((c) => c.id === card.id);
      expect(merged).toMatchObject({
        description: 'Long wait on the phone',
        tags: ['phone'],
        severity: 'high',
      });
    }
  });

  it('merges two people typing in the same card title', () => {
    const a = MapDocument.fromMap(sampleMap(NOW));
    const b = peerOf(a);
    const card = a.map.cards[0];
    if (!card) throw new Error('sample changed');
    edit(a, (m) => updateCard(m, card.id, { title: `${card.title} (phone)` }));
    edit(b, (m) => updateCard(m, card.id, { title: `New: ${card.title}` }));
    sync(a, b);
    const title = (doc: MapDocument) => doc.map.cards.find((c) => c.id === card.id)?.title;
    expect(title(a)).toBe(`New: ${card.title} (phone)`);
    expect(title(b)).toBe(title(a));
  });

  it('repairs a card added to a lane someone else deleted, the same way on both sides', () => {
    const a = MapDocument.fromMap(sampleMap(NOW));
    edit(a, (m) => addLane(m, { kind: 'custom', name: 'Scratch', id: 'lane-scratch' }));
    const b = peerOf(a);
    const stepId = a.map.phases[0]?.steps[0]?.id ?? '';
    edit(a, (m) => deleteLane(m, 'lane-scratch'));
    edit(b, (m) => ({
      ...m,
      cards: [
        ...m.cards,
        createCard(
          'note',
          { laneId: 'lane-scratch', stepId },
          { id: 'card-late', title: 'Added late' },
        ),
      ],
    }));
    sync(a, b);
    expect(withoutTime(a.map)).toEqual(withoutTime(b.map));
    const late = a.map.cards.find((c) => c.id === 'card-late');
    expect(late?.laneId).toBe(a.map.lanes[0]?.id);
    expect(journeyMapSchema.safeParse(a.map).success).toBe(true);
  });

  it('keeps every untouched card the same object after a remote change', () => {
    const a = MapDocument.fromMap(sampleMap(NOW));
    const b = peerOf(a);
    const before = b.map.cards;
    const card = a.map.cards[5];
    if (!card) throw new Error('sample changed');
    edit(a, (m) => updateCard(m, card.id, { title: 'Changed' }));
    sync(a, b);
    const changed = b.map.cards.filter((c, i) => c !== before[i]);
    expect(changed.map((c) => c.id)).toEqual([card.id]);
  });

  it('counts votes cast on two devices at once against the participant limit', () => {
    const a = MapDocument.fromMap(sampleMap(NOW));
    edit(a, (m) =>
      startVoteRound(m, {
        id: 'round-1',
        question: 'Worst?',
        votesPerParticipant: 1,
        cardKinds: ['pain-point'],
        anonymous: false,
        now: NOW,
      }),
    );
    const b = peerOf(a);
    const pains = a.map.cards.filter((c) => c.kind === 'pain-point');
    edit(a, (m) => castVote(m, 'round-1', 'Sam', pains[0]?.id ?? ''));
    edit(b, (m) => castVote(m, 'round-1', 'Sam', pains[1]?.id ?? ''));
    sync(a, b);
    expect(a.map.voteRounds[0]?.votes).toHaveLength(1);
    expect(b.map.voteRounds[0]?.votes).toEqual(a.map.voteRounds[0]?.votes);
  });
});
