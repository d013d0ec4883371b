/**
 * The write made as a page closes (saveOnExit) cannot read the stored map first: it keeps to
 * what the other tabs said of the map's trash state (persistence/trashNews.ts).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { updateCard } from '../../src/domain/edits';
import { WaymarkDatabase } from '../../src/persistence/db';
import { DexieMapRepository } from '../../src/persistence/dexieRepository';
import { diffMaps } from '../../src/persistence/mapChange';
import { measureMap } from '../../src/persistence/repository';
import { blankMap } from '../builders';

const map = blankMap({
  id: 'map-1',
  title: 'Repairs',
  now: new Date('2026-01-01T09:00:00.000Z'),
  cards: [{ kind: 'touchpoint', title: 'Report a repair', id: 'card-1' }],
});
const typed = updateCard(map, 'card-1', { title: 'Report a repair online' });

/** Resolves once the other tab's news has reached every repository of the database. */
function newsHeard(name: string): Promise<void> {
  return new Promise((resolve) => {
    const channel = new BroadcastChannel(`waymark-trash-${name}`);
    channel.onmessage = () => {
      channel.close();
      // The repositories' own channels are answered in the tasks that follow.
      setTimeout(resolve, 20);
    };
  });
}

describe('saveOnExit and the other tabs’ trash', () => {
  let db: WaymarkDatabase;
  let otherDb: WaymarkDatabase;
  /** The tab with the map open in the editor. */
  let editing: DexieMapRepository;
  /** The library in another tab. */
  let library: DexieMapRepository;

  beforeEach(async () => {
    const name = `test-${crypto.randomUUID()}`;
    db = new WaymarkDatabase(name);
    otherDb = new WaymarkDatabase(name);
    await db.open();
    await otherDb.open();
    editing = new DexieMapRepository(db);
    library = new DexieMapRepository(otherDb);
    await editing.create(map);
    expect((await editing.load('map-1')).ok).toBe(true); // open: its rows are known
  });

  afterEach(async () => {
    db.close();
    otherDb.close();
    await db.delete({ disableAutoOpen: true }).catch(() => undefined);
  });

  it('keeps in the trash a map another tab put there while it was open', async () => {
    const heard = newsHeard(db.name);
    await library.trash('map-1');
    await heard;
    expect(editing.saveOnExit(typed, diffMaps(map, typed), 2, measureMap(typed))).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 20)); // the write commits
    const [summary] = await library.list();
    expect(summary?.deletedAt).not.toBeNull();
    const stored = await library.load('map-1');
    expect(stored.ok && stored.map.cards[0]?.title).toBe('Report a repair online');
  });

  it('takes a map out of the trash again when another tab restored it', async () => {
    await library.trash('map-1');
    const heard = newsHeard(db.name);
    await library.restore('map-1');
    await heard;
    editing.saveOnExit(typed, diffMaps(map, typed), 2, measureMap(typed));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect((await library.list())[0]?.deletedAt).toBeNull();
  });

  it('writes nothing of a map another tab deleted for good', async () => {
    const heard = newsHeard(db.name);
    await library.purge('map-1');
    await heard;
    expect(editing.saveOnExit(typed, diffMaps(map, typed), 2, measureMap(typed))).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await library.list()).toEqual([]);
    expect(await otherDb.cards.count()).toBe(0);
    expect(await otherDb.maps.count()).toBe(0);
  });

  it('pays no heed to messages that are not news of the trash', async () => {
    const stranger = new BroadcastChannel(`waymark-trash-${db.name}`);
    const heard = newsHeard(db.name);
    stranger.postMessage({ mapId: 'map-1', purged: 'yes' });
    stranger.postMessage({ mapId: 42, deletedAt: null });
    stranger.postMessage('map-1');
    await heard;
    stranger.close();
    expect(editing.saveOnExit(typed, diffMaps(map, typed), 2, measureMap(typed))).toBe(true);
  });
});
