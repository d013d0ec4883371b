/**
 * A broken or hostile client in a live workshop writes straight into its shared documents,
 * past every check of the editor. Every other client must keep a map that passes the schema,
 * the same on all of them (also on one that joins later), with the other records untouched,
 * and keep working.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createSampleMap } from '../../domain/sampleMap';
import { COLLECTION_LIMITS, journeyMapSchema, type JourneyMap } from '../../domain/schema';
import { cards } from '../operations';
import { ANNOTATIONS_ROOT, CONTENT_ROOT, POSITION_FIELD } from './layout';
import { MapDocument } from './mapDocument';
import { NETWORK_ORIGIN, Network } from './testing/network';

const withoutTime = (map: JourneyMap) => ({ ...map, updatedAt: '' });
const sample = () => createSampleMap(new Date('2026-03-01T08:00:00.000Z'));

/**
 * A client with a copy of client 0's documents that changes them with Yjs itself; its update
 * reaches every client of the network.
 */
function hostile(
  network: Network,
  change: (content: Y.Map<unknown>, annotations: Y.Map<unknown>) => void,
): void {
  const source = network.peers[0]!.editor.mapDocument;
  const content = new Y.Doc();
  const annotations = new Y.Doc();
  Y.applyUpdate(content, Y.encodeStateAsUpdate(source.content));
  Y.applyUpdate(annotations, Y.encodeStateAsUpdate(source.annotations));
  const before = [Y.encodeStateVector(content), Y.encodeStateVector(annotations)] as const;
  content.transact(() => {
    annotations.transact(() =>
      change(content.getMap(CONTENT_ROOT), annotations.getMap(ANNOTATIONS_ROOT)),
    );
  });
  const updates = [
    Y.encodeStateAsUpdate(content, before[0]),
    Y.encodeStateAsUpdate(annotations, before[1]),
  ] as const;
  for (const peer of network.peers) {
    Y.applyUpdate(peer.editor.mapDocument.content, updates[0], NETWORK_ORIGIN);
    Y.applyUpdate(peer.editor.mapDocument.annotations, updates[1], NETWORK_ORIGIN);
  }
}

/** Every client, and one that joins now, shows the same map, which passes the schema. */
function everyoneSees(network: Network): JourneyMap {
  network.settle();
  const { content, annotations } = network.peers[0]!.editor.mapDocument;
  const joiner = MapDocument.read(content, annotations, '2026-03-01T08:00:00.000Z');
  expect(joiner).not.toBeNull();
  for (const peer of network.peers) {
    expect(withoutTime(peer.editor.map)).toEqual(withoutTime(joiner!));
  }
  const parsed = journeyMapSchema.safeParse(joiner);
  expect(parsed.success, parsed.error?.message).toBe(true);
  return joiner!;
}

const record = (fields: Record<string, unknown>, position = 'a0V'): Y.Map<unknown> => {
  const map = new Y.Map<unknown>();
  for (const [key, value] of Object.entries({ ...fields, [POSITION_FIELD]: position })) {
    map.set(key, value);
  }
  return map;
};
const collection = (root: Y.Map<unknown>, key: string) => root.get(key) as Y.Map<Y.Map<unknown>>;

describe('a record that fails its schema', () => {
  it('is left out; the other cards are the same objects, and the clients keep editing', () => {
    const network = new Network(sample());
    const before = network.peers[1]!.editor.map.cards;
    const step = before[0]!.stepId;
    const lane = before[0]!.laneId;
    hostile(network, (content) => {
      const all = collection(content, 'cards');
      all.set('bad-kind', record({ id: 'bad-kind', kind: 'bogus', laneId: lane, stepId: step }));
      all.set('bad-id', record({ ...before[1], id: 'not-its-key', title: 'Spoof' }));
      const card = record({ ...before[2], id: 'bad-title', title: 42 });
      all.set('bad-title', card);
    });
    const map = everyoneSees(network);
    expect(map.cards.map((card) => card.id)).toEqual(before.map((card) => card.id));
    network.peers[1]!.editor.map.cards.forEach((card, i) => expect(card).toBe(before[i]));
    network.peers[2]!.editor.run(cards.updateCard, {
      id: before[0]!.id,
      patch: { title: 'Still editing' },
    });
    expect(everyoneSees(network).cards[0]!.title).toBe('Still editing');
  });

  it('inside a phase leaves out that step only', () => {
    const network = new Network(sample());
    const phase = network.peers[0]!.editor.map.phases[1]!;
    hostile(network, (content) => {
      const steps = collection(content, 'phases').get(phase.id)!.get('steps') as Y.Map<
        Y.Map<unknown>
      >;
      steps.set('bad-step', record({ id: 'bad-step', title: 'Spoof', emotionScore: 99 }));
    });
    const map = everyoneSees(network);
    expect(map.phases[1]!.steps.map((step) => step.id)).toEqual(phase.steps.map((s) => s.id));
  });

  it('pointing at what is not on the map, or taking a used id, is not shown', () => {
    const network = new Network(sample());
    const start = network.peers[0]!.editor.map;
    const evidence = start.cards.filter((card) => card.kind === 'evidence');
    const usedQuote = evidence[0]!.kind === 'evidence' ? evidence[0]!.quotes[0]! : null;
    hostile(network, (content, annotations) => {
      collection(annotations, 'comments').set(
        'ghost-comment',
        record({
          id: 'ghost-comment',
          target: { kind: 'card', id: 'no-such-card' },
          author: 'Mallory',
          text: 'Boo',
          createdAt: '2026-03-01T08:00:00.000Z',
        }),
      );
      const quotes = collection(content, 'cards').get(evidence[1]!.id)!.get('quotes') as Y.Map<
        Y.Map<unknown>
      >;
      quotes.set(usedQuote!.id, record({ ...usedQuote }, 'zz'));
    });
    const map = everyoneSees(network);
    expect(map.comments).toEqual(start.comments);
    expect(map.cards).toEqual(start.cards);
  });

  it('more lanes than the schema allows: the first ones are shown', () => {
    const network = new Network(sample());
    const start = network.peers[0]!.editor.map;
    hostile(network, (content) => {
      const lanes = collection(content, 'lanes');
      for (let i = 0; i < COLLECTION_LIMITS.lanes; i++) {
        const id = `extra-${String(i).padStart(3, '0')}`;
        lanes.set(
          id,
          record({ id, name: 'Extra', kind: 'custom' }, `b${String(i).padStart(3, '0')}`),
        );
      }
    });
    const map = everyoneSees(network);
    expect(map.lanes).toHaveLength(COLLECTION_LIMITS.lanes);
    expect(map.lanes.slice(0, start.lanes.length)).toEqual(start.lanes);
  });
});
