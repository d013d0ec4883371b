/**
 * A broken or hostile client in a live workshop writes straight into its shared documents,
 * past every check of the editor. Every other client must keep a map that passes the schema,
 * the same on all of them (also on one that joins later), with the other records untouched,
 * and keep working.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { COLLECTION_LIMITS, journeyMapSchema, LIMITS, type JourneyMap } from '../../domain/schema';
import { cards, details, grid } from '../operations';
import { ANNOTATIONS_ROOT, CONTENT_ROOT, POSITION_FIELD, TEXT_LIMITS } from './layout';
import { MapDocument } from './mapDocument';
import { NETWORK_ORIGIN, Network } from './testing/network';
import { sampleMap } from '../../../tests/builders';

const withoutTime = (map: JourneyMap) => ({ ...map, updatedAt: '' });
const sample = () => sampleMap(new Date('2026-03-01T08:00:00.000Z'));

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

  it('a position that is no fractional key does not stop anyone moving or adding lanes', () => {
    const network = new Network(sample());
    const [first, second] = network.peers[0]!.editor.map.lanes;
    hostile(network, (content) => {
      collection(content, 'lanes').get(first!.id)!.set(POSITION_FIELD, '');
      collection(content, 'lanes').get(second!.id)!.set(POSITION_FIELD, 'not a key');
    });
    const editor = network.peers[1]!.editor;
    const lanes = editor.map.lanes.map((lane) => lane.id);
    editor.run(grid.moveLane, { id: lanes[3]!, index: 1 });
    editor.run(grid.addLane, { id: 'lane-new', kind: 'custom', index: 2 });
    const expected = [
      lanes[0],
      lanes[3],
      'lane-new',
      ...lanes.filter((_, i) => i !== 0 && i !== 3),
    ];
    expect(editor.map.lanes.map((lane) => lane.id)).toEqual(expected);
    expect(everyoneSees(network).lanes.map((lane) => lane.id)).toEqual(expected);
  });

  it('a map detail that fails its schema takes its default on every client, whatever each had', () => {
    const network = new Network(sample());
    network.peers[1]!.editor.run(details.updateDetails, { patch: { status: 'in-review' } });
    hostile(network, (content) => {
      content.set('status', 'bogus');
      content.set('tags', 'not a list');
    });
    const map = everyoneSees(network);
    expect(map).toMatchObject({ status: 'draft', tags: [] });
  });
});

describe('a 20,000-character insert into a title', () => {
  const paste = 'x'.repeat(20_000);

  it("is cut to the card title's limit, the same on every client", () => {
    const network = new Network(sample());
    const start = network.peers[0]!.editor.map;
    const card = start.cards[0]!;
    // Client 1 has typed a letter that client 2 has not received when the paste arrives.
    network.disconnect(1);
    network.peers[1]!.editor.run(cards.updateCard, {
      id: card.id,
      patch: { title: `!${card.title}` },
    });
    hostile(network, (content) => {
      const title = collection(content, 'cards').get(card.id)!.get('title') as Y.Text;
      title.insert(3, paste);
    });
    const map = everyoneSees(network);
    const title = map.cards[0]!.title;
    expect(title).toHaveLength(LIMITS.shortText);
    expect(title).toBe(`!${card.title.slice(0, 3)}${paste}`.slice(0, LIMITS.shortText));
    expect(map.cards.slice(1)).toEqual(start.cards.slice(1));
  });

  it("is cut to the map title's limit, and a description to its own", () => {
    const network = new Network(sample());
    const start = network.peers[0]!.editor.map;
    network.disconnect(2);
    network.peers[2]!.editor.run(details.updateDetails, { patch: { title: `${start.title}?` } });
    hostile(network, (content) => {
      const title = content.get('title') as Y.Text;
      const description = content.get('description') as Y.Text;
      title.insert(0, paste);
      description.insert(0, `${paste}${paste}`);
    });
    const map = everyoneSees(network);
    expect(map.title).toBe(paste.slice(0, LIMITS.shortText));
    expect(map.description).toBe(`${paste}${paste}`.slice(0, LIMITS.longText));
  });

  it('never cuts an emoji in half', () => {
    const network = new Network(sample());
    hostile(network, (content) => {
      const title = content.get('title') as Y.Text;
      title.delete(0, title.length);
      title.insert(0, `${'x'.repeat(LIMITS.shortText - 1)}😀`);
    });
    expect(everyoneSees(network).title).toBe('x'.repeat(LIMITS.shortText - 1));
  });
});

describe('the text limits', () => {
  it('are the schema limits of every text field in the sample map', () => {
    const map = sample();
    const records: [string, Record<string, unknown>][] = [
      ['map', map],
      ['phase', map.phases[0]!],
      ['step', map.phases[0]!.steps[0]!],
      ['lane', map.lanes[0]!],
      ['card', map.cards[0]!],
      ['persona', map.personas[0]!],
    ];
    for (const [name, item] of records) {
      for (const [field, limit] of Object.entries(TEXT_LIMITS)) {
        if (!(field in item)) continue;
        const at = (value: string) =>
          journeyMapSchema.safeParse(replaceIn(map, item, { [field]: value })).success;
        expect(at('x'.repeat(limit)), `${name}.${field} at its limit`).toBe(true);
        expect(at('x'.repeat(limit + 1)), `${name}.${field} past its limit`).toBe(false);
      }
    }
  });
});

/** `map` with `patch` applied to `target` (the map itself or one of its records). */
function replaceIn(map: JourneyMap, target: object, patch: object): JourneyMap {
  const swap = (value: unknown): unknown => {
    if (value === target) return { ...(value as object), ...patch };
    if (Array.isArray(value)) return value.map(swap);
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, swap(v)]));
    }
    return value;
  };
  return swap(map) as JourneyMap;
}
