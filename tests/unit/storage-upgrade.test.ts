/**
 * The database's own versions (db.ts): a library written by the first layout (version 1: one
 * shell row per map) opens with today's code, every map identical; and a tab whose database is
 * upgraded by a newer Waymark in another tab stops writing and says so.
 */
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { allSteps } from '../../src/domain/edits';
import { createSampleMap } from '../../src/domain/sampleMap';
import type { JourneyMap } from '../../src/domain/schema';
import { WaymarkDatabase, type MapSummary } from '../../src/persistence/db';
import { DexieMapRepository } from '../../src/persistence/dexieRepository';
import { APP_VERSION, CURRENT_FORMAT_VERSION } from '../../src/persistence/format';
import { diffMaps, shellOf } from '../../src/persistence/mapChange';
import { measureMap } from '../../src/persistence/repository';
import { storedRowsOf } from '../../src/persistence/storedRows';
import type { StorageError } from '../../src/persistence/storageError';

/** The database exactly as version 1 of the layout declared it (never change this class). */
class LayoutV1Database extends Dexie {
  constructor(name: string) {
    super(name);
    this.version(1).stores({
      summaries: 'id, updatedAt, title, deletedAt',
      shells: 'id',
      cards: '[mapId+id], mapId',
    });
  }
}

/** The database exactly as version 2 of the layout declared it (never change this class). */
class LayoutV2Database extends Dexie {
  constructor(name: string) {
    super(name);
    this.version(2).stores({
      summaries: 'id, updatedAt, title, deletedAt',
      maps: 'id',
      parts: '[mapId+key], mapId',
      cards: '[mapId+id], mapId',
    });
  }
}

/** A later Waymark that adds a table: opening it must not be blocked by an older tab. */
class NewerDatabase extends Dexie {
  constructor(name: string) {
    super(name);
    this.version(4).stores({
      summaries: 'id, updatedAt, title, deletedAt',
      maps: 'id',
      parts: '[mapId+key], mapId',
      cards: '[mapId+id], mapId',
      versions: 'id, mapId',
      versionData: 'id',
      templates: 'id',
      tags: 'id',
    });
  }
}

const NOW = new Date('2026-01-01T09:00:00.000Z');
const byId = (map: JourneyMap): JourneyMap => ({
  ...map,
  cards: map.cards.slice().sort((a, b) => a.id.localeCompare(b.id)),
});

let name: string;
const opened: { close: () => void }[] = [];

beforeEach(() => {
  name = `test-${crypto.randomUUID()}`;
});

afterEach(async () => {
  for (const db of opened.splice(0)) db.close();
  await Dexie.delete(name);
});

/** Writes maps the way the version-1 repository did: shell row, card rows, summary. */
async function writeV1(
  maps: { map: JourneyMap; revision: number; deletedAt: string | null; formatVersion?: number }[],
) {
  const db = new LayoutV1Database(name);
  for (const { map, revision, deletedAt, formatVersion } of maps) {
    await db.table('shells').put({
      id: map.id,
      formatVersion: formatVersion ?? CURRENT_FORMAT_VERSION,
      appVersion: '0.1.0',
      revision,
      map: shellOf(map),
    });
    await db
      .table('cards')
      .bulkPut(map.cards.map((card) => ({ mapId: map.id, id: card.id, card })));
    const summary: MapSummary = {
      id: map.id,
      title: map.title,
      createdAt: map.createdAt,
      updatedAt: map.updatedAt,
      deletedAt,
      cardCount: map.cards.length,
      sizeBytes: 4321,
    };
    await db.table('summaries').put(summary);
  }
  const summaries = (await db.table('summaries').toArray()) as MapSummary[];
  db.close();
  return summaries;
}

function openV2() {
  const db = new WaymarkDatabase(name);
  opened.push(db);
  return { db, repository: new DexieMapRepository(db) };
}

describe('a library stored by database version 1', () => {
  it('opens with today’s version: every map loads identical, summaries and trash kept', async () => {
    const sample = createSampleMap(NOW);
    const trashed = { ...createSampleMap(NOW), id: 'sample-copy', title: 'Copy of the sample' };
    const before = await writeV1([
      { map: sample, revision: 5, deletedAt: null },
      { map: trashed, revision: 2, deletedAt: '2026-01-03T10:00:00.000Z' },
    ]);
    const { db, repository } = openV2();

    expect(await repository.list()).toEqual(
      before
        .slice()
        .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
        .map((summary) => ({ ...summary, currentStateMapId: null })),
    );
    for (const [map, revision] of [
      [sample, 5],
      [trashed, 2],
    ] as const) {
      const loaded = await repository.load(map.id);
      if (!loaded.ok) throw new Error(loaded.error.message);
      expect(byId(loaded.map)).toEqual(byId(map));
      // Checked whole on this first open and written back checked, at the same revision.
      expect(loaded.revision).toBe(revision);
      expect(await db.maps.get(map.id)).toMatchObject({
        formatVersion: CURRENT_FORMAT_VERSION,
        checkedBy: APP_VERSION,
      });
      const again = await repository.load(map.id);
      expect(again.ok && byId(again.map)).toEqual(byId(map));
    }
    expect((await repository.list()).find((s) => s.id === 'sample-copy')?.deletedAt).toBe(
      '2026-01-03T10:00:00.000Z',
    );
    expect([...db.backendDB().objectStoreNames].sort()).toEqual([
      'cards',
      'maps',
      'parts',
      'summaries',
      'templates',
      'versionData',
      'versions',
    ]);
  });

  it('a map still at format 1 is split, then migrated on open', async () => {
    const sample = createSampleMap(NOW);
    const v1Map = {
      ...sample,
      phases: sample.phases.map((phase) => ({
        ...phase,
        steps: phase.steps.map(({ emotionScore: _s, emotionSource: _e, ...step }) => ({
          ...step,
          emotion: 'negative',
        })),
      })),
    } as unknown as JourneyMap;
    await writeV1([{ map: v1Map, revision: 1, deletedAt: null, formatVersion: 1 }]);
    const { repository } = openV2();
    const loaded = await repository.load(sample.id);
    if (!loaded.ok) throw new Error(loaded.error.message);
    expect(allSteps(loaded.map).every((step) => step.emotionScore === -1)).toBe(true);
    expect(byId(loaded.map).cards).toEqual(byId(sample).cards);
    expect(loaded.map.personas).toEqual(sample.personas);
  });
});

describe('a library stored by database version 2', () => {
  it('opens with version 3: maps identical, no map a future state, versions ready', async () => {
    const sample = createSampleMap(NOW);
    const trashed = { ...createSampleMap(NOW), id: 'sample-copy', title: 'Copy of the sample' };
    const v2 = new LayoutV2Database(name);
    for (const [map, deletedAt] of [
      [sample, null],
      [trashed, '2026-01-03T10:00:00.000Z'],
    ] as const) {
      // As the version-2 repository wrote a map: summaries had no currentStateMapId.
      const rows = storedRowsOf(map, { revision: 4, deletedAt });
      const { currentStateMapId: _none, ...summary } = rows.summary;
      await v2.table('summaries').put(summary);
      await v2.table('maps').put(rows.meta);
      await v2.table('parts').bulkPut(rows.parts);
      await v2.table('cards').bulkPut(rows.cards);
    }
    const before = (await v2.table('summaries').toArray()) as MapSummary[];
    expect(before.every((summary) => !('currentStateMapId' in summary))).toBe(true);
    v2.close();

    const { db, repository } = openV2();
    const byIdOrder = (a: MapSummary, b: MapSummary) => a.id.localeCompare(b.id);
    expect((await repository.list()).sort(byIdOrder)).toEqual(
      before.sort(byIdOrder).map((summary) => ({ ...summary, currentStateMapId: null })),
    );
    expect(db.verno).toBe(3);
    for (const map of [sample, trashed]) {
      const loaded = await repository.load(map.id);
      if (!loaded.ok) throw new Error(loaded.error.message);
      expect(byId(loaded.map)).toEqual(byId(map));
      expect(loaded.revision).toBe(4);
    }
    // The new tables work on the upgraded database.
    expect(await repository.versions.list(sample.id)).toEqual([]);
    const version = await repository.versions.save(sample, { name: 'Before', kind: 'manual' });
    expect(await repository.versions.list(sample.id)).toEqual([version]);
    const read = await repository.versions.load(version.id);
    expect(read.ok && byId(read.map)).toEqual(byId(sample));
    expect(await repository.templates.list()).toEqual([]);
  });
});

describe('another tab opens a newer version of the database', () => {
  it('this tab closes, stops writing and tells the session to ask for a reload', async () => {
    const { db, repository } = openV2();
    const map = createSampleMap(NOW);
    await repository.create(map);
    const told: StorageError[] = [];
    repository.onOutdated((error) => told.push(error));

    const newer = new NewerDatabase(name);
    opened.push(newer);
    await newer.open(); // not blocked: the old tab let go
    expect(told).toHaveLength(1);
    expect(told[0]).toMatchObject({ kind: 'closed', message: expect.stringMatching(/Reload/) });
    expect(db.isOpen()).toBe(false);

    const edited = { ...map, title: 'Written after the upgrade' };
    await expect(
      repository.save(edited, diffMaps(map, edited), 1, measureMap(edited)),
    ).rejects.toMatchObject({ kind: 'closed' });
    // Nothing was written by the old tab, and a late listener hears it at once.
    expect((await newer.table('summaries').get(map.id))?.title).toBe(map.title);
    const late: StorageError[] = [];
    repository.onOutdated((error) => late.push(error));
    expect(late).toHaveLength(1);
  });
});

describe('a page of an older Waymark on a database a newer one upgraded', () => {
  it('writes nothing and asks for a reload', async () => {
    const newer = new NewerDatabase(name);
    await newer.open();
    newer.close();
    const { repository } = openV2();
    const told: StorageError[] = [];
    repository.onOutdated((error) => told.push(error));
    await expect(repository.list()).rejects.toMatchObject({ kind: 'closed' });
    await expect(repository.create(createSampleMap(NOW))).rejects.toMatchObject({ kind: 'closed' });
    expect(told).toHaveLength(1);
    const check = new NewerDatabase(name);
    opened.push(check);
    expect(await check.table('maps').count()).toBe(0);
  });
});
