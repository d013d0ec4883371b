/** axe finds no serious WCAG A/AA problems on each screen: library, editor, panels and modes. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';

/** Violations that stop or seriously hinder someone using a screen reader or a keyboard. */
async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.length}) e.g. ${v.nodes[0]?.target.join(' ')}`);
}

test('the library has no serious accessibility problems', async ({ library }) => {
  expect(await seriousViolations(library.page)).toEqual([]);
});

test('the editor has no serious accessibility problems', async ({ editor }) => {
  await expect(editor.canvas.grid).toBeVisible();
  expect(await seriousViolations(editor.page)).toEqual([]);
});

test('the action plan, the export dialog and annotation mode have no serious accessibility problems', async ({
  editor,
  page,
}) => {
  await test.step('the action plan', async () => {
    await editor.actionPlan.open();
    expect(await seriousViolations(page)).toEqual([]);
    await editor.actionPlan.close();
  });

  await test.step('the export dialog', async () => {
    await editor.exportDialog.open();
    expect(await seriousViolations(page)).toEqual([]);
    await editor.exportDialog.close();
  });

  await test.step('annotation mode with the evidence panel', async () => {
    await editor.workshop.enter();
    await editor.toolbar.tool('Evidence').click();
    await expect(editor.evidence.tablist).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
});
