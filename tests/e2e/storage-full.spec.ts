import { test, expect } from '@playwright/test';
import { LibraryPage } from './support/library';

test('a full disk shows a clear message, offers a download, and keeps what was saved', async ({
  page,
}) => {
  const library = new LibraryPage(page);
  await library.goto();
  await library.createMap();
  const title = page.getByRole('textbox', { name: 'Map title' });
  await title.fill('Saved before the disk filled up');
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();

  // Chromium's quota override does not reach Playwright's contexts, so make IndexedDB refuse
  // writes the way a full disk does: with a QuotaExceededError.
  await page.evaluate(() => {
    const full = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    IDBObjectStore.prototype.put = full;
    IDBObjectStore.prototype.add = full;
  });

  await title.fill('x'.repeat(400));
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('storage for Waymark is full');
  const download = page.waitForEvent('download');
  await alert.getByRole('button', { name: 'Download a copy (JSON)' }).click();
  expect((await download).suggestedFilename()).toMatch(/\.json$/);
  await expect(title).toHaveValue('x'.repeat(400)); // the work stays on screen

  await page.reload(); // a fresh page: IndexedDB writes work again
  await page.goto('/#/');
  await expect(library.row('Saved before the disk filled up')).toBeVisible();
});
