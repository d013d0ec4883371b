/**
 * The action plan (issue 6): from the sample map, add a recommendation answering a pain
 * point, give it an owner and dates, log two progress updates, find it by status, see it go
 * overdue when the clock passes its date, and export the plan as CSV.
 */
import { expect, test } from './support/fixtures';

const ACTION = 'Introduce a settling-in checklist';

test.use({ fixedTime: '2026-01-15T10:00:00' });

test('plan, track and export a recommendation in the action plan', async ({ editor, page }) => {
  const { actionPlan: plan } = editor;
  const row = plan.row(ACTION);
  await plan.open();
  await expect(plan.shownRecommendations).toHaveCount(5);

  await test.step('a recommendation answering the “settling in” pain point, on its step', async () => {
    const form = await plan.startRecommendation();
    await form.action.fill(ACTION);
    await form.answers.selectOption({
      label: 'Little or no help settling in (Settled into new home)',
    });
    await expect(form.step).toHaveValue('step-settle');
    await form.add();
    await expect(plan.message).toHaveText(`Added “${ACTION}”`);
    await expect(row).toContainText('Settle in › Settled into new home');
    await expect(row).toContainText('Little or no help settling in');
  });

  await test.step('owner and dates, edited in place', async () => {
    await plan.rowField(ACTION, 'Owner').fill('Independent Living Officer');
    await plan.rowField(ACTION, 'Target date').fill('2026-02-13');
    await plan.rowField(ACTION, 'Revised date').fill('2026-02-27');
    await expect(plan.rowField(ACTION, 'Revised date')).toHaveValue('2026-02-27');
  });

  await test.step('two progress updates: the second sets the status to amber', async () => {
    await plan.updatesButton(ACTION, 0).click();
    await expect(plan.updateForm(ACTION).getByLabel('Update date')).toHaveValue('2026-01-15');
    await plan.addUpdate(ACTION, {
      date: '2026-01-08',
      text: 'Checklist drafted with the IL team',
      status: 'On track (green)',
    });
    await expect(plan.updatesButton(ACTION, 1)).toBeVisible();
    await plan.addUpdate(ACTION, {
      date: '2026-01-15',
      text: 'Waiting for sign-off by the Head of Service',
      status: 'At risk (amber)',
    });
    await expect(plan.updatesButton(ACTION, 2)).toBeVisible();
    await expect(plan.rowField(ACTION, 'Status')).toHaveValue('at-risk');
    const log = plan.progressLog(ACTION);
    await expect(log.getByRole('listitem')).toHaveCount(2);
    await expect(log.getByRole('listitem').first()).toContainText('Waiting for sign-off');
    await expect(row).toContainText('15 Jan 2026');
    await expect(row).not.toContainText('Overdue');
  });

  await test.step('filter by status: only the amber one is left', async () => {
    await plan.filter('status', 'at-risk');
    await expect(plan.shownRecommendations).toHaveCount(1);
    await expect(row).toBeVisible();
    await plan.filter('status', '');
    await expect(plan.shownRecommendations).toHaveCount(6);
  });

  // The summary counts it under its theme ("No theme") and the totals.
  await expect(
    plan.statusSummary('theme').getByRole('rowheader', { name: 'No theme' }),
  ).toBeVisible();

  await test.step('a month and a half later it is overdue, with no update for 60 days', async () => {
    await page.clock.setFixedTime(new Date('2026-03-16T10:00:00'));
    await plan.close();
    await plan.open();
    await expect(plan.row(ACTION)).toContainText('Overdue');
    await expect(plan.row(ACTION)).toContainText('No update for 60 days');
    await plan.filter('flag', 'overdue');
    await expect(plan.row(ACTION)).toBeVisible();
  });

  await test.step('export: UTF-8 with a BOM, with the new action in it', async () => {
    const file = await plan.exportCsv();
    expect(file.name).toMatch(/action-plan\.csv$/);
    const bytes = await file.bytes();
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = bytes.toString('utf8');
    expect(csv).toContain(`"${ACTION}"`);
    expect(csv).toContain('"Independent Living Officer"');
    expect(csv).toContain('"At risk (amber)"');
  });

  await test.step('saved with the map: still there after a reload', async () => {
    await editor.reload();
    await plan.open();
    await expect(plan.updatesButton(ACTION, 2)).toBeVisible();
  });
});
