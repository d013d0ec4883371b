import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { LibraryPage } from './support/library';

/** Violations that stop or seriously hinder someone using a screen reader or a keyboard. */
async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.length}) e.g. ${v.nodes[0]?.target.join(' ')}`);
}

test('the library has no serious accessibility problems', async ({ page }) => {
  const library = new LibraryPage(page);
  await library.goto();
  expect(await seriousViolations(page)).toEqual([]);
});

test('the editor has no serious accessibility problems', async ({ page }) => {
  const library = new LibraryPage(page);
  await library.goto();
  await library.row('Independent Living – customer journey').getByRole('link').click();
  await expect(page.getByRole('grid', { name: 'Journey map' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('the action plan, the export dialog and annotation mode have no serious accessibility problems', async ({
  page,
}) => {
  const library = new LibraryPage(page);
  await library.goto();
  await library.row('Independent Living – customer journey').getByRole('link').click();
  await page.getByRole('button', { name: 'Action plan', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Action plan' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Close action plan' }).click();

  await page.getByRole('button', { name: 'Export…' }).click();
  await expect(page.getByRole('dialog', { name: 'Export map' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();

  await page.getByRole('button', { name: 'Annotate' }).click();
  await page.getByRole('button', { name: 'Evidence', exact: true }).click();
  expect(await seriousViolations(page)).toEqual([]);
});
