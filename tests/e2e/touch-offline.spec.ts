/**
 * A tablet in a workshop room: a card added by tapping a cell then a kind, a swipe that pans
 * instead of moving the card it starts on, a tapped card dragged by a finger, no browser back
 * swipe from a finger dragging a kind off the palette, and a participant's vote by a finger tap
 * on a vote button of at least 44 × 44 px. A room with poor wifi: after the first
 * visit Waymark starts, opens a map and keeps an edit with no network at all.
 */
import { expect, test } from './support/fixtures';
import { boxOf } from './support/geometry';

test.describe('on a tablet', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 1024, height: 768 } });

  test('tap a cell, then a kind, adds a card there; a finger drag never leaves the editor', async ({
    editor,
    page,
  }) => {
    const { canvas, palette } = editor;
    await expect(
      palette.panel.getByText('Tap a cell, then a kind. To move a card, tap it, then drag it.'),
    ).toBeVisible();
    const editorUrl = page.url();

    await test.step('tap a cell, then "Note": a note is added to that cell', async () => {
      const cell = canvas.cell('Touchpoints', 'Apply or referred');
      const box = await cell.boundingBox();
      if (!box) throw new Error('the cell is not on screen');
      await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height - 6);
      // The tapped cell is marked as the chosen one.
      await expect(cell).toHaveCSS('outline-style', 'dashed');
      await palette.item('Add note card').tap();
      await canvas.typeCardTitle('Ask about the phone line');
      const note = canvas.card('Note', 'Ask about the phone line');
      await expect(note).toHaveAccessibleName(/, step Apply or referred, lane Touchpoints$/);
    });

    await test.step('a finger swiping from a card pans the map; the card stays in its cell', async () => {
      const card = canvas.card('Touchpoint', 'Property Pool Plus application');
      const viewport = page.locator('.react-flow__viewport');
      const before = await viewport.evaluate((el) => getComputedStyle(el).transform);
      const from = await boxOf(card);
      const start = { x: from.x + from.width / 2, y: from.y + from.height / 2 };
      // Up a little: the next step's cell stays clear of the inspector.
      await canvas.fingerDrag(start, { x: start.x, y: start.y - 40 });
      await expect
        .poll(() => viewport.evaluate((el) => getComputedStyle(el).transform))
        .not.toBe(before);
      await canvas.waitStill();
      await expect(card).toHaveAccessibleName(/, step Apply or referred, lane Touchpoints$/);
      await expect(card).toHaveAttribute('aria-pressed', 'false');
    });

    await test.step('tapped first, the card follows the finger to another cell', async () => {
      const card = canvas.card('Touchpoint', 'Property Pool Plus application');
      const from = await boxOf(card);
      await page.touchscreen.tap(from.x + from.width / 2, from.y + from.height / 2);
      await expect(card).toHaveAttribute('aria-pressed', 'true');
      const to = await boxOf(canvas.cell('Touchpoints', 'Receive resources'));
      await canvas.fingerDrag(
        { x: from.x + from.width / 2, y: from.y + from.height / 2 },
        { x: to.x + to.width / 2, y: to.y + to.height - 10 },
      );
      await expect(card).toHaveAccessibleName(/, step Receive resources, lane Touchpoints$/);
    });

    await test.step('one finger on the empty canvas pans it', async () => {
      const viewport = page.locator('.react-flow__viewport');
      const before = await viewport.evaluate((el) => getComputedStyle(el).transform);
      const pane = await page.locator('.react-flow__pane').boundingBox();
      if (!pane) throw new Error('no canvas');
      // Below the grid's last lane: empty canvas.
      const x = pane.x + pane.width / 2;
      const y = pane.y + pane.height - 20;
      await canvas.fingerDrag({ x, y }, { x: x - 150, y: y - 150 });
      await expect
        .poll(() => viewport.evaluate((el) => getComputedStyle(el).transform))
        .not.toBe(before);
      await expect(page.locator('.box-select')).toHaveCount(0);
    });

    await test.step('a finger dragging a kind sideways does not go back to the library', async () => {
      // The page neither scrolls past its edge nor swipes back, and a kind's own touch
      // gesture is vertical scrolling of the palette only.
      const item = palette.item('Add pain point card');
      expect(await page.evaluate(() => getComputedStyle(document.body).overscrollBehaviorX)).toBe(
        'none',
      );
      expect(await item.evaluate((el) => getComputedStyle(el).touchAction)).toBe('pan-y');
      const box = await item.boundingBox();
      if (!box) throw new Error('the palette item is not on screen');
      const client = await page.context().newCDPSession(page);
      const y = box.y + box.height / 2;
      const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', x: number) =>
        client.send('Input.dispatchTouchEvent', {
          type,
          touchPoints: type === 'touchEnd' ? [] : [{ x, y }],
        });
      await touch('touchStart', box.x + 10);
      for (let x = box.x + 10; x < box.x + 600; x += 40) await touch('touchMove', x);
      await touch('touchEnd', box.x + 600);
      await page.waitForTimeout(500);
      expect(page.url()).toBe(editorUrl);
      await expect(canvas.grid).toBeVisible();
    });
  });

  test('a kind tapped before any cell is chosen goes to the first cell of its own lane', async ({
    editor,
  }) => {
    // The inspector's first words are a finger's, not a mouse's.
    const map = editor.inspector.panel('Map');
    await expect(map.getByText('Tap a cell, then a kind in the palette')).toBeVisible();
    await expect(map.getByText('Double-click a cell')).toBeHidden();
    await editor.palette.item('Add pain point card').tap();
    await editor.canvas.typeCardTitle('Phone line down');
    await expect(editor.canvas.card('Pain point', 'Phone line down')).toHaveAccessibleName(
      /, step Apply or referred, lane Pain points$/,
    );
  });

  test('a participant votes with a finger tap on a vote button of at least 44 × 44 px', async ({
    editor,
    page,
  }) => {
    const { canvas, search, workshop } = editor;
    const visits = 'Inconsistent visits after staff change';
    await editor.toolbar.tool('Annotate').tap();
    await expect(workshop.tools).toBeVisible();
    await workshop.setName('Sam');
    const dialog = await workshop.openStartVote();
    await dialog.question.fill('What should we fix first?');
    await dialog.votesPerParticipant.fill('3');
    await dialog.start();
    await expect(workshop.turn).toHaveText('Voting as: Sam — 3 of 3 votes left');
    await search.goTo(visits);
    await canvas.waitStill();

    const button = workshop.voteFor(visits);
    // Voting by touch, the map is shown at 100 % at least, once a move to the card has ended.
    await expect
      .poll(async () => (await button.boundingBox())?.height ?? 0)
      .toBeGreaterThanOrEqual(44);
    const box = await button.boundingBox();
    if (!box) throw new Error('the vote button is not on screen');
    // Measured on screen, at the zoom the participant sees (WCAG 2.5.5: 44 × 44 CSS px).
    expect(box.width).toBeGreaterThanOrEqual(44);
    expect(box.height).toBeGreaterThanOrEqual(44);

    await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
    await expect(workshop.turn).toHaveText('Voting as: Sam — 2 of 3 votes left');
    // The card shows the participant their vote, and its row is not cut off.
    const card = canvas.card('Pain point', visits);
    await expect(card.getByText('Sam: 1', { exact: true })).toBeVisible();
    expect(await canvas.cardOverflow(card)).toBe(0);
  });
});

test('after the first visit Waymark opens a map and keeps an edit with no network', async ({
  app,
  page,
  context,
}) => {
  await test.step('first visit: the service worker takes the app', async () => {
    await app.library.goto();
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    // The first page was loaded before the worker; from the next load on it is in control.
    await page.reload();
    await expect
      .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
      .toBe(true);
  });

  await context.setOffline(true);

  await test.step('offline: reload, open the sample map, rename a card', async () => {
    await page.reload();
    await app.editor.openSample();
    const card = app.editor.canvas.card('Touchpoint', 'Property Pool Plus application');
    await card.dblclick();
    await app.editor.canvas.cardTitleEditor.fill('Property Pool Plus online');
    await page.keyboard.press('Enter');
    await expect(app.editor.canvas.card('Touchpoint', 'Property Pool Plus online')).toBeVisible();
  });

  await test.step('offline: reload; the edit is there', async () => {
    await app.editor.reload();
    await expect(app.editor.canvas.card('Touchpoint', 'Property Pool Plus online')).toBeVisible();
  });
});
