/**
 * The parts around the canvas that the other specs pass by: the Menu of every command, the
 * legend's highlight filter, the card palette's click-to-add, and "Pain points explained".
 */
import { boxOf, centreInside, expect, test } from './support/fixtures';

test('the Menu runs any command; the legend it opens highlights the kinds ticked', async ({
  editor,
}) => {
  const { canvas, legend, search, toolbar } = editor;
  const touchpoint = canvas.card('Touchpoint', 'Property Pool Plus application');
  const pain = canvas.card('Pain point', 'Cleaning quality in schemes');

  await test.step('the Menu lists every command, Undo disabled on a fresh map', async () => {
    await toolbar.menu.open();
    await expect(toolbar.menu.item('Undo')).toBeDisabled();
    await expect(toolbar.menu.item('Add phase')).toBeEnabled();
    await toolbar.menu.close();
  });

  await test.step('“Legend” in the Menu opens the legend', async () => {
    await expect(legend.panel).toHaveCount(0);
    await toolbar.menu.run('Legend');
    await expect(legend.panel).toBeVisible();
    await expect(toolbar.tool('Legend')).toHaveAttribute('aria-pressed', 'true');
  });

  await test.step('ticking Touchpoint dims every other kind', async () => {
    await legend.kind('Touchpoint').check();
    await canvas.expectDimmed(touchpoint, false);
    await search.reveal('Cleaning quality in schemes');
    await canvas.expectDimmed(pain, true);
  });

  await test.step('“Show all kinds” brings them back', async () => {
    await legend.showAll.click();
    await expect(legend.kind('Touchpoint')).not.toBeChecked();
    await canvas.expectDimmed(pain, false);
    await legend.close();
    await expect(toolbar.tool('Legend')).toHaveAttribute('aria-pressed', 'false');
    // Its Menu item is gone: focus goes to the toolbar's Legend, not to the page.
    await expect(toolbar.tool('Legend')).toBeFocused();
  });
});

test('the legend from the keyboard: Escape closes it and focus goes back to what opened it', async ({
  editor,
  page,
}) => {
  const { canvas, legend, toolbar } = editor;
  const button = toolbar.tool('Legend');

  await test.step('Enter on “Legend” opens it with focus on it; Tab reaches its ticks', async () => {
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(legend.heading).toBeFocused();
    await page.keyboard.press('Tab'); // Close legend
    await page.keyboard.press('Tab');
    await expect(legend.kind('Touchpoint')).toBeFocused();
    await page.keyboard.press('Space');
    await expect(legend.kind('Touchpoint')).toBeChecked();
  });

  await test.step('Escape closes it; focus is back on “Legend”', async () => {
    await page.keyboard.press('Escape');
    await expect(legend.panel).toHaveCount(0);
    await expect(button).toBeFocused();
    await expect(button).toHaveAttribute('aria-pressed', 'false');
  });

  await test.step('opened with Shift+L from a card, Escape goes back to the card', async () => {
    const card = canvas.card('Touchpoint', 'Property Pool Plus application');
    await card.focus();
    await page.keyboard.press('Shift+L');
    await expect(legend.heading).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(legend.panel).toHaveCount(0);
    await expect(card).toBeFocused();
  });
});

test('a palette item clicked adds its kind of card to the focused cell', async ({ editor }) => {
  const { canvas, palette } = editor;
  const cell = canvas.cell('Touchpoints', 'Settled into new home');
  await canvas.clickCell(cell);
  await palette.item('Add idea card').click();
  await canvas.typeCardTitle('Welcome pack in large print');
  const idea = canvas.card('Idea', 'Welcome pack in large print');
  await expect(idea).toBeVisible();
  expect(centreInside(await boxOf(idea), await boxOf(cell))).toBe(true);
  await expect(editor.inspector.panel('Idea card')).toContainText(
    'In Touchpoints · Settled into new home',
  );

  await editor.reload();
  await expect(idea).toBeVisible();
});

test('pain points explained lists them in journey order, and one is shown on the map', async ({
  editor,
}) => {
  const { canvas, evidence } = editor;
  const panel = await evidence.openTab('Pain points explained');
  await expect(panel).toContainText('8 pain points, numbered as on the map');
  const titles = evidence.painPoints.getByRole('heading');
  await expect(titles).toHaveCount(8);
  await expect(titles.first()).toHaveText('Pain point 1: Application process difficult at first');
  await expect(titles.nth(6)).toHaveText('Pain point 7: Cleaning quality in schemes');

  await evidence.showPainPointOnMap('Cleaning quality in schemes').click();
  const card = canvas.card('Pain point', 'Cleaning quality in schemes');
  await expect(card).toHaveAttribute('aria-pressed', 'true');
  // The number is drawn as a glyph; a screen reader hears it first in the card's description.
  await expect(card).toHaveAccessibleDescription(/^Pain point 7\./);
});
