/**
 * The outline view (Shift+O): the sample's 69 cards read in journey order, and the map edited
 * from it by keyboard alone: card titles, adding, deleting and moving cards (up, down, to
 * another step and lane), and adding, renaming and deleting phases, steps and lanes, with focus
 * on a sensible, visible control after every command.
 */
import type { Page } from '@playwright/test';
import { expectFocus, focusState } from './support/focus';
import { expect, test } from './support/fixtures';

/** Opens the outline with its shortcut; focus lands on its heading. */
async function openOutline(page: Page) {
  await page.keyboard.press('Shift+O');
  const outline = page.getByRole('region', { name: /^Outline of / });
  await expect(outline).toBeVisible();
  return outline;
}

/** The card titles of one step's table, top to bottom. */
async function titlesIn(page: Page, step: string) {
  return page
    .getByRole('table', { name: `Cards in step ${step}` })
    .locator('textarea')
    .evaluateAll((all) => all.map((t) => (t as HTMLTextAreaElement).value));
}

test('the outline lists every card of the sample in journey order and edits by keyboard', async ({
  editor,
  page,
}) => {
  const outline = await openOutline(page);
  // Every card, named by its title in its row, not only the ones the canvas has drawn.
  const rows = outline.getByRole('row').filter({ has: page.getByRole('rowheader') });
  await expect(rows).toHaveCount(69);
  await expect(outline.getByRole('heading', { level: 3 })).toHaveText([
    'Phase: Join',
    'Phase: Settle in',
    /^Phase: /,
    /^Phase: /,
    'Lanes',
  ]);
  // The first step's first card is in the first lane, and its row says where it is.
  const first = rows.first();
  await expect(first.getByRole('textbox')).toHaveAccessibleName(
    'Title of touchpoint card, step Apply or referred, lane Touchpoints',
  );
  await expect(first.getByRole('cell').first()).toHaveText('Touchpoints');

  await test.step('rename a card from the outline; Enter keeps it, focus stays', async () => {
    const title = first.getByRole('textbox');
    await title.focus();
    await page.keyboard.press('Control+a');
    await page.keyboard.type('Online application');
    await page.keyboard.press('Enter');
    await expect(title).toHaveValue('Online application');
    await expectFocus(page, /^Title of touchpoint card, step Apply or referred/);
  });

  await test.step('a long title wraps in its box and is not cut off', async () => {
    const title = first.getByRole('textbox');
    const long =
      'Online application through the council website, with a paper form for people who ask';
    await title.fill(long);
    await title.press('Enter');
    const fit = await title.evaluate((el) => ({
      lines: el.clientHeight / parseFloat(getComputedStyle(el).lineHeight),
      hiddenX: el.scrollWidth - el.clientWidth,
      hiddenY: el.scrollHeight - el.clientHeight,
    }));
    expect(fit.hiddenX).toBeLessThanOrEqual(0);
    expect(fit.hiddenY).toBeLessThanOrEqual(1);
    expect(fit.lines).toBeGreaterThanOrEqual(2);
    await title.fill('Online application');
    await title.press('Enter');
  });

  await test.step('delete it; focus moves to the next row, not the page body', async () => {
    await first.getByRole('button', { name: /^Delete Touchpoint: Online application/ }).focus();
    await page.keyboard.press('Enter');
    await expect(rows).toHaveCount(68);
    await expectFocus(page, /^Title of /);
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

  await test.step('"Move up" moves it up its cell; focus stays on "Move up"', async () => {
    const before = await titlesIn(page, 'Apply or referred');
    const at = before.indexOf('Phone line');
    await outline.getByRole('button', { name: /^Move up: Touchpoint: Phone line/ }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => titlesIn(page, 'Apply or referred')).not.toEqual(before);
    expect((await titlesIn(page, 'Apply or referred')).indexOf('Phone line')).toBe(at - 1);
    await expectFocus(page, /^Move up: Touchpoint: Phone line/);
    await page.keyboard.press('Shift+Tab');
    await expectFocus(page, /^Show on canvas: Touchpoint: Phone line/);
  });

  await test.step('"Move to…" another step and lane; focus follows the card', async () => {
    await outline.getByRole('button', { name: /^Move to…: Touchpoint: Phone line/ }).focus();
    await page.keyboard.press('Enter');
    const form = outline.getByRole('form', { name: 'Move Phone line to' });
    await expectFocus(page, /^Step$/);
    await form.getByLabel('Step').selectOption({ label: 'Receive resources' });
    await page.keyboard.press('Tab');
    await form.getByLabel('Lane').selectOption({ label: 'Pain points' });
    await page.keyboard.press('Tab');
    await expectFocus(page, /^Move$/);
    await page.keyboard.press('Enter');
    await expectFocus(
      page,
      /^Move to…: Touchpoint: Phone line, step Receive resources, lane Pain points$/,
    );
    expect(await titlesIn(page, 'Apply or referred')).not.toContain('Phone line');
    expect(await titlesIn(page, 'Receive resources')).toContain('Phone line');
  });

  await test.step('add a phase: focus on its name; add a step to it: focus on its title', async () => {
    const add = outline.getByRole('form', { name: 'Add a phase' });
    await add.getByLabel('New phase').focus();
    await page.keyboard.type('Aftercare');
    await page.keyboard.press('Enter');
    await expect(
      outline.getByRole('heading', { name: 'Phase: Aftercare', level: 3 }),
    ).toBeVisible();
    await expectFocus(page, /^Name of phase Aftercare$/);
    await page.keyboard.press('Tab');
    await expectFocus(page, /^Add step to phase Aftercare$/);
    await page.keyboard.press('Enter');
    await expectFocus(page, /^Title of step New step$/);
    await page.keyboard.type('Follow-up call'); // the new step's title is selected: replaced
    await page.keyboard.press('Enter');
    await expect(outline.getByRole('heading', { name: 'Step: Follow-up call' })).toBeVisible();
    await expectFocus(page, /^Title of step Follow-up call$/);
  });

  await test.step('rename the phase in the outline', async () => {
    const name = outline.getByRole('textbox', { name: 'Name of phase Aftercare' });
    await name.focus();
    await page.keyboard.press('Control+a');
    await page.keyboard.type('Aftercare visits');
    await page.keyboard.press('Enter');
    await expect(outline.getByRole('heading', { name: 'Phase: Aftercare visits' })).toBeVisible();
    await expectFocus(page, /^Name of phase Aftercare visits$/);
  });

  await test.step('delete the new phase: focus on the phase before it', async () => {
    await outline.getByRole('button', { name: 'Delete phase Aftercare visits' }).focus();
    await page.keyboard.press('Enter');
    await expect(outline.getByRole('heading', { name: /^Phase: Aftercare/ })).toHaveCount(0);
    await expectFocus(page, /^Name of phase /);
  });

  await test.step('a lane: add, rename and delete it; focus on the lane before it', async () => {
    const add = outline.getByRole('form', { name: 'Add a lane' });
    await add.getByLabel('New lane').focus();
    await page.keyboard.type('Staff notes');
    await page.keyboard.press('Enter');
    await expectFocus(page, /^Name of lane Staff notes$/);
    await page.keyboard.press('End');
    await page.keyboard.type(' and quotes');
    await page.keyboard.press('Enter');
    await expectFocus(page, /^Name of lane Staff notes and quotes$/);
    await outline.getByRole('button', { name: 'Delete lane Staff notes and quotes' }).focus();
    await page.keyboard.press('Enter');
    await expect(outline.getByRole('textbox', { name: /^Name of lane Staff/ })).toHaveCount(0);
    await expectFocus(page, /^Name of lane /);
  });

  await test.step('"Show on canvas" closes the outline and focuses the card there', async () => {
    await outline
      .getByRole('button', { name: /^Show on canvas: Touchpoint: Phone line/ })
      .press('Enter');
    await expect(outline).toHaveCount(0);
    const card = editor.canvas.card('Touchpoint', 'Phone line');
    await expect(card).toBeFocused();
    await expect(card).toHaveAccessibleName(/, step Receive resources, lane Pain points$/);
    expect((await focusState(page)).inView).toBe(true);
  });
});
