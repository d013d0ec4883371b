/**
 * Versions and comparisons: save a version, change cards, restore it, then restore the
 * restore — each state exactly as it was; a version opens read-only; a future state made from
 * a map, with an emotion score changed and a pain point resolved, compared with its current
 * state.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, SAMPLE_MAP, test } from './support/fixtures';
import { ReportBuilder } from './support/report';

const FIRST = 'Property Pool Plus application';
const SECOND = 'Lifeline and contact numbers';
const OTHER = 'Referral by OVH staff';

test('save a version, change cards, restore, then restore the restore: each state as it was', async ({
  app,
  editor,
}) => {
  const { canvas, toolbar, versions, page } = editor;
  const first = canvas.card('Touchpoint', FIRST);
  const second = canvas.card('Touchpoint', SECOND);
  const other = canvas.card('Touchpoint', OTHER);
  await editor.header.backToLibrary();
  const cardsAtFirst = await app.library.cardCount(SAMPLE_MAP);
  await editor.openSample();

  /** The state the version keeps: every card there. */
  const expectFirstState = async () => {
    await expect(first).toBeVisible();
    await expect(second).toBeVisible();
    await expect(other).toBeVisible();
  };
  /** The changed state: two cards gone, the third still there. */
  const expectSecondState = async () => {
    await expect(first).toHaveCount(0);
    await expect(second).toHaveCount(0);
    await expect(other).toBeVisible();
  };

  await test.step('save a version', async () => {
    await versions.open();
    await versions.save('Review 1', 'Before the board meeting');
    await expect(versions.row('Review 1')).toContainText('Saved by you');
    await expect(versions.row('Review 1')).toContainText(String(cardsAtFirst));
    await expect(versions.dialog).toContainText(/This map’s 1 version: [\d.]+ (KB|bytes)/);
    await versions.close();
  });

  await test.step('change cards: delete two', async () => {
    await first.click();
    await second.click({ modifiers: ['Shift'] });
    await toolbar.tool('Delete selected cards').click();
    await expectSecondState();
    await editor.header.waitSaved();
  });

  await test.step('restore the version: the cards are back', async () => {
    await versions.open();
    await versions.restore('Review 1');
    await expect(versions.row('Before restoring “Review 1”')).toContainText(
      String(cardsAtFirst - 2),
    );
    await versions.close();
    await expectFirstState();
  });

  await test.step('restore the restore: the change is back', async () => {
    await versions.open();
    await versions.restore('Before restoring “Review 1”');
    await versions.close();
    await expectSecondState();
  });

  await test.step('undo takes back the restore in one step', async () => {
    await toolbar.tool('Undo').click();
    await expectFirstState();
    await toolbar.tool('Redo').click();
    await expectSecondState();
  });

  await test.step('kept after a reload, as the library counts it', async () => {
    await editor.reload();
    await expectSecondState();
    await editor.header.backToLibrary();
    expect(await app.library.cardCount(SAMPLE_MAP)).toBe(cardsAtFirst - 2);
  });

  await test.step('a version opens read-only with the cards it had', async () => {
    await editor.openSample();
    await versions.open();
    const viewer = await versions.openVersion('Review 1');
    await expect(viewer.getByRole('img', { name: /as it was in this version/ })).toBeVisible();
    await viewer.getByText(/^Every card in this version/).click();
    await expect(viewer.getByRole('cell', { name: FIRST, exact: true })).toBeVisible();
    await expect(viewer.getByRole('textbox')).toHaveCount(0);
    await page.keyboard.press('Escape');
    await expect(viewer).toHaveCount(0);
    await expect(versions.dialog).toBeVisible();
    // Focus goes back to the button that opened it.
    await expect(
      versions.dialog.getByRole('button', { name: 'Open “Review 1”', exact: true }),
    ).toBeFocused();
  });
});

test('make a future state, change an emotion and resolve a pain point: the comparison shows both', async ({
  editor,
}) => {
  const { canvas, versions, page } = editor;
  await test.step('make the future state and open it', async () => {
    await versions.open();
    const open = await versions.makeFutureState();
    await open.click();
    await expect(editor.header.title).toHaveValue(`${SAMPLE_MAP} – future state`);
    await editor.ready();
  });

  await test.step('a better emotion at “Settled into new home”', async () => {
    await expect(canvas.emotionPoint('Settled into new home')).toHaveAttribute(
      'aria-valuetext',
      'Positive',
    );
    await canvas.dragEmotionPoint('Settled into new home', -80);
    await expect(canvas.emotionPoint('Settled into new home')).toHaveAttribute(
      'aria-valuenow',
      '2',
    );
  });

  await test.step('the cleaning pain point is resolved (gone from the future state)', async () => {
    await editor.selectCard('Pain point', 'Cleaning quality in schemes');
    await page.keyboard.press('Delete');
    await expect(canvas.card('Pain point', 'Cleaning quality in schemes')).toHaveCount(0);
    await editor.header.waitSaved();
  });

  await test.step('compare with its current state', async () => {
    await versions.open();
    await expect(versions.chosen('Before')).toHaveText(`${SAMPLE_MAP} (its current state)`);
    await expect(versions.chosen('After')).toHaveText('This map as it is now');
    const view = await versions.compare();
    await expect(view).toHaveAccessibleName(`Compare: “${SAMPLE_MAP}” → This map now`);
    await expect(view.getByRole('status')).toContainText('1 card removed');
    await expect(view.getByRole('status')).toContainText('1 pain point resolved');
    // Both maps drawn, differences marked; then overlaid.
    await expect(view.getByRole('img', { name: /marked$/ })).toHaveCount(2);
    await view.getByRole('radio', { name: 'Overlaid' }).check();
    await expect(view.getByRole('img', { name: /every difference marked/ })).toBeVisible();
    // Both emotion curves, and the step that changed.
    await expect(view.getByRole('img', { name: /Both emotion curves/ })).toBeVisible();
    const settled = view
      .getByRole('table', { name: 'Emotion by step' })
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: 'Settled into new home' }) });
    await expect(settled.getByRole('cell')).toHaveText(['Settle in', '+1', '+2', '+1']);
    await expect(view.getByRole('list', { name: 'Pain points resolved' })).toHaveText(
      'Cleaning quality in schemes',
    );
    await expect(view.getByRole('list', { name: 'Cards removed' })).toContainText(
      'Pain point: Cleaning quality in schemes',
    );
    await page.keyboard.press('Escape');
    await expect(view).toHaveCount(0);
    await versions.close();
  });

  await test.step('the report’s Before and after section says the same', async () => {
    const report = new ReportBuilder(page);
    await report.open();
    await report.dialog
      .getByRole('checkbox', { name: 'Before and after: comparison with another map or version' })
      .check();
    await expect(report.dialog).toContainText(
      `Before and after compares this map with its current state, “${SAMPLE_MAP}”.`,
    );
    await expect(report.preview.getByRole('heading', { name: 'Before and after' })).toBeVisible({
      timeout: 20_000,
    });
    await expect(report.preview).toContainText('1 pain point resolved and 0 new');
    await expect(report.preview).toContainText('Cleaning quality in schemes');
  });
});

/** Serious WCAG A/AA problems axe finds (as in accessibility.spec.ts). */
async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.length}) e.g. ${v.nodes[0]?.target.join(' ')}`);
}

test('the gallery, the versions panel, a version and a comparison have no serious accessibility problems', async ({
  app,
  editor,
  page,
}) => {
  const { versions } = editor;
  await test.step('the versions panel', async () => {
    await versions.open();
    await versions.save('Review 1');
    expect(await seriousViolations(page)).toEqual([]);
  });
  await test.step('a version, read-only', async () => {
    await versions.openVersion('Review 1');
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
  });
  await test.step('a comparison', async () => {
    await versions.compare();
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await versions.close();
  });
  await test.step('save as template', async () => {
    await page.getByRole('button', { name: 'Save as template…' }).click();
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
  });
  await test.step('the template gallery', async () => {
    await editor.header.backToLibrary();
    await app.library.openGallery();
    expect(await seriousViolations(page)).toEqual([]);
  });
});
