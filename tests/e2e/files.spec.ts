import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { LibraryPage } from './support/library';

const SAMPLE = 'Independent Living – customer journey';

async function exportFrom(
  page: Page,
  button: 'Export JSON' | 'Export PNG' | 'Export SVG' | 'Export CSV',
) {
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export map' });
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: button }).click();
  const file = await download;
  const path = await file.path();
  await dialog.getByRole('button', { name: 'Close' }).click();
  return { name: file.suggestedFilename(), path };
}

/**
 * The map's full JSON, read through the app's own storage (src/persistence/db.ts: the meta row,
 * the parts of mapParts.ts and the card rows), put back together without the app's code.
 */
async function storedMap(page: Page, title: string) {
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
    } as Record<string, unknown>;
  }, title);
}

test('export JSON, delete the map, import the file: the map is identical', async ({ page }) => {
  const library = new LibraryPage(page);
  await library.goto();
  const before = await storedMap(page, SAMPLE);
  await library.row(SAMPLE).getByRole('link').click();
  const { name, path } = await exportFrom(page, 'Export JSON');
  expect(name).toBe('independent-living-customer-journey.json');

  await page.getByRole('link', { name: '← Library' }).click();
  await library.trash(SAMPLE);
  await page.locator('input[type=file][aria-label="Map file to import"]').setInputFiles(path);
  await expect(page.getByRole('status').filter({ hasText: `Imported “${SAMPLE}”` })).toBeVisible();
  const after = await storedMap(page, SAMPLE);
  expect(after).not.toBeNull();
  // Everything but the id (a new map) and its last-edited time is the same.
  const comparable = (map: Record<string, unknown> | null) => {
    if (!map) return null;
    const {
      id: _id,
      updatedAt: _updated,
      cards,
      ...rest
    } = map as { id: string; updatedAt: string; cards: { id: string }[] };
    return { ...rest, cards: [...cards].sort((a, b) => a.id.localeCompare(b.id)) };
  };
  expect(comparable(after)).toEqual(comparable(before));
});

test('a file dropped on the window is imported as a new map', async ({ page }) => {
  const library = new LibraryPage(page);
  await library.goto();
  const text = readFileSync('tests/fixtures/bad-files/valid-minimal.json', 'utf8');
  const title = (JSON.parse(text) as { map: { title: string } }).map.title;
  const data = await page.evaluateHandle((json) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([json], 'dropped.json', { type: 'application/json' }));
    return transfer;
  }, text);
  await page.dispatchEvent('main', 'dragenter', { dataTransfer: data });
  await expect(page.getByText('Drop a Waymark file to import it')).toBeVisible();
  await page.dispatchEvent('main', 'dragover', { dataTransfer: data });
  await page.dispatchEvent('main', 'drop', { dataTransfer: data });
  await expect(library.row(title)).toBeVisible();
});

test('a bad file shows what is wrong and leaves the library unchanged', async ({ page }) => {
  const library = new LibraryPage(page);
  await library.goto();
  const rowsBefore = await library.list.getByRole('listitem').count();
  const input = page.locator('input[type=file][aria-label="Map file to import"]');

  await input.setInputFiles('tests/fixtures/bad-files/wrong-type.json');
  await expect(page.getByRole('alert')).toContainText(/expected text/);
  await input.setInputFiles('tests/fixtures/bad-files/newer-version.json');
  await expect(page.getByRole('alert')).toContainText('newer version of Waymark');
  await input.setInputFiles('tests/fixtures/bad-files/not-json.json');
  await expect(page.getByRole('alert')).toContainText('not valid JSON');

  await page.reload();
  await expect(library.list.getByRole('listitem')).toHaveCount(rowsBefore);
});

test('PNG export covers the whole map, even the far right beyond the screen', async ({ page }) => {
  const library = new LibraryPage(page);
  await library.goto();
  await library.row(SAMPLE).getByRole('link').click();
  const { path } = await exportFrom(page, 'Export PNG');
  const png = readFileSync(path);
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  // The sample has six steps of cards: far wider than the 1400 px window at the chosen scale.
  expect(width).toBeGreaterThan(1400);
  expect(height).toBeGreaterThan(600);
  // Probe pixels in the browser: the right-most column of cards is drawn (not blank).
  const inkAtRight = await page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext('2d');
    if (!context) return 0;
    context.drawImage(image, 0, 0);
    // The last 6 % of the width, below the headers: count non-white pixels.
    const x = Math.floor(image.width * 0.9);
    const data = context.getImageData(x, 0, image.width - x - 1, image.height).data;
    let ink = 0;
    for (let i = 0; i < data.length; i += 4) {
      if ((data[i] ?? 255) < 200 || (data[i + 1] ?? 255) < 200 || (data[i + 2] ?? 255) < 200) ink++;
    }
    return ink;
  }, png.toString('base64'));
  expect(inkAtRight).toBeGreaterThan(500);
});
