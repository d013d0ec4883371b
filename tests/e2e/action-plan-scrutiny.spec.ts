/**
 * Issue 14 through the UI: a piece of seed 002 (recommendation 2 with two actions, the
 * landlord's response and a "Spring 2023" revised date), kept after a reload and exported; and
 * seed 004's "September against October" status table, built and compared in the action plan.
 */
import { expect, test } from './support/fixtures';

test.use({ fixedTime: '2026-01-15T10:00:00' });

const REC = 'Audit and update the referral form';

test('a scrutiny recommendation with two actions, a response and approximate dates', async ({
  editor,
}) => {
  const { actionPlan: plan } = editor;
  await plan.open();

  await test.step('number 2 and the landlord’s response', async () => {
    await plan.row(REC).getByLabel(`Number of “${REC}”`).fill('2');
    await plan.setResponse(
      REC,
      'partly-accepted',
      'Agreed Recommendation – We will explore how best to build this into the new process.',
    );
    await expect(plan.row(REC)).toContainText(
      'Response: Partly accepted – Agreed Recommendation – We will explore',
    );
  });

  await test.step('two actions, each with its owner and dates as the review wrote them', async () => {
    await plan.addAction(REC);
    await plan.addAction(REC);
    await plan.actionField(REC, 1, 'Text').fill('A review of the D&M register will be undertaken');
    await plan.actionField(REC, 1, 'Owner').fill('Property team');
    await plan.typeDate(plan.actionField(REC, 1, 'Target date'), 'June 24');
    await plan.typeDate(plan.actionField(REC, 1, 'Revised date'), 'September 24');
    await plan.actionField(REC, 2, 'Text').fill('Explore the use of a text reminder system');
    await plan.typeDate(plan.actionField(REC, 2, 'Target date'), '31/10/2022');
    await plan.typeDate(plan.actionField(REC, 2, 'Revised date'), 'Spring 2023');

    await expect(plan.actionRow(REC, 1)).toContainText('2.1');
    await expect(plan.actionField(REC, 1, 'Target date')).toHaveValue('Jun 2024');
    await expect(plan.actionField(REC, 2, 'Target date')).toHaveValue('31 Oct 2022');
    await expect(plan.actionField(REC, 2, 'Revised date')).toHaveValue('Spring 2023');
    await expect(plan.actionRow(REC, 2)).toContainText(
      'Read as 1 Mar 2023 to 31 May 2023; overdue after 31 May 2023.',
    );
    await expect(plan.actionRow(REC, 2)).toContainText('Overdue');
  });

  await test.step('words that are not a date are kept, and said so next to the field', async () => {
    await plan.typeDate(plan.rowField(REC, 'Target date'), 'Awaiting timescales');
    await expect(plan.rowField(REC, 'Target date')).toHaveValue('Awaiting timescales');
    await expect(plan.row(REC)).toContainText('Not a date Waymark can read: kept as written');
  });

  await test.step('a progress update on action 1 sets the recommendation’s status', async () => {
    await plan.openActionUpdates(REC, 1);
    await plan.addUpdate(plan.actionLogTitle(REC, 1), {
      date: '2024-09-02',
      text: 'This is a large piece of work due to the volume of cases',
      status: 'At risk (amber)',
    });
    await expect(plan.actionRow(REC, 1)).toContainText('2 Sep 2024');
    await expect(plan.row(REC)).toContainText('At risk (amber) from its actions');
  });

  await test.step('after a reload everything is still there', async () => {
    await plan.close();
    await editor.reload();
    await plan.open();
    await expect(plan.actionField(REC, 2, 'Revised date')).toHaveValue('Spring 2023');
    await expect(plan.actionField(REC, 1, 'Owner')).toHaveValue('Property team');
    await expect(plan.row(REC)).toContainText('Response: Partly accepted');
    await expect(plan.rowField(REC, 'Target date')).toHaveValue('Awaiting timescales');
  });

  await test.step('both CSV files carry the actions, the dates and every update', async () => {
    const csv = await (await plan.exportCsv()).text();
    expect(csv).toContain('"card-rec-referral-form","","2"');
    expect(csv).toContain('"2.2"');
    expect(csv).toContain('"Spring 2023"');
    expect(csv).toContain('"Awaiting timescales"');
    expect(csv).toContain('"Partly accepted"');
    const log = await (await plan.exportProgressLog()).text();
    expect(log).toContain('"2024-09-02","At risk (amber)","This is a large piece of work');
  });
});

test('September against October, carried forward, in the plan’s theme order', async ({
  editor,
}) => {
  const { actionPlan: plan } = editor;
  const CLEANING = 'Raise cleaning concerns with the contractor';
  await plan.open();

  await test.step('three actions with their September and October updates', async () => {
    await plan.addAction(CLEANING);
    await plan.addAction(CLEANING);
    await plan.addAction(REC);
    const updates: [string, number, string, string][] = [
      [CLEANING, 1, '2021-09-28', 'On track (green)'],
      [CLEANING, 1, '2021-10-27', 'Complete'],
      [CLEANING, 2, '2021-09-28', 'On track (green)'],
      [REC, 1, '2021-09-28', 'Not started'],
      [REC, 1, '2021-10-27', 'At risk (amber)'],
    ];
    for (const [title, n, date, status] of updates) {
      const log = plan.actionLogTitle(title, n);
      if (!(await plan.updateForm(log).isVisible())) await plan.openActionUpdates(title, n);
      await plan.addUpdate(log, { date, text: `Update of ${date}`, status });
    }
  });

  await test.step('the plan’s own theme order: “Scheme environment” first', async () => {
    await expect(plan.themes.first()).toContainText('Access and referrals');
    await plan.moveThemeUp('Scheme environment', 4);
    await expect(plan.themes.first()).toContainText('Scheme environment');
  });

  await test.step('the summary as at the end of October, compared with the end of September', async () => {
    await plan.compareDates('2021-09-30', '2021-10-31');
    const table = plan.monthOnMonth;
    await expect(
      table.getByRole('columnheader', { name: 'Carried forward from 30 Sep 2021' }),
    ).toBeVisible();
    await expect(table.getByRole('columnheader', { name: '31 Oct 2021' })).toBeVisible();
    const line = (status: string) =>
      table.getByRole('row').filter({ has: table.page().getByRole('rowheader', { name: status }) });
    await expect(line('On track (green)')).toHaveText(/2\s*1\s*-1/);
    await expect(line('At risk (amber)')).toHaveText(/0\s*1\s*\+1/);
    await expect(line('Not started')).toHaveText(/4\s*3\s*-1/);
    await expect(line('Complete')).toHaveText(/0\s*1\s*\+1/);
    const byTheme = plan.view.getByRole('table', { name: /Status by theme as at 31 Oct 2021/ });
    await expect(byTheme.getByRole('rowheader').first()).toHaveText('Scheme environment');
    await expect(byTheme.getByRole('rowheader').nth(1)).toHaveText('Access and referrals');
  });
});
