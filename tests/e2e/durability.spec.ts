import { test, expect, chromium } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../playwright.config';
import { LibraryPage } from './support/library';

test('an edit followed 50 ms later by closing the page is there after reopening the browser', async ({
  baseURL,
}) => {
  const profile = mkdtempSync(join(tmpdir(), 'waymark-profile-'));
  const launch = () =>
    chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
      baseURL,
      viewport: { width: 1400, height: 900 },
    });
  try {
    let context = await launch();
    let page = await context.newPage();
    const library = new LibraryPage(page);
    await library.goto();
    await library.createMap();
    const title = page.getByRole('textbox', { name: 'Map title' });
    await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
    await title.fill('Written just before closing');
    await page.waitForTimeout(50);
    await page.close(); // no beforeunload: as abrupt as closing a tab
    await context.close(); // and the whole browser

    context = await launch();
    page = await context.newPage();
    const again = new LibraryPage(page);
    await again.goto();
    await expect(again.row('Written just before closing')).toBeVisible();
    await context.close();
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});

test('two tabs on one map both edit and see each other, and closing one keeps everything', async ({
  context,
}) => {
  const first = await context.newPage();
  const library = new LibraryPage(first);
  await library.goto();
  await library.createMap();
  const url = first.url();
  const second = await context.newPage();
  await second.goto(url);
  const title = (page: typeof first) => page.getByRole('textbox', { name: 'Map title' });
  await expect(title(second)).toBeEditable();

  // Each tab's change reaches the other as it is typed.
  await title(first).fill('Edited in the first tab');
  await expect(title(second)).toHaveValue('Edited in the first tab');
  await title(second).fill('Then in the second tab');
  await expect(title(first)).toHaveValue('Then in the second tab');

  // The first tab closes (it was the one saving): the second saves from now on.
  await first.close();
  await title(second).fill('After the first tab closed');
  await expect(second.locator('.editor-header').getByRole('status')).toHaveText('Saved');
  await second.reload();
  await expect(title(second)).toHaveValue('After the first tab closed');
});
