/**
 * The editor without a mouse: a small map built with the keyboard alone, with focus checked
 * after every step (on the right element, in view, with a visible indicator); the menus by the
 * WAI-ARIA menu button pattern; the outline view read and edited by keyboard.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/fixtures';

/** What has focus now, and whether a sighted keyboard user can see it. */
async function focusState(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { onBody: true, name: '', inView: false, ring: false };
    const rect = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    const ring =
      (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) ||
      style.boxShadow !== 'none';
    const inView =
      rect.width > 0 &&
      rect.height > 0 &&
      rect.right > 0 &&
      rect.bottom > 0 &&
      rect.left < window.innerWidth &&
      rect.top < window.innerHeight;
    const name =
      el.getAttribute('aria-label') ??
      (el as HTMLInputElement).labels?.[0]?.textContent ??
      el.textContent ??
      '';
    return { onBody: false, name: name.trim(), inView, ring };
  });
}

/**
 * Focus is on an element named like `name`, not the page body, in view (once a pan to it has
 * ended), with a visible focus indicator.
 */
async function expectFocus(page: Page, name: RegExp) {
  await expect
    .poll(async () => {
      const state = await focusState(page);
      if (state.onBody) return 'focus fell to the page body';
      if (!name.test(state.name)) return `focus is on ${state.name}`;
      if (!state.inView) return `focus is off screen on ${state.name}`;
      if (!state.ring) return `no visible focus indicator on ${state.name}`;
      return 'ok';
    })
    .toBe('ok');
}

/** Presses Tab until focus is on an element whose name matches (at most `max` presses). */
async function tabTo(page: Page, name: RegExp, max = 80) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (name.test((await focusState(page)).name)) return;
  }
  throw new Error(`Tab never reached ${name}`);
}

test.describe('a new map', () => {
  test.use({ startMap: 'new' });

  test('a small map built with the keyboard alone keeps focus visible and in place', async ({
    editor,
    page,
  }) => {
    const { canvas } = editor;
    await test.step('opening the map puts focus in the editor, not on the page body', async () => {
      expect((await focusState(page)).onBody).toBe(false);
    });

    await test.step('add a phase and name it', async () => {
      await tabTo(page, /^Add phase$/);
      await expectFocus(page, /^Add phase$/);
      await page.keyboard.press('Enter');
      await page.keyboard.type('Arrive');
      await page.keyboard.press('Enter');
      await expect(canvas.header('phase', 'Arrive')).toBeVisible();
    });

    await test.step('add a step and name it', async () => {
      await tabTo(page, /^Add step$/);
      await page.keyboard.press('Enter');
      await page.keyboard.type('Check in');
      await page.keyboard.press('Enter');
      await expect(canvas.header('step', 'Check in')).toBeVisible();
    });

    await test.step('a cell, then N adds a card whose title is typed in place', async () => {
      await tabTo(page, / · /);
      await expectFocus(page, / · /);
      await page.keyboard.press('n');
      await expect(canvas.cardTitleEditor).toBeFocused();
      await page.keyboard.type('Front desk');
      await page.keyboard.press('Enter');
      await expectFocus(page, /^Touchpoint: Front desk, step /);
    });

    await test.step('Enter edits the title; Enter keeps it, focus back on the card', async () => {
      await page.keyboard.press('Enter');
      await expect(canvas.cardTitleEditor).toBeFocused();
      await page.keyboard.press('End');
      await page.keyboard.type(' and queue');
      await page.keyboard.press('Enter');
      await expectFocus(page, /^Touchpoint: Front desk and queue, step /);
    });

    await test.step('Delete removes it; focus stays on its cell, not the page body', async () => {
      await page.keyboard.press('Delete');
      await expect(canvas.card('Touchpoint', 'Front desk and queue')).toHaveCount(0);
      await expectFocus(page, / · /);
    });

    await test.step('Ctrl+Z brings it back; focus stays on the map', async () => {
      await page.keyboard.press('Control+z');
      await expect(canvas.card('Touchpoint', 'Front desk and queue')).toBeVisible();
      await expectFocus(page, / · |^Touchpoint: Front desk and queue/);
    });

    await test.step('a focused card that is not selected shows its focus ring', async () => {
      await page.keyboard.press('Escape'); // clears the selection
      await canvas.card('Touchpoint', 'Front desk and queue').focus();
      await expect(canvas.selectedCards).toHaveCount(0);
      const outline = await canvas
        .card('Touchpoint', 'Front desk and queue')
        .evaluate((el) => getComputedStyle(el).outlineStyle);
      expect(outline).toBe('solid');
    });
  });
});

test('a card shortcut with focus off the map adds no card', async ({ editor, page }) => {
  const before = await page.locator('.react-flow__node').count();
  await editor.toolbar.tool('Zoom to fit').focus();
  await page.keyboard.press('t');
  await expect(page.locator('.react-flow__node')).toHaveCount(before);
  await expect(editor.canvas.cardTitleEditor).toHaveCount(0);
});

test('the menus follow the menu button pattern: focus, arrows, Home, End, Esc', async ({
  editor,
  page,
}) => {
  const { menu } = editor.toolbar;
  await test.step('"Menu ▾" opens with focus on its first item', async () => {
    await menu.button.focus();
    await page.keyboard.press('Enter');
    await expect(menu.menu).toBeVisible();
    // Undo is the first item, but there is nothing to undo yet: the first enabled one.
    await expect(menu.menu.locator('[role^="menuitem"]:not(:disabled)').first()).toBeFocused();
  });
  await test.step('arrows, End and Home move between items', async () => {
    const items = menu.menu.locator('[role^="menuitem"]:not(:disabled)');
    await page.keyboard.press('ArrowDown');
    await expect(items.nth(1)).toBeFocused();
    await page.keyboard.press('End');
    await expect(items.last()).toBeFocused();
    await page.keyboard.press('Home');
    await expect(items.first()).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(items.last()).toBeFocused();
  });
  await test.step('Esc closes it and gives focus back to its button', async () => {
    await page.keyboard.press('Escape');
    await expect(menu.menu).toHaveCount(0);
    await expect(menu.button).toBeFocused();
  });
  await test.step('a header ⋯ menu: Enter opens it on its first item, Esc returns', async () => {
    const button = page.getByRole('button', { name: 'Phase options: Join' });
    await button.focus();
    await page.keyboard.press('Enter');
    const options = page.getByRole('menu');
    await expect(options.locator('[role^="menuitem"]').first()).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(options).toHaveCount(0);
    await expect(button).toBeFocused();
  });
});

test('the outline lists every card of the sample in journey order and edits by keyboard', async ({
  editor,
  page,
}) => {
  await page.keyboard.press('Shift+O');
  const outline = page.getByRole('region', { name: /^Outline of / });
  await expect(outline).toBeVisible();
  // Every card, named by its title in its row, not only the ones the canvas has drawn.
  const rows = outline.getByRole('row').filter({ has: page.getByRole('rowheader') });
  await expect(rows).toHaveCount(69);
  await expect(outline.getByRole('heading', { level: 3 })).toHaveText([
    'Phase: Join',
    'Phase: Settle in',
    /^Phase: /,
    /^Phase: /,
  ]);
  // The first step's first card is in the first lane, and its row says where it is.
  const first = rows.first();
  await expect(first.getByRole('textbox')).toHaveAccessibleName(
    'Title of touchpoint card, step Apply or referred, lane Touchpoints',
  );
  await expect(first.getByRole('cell').first()).toHaveText('Touchpoints');

  await test.step('rename a card from the outline (the canvas follows)', async () => {
    const title = first.getByRole('textbox');
    await title.focus();
    await page.keyboard.press('Control+a');
    await page.keyboard.type('Online application');
    await page.keyboard.press('Enter');
    await expect(title).toHaveValue('Online application');
  });

  await test.step('delete it; focus moves to the next row, not the page body', async () => {
    await first.getByRole('button', { name: /^Delete Touchpoint: Online application/ }).focus();
    await page.keyboard.press('Enter');
    await expect(rows).toHaveCount(68);
    await expect.poll(async () => (await focusState(page)).onBody).toBe(false);
    await expect(page.locator(':focus')).toBeVisible();
  });

  await test.step('add a card to a lane of a step', async () => {
    const form = outline.getByRole('form', { name: 'Add a card to step Apply or referred' });
    await form.getByLabel('Lane').selectOption({ label: 'Touchpoints' });
    await form.getByLabel('Title').fill('Phone line');
    await form.getByLabel('Title').press('Enter');
    await expect(rows).toHaveCount(69);
    await expect(
      outline.getByRole('button', {
        name: 'Show on canvas: Touchpoint: Phone line, step Apply or referred, lane Touchpoints',
      }),
    ).toBeVisible();
  });

  await test.step('"Show on canvas" closes the outline and focuses the card there', async () => {
    await outline
      .getByRole('button', { name: /^Show on canvas: Touchpoint: Phone line/ })
      .press('Enter');
    await expect(outline).toHaveCount(0);
    await expect(editor.canvas.card('Touchpoint', 'Phone line')).toBeFocused();
  });
});

test('views over the editor make it unreachable, and give focus back after Add', async ({
  editor,
}) => {
  const behind = (locator: Locator) => locator.evaluate((el) => el.closest('[inert]') !== null);
  await test.step('the export dialog', async () => {
    await editor.exportDialog.open();
    expect(await behind(editor.toolbar.tool('Undo'))).toBe(true);
    expect(await behind(editor.header.title)).toBe(true);
    await editor.exportDialog.close();
    expect(await behind(editor.toolbar.tool('Undo'))).toBe(false);
  });
  await test.step('the action plan: Add puts focus back on "Add recommendation"', async () => {
    await editor.actionPlan.open();
    expect(await behind(editor.toolbar.tool('Undo'))).toBe(true);
    const form = await editor.actionPlan.startRecommendation();
    await form.action.fill('Phone every new tenant in their first week');
    await form.action.press('Enter');
    await expect(editor.actionPlan.message).toHaveText(/^Added /);
    await expect(
      editor.actionPlan.view.getByRole('button', { name: 'Add recommendation' }),
    ).toBeFocused();
    await editor.actionPlan.close();
    expect(await behind(editor.toolbar.tool('Undo'))).toBe(false);
  });
});
