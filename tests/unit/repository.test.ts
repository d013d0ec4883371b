import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { allSteps, updateCard, updateStep } from '../../src/domain/edits';
import type { JourneyMap } from '../../src/domain/schema';
import { WaymarkDatabase } from '../../src/persistence/db';
import { DexieMapRepository } from '../../src/persistence/dexieRepository';
import { CURRENT_FORMAT_VERSION } from '../../src/persistence/format';
import { diffMaps, shellOf } from '../../src/persistence/mapChange';
import { partsOf } from '../../src/persistence/mapParts';
import { MemoryMapRepository } from '../../src/persistence/memoryRepository';
import { measureMap, type MapRepository } from '../../src/persistence/repository';
import { StorageError } from '../../src/persistence/storageError';
import { blankMap } from '../builders';

const NOW = new Date('2026-01-01T09:00:00.000Z');

/** A blank map with cards whose ids are deliberately not in alphabetical order. */
function fixtureMap(id = 'map-1', title = 'Repairs'): JourneyMap {
  return blankMap({
    id,
    title,
    now: NOW,
    cards: [
      { kind: 'touchpoint', title: 'Zed', id: 'z-card' },
      { kind: 'touchpoint', title: 'Em', id: 'm-card' },
      { kind: 'touchpoint', title: 'Ay', id: 'a-card', step: 1 },
    ],
  });
}

const byId = (map: JourneyMap): JourneyMap => ({
  ...map,
  cards: map.cards.slice().sort((a, b) => a.id.localeCompare(b.id)),
});

async function loadOk(repository: MapRepository, id: string) {
  const result = await repository.load(id);
  if (!result.ok) throw new Error(`load failed: ${result.error.message}`);
  return result;
}

describe('DexieMapRepository', () => {
  let db: WaymarkDatabase;
  let repository: DexieMapRepository;

  beforeEach(async () => {
    db = new WaymarkDatabase(`test-${crypto.randomUUID()}`);
    await db.open();
    repository = new DexieMapRepository(db);
  });

  afterEach(async () => {
    db.close();
    await db.delete({ disableAutoOpen: true }).catch(() => undefined);
  });

  it('create → list → load gives back the same map', async () => {
    const map = fixtureMap();
    await repository.create(map);
    expect(await repository.list()).toEqual([
      {
        id: 'map-1',
        title: 'Repairs',
        createdAt: NOW.toISOString(),
        updatedAt: NOW.toISOString(),
        deletedAt: null,
        cardCount: 3,
        sizeBytes: measureMap(map),
        currentStateMapId: null,
      },
    ]);
    const loaded = await loadOk(repository, 'map-1');
    expect(loaded.revision).toBe(1);
    expect(byId(loaded.map)).toEqual(byId(map));
  });

  it('storage gives cards back in id order, not in the order they were saved', async () => {
    const map = fixtureMap();
    await repository.create(map);
    const loaded = await loadOk(repository, 'map-1');
    expect(map.cards.map((c) => c.id)).toEqual(['z-card', 'm-card', 'a-card']);
    expect(loaded.map.cards.map((c) => c.id)).toEqual(['a-card', 'm-card', 'z-card']);
  });

  it('lists maps newest first', async () => {
    await repository.create(fixtureMap('old'));
    await repository.create({ ...fixtureMap('new'), updatedAt: '2026-02-01T00:00:00.000Z' });
    expect((await repository.list()).map((s) => s.id)).toEqual(['new', 'old']);
  });

  it('a missing map loads as not-found', async () => {
    const result = await repository.load('nope');
    expect(result).toMatchObject({ ok: false, error: { kind: 'not-found' } });
  });

  it('save with a diff writes only what changed and bumps the revision', async () => {
    const before = fixtureMap();
    await repository.create(before);
    const edited = updateCard(before, 'm-card', { title: 'Em, edited' });
    const after = { ...edited, cards: edited.cards.filter((c) => c.id !== 'a-card') };
    const change = diffMaps(before, after);
    expect(change.shell).toBeNull();
    expect(change.putParts).toEqual([]);
    expect(change.deletedCardIds).toEqual(['a-card']);
    const bulkDelete = vi.spyOn(db.cards, 'bulkDelete');
    const bulkPut = vi.spyOn(db.cards, 'bulkPut');
    const partsPut = vi.spyOn(db.parts, 'bulkPut');
    const revision = await repository.save(after, change, 1, measureMap(after));
    expect(revision).toBe(2);
    expect(bulkPut).toHaveBeenCalledTimes(1);
    expect(bulkPut.mock.calls[0]?.[0]).toEqual([
      { mapId: 'map-1', id: 'm-card', card: after.cards[1], check: expect.any(Number) },
    ]);
    expect(bulkDelete).toHaveBeenCalledWith([['map-1', 'a-card']]);
    expect(partsPut).not.toHaveBeenCalled();
    const loaded = await loadOk(repository, 'map-1');
    expect(loaded.revision).toBe(2);
    expect(byId(loaded.map)).toEqual(byId(after));
    expect((await repository.list())[0]?.cardCount).toBe(2);
  });

  it('save writes the shell when a non-card field changed', async () => {
    const before = fixtureMap();
    await repository.create(before);
    const step = allSteps(before)[0]!.id;
    const after = {
      ...updateStep(before, step, { title: 'Calls' }),
      updatedAt: '2026-01-02T00:00:00.000Z',
    };
    const change = diffMaps(before, after);
    expect(change.putCards).toEqual([]);
    expect(change.putParts.map((part) => part.key)).toEqual(['grid']);
    await repository.save(after, change, 1, measureMap(after));
    const loaded = await loadOk(repository, 'map-1');
    expect(allSteps(loaded.map)[0]?.title).toBe('Calls');
    expect((await repository.list())[0]?.updatedAt).toBe('2026-01-02T00:00:00.000Z');
  });

  it('save only writes the change it is given (not the whole map)', async () => {
    const before = fixtureMap();
    await repository.create(before);
    const after = updateCard(updateCard(before, 'm-card', { title: 'M2' }), 'z-card', {
      title: 'Z2',
    });
    // A change that names only one of the two edited cards: only that one reaches storage.
    const change = {
      ...diffMaps(after, after),
      putCards: [after.cards[1]!],
      updatedAt: after.updatedAt,
    };
    await repository.save(after, change, 1, measureMap(after));
    const titles = (await loadOk(repository, 'map-1')).map.cards.map((c) => [c.id, c.title]);
    expect(titles).toEqual([
      ['a-card', 'Ay'],
      ['m-card', 'M2'],
      ['z-card', 'Zed'],
    ]);
  });

  it('save with a stale revision fails with a conflict and leaves the stored map alone', async () => {
    const before = fixtureMap();
    await repository.create(before);
    const first = updateCard(before, 'z-card', { title: 'First tab' });
    await repository.save(first, diffMaps(before, first), 1, measureMap(first));
    const second = updateCard(before, 'z-card', { title: 'Second tab' });
    const error = await repository
      .save(second, diffMaps(before, second), 1, measureMap(second))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageError);
    expect(error).toMatchObject({
      kind: 'conflict',
      message: expect.stringMatching(/another tab/),
    });
    const loaded = await loadOk(repository, 'map-1');
    expect(loaded.revision).toBe(2);
    expect(byId(loaded.map)).toEqual(byId(first));
  });

  describe('saveOnExit (the page goes away)', () => {
    it('makes every request before it returns, and the change is stored at the given revision', async () => {
      const before = fixtureMap();
      await repository.create(before);
      await loadOk(repository, 'map-1'); // an open map: its stored rows are known
      const after = { ...updateCard(before, 'z-card', { title: 'Typed as it closed' }) };
      const put = vi.spyOn(IDBObjectStore.prototype, 'put');
      expect(repository.saveOnExit(after, diffMaps(before, after), 2, measureMap(after))).toBe(
        true,
      );
      // Nothing waits for a callback: the card, the meta row and the summary are requested.
      expect(put.mock.calls.map((call) => (call[0] as { id?: string }).id)).toEqual([
        'z-card',
        'map-1',
        'map-1',
      ]);
      put.mockRestore();
      const loaded = await loadOk(repository, 'map-1');
      expect(loaded.revision).toBe(2);
      expect(byId(loaded.map)).toEqual(byId(after));
      expect((await repository.list())[0]?.title).toBe('Repairs');
    });

    it('takes the place of a save under way, which it holds and more', async () => {
      const before = fixtureMap();
      await repository.create(before);
      await loadOk(repository, 'map-1');
      const first = updateCard(before, 'z-card', { title: 'First' });
      const second = updateCard(first, 'm-card', { title: 'Second' });
      // The page goes away while the save of `first` is under way (it has just asked for the
      // stored revision, and makes its writes when that comes).
      const get = db.maps.get.bind(db.maps);
      let exited: boolean | null = null;
      vi.spyOn(db.maps, 'get').mockImplementationOnce((key) => {
        const reading = get(key);
        exited = repository.saveOnExit(second, diffMaps(before, second), 3, measureMap(second));
        return reading;
      });
      const underWay = await repository
        .save(first, diffMaps(before, first), 1, measureMap(first))
        .then(
          () => 'written',
          (error: unknown) => error,
        );
      expect(exited).toBe(true);
      expect(underWay).toBeInstanceOf(StorageError); // given up
      const loaded = await loadOk(repository, 'map-1');
      expect(loaded.revision).toBe(3);
      expect(byId(loaded.map)).toEqual(byId(second));
    });

    it('says it cannot for a map it has not read or written', () => {
      const map = fixtureMap();
      expect(repository.saveOnExit(map, diffMaps(map, map), 2, measureMap(map))).toBe(false);
    });
  });

  it('rename changes the title in the list and the map', async () => {
    await repository.create(fixtureMap());
    await repository.rename('map-1', 'Leaks');
    expect((await repository.list())[0]?.title).toBe('Leaks');
    const loaded = await loadOk(repository, 'map-1');
    expect(loaded.map.title).toBe('Leaks');
    expect(loaded.revision).toBe(2);
  });

  it('duplicate makes a new map with a new id and the same cards', async () => {
    const map = fixtureMap();
    await repository.create(map);
    await repository.duplicate('map-1', { newId: 'map-copy', title: 'Copy of Repairs' });
    const list = await repository.list();
    expect(list.map((s) => s.id).sort()).toEqual(['map-1', 'map-copy']);
    const copy = await loadOk(repository, 'map-copy');
    expect(copy.map).toMatchObject({ id: 'map-copy', title: 'Copy of Repairs' });
    expect(copy.map.cards).toEqual(byId(map).cards);
    expect(copy.map.phases).toEqual(map.phases);
    // The original is untouched.
    expect(byId((await loadOk(repository, 'map-1')).map)).toEqual(byId(map));
  });

  it('trash, restore and purge', async () => {
    await repository.create(fixtureMap());
    await repository.trash('map-1');
    const trashed = (await repository.list())[0];
    expect(trashed?.deletedAt).toEqual(expect.any(String));
    expect(Number.isNaN(Date.parse(trashed?.deletedAt ?? ''))).toBe(false);
    await repository.restore('map-1');
    expect((await repository.list())[0]?.deletedAt).toBeNull();
    await repository.purge('map-1');
    expect(await repository.list()).toEqual([]);
    expect((await repository.load('map-1')).ok).toBe(false);
    expect(await db.cards.count()).toBe(0);
    expect(await db.parts.count()).toBe(0);
    expect(await db.maps.count()).toBe(0);
  });

  it('purge leaves other maps alone', async () => {
    await repository.create(fixtureMap('one'));
    await repository.create(fixtureMap('two'));
    await repository.purge('one');
    expect((await repository.list()).map((s) => s.id)).toEqual(['two']);
    expect((await loadOk(repository, 'two')).map.cards).toHaveLength(3);
  });

  describe('a map stored at format version 1', () => {
    async function storeV1(options: { trashed?: boolean } = {}) {
      const map = fixtureMap('map-old');
      const shell = shellOf(map) as unknown as Record<string, unknown>;
      const words = ['negative', 'neutral', 'positive', 'neutral', 'negative'];
      const v1Shell = {
        ...shell,
        phases: map.phases.map((phase, p) => ({
          ...phase,
          steps: phase.steps.map(({ emotionScore: _s, emotionSource: _e, ...step }) => ({
            ...step,
            emotion: words[p],
          })),
        })),
      };
      await db.maps.put({
        id: 'map-old',
        formatVersion: 1,
        appVersion: '0.0.1',
        checkedBy: null,
        revision: 3,
        updatedAt: map.updatedAt,
      });
      await db.parts.bulkPut(
        partsOf(v1Shell).map((part) => ({ mapId: 'map-old', ...part, check: null })),
      );
      await db.cards.bulkPut(map.cards.map((card) => ({ mapId: 'map-old', id: card.id, card })));
      await db.summaries.put({
        id: 'map-old',
        title: map.title,
        createdAt: map.createdAt,
        updatedAt: map.updatedAt,
        deletedAt: options.trashed ? '2026-01-05T00:00:00.000Z' : null,
        cardCount: map.cards.length,
        sizeBytes: 1234,
      });
      return map;
    }

    it('loads migrated and is rewritten at the current version', async () => {
      const map = await storeV1();
      const loaded = await loadOk(repository, 'map-old');
      expect(allSteps(loaded.map).map((s) => s.emotionScore)).toEqual([-1, 0, 1, 0, -1]);
      expect(byId(loaded.map)).toEqual(
        byId({
          ...map,
          phases: map.phases.map((phase, p) => ({
            ...phase,
            steps: phase.steps.map((s) => ({ ...s, emotionScore: [-1, 0, 1, 0, -1][p]! })),
          })),
        }),
      );
      expect(loaded.revision).toBe(4);
      const meta = await db.maps.get('map-old');
      expect(meta).toMatchObject({ formatVersion: CURRENT_FORMAT_VERSION, revision: 4 });
      const grid = (await db.parts.get(['map-old', 'grid']))?.value as Pick<JourneyMap, 'phases'>;
      expect(grid.phases[0]?.steps[0]).not.toHaveProperty('emotion');
      expect(grid.phases[0]?.steps[0]?.emotionScore).toBe(-1);
      // The next load needs no migration and an editor can save on top of it.
      expect((await loadOk(repository, 'map-old')).revision).toBe(4);
      const edited = updateCard(loaded.map, 'z-card', { title: 'After migration' });
      await expect(
        repository.save(edited, diffMaps(loaded.map, edited), 4, measureMap(edited)),
      ).resolves.toBe(5);
    });

    it('stays in the trash when it is migrated on load', async () => {
      await storeV1({ trashed: true });
      await loadOk(repository, 'map-old');
      expect((await repository.list())[0]?.deletedAt).toBe('2026-01-05T00:00:00.000Z');
    });
  });

  describe('when storage is full', () => {
    const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

    it('a save fails with kind "quota" and the stored map is unchanged', async () => {
      const before = fixtureMap();
      await repository.create(before);
      const after = {
        ...updateCard(before, 'z-card', { title: 'Never saved' }),
        title: 'Never saved either',
      };
      vi.spyOn(db.cards, 'bulkPut').mockRejectedValue(quota());
      const error = await repository
        .save(after, diffMaps(before, after), 1, measureMap(after))
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(StorageError);
      expect(error).toMatchObject({
        kind: 'quota',
        message: expect.stringMatching(/storage .*is full/),
      });
      vi.restoreAllMocks();
      const loaded = await loadOk(repository, 'map-1');
      expect(loaded.revision).toBe(1);
      expect(byId(loaded.map)).toEqual(byId(before));
      expect((await repository.list())[0]?.title).toBe('Repairs');
    });

    it('a create over an existing map fails with kind "quota" and keeps the old one', async () => {
      const before = fixtureMap();
      await repository.create(before);
      vi.spyOn(db.cards, 'bulkPut').mockRejectedValue(quota());
      await expect(repository.create({ ...before, title: 'Replaced' })).rejects.toMatchObject({
        kind: 'quota',
      });
      vi.restoreAllMocks();
      const loaded = await loadOk(repository, 'map-1');
      expect(byId(loaded.map)).toEqual(byId(before));
    });
  });
});

describe('MemoryMapRepository', () => {
  it('is not persistent', () => {
    expect(new MemoryMapRepository().persistent).toBe(false);
  });

  it('create → list → load gives back the same map', async () => {
    const repository = new MemoryMapRepository();
    const map = fixtureMap();
    await repository.create(map);
    expect((await repository.list()).map((s) => [s.id, s.title, s.cardCount, s.deletedAt])).toEqual(
      [['map-1', 'Repairs', 3, null]],
    );
    const loaded = await loadOk(repository, 'map-1');
    expect(loaded.map).toEqual(map);
    expect(loaded.revision).toBe(1);
    expect((await repository.load('nope')).ok).toBe(false);
  });

  it('save bumps the revision and refuses a stale one', async () => {
    const repository = new MemoryMapRepository();
    const before = fixtureMap();
    await repository.create(before);
    const after = updateCard(before, 'z-card', { title: 'Edited' });
    await expect(repository.save(after, diffMaps(before, after), 1, 100)).resolves.toBe(2);
    expect((await loadOk(repository, 'map-1')).map.cards[0]?.title).toBe('Edited');
    await expect(repository.save(before, diffMaps(after, before), 1, 100)).rejects.toMatchObject({
      kind: 'conflict',
    });
    expect((await loadOk(repository, 'map-1')).map.cards[0]?.title).toBe('Edited');
  });

  it('rename, duplicate, trash, restore and purge', async () => {
    const repository = new MemoryMapRepository();
    const map = fixtureMap();
    await repository.create(map);
    await repository.rename('map-1', 'Leaks');
    expect((await loadOk(repository, 'map-1')).map.title).toBe('Leaks');
    await repository.duplicate('map-1', { newId: 'map-2', title: 'Copy of Leaks' });
    const copy = await loadOk(repository, 'map-2');
    expect(copy.map).toMatchObject({ id: 'map-2', title: 'Copy of Leaks' });
    expect(copy.map.cards).toEqual(map.cards);
    await repository.trash('map-1');
    const trashed = (await repository.list()).find((s) => s.id === 'map-1');
    expect(trashed?.deletedAt).toEqual(expect.any(String));
    await repository.restore('map-1');
    expect((await repository.list()).find((s) => s.id === 'map-1')?.deletedAt).toBeNull();
    await repository.purge('map-1');
    expect((await repository.list()).map((s) => s.id)).toEqual(['map-2']);
    expect((await repository.load('map-1')).ok).toBe(false);
  });
});
