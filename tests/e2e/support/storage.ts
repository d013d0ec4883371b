/**
 * What the app has written to this browser's IndexedDB, read directly (not through the app):
 * to check that what a user sees was really stored, and how.
 */
import type { Page } from '@playwright/test';

/** A stored map, put back together as plain JSON (the shape of a map in a file). */
export type StoredMap = Record<string, unknown> & { cards: unknown[] };

/**
 * The live (not trashed) map titled `title` as the database "waymark" holds it
 * (src/persistence/db.ts: the meta row, the parts of mapParts.ts and the card rows), put back
 * together without the app's code; null when there is no such map.
 */
export async function storedMap(page: Page, title: string): Promise<StoredMap | null> {
  return page.evaluate(async (wanted) => {
    const open = indexedDB.open('waymark');
    const db: IDBDatabase = await new Promise((resolve, reject) => {
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const all = <T>(store: string) =>
      new Promise<T[]>((resolve) => {
        const request = db.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result as T[]);
      });
    const summaries = await all<{ id: string; title: string; deletedAt: string | null }>(
      'summaries',
    );
    const summary = summaries.find((s) => s.title === wanted && s.deletedAt === null);
    const metas = await all<{ id: string; updatedAt: string }>('maps');
    const parts = await all<{ mapId: string; key: string; value: unknown }>('parts');
    const cards = await all<{ mapId: string; id: string; card: unknown }>('cards');
    db.close();
    if (!summary) return null;
    const part = new Map(parts.filter((p) => p.mapId === summary.id).map((p) => [p.key, p.value]));
    const grid = part.get('grid') as { phases: unknown; lanes: unknown };
    const personas = (part.get('personas') as string[]).map((id) => ({
      ...(part.get(`persona:${id}`) as object),
      picture: part.get(`picture:${id}`) ?? null,
    }));
    return {
      id: summary.id,
      ...(part.get('details') as object),
      updatedAt: metas.find((m) => m.id === summary.id)?.updatedAt,
      settings: part.get('settings'),
      personas,
      research: part.get('research'),
      phases: grid.phases,
      lanes: grid.lanes,
      cards: cards.filter((c) => c.mapId === summary.id).map((c) => c.card),
      links: part.get('links'),
      comments: part.get('comments'),
      voteRounds: part.get('voteRounds'),
    };
  }, title);
}

/** A card as stored: its kind, title and the kind's fields. */
export type StoredCard = { id: string; kind: string; title: string } & Record<string, unknown>;

/** The cards of the live map titled `title`, as stored; none when there is no such map. */
export async function storedCards(page: Page, title: string): Promise<StoredCard[]> {
  return ((await storedMap(page, title))?.cards ?? []) as StoredCard[];
}

/**
 * Makes this page's IndexedDB refuse every write the way a full disk does (a
 * QuotaExceededError), until the page is reloaded or `freeTheDisk`. Chromium's quota override
 * does not reach Playwright's contexts, so the refusal is put in place of `put` and `add`.
 */
export async function fillTheDisk(page: Page) {
  await page.evaluate(() => {
    const store = IDBObjectStore.prototype;
    const kept = window as unknown as { writesBeforeFull?: Pick<IDBObjectStore, 'put' | 'add'> };
    kept.writesBeforeFull ??= { put: store.put, add: store.add };
    const full = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    store.put = full;
    store.add = full;
  });
}

/** Undoes `fillTheDisk` in this page: its IndexedDB writes work again (space was freed). */
export async function freeTheDisk(page: Page) {
  await page.evaluate(() => {
    const kept = window as unknown as { writesBeforeFull?: Pick<IDBObjectStore, 'put' | 'add'> };
    if (!kept.writesBeforeFull) return;
    IDBObjectStore.prototype.put = kept.writesBeforeFull.put;
    IDBObjectStore.prototype.add = kept.writesBeforeFull.add;
  });
}

/** Makes the next page load in this tab find no IndexedDB at all (blocked storage). */
export async function blockStorage(page: Page) {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', { get: () => undefined });
  });
}

/** A map as the first storage layout held it, and the file format version it was saved in. */
export interface FirstLayoutMap {
  map: { id: string; title: string; cards: { id: string }[] };
  formatVersion: number;
}

/**
 * Opens a page of the app's origin that does not start the app, so nothing opens the
 * database: for setting the database up as another version of Waymark would leave it.
 */
export async function blankPageOfTheOrigin(page: Page) {
  await page.route('**/blank-page', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>blank</title>' }),
  );
  await page.goto('/blank-page');
}

/**
 * Writes `maps` into a new database "waymark" in storage layout version 1, as Dexie created it
 * (IndexedDB version 10: summaries, one shell row per map, and card rows). Call on a blank
 * page of the origin (see `blankPageOfTheOrigin`).
 */
export async function seedFirstLayout(page: Page, maps: readonly FirstLayoutMap[]) {
  await page.evaluate(
    async ({ maps: all }) => {
      const open = indexedDB.open('waymark', 10);
      open.onupgradeneeded = () => {
        const db = open.result;
        const summaries = db.createObjectStore('summaries', { keyPath: 'id' });
        for (const index of ['updatedAt', 'title', 'deletedAt'])
          summaries.createIndex(index, index);
        db.createObjectStore('shells', { keyPath: 'id' });
        db.createObjectStore('cards', { keyPath: ['mapId', 'id'] }).createIndex('mapId', 'mapId');
      };
      const db: IDBDatabase = await new Promise((resolve, reject) => {
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const tx = db.transaction(['summaries', 'shells', 'cards'], 'readwrite');
      for (const { map, formatVersion } of all) {
        const { cards, ...shell } = map;
        tx.objectStore('shells').put({
          id: map.id,
          formatVersion,
          appVersion: '0.1.0',
          revision: 3,
          map: shell,
        });
        for (const card of cards) tx.objectStore('cards').put({ mapId: map.id, id: card.id, card });
        tx.objectStore('summaries').put({
          id: map.id,
          title: map.title,
          createdAt: '2026-01-01T09:00:00.000Z',
          updatedAt: '2026-01-01T09:00:00.000Z',
          deletedAt: null,
          cardCount: cards.length,
          sizeBytes: 1000,
        });
      }
      await new Promise((resolve, reject) => {
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { maps },
  );
}

/**
 * Does what a later Waymark in another tab does on start: opens the database "waymark" at a
 * higher version (1000) with one more store. Call on a blank page of the origin; rejects when
 * an open tab blocks the upgrade.
 */
export async function upgradeDatabaseAsANewerWaymark(page: Page) {
  await page.evaluate(async () => {
    const open = indexedDB.open('waymark', 1000);
    open.onupgradeneeded = () => open.result.createObjectStore('later', { keyPath: 'id' });
    const db: IDBDatabase = await new Promise((resolve, reject) => {
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
      open.onblocked = () => reject(new Error('blocked by the older tab'));
    });
    db.close();
  });
}
