/**
 * The editor without a mouse: a small map built with the keyboard alone, with focus checked
 * after every step (on the right element, in view, with a visible indicator); the menus by the
 * WAI-ARIA menu button pattern; views over the editor (the outline view: outline.spec.ts).
 */
import type { Locator, Page } from '@playwright/test';
import { expectFocus, focusState, tabTo } from './support/focus';
import { expect, test } from './support/fixtures';

/** Presses `key` until focus is on an element whose name matches (at most `max` presses). */
async function pressTo(page: Page, key: string, name: RegExp, max = 12) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key);
    await page.waitForTimeout(50);
    if (name.test((await focusState(page)).name)) return;
  }
  throw new Error(`${key} never reached ${name}`);
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
      await expectFocus(page, /^Phase: Arrive$/);
    });

    await test.step('add a step and name it', async () => {
      await tabTo(page, /^Add step$/);
      await page.keyboard.press('Enter');
      await page.keyboard.type('Check in');
      await page.keyboard.press('Enter');
      await expect(canvas.header('step', 'Check in')).toBeVisible();
      await expectFocus(page, /^Step: Check in$/);
    });

    await test.step('add a lane and name it', async () => {
      await tabTo(page, /^Add lane$/);
      await page.keyboard.press('Enter');
      await page.keyboard.type('Front office');
      await page.keyboard.press('Enter');
      await expect(canvas.header('lane', 'Front office')).toBeVisible();
      await expectFocus(page, /^Lane: Front office$/);
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
      await pressTo(page, 'Shift+Tab', /^Touchpoint: Front desk and queue/, 30);
      await expect(canvas.selectedCards).toHaveCount(0);
      const outline = await canvas
        .card('Touchpoint', 'Front desk and queue')
        .evaluate((el) => getComputedStyle(el).outlineStyle);
      expect(outline).toBe('solid');
      await expectFocus(page, /^Touchpoint: Front desk and queue/);
    });

    await test.step('→ goes to the empty cell beside it; T adds a touchpoint there', async () => {
      await page.keyboard.press('ArrowRight');
      await expectFocus(page, /^Touchpoints · /);
      await page.keyboard.press('t');
      await expect(canvas.cardTitleEditor).toBeFocused();
      await page.keyboard.type('Web form');
      await page.keyboard.press('Enter');
      await expectFocus(page, /^Touchpoint: Web form, step /);
    });

    await test.step('↓ goes down to the empty cell below; P adds a pain point', async () => {
      await pressTo(page, 'ArrowDown', /^Pain points · /);
      await expectFocus(page, /^Pain points · /);
      await page.keyboard.press('p');
      await page.keyboard.type('Form times out');
      await page.keyboard.press('Enter');
      await expectFocus(page, /^Pain point[^:]*: Form times out, step /);
    });

    await test.step('down to the new lane; N adds a card there', async () => {
      await pressTo(page, 'ArrowDown', /^Front office · /);
      await expectFocus(page, /^Front office · /);
      await page.keyboard.press('n');
      await page.keyboard.type('Greeter');
      await page.keyboard.press('Enter');
      await expectFocus(page, /: Greeter, step .*, lane Front office$/);
    });

    await test.step('up to Opportunities; C adds a recommendation', async () => {
      await pressTo(page, 'ArrowUp', /^Opportunities & ideas · /);
      await expectFocus(page, /^Opportunities & ideas · /);
      await page.keyboard.press('c');
      await page.keyboard.type('Greet people at the door');
      await page.keyboard.press('Enter');
      await expectFocus(page, /^Recommendation[^:]*: Greet people at the door( — [^,]*)?, step /);
    });

    await test.step('two cards selected with the keyboard, then Shift+K links them', async () => {
      await pressTo(page, 'ArrowUp', /^Touchpoints · /, 20);
      await expectFocus(page, /^Touchpoints · /);
      await page.keyboard.press('Enter'); // from a cell to its first card, selected
      await expectFocus(page, /^Touchpoint: Web form, step /);
      await expect(canvas.selectedCards).toHaveCount(1);
      await page.keyboard.press('Shift+ArrowLeft');
      await expectFocus(page, /^Touchpoint: Front desk and queue, step /);
      await expect(canvas.selectedCards).toHaveCount(2);
      await page.keyboard.press('Shift+K');
      await expect(page.locator('.react-flow__edge')).toHaveCount(1);
      await expectFocus(page, /^Touchpoint: Front desk and queue, step /);
    });

    await test.step('the emotion at a step, set with the arrow keys', async () => {
      await tabTo(page, /^Emotion at /, 120);
      await expectFocus(page, /^Emotion at /);
      const point = page.locator(':focus');
      await expect(point).not.toHaveAttribute('aria-valuenow');
      // Not set, then neutral (0), then positive (+1).
      await page.keyboard.press('ArrowUp');
      await page.keyboard.press('ArrowUp');
      await expect(point).toHaveAttribute('aria-valuenow', '1');
      await expect(point).toHaveAttribute('aria-valuetext', 'Positive');
      await expectFocus(page, /^Emotion at /);
    });

    await test.step('the outline (Shift+O) lists five cards in five cells and the link', async () => {
      await page.keyboard.press('Shift+O');
      const outline = page.getByRole('region', { name: /^Outline of / });
      const reveal = outline.getByRole('button', { name: /^Show on canvas: / });
      const places = (await reveal.evaluateAll((all) =>
        all.map((b) => /, (step .*)$/.exec(b.getAttribute('aria-label') ?? '')?.[1]),
      )) as string[];
      expect(places).toHaveLength(5);
      expect(new Set(places).size).toBe(5);
      expect(places).toContain('step Aware, lane Touchpoints');
      // Linked in journey order: from the front desk to the web form.
      await expect(outline.getByRole('link', { name: 'Web form' })).toHaveCount(1);
      await expect(outline.getByRole('link', { name: 'Front desk and queue' })).toHaveCount(0);
      // Opened from the canvas (now inert behind it), focus is on the outline's heading.
      await expectFocus(page, /^Outline of /);
    });

    await test.step('Shift+O closes the outline; focus is back on a selected card', async () => {
      await page.keyboard.press('Shift+O');
      await expect(page.getByRole('region', { name: /^Outline of / })).toHaveCount(0);
      await expectFocus(page, /^Touchpoint: (Web form|Front desk and queue), step /);
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
