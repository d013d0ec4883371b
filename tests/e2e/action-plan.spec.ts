import { readFile } from 'node:fs/promises';
import { test, expect, type Locator, type Page } from '@playwright/test';

/**
 * The action plan (issue 6): from the sample map, add a recommendation answering a pain
 * point, give it an owner and dates, log two progress updates, find it by status, see it go
 * overdue when the clock passes its date, and export the plan as CSV.
 *
 * Needs the editor toolbar's "Action plan" button that opens <ActionPlanView>.
 */

const MAP_TITLE = 'Independent Living – customer journey';
const ACTION = 'Introduce a settling-in checklist';

function actionPlan(page: Page): Locator {
  return page.getByRole('region', { name: 'Action plan' });
}

/** The table row of a recommendation: the one with its "Show on map" button. */
function rowOf(page: Page, title: string): Locator {
  return actionPlan(page)
    .getByRole('row')
    .filter({ hasText: title })
    .filter({ has: page.getByRole('button', { name: 'Show on map' }) });
}

async function openActionPlan(page: Page) {
  await page.getByRole('button', { name: 'Action plan', exact: true }).click();
  await expect(actionPlan(page)).toBeVisible();
}

test('plan, track and export a recommendation in the action plan', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-01-15T10:00:00'));
  await page.goto('/');
  await page.getByRole('link', { name: MAP_TITLE }).click();
  await expect(page.getByRole('textbox', { name: 'Map title' })).toHaveValue(MAP_TITLE);
  await openActionPlan(page);
  const plan = actionPlan(page);
  await expect(plan.getByRole('button', { name: 'Show on map' })).toHaveCount(5);

  // A recommendation answering the "settling in" pain point, on that pain point's step.
  await plan.getByRole('button', { name: 'Add recommendation' }).click();
  const form = plan.getByRole('form', { name: 'Add recommendation' });
  await form.getByRole('textbox', { name: 'Action' }).fill(ACTION);
  await form
    .getByRole('combobox', { name: 'Answers' })
    .selectOption({ label: 'Little or no help settling in (Settled into new home)' });
  await expect(form.getByRole('combobox', { name: 'Step' })).toHaveValue('step-settle');
  await form.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(plan.getByRole('status')).toHaveText(`Added “${ACTION}”`);
  const row = rowOf(page, ACTION);
  await expect(row).toContainText('Settle in › Settled into new home');
  await expect(row).toContainText('Little or no help settling in');

  // Owner and dates, edited in place.
  await row
    .getByRole('combobox', { name: `Owner of “${ACTION}”` })
    .fill('Independent Living Officer');
  await row.getByLabel(`Target date of “${ACTION}”`).fill('2026-02-13');
  await row.getByLabel(`Revised date of “${ACTION}”`).fill('2026-02-27');
  await expect(row.getByLabel(`Revised date of “${ACTION}”`)).toHaveValue('2026-02-27');

  // Two progress updates: the second sets the status to amber.
  await row.getByRole('button', { name: 'Updates (0)' }).click();
  const updateForm = plan.getByRole('form', { name: `Add an update to “${ACTION}”` });
  await expect(updateForm.getByLabel('Update date')).toHaveValue('2026-01-15');
  await updateForm.getByLabel('Update date').fill('2026-01-08');
  await updateForm.getByLabel('Update text').fill('Checklist drafted with the IL team');
  await updateForm.getByLabel('Update status').selectOption({ label: 'On track (green)' });
  await updateForm.getByRole('button', { name: 'Add update' }).click();
  await expect(row.getByRole('button', { name: 'Updates (1)' })).toBeVisible();
  await updateForm.getByLabel('Update date').fill('2026-01-15');
  await updateForm.getByLabel('Update text').fill('Waiting for sign-off by the Head of Service');
  await updateForm.getByLabel('Update status').selectOption({ label: 'At risk (amber)' });
  await updateForm.getByRole('button', { name: 'Add update' }).click();
  await expect(row.getByRole('button', { name: 'Updates (2)' })).toBeVisible();
  await expect(row.getByRole('combobox', { name: `Status of “${ACTION}”` })).toHaveValue('at-risk');
  const log = plan.getByRole('list', { name: `Progress of “${ACTION}”` });
  await expect(log.getByRole('listitem')).toHaveCount(2);
  await expect(log.getByRole('listitem').first()).toContainText('Waiting for sign-off');
  await expect(row).toContainText('15 Jan 2026');
  await expect(row).not.toContainText('Overdue');

  // Filter by status: only the amber one is left.
  await plan.getByRole('combobox', { name: 'Filter by status' }).selectOption('at-risk');
  await expect(plan.getByRole('button', { name: 'Show on map' })).toHaveCount(1);
  await expect(row).toBeVisible();
  await plan.getByRole('combobox', { name: 'Filter by status' }).selectOption('');
  await expect(plan.getByRole('button', { name: 'Show on map' })).toHaveCount(6);

  // The summary counts it under its theme ("No theme") and the totals.
  const summary = plan.getByRole('table', { name: 'Status by theme' });
  await expect(summary.getByRole('rowheader', { name: 'No theme' })).toBeVisible();

  // A month and a half later it is overdue, and has had no update for two months.
  await page.clock.setFixedTime(new Date('2026-03-16T10:00:00'));
  await plan.getByRole('button', { name: 'Close action plan' }).click();
  await expect(actionPlan(page)).toHaveCount(0);
  await openActionPlan(page);
  await expect(rowOf(page, ACTION)).toContainText('Overdue');
  await expect(rowOf(page, ACTION)).toContainText('No update for 60 days');
  await actionPlan(page).getByRole('combobox', { name: 'Filter by flag' }).selectOption('overdue');
  await expect(rowOf(page, ACTION)).toBeVisible();

  // Export: UTF-8 with a BOM, with the new action in it.
  const downloadPromise = page.waitForEvent('download');
  await actionPlan(page).getByRole('button', { name: 'Export action plan (CSV)' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/action-plan\.csv$/);
  const path = await download.path();
  const bytes = await readFile(path);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const csv = bytes.toString('utf8');
  expect(csv).toContain(`"${ACTION}"`);
  expect(csv).toContain('"Independent Living Officer"');
  expect(csv).toContain('"At risk (amber)"');

  // It was saved with the map: still there after a reload.
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  await page.reload();
  await openActionPlan(page);
  await expect(rowOf(page, ACTION).getByRole('button', { name: 'Updates (2)' })).toBeVisible();
});
