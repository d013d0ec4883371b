/**
 * The map editor in the browser: building a map by mouse and keyboard, moving cards, the
 * inspector, undo and redo, the emotion curve, search, the shortcuts help and confirmations.
 * Every test that changes the map reloads the page and checks the change was kept.
 */
import { test, expect } from '@playwright/test';
import { boxOf, centreInside, EditorPage } from './support/editor';

test('a phase, a lane and cards of several kinds are added with the mouse', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.openNewMap();

  // A phase: added at the end and named in place.
  await editor.tool('Add phase').click();
  const phaseName = page.getByRole('textbox', { name: 'Rename phase' });
  await expect(phaseName).toBeFocused();
  await phaseName.fill('Renew');
  await phaseName.press('Enter');
  await expect(editor.phaseHeader('Renew')).toBeVisible();
  await expect(page.getByRole('list', { name: 'Phases' }).getByRole('listitem')).toHaveCount(6);

  // A lane: added at the bottom and named in place.
  await editor.tool('Add lane').click();
  const laneName = page.getByRole('textbox', { name: 'Rename lane' });
  await expect(laneName).toBeFocused();
  await laneName.fill('Staff notes');
  await laneName.press('Enter');
  await expect(editor.laneHeader('Staff notes')).toBeVisible();
  await expect(editor.grid.getByRole('row')).toHaveCount(8);

  // A card by double-clicking the new lane's cell under the new phase (the minimap, in the
  // bottom-right corner, would cover that cell).
  await editor.zoomToFit();
  await editor.tool('Minimap').click();
  await expect(editor.tool('Minimap')).toHaveAttribute('aria-pressed', 'false');
  const newCell = editor.cellAt(7, 5);
  await expect(newCell).toHaveAccessibleName('Staff notes · Renew');
  await editor.addCardByDoubleClick(newCell, 'Renewal reminder sent');
  const note = editor.card('Note', 'Renewal reminder sent');
  await expect(note).toBeVisible();
  await expect(editor.inspector('Note card')).toContainText('In Staff notes · Renew');

  // Cards of other kinds dragged from the palette.
  await editor.dragFromPalette('Add pain point card', editor.cellAt(4, 2), 'Long wait for a reply');
  const pain = editor.card('Pain point', 'Long wait for a reply');
  await expect(pain).toBeVisible();
  await expect(editor.inspector('Pain point card')).toContainText('In Pain points · Use');

  await editor.dragFromPalette('Add touchpoint card', editor.cellAt(0, 1), 'Welcome letter');
  await expect(editor.card('Touchpoint', 'Welcome letter')).toBeVisible();

  // A double-click in a lane adds that lane's kind of card.
  await editor.addCardByDoubleClick(editor.cellAt(5, 3), 'Friendly staff');
  await expect(editor.card('Love point', 'Friendly staff')).toBeVisible();

  await editor.reload();
  await editor.zoomToFit();
  await expect(editor.phaseHeader('Renew')).toBeVisible();
  await expect(editor.laneHeader('Staff notes')).toBeVisible();
  for (const card of [
    note,
    pain,
    editor.card('Touchpoint', 'Welcome letter'),
    editor.card('Love point', 'Friendly staff'),
  ]) {
    await expect(card).toBeVisible();
  }
  // The note is in the new lane's cell under the new phase.
  expect(centreInside(await boxOf(note), await boxOf(editor.cellAt(7, 5)))).toBe(true);
});

test('a card is added with the keyboard alone', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.openNewMap();

  // Tab into the grid: its first cell is the one in the Tab order.
  const firstCell = editor.cellAt(0, 0);
  await expect(async () => {
    await page.keyboard.press('Tab');
    await expect(firstCell).toBeFocused({ timeout: 100 });
  }).toPass({ timeout: 30_000, intervals: [0] });
  await expect(firstCell).toHaveAccessibleName('Touchpoints · Aware');

  // Down a lane and right a step.
  await page.keyboard.press('ArrowDown');
  await expect(editor.cellAt(1, 0)).toBeFocused();
  await page.keyboard.press('ArrowRight');
  const target = editor.cellAt(1, 1);
  await expect(target).toBeFocused();
  await expect(target).toHaveAccessibleName('Customer actions · Join');

  await page.keyboard.press('n');
  await editor.typeCardTitle('Calls the housing office');
  const card = editor.card('Action', 'Calls the housing office');
  await expect(card).toBeVisible();
  await expect(card).toBeFocused();
  expect(centreInside(await boxOf(card), await boxOf(target))).toBe(true);

  // Enter edits the title again; Esc puts back what was there.
  await page.keyboard.press('Enter');
  await expect(editor.cardTitleEditor).toBeFocused();
  await page.keyboard.type('Writes a letter'); // the old title is selected: typing replaces it
  await expect(editor.card('Action', 'Writes a letter')).toHaveCount(1);
  await page.keyboard.press('Escape');
  await expect(editor.cardTitleEditor).toHaveCount(0);
  await expect(card).toBeFocused();
  await expect(editor.card('Action', 'Writes a letter')).toHaveCount(0);

  // A kind letter adds that kind instead of the lane's.
  await page.keyboard.press('ArrowRight');
  await expect(editor.cellAt(1, 2)).toBeFocused();
  await page.keyboard.press('p');
  await editor.typeCardTitle('Nobody answers');
  await expect(editor.card('Pain point', 'Nobody answers')).toBeVisible();

  await editor.reload();
  await expect(card).toBeVisible();
  await expect(editor.card('Pain point', 'Nobody answers')).toBeVisible();
});

test('a card dragged to another cell stays there after a reload', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.openSample();
  const card = editor.card('Touchpoint', 'Settling-in support from the IL Officer');
  const from = editor.cell('Touchpoints', 'Settled into new home');
  const to = editor.cell('Touchpoints', 'Two-weekly appointments');
  await expect(card).toBeVisible();
  expect(centreInside(await boxOf(card), await boxOf(from))).toBe(true);

  await editor.dragCardTo(card, to);
  await expect(async () => {
    expect(centreInside(await boxOf(card), await boxOf(to))).toBe(true);
  }).toPass();

  await editor.reload();
  await expect(card).toBeVisible();
  expect(centreInside(await boxOf(card), await boxOf(to))).toBe(true);
  expect(centreInside(await boxOf(card), await boxOf(from))).toBe(false);
  await card.click();
  await expect(editor.inspector('Touchpoint card')).toContainText(
    'In Touchpoints · Two-weekly appointments',
  );
});

test('fields edited in the inspector are kept after a reload', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.openSample();

  await editor.selectCard('Touchpoint', 'Exit letter');
  const channel = editor.field('Touchpoint card', 'Channel');
  await expect(channel).toHaveValue('letter');
  await channel.selectOption({ label: 'Telephone' });
  const description = editor.field('Touchpoint card', 'Description');
  await description.fill('Sent by post, followed by a call from the IL Officer.');
  // The card shows its new channel.
  await expect(editor.card('Touchpoint', 'Exit letter')).toContainText('Telephone');

  await editor.selectCard('Pain point', 'Cleaning quality in schemes');
  const severity = editor.field('Pain point card', 'Severity');
  await expect(severity).toHaveValue('medium');
  await severity.selectOption('high');
  await expect(editor.card('Pain point', 'Cleaning quality in schemes')).toContainText(
    'Pain point · High',
  );

  await editor.reload();
  await editor.selectCard('Touchpoint', 'Exit letter');
  await expect(editor.field('Touchpoint card', 'Channel')).toHaveValue('phone');
  await expect(editor.field('Touchpoint card', 'Description')).toHaveValue(
    'Sent by post, followed by a call from the IL Officer.',
  );
  await editor.selectCard('Pain point', 'Cleaning quality in schemes');
  await expect(editor.field('Pain point card', 'Severity')).toHaveValue('high');
});

test('two shift-clicked cards are deleted, and undo and redo bring them back and remove them', async ({
  page,
}) => {
  const editor = new EditorPage(page);
  await editor.openSample();
  const first = editor.card('Touchpoint', 'Property Pool Plus application');
  const second = editor.card('Touchpoint', 'Lifeline and contact numbers');
  const other = editor.card('Touchpoint', 'Referral by OVH staff');

  await first.click();
  await second.click({ modifiers: ['Shift'] });
  await expect(first).toHaveAttribute('aria-pressed', 'true');
  await expect(second).toHaveAttribute('aria-pressed', 'true');
  await expect(other).toHaveAttribute('aria-pressed', 'false');
  await expect(editor.inspector('2 cards selected')).toBeVisible();

  await editor.tool('Delete selected cards').click();
  await expect(first).toHaveCount(0);
  await expect(second).toHaveCount(0);
  await expect(other).toBeVisible();
  await expect(editor.announcement('Deleted 2 cards')).toBeVisible();

  await editor.tool('Undo').click();
  await expect(first).toBeVisible();
  await expect(second).toBeVisible();
  await editor.tool('Redo').click();
  await expect(first).toHaveCount(0);
  await expect(second).toHaveCount(0);

  // The same with the keyboard.
  await page.keyboard.press('Control+z');
  await expect(first).toBeVisible();
  await expect(second).toBeVisible();
  await page.keyboard.press('Control+Shift+z');
  await expect(first).toHaveCount(0);
  await expect(second).toHaveCount(0);
  await expect(other).toBeVisible();

  await editor.reload();
  await expect(other).toBeVisible();
  await expect(first).toHaveCount(0);
  await expect(second).toHaveCount(0);
});

test('dragging an emotion face up raises the score, and it is kept after a reload', async ({
  page,
}) => {
  const editor = new EditorPage(page);
  await editor.openSample();
  const point = editor.emotionPoint('Settled into new home');
  await expect(point).toBeVisible();
  await expect(point).toHaveAttribute('aria-valuetext', 'Positive');
  const before = await boxOf(point);

  await editor.dragEmotionPoint('Settled into new home', -80);
  await expect(point).toHaveAttribute('aria-valuetext', 'Very positive');
  await expect(point).toHaveAttribute('aria-valuenow', '2');
  // The face moved up.
  await expect(async () => {
    expect((await boxOf(point)).y).toBeLessThan(before.y - 5);
  }).toPass();
  // Its neighbours did not change.
  await expect(editor.emotionPoint('Apply or referred')).toHaveAttribute(
    'aria-valuetext',
    'Positive',
  );

  await editor.reload();
  await expect(editor.emotionPoint('Settled into new home')).toHaveAttribute(
    'aria-valuetext',
    'Very positive',
  );
});

test('search finds cards, highlights the current one and steps through the matches', async ({
  page,
}) => {
  const editor = new EditorPage(page);
  await editor.openSample();

  await editor.search.fill('adobe agreement');
  await expect(editor.searchCount).toHaveText('1 of 1');
  const agreement = editor.card('Touchpoint', 'IL Agreement and charges (Adobe Sign)');
  await expect(agreement).toBeVisible();
  await expect(agreement.locator('.card')).toHaveClass(/card--current/);
  // The other cards are not highlighted.
  await expect(page.locator('.card--current')).toHaveCount(1);
  await expect(page.locator('.card--match')).toHaveCount(0);

  await editor.search.fill('no such words anywhere');
  await expect(editor.searchCount).toHaveText('No matches');
  await expect(page.getByRole('button', { name: 'Next match' })).toBeDisabled();
  await expect(page.locator('.card--current')).toHaveCount(0);

  // Three cards mention the Lifeline, in journey order.
  await editor.search.fill('lifeline');
  await expect(editor.searchCount).toHaveText('1 of 3');
  const touchpoint = editor.card('Touchpoint', 'Lifeline and contact numbers');
  await expect(touchpoint.locator('.card')).toHaveClass(/card--current/);

  await page.getByRole('button', { name: 'Next match' }).click();
  await expect(editor.searchCount).toHaveText('2 of 3');
  await expect(editor.selectedCards).toHaveCount(1);
  await expect(editor.selectedCards).toHaveAccessibleName(/Receives Lifeline access/);
  await expect(editor.selectedCards.locator('.card')).toHaveClass(/card--current/);
  await expect(touchpoint.locator('.card')).toHaveClass(/card--match/);

  await page.getByRole('button', { name: 'Next match' }).click();
  await expect(editor.searchCount).toHaveText('3 of 3');
  await expect(editor.selectedCards).toHaveAccessibleName(/^Evidence: 19 positive, 1 problem$/);

  await page.getByRole('button', { name: 'Next match' }).click();
  await expect(editor.searchCount).toHaveText('1 of 3');
  await expect(touchpoint).toHaveAttribute('aria-pressed', 'true');

  await page.getByRole('button', { name: 'Previous match' }).click();
  await expect(editor.searchCount).toHaveText('3 of 3');
  await expect(editor.selectedCards).toHaveAccessibleName(/^Evidence: 19 positive, 1 problem$/);
});

test('? opens the keyboard shortcuts, which list Undo', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.openSample();
  await editor.clickCell(editor.cell('Touchpoints', 'Settled into new home'));
  await expect(editor.cell('Touchpoints', 'Settled into new home')).toBeFocused();
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toBeVisible();
  await expect(help.getByRole('term').filter({ hasText: /^Undo$/ })).toBeVisible();
  await expect(help).toContainText('Ctrl+Z');
  await help.getByRole('button', { name: 'Close' }).click();
  await expect(help).toHaveCount(0);
});

test('deleting a lane that holds cards asks first, and Cancel keeps it', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.openSample();
  await page.getByRole('button', { name: 'Lane options: Touchpoints', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Delete lane…' }).click();
  const ask = page.getByRole('dialog');
  await expect(ask).toContainText('Delete the lane “Touchpoints”?');
  await expect(ask).toContainText('It holds 8 cards');
  await ask.getByRole('button', { name: 'Cancel' }).click();
  await expect(ask).toHaveCount(0);
  await expect(editor.laneHeader('Touchpoints')).toBeVisible();
  await expect(editor.card('Touchpoint', 'Property Pool Plus application')).toBeVisible();

  await editor.reload();
  await expect(editor.laneHeader('Touchpoints')).toBeVisible();
});
