/**
 * Dates are local calendar days, written one way (issue 16, part 3), seen by someone in Los
 * Angeles at 20:00, when the UTC day is already tomorrow.
 */
import { expect, test } from './support/fixtures';

// 20:00 on 15 Jan 2026 in Los Angeles is 04:00 on 16 Jan in UTC.
test.use({ timezoneId: 'America/Los_Angeles', fixedTime: '2026-01-15T20:00:00-08:00' });

test('at 20:00 in Los Angeles a new progress update is dated today, and phase dates read the same everywhere', async ({
  editor,
}) => {
  const { inspector, canvas, presentation } = editor;

  await editor.selectCard('Recommendation', 'Audit and update the referral form');
  await expect(inspector.field('Recommendation card', 'Date of update')).toHaveValue('2026-01-15');

  await test.step('phase dates given in the inspector read as words on the canvas and when presenting', async () => {
    await canvas.phaseHeader('Join').click();
    await inspector.field('Phase', 'Start date').fill('2019-04-05');
    await inspector.field('Phase', 'End date').fill('2019-04-10');
    await expect(canvas.phaseHeader('Join')).toContainText('5 Apr 2019 – 10 Apr 2019');
    await presentation.start();
    await expect(presentation.view.getByRole('heading', { level: 2 })).toHaveText(
      'Join 5 Apr 2019 – 10 Apr 2019',
    );
    await expect(presentation.view).not.toContainText('2019-04-05');
  });
});
