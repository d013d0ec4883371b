/**
 * The action plan in a laptop's window (1366 × 768): once a recommendation has its owner,
 * dates and status, its status is in view beside the action, every status reads whole ("On
 * track (green)", not "On track (greer"), and the wide table scrolls inside a region of its own
 * whose scroll bars are on screen, with the action's name kept in view while it scrolls across;
 * a new row shows where it sorted to, words in a date field read whole, and closing the plan
 * gives the focus back to its button.
 */
import { boxOf, expect, test } from './support/fixtures';

const ACTION = 'Introduce a settling-in checklist';

test.use({ fixedTime: '2026-01-15T10:00:00', viewport: { width: 1366, height: 768 } });

test('at 1366 × 768 the statuses read whole and the table scrolls in its own region', async ({
  editor,
  page,
}) => {
  const { actionPlan: plan } = editor;
  await plan.open();

  await test.step('a recommendation with an owner, dates and a status', async () => {
    const form = await plan.startRecommendation();
    await form.action.fill(ACTION);
    await form.add();
    // The new row is brought into view where it sorted to.
    await expect(plan.row(ACTION)).toBeInViewport();
    await plan.rowField(ACTION, 'Owner').fill('Independent Living Officer');
    await plan.typeDate(plan.rowField(ACTION, 'Target date'), '13/02/2026');
    await plan.typeDate(plan.rowField(ACTION, 'Revised date'), '27/02/2026');
    // Words in a date field (the seed plans' "Awaiting timescales") are read whole.
    const target = plan.rowField(ACTION, 'Target date');
    await plan.typeDate(target, 'Awaiting timescales');
    expect(
      await target.evaluate((input) => input.scrollWidth - input.clientWidth),
    ).toBeLessThanOrEqual(1);
    await plan.typeDate(target, '13/02/2026');
    await plan.rowField(ACTION, 'Status').selectOption('on-track');
  });

  await test.step('its status is in view beside the action, and every status reads whole', async () => {
    // The RAG status is the column after the action: in view with the table scrolled to its
    // left edge, not past the window's right edge.
    await plan.tableRegion.evaluate((region) => region.scrollTo({ left: 0 }));
    const status = plan.rowField(ACTION, 'Status');
    await expect(status).toBeInViewport({ ratio: 0.95 });
    const statuses = plan.view.getByRole('combobox', { name: /^Status of/ });
    expect(await statuses.count()).toBeGreaterThan(1);
    for (const select of await statuses.all()) {
      const fit = await plan.shownOptionFit(select);
      expect(fit.has, `“${fit.text}” is cut`).toBeGreaterThanOrEqual(Math.floor(fit.needs));
    }
  });

  await test.step('the page is never wider than the window: the table scrolls in its region', async () => {
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      1366,
    );
    const view = await plan.scrollExtent(plan.view);
    expect(view.scrollWidth).toBeLessThanOrEqual(view.clientWidth);
    const region = plan.tableRegion;
    await expect(region).toBeVisible();
    const extent = await plan.scrollExtent(region);
    expect(extent.scrollWidth).toBeGreaterThan(extent.clientWidth);
    // The region ends inside the window as the plan shows at its top, so its own scroll bar
    // is on screen, not a page away.
    await plan.view.evaluate((element) => element.scrollTo(0, 0));
    const box = await boxOf(region);
    expect(box.y + box.height).toBeLessThanOrEqual(768);
    expect(box.x + box.width).toBeLessThanOrEqual(1366);
  });

  await test.step('scrolled to its right edge, the action’s name is still in view', async () => {
    await plan.scrollToRightEdge(plan.tableRegion);
    const name = plan.row(ACTION).getByRole('button', { name: 'Show on map' });
    const flags = plan.view.getByRole('columnheader', { name: 'Flags' });
    await expect(name).toBeInViewport({ ratio: 0.95 });
    await expect(flags).toBeInViewport({ ratio: 0.9 });
    // Side by side, not one over the other.
    expect((await boxOf(name)).x + (await boxOf(name)).width).toBeLessThan((await boxOf(flags)).x);
  });

  await test.step('the region is reached and scrolled from the keyboard', async () => {
    await plan.tableRegion.focus();
    await expect(plan.tableRegion).toBeFocused();
    await page.keyboard.press('Home');
    await expect.poll(() => plan.tableRegion.evaluate((element) => element.scrollTop)).toBe(0);
  });
});

test('closing the plan gives the focus back to its button on the toolbar', async ({ editor }) => {
  const { actionPlan: plan } = editor;
  await plan.open();
  await plan.close();
  await expect(editor.toolbar.tool('Action plan')).toBeFocused();
  await plan.open();
  await editor.page.keyboard.press('Escape');
  await expect(plan.view).toHaveCount(0);
  await expect(editor.toolbar.tool('Action plan')).toBeFocused();
});
