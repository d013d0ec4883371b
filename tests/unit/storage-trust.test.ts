/**
 * Opening a stored map: rows that this version of Waymark validated as it wrote them are
 * trusted (no second full validation); anything else, or a row changed since, takes the road of
 * a file (migrate → validate), and a bad row is named and left as it is.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { updateCard } from '../../src/domain/edits';
import { createSampleMap } from '../../src/domain/sampleMap';
import { journeyMapSchema, type JourneyMap } from '../../src/domain/schema';
import { checksumOf } from '../../src/persistence/checksum';
import { checkReferences } from '../../src/persistence/storedMap';
import { WaymarkDatabase } from '../../src/persistence/db';
import { DexieMapRepository } from '../../src/persistence/dexieRepository';
import { APP_VERSION } from '../../src/persistence/format';
import { diffMaps } from '../../src/persistence/mapChange';
import { measureMap } from '../../src/persistence/repository';

const NOW = new Date('2026-01-01T09:00:00.000Z');
const byId = (map: JourneyMap): JourneyMap => ({
  ...map,
  cards: map.cards.slice().sort((a, b) => a.id.localeCompare(b.id)),
});

let db: WaymarkDatabase;
let repository: DexieMapRepository;
let map: JourneyMap;

beforeEach(async () => {
  db = new WaymarkDatabase(`test-${crypto.randomUUID()}`);
  repository = new DexieMapRepository(db);
  map = createSampleMap(NOW);
  await repository.create(map);
});

afterEach(async () => {
  vi.restoreAllMocks();
  db.close();
  await db.delete({ disableAutoOpen: true }).catch(() => undefined);
});

/** Loads the map, telling whether the whole-map validation ran. */
async function open() {
  const validate = vi.spyOn(journeyMapSchema, 'safeParse');
  const result = await repository.load(map.id);
  const validated = validate.mock.calls.length > 0;
  validate.mockRestore();
  return { result, validated };
}

/** Every row of the map, to show that a failed open wrote nothing. */
async function snapshot() {
  return {
    meta: await db.maps.get(map.id),
    parts: await db.parts.where('mapId').equals(map.id).toArray(),
    cards: await db.cards.where('mapId').equals(map.id).toArray(),
    summary: await db.summaries.get(map.id),
  };
}

/** Replaces one card row's card, keeping the checksum it had unless `restamp`. */
async function tamper(cardId: string, change: Record<string, unknown>, restamp = false) {
  const row = (await db.cards.get([map.id, cardId]))!;
  const card = { ...row.card, ...change } as typeof row.card;
  await db.cards.put({ ...row, card, check: restamp ? checksumOf(card) : row.check });
}

describe('opening a map this version wrote', () => {
  it('skips the whole-map validation and gives the same map back', async () => {
    const { result, validated } = await open();
    expect(validated).toBe(false);
    expect(result.ok && byId(result.map)).toEqual(byId(map));
  });

  it('stays trusted after saves', async () => {
    const edited = {
      ...updateCard(map, map.cards[0]!.id, { title: 'Renamed' }),
      updatedAt: '2026-01-02T00:00:00.000Z',
    };
    await repository.save(edited, diffMaps(map, edited), 1, measureMap(edited));
    await repository.rename(map.id, 'Renamed map');
    const { result, validated } = await open();
    expect(validated).toBe(false);
    expect(result.ok && result.map.title).toBe('Renamed map');
    expect(result.ok && result.map.cards.find((c) => c.id === map.cards[0]!.id)?.title).toBe(
      'Renamed',
    );
  });
});

describe('the full road', () => {
  it('a map last checked by another version of Waymark is validated, then trusted', async () => {
    await db.maps.update(map.id, { checkedBy: '0.0.9' });
    const first = await open();
    expect(first.validated).toBe(true);
    expect(first.result.ok && byId(first.result.map)).toEqual(byId(map));
    expect((await db.maps.get(map.id))?.checkedBy).toBe(APP_VERSION);
    expect((await open()).validated).toBe(false);
    // Checking it again changed nothing a tab editing it could conflict with.
    const edited = updateCard(map, map.cards[0]!.id, { title: 'Saved by the other tab' });
    await expect(repository.save(edited, diffMaps(map, edited), 1, 100)).resolves.toBe(2);
  });

  it('a row changed since it was written (still valid) is caught by its checksum', async () => {
    const card = map.cards[0]!;
    await tamper(card.id, { title: 'Changed behind our back' });
    const { result, validated } = await open();
    expect(validated).toBe(true);
    expect(result.ok && result.map.cards.find((c) => c.id === card.id)?.title).toBe(
      'Changed behind our back',
    );
    expect((await open()).validated).toBe(false);
  });

  it('a changed row that is not valid is named, and nothing is written', async () => {
    const card = map.cards[3]!;
    await tamper(card.id, { title: 42 });
    const before = await snapshot();
    const { result } = await open();
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.kind).toBe('invalid');
    expect(result.error.message).toMatch(
      new RegExp(`title \\(card "${card.id}"\\): expected text`),
    );
    expect(await snapshot()).toEqual(before);
  });

  it('a broken reference passes no checksum test yet is caught by the cheap checks', async () => {
    const card = map.cards[5]!;
    await tamper(card.id, { laneId: 'no-such-lane' }, true);
    const before = await snapshot();
    const { result } = await open();
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.message).toContain(`(card "${card.id}")`);
    expect(result.error.message).toContain('no lane has the id "no-such-lane"');
    expect(await snapshot()).toEqual(before);
  });

  it('a missing part is named', async () => {
    await db.parts.delete([map.id, 'grid']);
    const { result } = await open();
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.message).toMatch(/phases/);
  });

  it('a card that fails its check on write is kept, unchecked, and named on the next open', async () => {
    const card = map.cards[0]!;
    const edited = updateCard(map, card.id, { title: 'x'.repeat(501) });
    await repository.save(edited, diffMaps(map, edited), 1, measureMap(edited));
    expect((await db.maps.get(map.id))?.checkedBy).toBeNull();
    expect((await db.cards.get([map.id, card.id]))?.card.title).toHaveLength(501);
    const { result } = await open();
    expect(!result.ok && result.error.message).toContain(`(card "${card.id}")`);
  });
});

describe('the cheap checks of the trusted road', () => {
  /** The sample with comments, a reply and a vote round, so every reference has an example. */
  function richSample(): JourneyMap {
    const sample = createSampleMap(NOW);
    const [first, second] = sample.cards;
    const at = NOW.toISOString();
    return {
      ...sample,
      comments: [
        {
          id: 'c-1',
          target: { kind: 'card', id: first!.id },
          parentId: null,
          author: 'Ann',
          text: 'Why?',
          createdAt: at,
          resolved: false,
        },
        {
          id: 'c-2',
          target: { kind: 'card', id: first!.id },
          parentId: 'c-1',
          author: 'Bo',
          text: 'Because',
          createdAt: at,
          resolved: false,
        },
      ],
      voteRounds: [
        {
          id: 'round-1',
          question: 'Which first?',
          votesPerParticipant: 3,
          cardKinds: ['pain-point'],
          anonymous: false,
          status: 'open',
          createdAt: at,
          votes: [{ id: 'v-1', participant: 'Ann', cardId: second!.id }],
        },
      ],
    };
  }
  const recommendation = (map: JourneyMap) =>
    map.cards.findIndex((card) => card.kind === 'recommendation' && card.answers !== null);
  const withCard = (map: JourneyMap, index: number, patch: Record<string, unknown>) => ({
    ...map,
    cards: map.cards.map((card, i) =>
      i === index ? ({ ...card, ...patch } as typeof card) : card,
    ),
  });

  it('a whole valid map passes', () => {
    const map = richSample();
    expect(journeyMapSchema.safeParse(map).success).toBe(true);
    expect(checkReferences(map)).toBeNull();
  });

  it.each([
    ['two cards with one id', (m: JourneyMap) => withCard(m, 1, { id: m.cards[0]!.id })],
    ['a card with a step id', (m: JourneyMap) => withCard(m, 1, { id: m.phases[0]!.steps[0]!.id })],
    ['a card in no lane', (m: JourneyMap) => withCard(m, 2, { laneId: 'nowhere' })],
    ['a card in no step', (m: JourneyMap) => withCard(m, 2, { stepId: 'nowhere' })],
    ['a card of no known kind', (m: JourneyMap) => withCard(m, 2, { kind: 'rumour' })],
    [
      'an answer to nothing',
      (m: JourneyMap) => withCard(m, recommendation(m), { answers: 'gone' }),
    ],
    [
      'a link to nothing',
      (m: JourneyMap) => ({
        ...m,
        links: [{ id: 'l-1', from: m.cards[0]!.id, to: 'gone', kind: 'flow' as const, label: '' }],
      }),
    ],
    [
      'a link to itself',
      (m: JourneyMap) => ({
        ...m,
        links: [
          { id: 'l-1', from: m.cards[0]!.id, to: m.cards[0]!.id, kind: 'flow' as const, label: '' },
        ],
      }),
    ],
    [
      'a comment on nothing',
      (m: JourneyMap) => ({
        ...m,
        comments: [{ ...m.comments[0]!, target: { kind: 'step' as const, id: m.cards[0]!.id } }],
      }),
    ],
    [
      'a reply to nothing',
      (m: JourneyMap) => ({ ...m, comments: [{ ...m.comments[1]!, parentId: 'gone' }] }),
    ],
    [
      'replies in a circle',
      (m: JourneyMap) => ({
        ...m,
        comments: [{ ...m.comments[0]!, parentId: 'c-2' }, m.comments[1]!],
      }),
    ],
    [
      'a vote for nothing',
      (m: JourneyMap) => ({
        ...m,
        voteRounds: [
          { ...m.voteRounds[0]!, votes: [{ id: 'v-1', participant: 'Ann', cardId: 'gone' }] },
        ],
      }),
    ],
    [
      'two personas with one id',
      (m: JourneyMap) => ({ ...m, personas: [m.personas[0]!, m.personas[0]!] }),
    ],
  ])('%s fails them, as it fails the full validation', (_name, spoil) => {
    const map = spoil(richSample()) as JourneyMap;
    expect(journeyMapSchema.safeParse(map).success).toBe(false);
    expect(checkReferences(map)).not.toBeNull();
  });
});
