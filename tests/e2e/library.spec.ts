import { test, expect } from '@playwright/test';
import { LibraryPage } from './support/library';

test('first run shows the library with the sample map', async ({ page }) => {
  const library = new LibraryPage(page);
  await library.goto();
  const sample = library.row('Independent Living – customer journey');
  await expect(sample).toBeVisible();
  await expect(sample).toContainText(/\d+ cards/);
  await sample.getByRole('link').click();
  await expect(page.getByRole('textbox', { name: 'Map title' })).toHaveValue(
    'Independent Living – customer journey',
  );
});

test('a new map can be renamed and is still there after a reload', async ({ page }) => {
  const library = new LibraryPage(page);
  await library.goto();
  await library.createMap();
  await page.getByRole('link', { name: '← Library' }).click();
  await library.rename('Untitled journey map', 'Repairs journey');
  await page.reload();
  await expect(library.row('Repairs journey')).toBeVisible();
  await expect(library.row('Untitled journey map')).toHaveCount(0);
});

test('search and sort the library', async ({ page }) => {
  const library = new LibraryPage(page);
  await library.goto();
  await library.createMap();
  await page.getByRole('textbox', { name: 'Map title' }).fill('Anti-social behaviour');
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  await page.getByRole('link', { name: '← Library' }).click();
  await page.getByRole('searchbox', { name: 'Search maps' }).fill('anti');
  await expect(library.list.getByRole('listitem')).toHaveCount(1);
  await expect(library.row('Anti-social behaviour')).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search maps' }).fill('');
  await page.getByRole('combobox', { name: 'Sort by' }).selectOption('title');
  await expect(library.list.getByRole('link').first()).toHaveText('Anti-social behaviour');
});

test('a deleted map can be brought back with undo and from the trash', async ({ page }) => {
  const library = new LibraryPage(page);
  await library.goto();
  const title = 'Independent Living – customer journey';
  await library.trash(title);
  await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect(library.row(title)).toBeVisible();

  await library.trash(title);
  await page.reload();
  await expect(library.row(title)).toHaveCount(0);
  await page.getByText('Trash (1)').click();
  await page.getByRole('button', { name: `Restore “${title}”` }).click();
  await expect(library.row(title)).toBeVisible();
});

test('duplicate makes a copy with every card', async ({ page }) => {
  const library = new LibraryPage(page);
  await library.goto();
  const original = library.row('Independent Living – customer journey');
  const cards = (await original.textContent())?.match(/(\d+) cards/)?.[1];
  await page
    .getByRole('button', { name: 'Duplicate “Independent Living – customer journey”' })
    .click();
  const copy = library.row('Copy of Independent Living – customer journey');
  await expect(copy).toContainText(`${cards} cards`);
});

test('when the browser blocks storage, the app says so and still opens', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', { get: () => undefined });
  });
  const library = new LibraryPage(page);
  await library.goto();
  await expect(page.getByRole('alert')).toContainText('does not let Waymark store anything');
  await library.createMap();
  await expect(page.getByRole('status').filter({ hasText: 'Not saved' })).toBeVisible();
});
