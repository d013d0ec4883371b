import { test, expect } from '@playwright/test';
import { EditorPage } from './support/editor';

/**
 * Dates are local calendar days, written one way (issue 16, part 3), seen by someone in Los
 * Angeles at 20:00, when the UTC day is already tomorrow.
 */
test.use({ timezoneId: 'America/Los_Angeles' });

test('at 20:00 in Los Angeles a new progress update is dated today, and phase dates read the same everywhere', async ({
  page,
}) => {
  // 20:00 on 15 Jan 2026 in Los Angeles is 04:00 on 16 Jan in UTC.
  await page.clock.setFixedTime(new Date('2026-01-15T20:00:00-08:00'));
  const editor = new EditorPage(page);
  await editor.openSample();

  await editor.selectCard('Recommendation', 'Audit and update the referral form');
  await expect(editor.field('Recommendation card', 'Date of update')).toHaveValue('2026-01-15');

  // A phase's dates, given in the inspector, read as words on the canvas and when presenting.
  await editor.phaseHeader('Join').click();
  await editor.field('Phase', 'Start date').fill('2019-04-05');
  await editor.field('Phase', 'End date').fill('2019-04-10');
  await expect(editor.phaseHeader('Join')).toContainText('5 Apr 2019 – 10 Apr 2019');
  await page.getByRole('button', { name: 'Present' }).click();
  const show = page.getByRole('dialog', { name: 'Independent Living – customer journey' });
  await expect(show.getByRole('heading', { level: 2 })).toHaveText('Join 5 Apr 2019 – 10 Apr 2019');
  await expect(show).not.toContainText('2019-04-05');
});
