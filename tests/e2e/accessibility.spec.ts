/**
 * axe finds no WCAG 2.2 AA violation, of any impact, on every screen and dialog of Waymark. The
 * screens are listed in the test's steps: library, editor (with the inspector), the open menu,
 * keyboard help, outline view, evidence panel, action plan, export, report builder, share-live
 * dialog, annotation mode, an open vote (cards holding vote buttons), presentation mode, and
 * the join page. Label in name (2.5.3) is checked too: axe runs it only when asked.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { LiveDialog } from './support/live';
import { ReportBuilder } from './support/report';

/** WCAG 2.0, 2.1 and 2.2, levels A and AA: the conformance Waymark claims (README). */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Every violation on the page, of any impact, in a line each (empty when none). */
async function violations(page: Page): Promise<string[]> {
  // One after the other: axe cannot run twice at once on a page.
  const tagged = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const labelInName = await new AxeBuilder({ page })
    .withRules(['label-content-name-mismatch'])
    .analyze();
  return [...tagged.violations, ...labelInName.violations].map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}, ${v.nodes.length}× e.g. ${v.nodes[0]?.target.join(' ')}`,
  );
}

test('the library has no accessibility violations', async ({ library }) => {
  expect(await violations(library.page)).toEqual([]);
});

test('every screen and dialog of the editor has no accessibility violations', async ({
  editor,
  page,
}) => {
  // Two axe passes on each of about ten screens: 1.5 min alone, and over 3 min beside the other
  // browser worker in a clean-clone CI run (2 December, on 2 cores).
  test.setTimeout(300_000);
  await test.step('the editor, with the inspector open', async () => {
    await expect(editor.canvas.grid).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });

  await test.step('the menu of every command, open', async () => {
    await editor.toolbar.menu.open();
    expect(await violations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(editor.toolbar.menu.menu).toHaveCount(0);
  });

  await test.step('the keyboard shortcuts', async () => {
    await editor.toolbar.tool('Keyboard shortcuts').click();
    await expect(editor.shortcuts.dialog).toBeVisible();
    expect(await violations(page)).toEqual([]);
    await editor.shortcuts.close();
  });

  await test.step('the outline view', async () => {
    await editor.toolbar.tool('Outline').click();
    await expect(page.getByRole('heading', { name: /^Outline of / })).toBeVisible();
    expect(await violations(page)).toEqual([]);
    await editor.toolbar.tool('Outline').click();
  });

  await test.step('the evidence panel', async () => {
    await editor.toolbar.tool('Evidence').click();
    await expect(editor.evidence.tablist).toBeVisible();
    expect(await violations(page)).toEqual([]);
    await editor.toolbar.tool('Evidence').click();
  });

  await test.step('the action plan', async () => {
    await editor.actionPlan.open();
    expect(await violations(page)).toEqual([]);
    await editor.actionPlan.close();
  });

  await test.step('the export dialog', async () => {
    await editor.exportDialog.open();
    expect(await violations(page)).toEqual([]);
    await editor.exportDialog.close();
  });

  await test.step('the report builder', async () => {
    const report = new ReportBuilder(page);
    await report.open();
    expect(await violations(page)).toEqual([]);
    await report.close();
  });

  await test.step('the share-live dialog', async () => {
    const live = new LiveDialog(page);
    await live.open();
    expect(await violations(page)).toEqual([]);
    await live.close();
  });

  await test.step('annotation mode, and a vote open (cards hold vote buttons)', async () => {
    await editor.workshop.enter();
    expect(await violations(page)).toEqual([]);
    await editor.workshop.setName('Sam');
    const dialog = await editor.workshop.openStartVote();
    await dialog.question.fill('What to fix first?');
    await dialog.start();
    await expect(editor.workshop.voteButtonsStartingWith('').first()).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });

  await test.step('presentation mode', async () => {
    await editor.presentation.start();
    expect(await violations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(editor.presentation.view).toHaveCount(0);
  });
});

test('a screen reader hears once that the map is saved when the typing pauses, not at every key', async ({
  editor,
  page,
}) => {
  await editor.header.waitSaved();
  // Every text a live region of the header takes from now on, in order.
  await page.evaluate(() => {
    const said: string[] = [];
    Object.assign(window, { said });
    const header = document.querySelector('header');
    new MutationObserver((records) => {
      for (const record of records) {
        const node = record.target instanceof Element ? record.target : record.target.parentElement;
        const region = node?.closest('[role="status"]');
        if (region) said.push(region.textContent ?? '');
      }
    }).observe(header!, { childList: true, characterData: true, subtree: true });
  });

  await test.step('type a card title a key at a time, each key saved before the next', async () => {
    const cell = editor.canvas.cellAt(0, 0);
    await cell.dblclick({ position: { x: 20, y: (await cell.boundingBox())!.height - 12 } });
    await expect(editor.canvas.cardTitleEditor).toBeFocused();
    await page.keyboard.type('Rent advice', { delay: 150 });
    await page.keyboard.press('Enter');
    await editor.header.waitSaved();
  });

  await test.step('once the map has stayed saved, it is said once', async () => {
    await expect(editor.header.saveAnnouncement).toHaveText('All changes saved');
    const said = await page.evaluate(() => (window as unknown as { said: string[] }).said);
    expect(said.filter((text) => text !== '')).toEqual(['All changes saved']);
  });
});

test('the join page has no accessibility violations', async ({ page }) => {
  await page.goto('/#/join');
  await expect(page.getByRole('heading').first()).toBeVisible();
  expect(await violations(page)).toEqual([]);
});
