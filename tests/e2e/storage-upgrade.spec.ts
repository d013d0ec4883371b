/**
 * The IndexedDB layout across versions of Waymark, in Chromium's own IndexedDB
 * (src/persistence/db.ts): a library saved by the first layout opens after an update, and a tab
 * left open on an older Waymark stops saving when a newer one upgrades the database.
 */
import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { LibraryPage } from './support/library';

const SAMPLE = JSON.parse(readFileSync('tests/fixtures/formats/v2-sample.json', 'utf8')) as {
  map: { id: string; title: string; cards: { id: string }[] };
};
const OLD = JSON.parse(readFileSync('tests/fixtures/formats/v1-minimal.json', 'utf8')) as {
  map: { id: string; title: string; cards: { id: string }[] };
};

/** A page of the app's origin that does not start the app (so nothing opens the database). */
async function blankPageOfTheOrigin(page: Page) {
  await page.route('**/blank-page', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>blank</title>' }),
  );
  await page.goto('/blank-page');
}

test('a library saved by the first storage layout opens after an update, every map there', async ({
  page,
}) => {
  await blankPageOfTheOrigin(page);
  // Layout version 1 as Dexie created it (IndexedDB version 10): one shell row per map.
  await page.evaluate(
    async ({ maps }) => {
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
      for (const { map, formatVersion } of maps) {
        const { cards, ...shell } = map as { id: string; title: string; cards: { id: string }[] };
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
    {
      maps: [
        { map: SAMPLE.map, formatVersion: 2 },
        { map: OLD.map, formatVersion: 1 },
      ],
    },
  );

  const library = new LibraryPage(page);
  await library.goto();
  await expect(library.row(SAMPLE.map.title)).toContainText(`${SAMPLE.map.cards.length} cards`);
  await expect(library.row(OLD.map.title)).toBeVisible();

  for (const map of [SAMPLE.map, OLD.map]) {
    // Opened twice: the first open checks the map whole and rewrites it, the second trusts it.
    for (let time = 0; time < 2; time++) {
      await library.row(map.title).getByRole('link').click();
      await expect(page.getByRole('textbox', { name: 'Map title' })).toHaveValue(map.title);
      await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
      await page.getByRole('link', { name: '← Library' }).click();
      await expect(library.row(map.title)).toContainText(`${map.cards.length} card`);
    }
  }
});

test('a newer Waymark opening the database in another tab stops this tab saving, and says to reload', async ({
  page,
  context,
}) => {
  const library = new LibraryPage(page);
  await library.goto();
  await library.createMap();
  const title = page.getByRole('textbox', { name: 'Map title' });
  await title.fill('Saved before the update');
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();

  // Another tab runs a later Waymark whose database has one more version.
  const newer = await context.newPage();
  await blankPageOfTheOrigin(newer);
  await newer.evaluate(async () => {
    const open = indexedDB.open('waymark', 1000);
    open.onupgradeneeded = () => open.result.createObjectStore('later', { keyPath: 'id' });
    const db: IDBDatabase = await new Promise((resolve, reject) => {
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
      open.onblocked = () => reject(new Error('blocked by the older tab'));
    });
    db.close();
  });

  // This tab says so at once and stops taking changes it could not save; the work stays.
  await expect(page.getByRole('alert')).toContainText('Reload the page');
  await expect(title).not.toBeEditable();
  await expect(title).toHaveValue('Saved before the update');
  await expect(page.getByRole('button', { name: 'Download a copy (JSON)' })).toBeVisible();
});
