/**
 * The map editor in the browser: building a map by mouse and keyboard, moving cards, the
 * inspector, undo and redo, the emotion curve, search, the shortcuts help and confirmations.
 * Every test that changes the map reloads the page and checks the change was kept.
 */
import { boxOf, centreInside, expect, test } from './support/fixtures';

test.describe('on a new map', () => {
  test.use({ startMap: 'new' });

  test('a phase, a lane and cards of several kinds are added with the mouse', async ({
    editor,
  }) => {
    const { canvas, toolbar } = editor;
    const note = canvas.card('Note', 'Renewal reminder sent');
    const pain = canvas.card('Pain point', 'Long wait for a reply');

    await test.step('a phase, added at the end and named in place', async () => {
      await toolbar.tool('Add phase').click();
      await canvas.nameNewHeader('phase', 'Renew');
      await expect(canvas.phaseHeaders).toHaveCount(6);
    });

    await test.step('a lane, added at the bottom and named in place', async () => {
      await toolbar.tool('Add lane').click();
      await canvas.nameNewHeader('lane', 'Staff notes');
      await expect(canvas.rows).toHaveCount(8);
    });

    await test.step('a card by double-clicking the new lane’s cell under the new phase', async () => {
      // The minimap, in the bottom-right corner, would cover that cell.
      await toolbar.zoomToFit();
      await toolbar.tool('Minimap').click();
      await expect(toolbar.tool('Minimap')).toHaveAttribute('aria-pressed', 'false');
      const newCell = canvas.cellAt(7, 5);
      await expect(newCell).toHaveAccessibleName('Staff notes · Renew');
      await canvas.addCardByDoubleClick(newCell, 'Renewal reminder sent');
      await expect(note).toBeVisible();
      await expect(editor.inspector.panel('Note card')).toContainText('In Staff notes · Renew');
    });

    await test.step('cards of other kinds dragged from the palette', async () => {
      await editor.dragFromPalette(
        'Add pain point card',
        canvas.cellAt(4, 2),
        'Long wait for a reply',
      );
      await expect(pain).toBeVisible();
      await expect(editor.inspector.panel('Pain point card')).toContainText('In Pain points · Use');

      await editor.dragFromPalette('Add touchpoint card', canvas.cellAt(0, 1), 'Welcome letter');
      await expect(canvas.card('Touchpoint', 'Welcome letter')).toBeVisible();
    });

    await test.step('a double-click in a lane adds that lane’s kind of card', async () => {
      await canvas.addCardByDoubleClick(canvas.cellAt(5, 3), 'Friendly staff');
      await expect(canvas.card('Love point', 'Friendly staff')).toBeVisible();
    });

    await test.step('everything is still there after a reload', async () => {
      await editor.reload();
      await toolbar.zoomToFit();
      await expect(canvas.phaseHeader('Renew')).toBeVisible();
      await expect(canvas.laneHeader('Staff notes')).toBeVisible();
      for (const card of [
        note,
        pain,
        canvas.card('Touchpoint', 'Welcome letter'),
        canvas.card('Love point', 'Friendly staff'),
      ]) {
        await expect(card).toBeVisible();
      }
      // The note is in the new lane's cell under the new phase.
      expect(centreInside(await boxOf(note), await boxOf(canvas.cellAt(7, 5)))).toBe(true);
    });
  });

  test('a card is added with the keyboard alone', async ({ editor, page }) => {
    const { canvas } = editor;
    const card = canvas.card('Action', 'Calls the housing office');
    const target = canvas.cellAt(1, 1);

    await test.step('Tab into the grid: its first cell is the one in the Tab order', async () => {
      const firstCell = canvas.cellAt(0, 0);
      await expect(async () => {
        await page.keyboard.press('Tab');
        await expect(firstCell).toBeFocused({ timeout: 100 });
      }).toPass({ timeout: 30_000, intervals: [0] });
      await expect(firstCell).toHaveAccessibleName('Touchpoints · Aware');
    });

    await test.step('down a lane and right a step, then n adds a card', async () => {
      await page.keyboard.press('ArrowDown');
      await expect(canvas.cellAt(1, 0)).toBeFocused();
      await page.keyboard.press('ArrowRight');
      await expect(target).toBeFocused();
      await expect(target).toHaveAccessibleName('Customer actions · Join');

      await page.keyboard.press('n');
      await canvas.typeCardTitle('Calls the housing office');
      await expect(card).toBeVisible();
      await expect(card).toBeFocused();
      expect(centreInside(await boxOf(card), await boxOf(target))).toBe(true);
    });

    await test.step('Enter edits the title again; Esc puts back what was there', async () => {
      await page.keyboard.press('Enter');
      await expect(canvas.cardTitleEditor).toBeFocused();
      await page.keyboard.type('Writes a letter'); // the old title is selected: typing replaces it
      await expect(canvas.card('Action', 'Writes a letter')).toHaveCount(1);
      await page.keyboard.press('Escape');
      await expect(canvas.cardTitleEditor).toHaveCount(0);
      await expect(card).toBeFocused();
      await expect(canvas.card('Action', 'Writes a letter')).toHaveCount(0);
    });

    await test.step('a kind letter adds that kind instead of the lane’s', async () => {
      await page.keyboard.press('ArrowRight');
      await expect(canvas.cellAt(1, 2)).toBeFocused();
      await page.keyboard.press('p');
      await canvas.typeCardTitle('Nobody answers');
      await expect(canvas.card('Pain point', 'Nobody answers')).toBeVisible();
    });

    await editor.reload();
    await expect(card).toBeVisible();
    await expect(canvas.card('Pain point', 'Nobody answers')).toBeVisible();
  });
});

test('a title typed in place shows its last line whole, and the line the caret is on', async ({
  editor,
  page,
}) => {
  const { canvas } = editor;
  const card = canvas.card('Touchpoint', 'Settling-in support from the IL Officer');
  await card.dblclick();
  const field = canvas.cardTitleEditor;
  await expect(field).toBeFocused();
  await page.keyboard.press('End');
  /** How the title's lines sit in the field: px hidden below it, and whether the end shows. */
  const lines = () =>
    field.evaluate((t: HTMLTextAreaElement) => ({
      hiddenPx: t.scrollHeight - t.clientHeight,
      endShown: t.scrollTop + t.clientHeight >= t.scrollHeight - 1,
    }));

  await test.step('a two-line title fits: nothing of its second line is cut off', async () => {
    expect((await lines()).hiddenPx).toBeLessThanOrEqual(0);
  });

  await test.step('typed on past the field, the line with the caret stays in view', async () => {
    await page.keyboard.type(' who visits every two weeks and calls on the days between visits');
    await expect(async () => {
      const now = await lines();
      expect(now.hiddenPx).toBeGreaterThan(0);
      expect(now.endShown).toBe(true);
    }).toPass();
    await page.keyboard.press('Escape');
    await expect(card).toBeVisible();
  });
});

test('a card dragged to another cell stays there after a reload', async ({ editor }) => {
  const { canvas } = editor;
  const card = canvas.card('Touchpoint', 'Settling-in support from the IL Officer');
  const from = canvas.cell('Touchpoints', 'Settled into new home');
  const to = canvas.cell('Touchpoints', 'Two-weekly appointments');
  await expect(card).toBeVisible();
  expect(centreInside(await boxOf(card), await boxOf(from))).toBe(true);

  // Every frame from the release on: where the card is drawn (the canvas draws the move a
  // frame later; the card must not be seen back where it came from meanwhile).
  const fromBox = await boxOf(from);
  await card.evaluate((node) => {
    const seen: { x: number; y: number }[] = [];
    let released = false;
    window.addEventListener('mouseup', () => (released = true), { capture: true, once: true });
    const sample = () => {
      if (released) {
        const r = node.closest('.react-flow__node')?.getBoundingClientRect();
        if (r) seen.push({ x: r.x + r.width / 2, y: r.y + r.height / 2 });
      }
      if (seen.length < 30) requestAnimationFrame(sample);
    };
    requestAnimationFrame(sample);
    (window as unknown as { afterDrop: typeof seen }).afterDrop = seen;
  });
  await canvas.dragCardTo(card, to);
  await expect(async () => {
    expect(centreInside(await boxOf(card), await boxOf(to))).toBe(true);
  }).toPass();
  const framesSeen = () =>
    card.evaluate(() => (window as unknown as { afterDrop: { x: number; y: number }[] }).afterDrop);
  // Ten frames from the release on (the sampler stops at thirty).
  await expect.poll(async () => (await framesSeen()).length).toBeGreaterThanOrEqual(10);
  const afterDrop = await framesSeen();
  const backHome = afterDrop.filter(
    (p) =>
      p.x >= fromBox.x &&
      p.x <= fromBox.x + fromBox.width &&
      p.y >= fromBox.y &&
      p.y <= fromBox.y + fromBox.height,
  );
  expect(backHome).toEqual([]);

  await editor.reload();
  await expect(card).toBeVisible();
  expect(centreInside(await boxOf(card), await boxOf(to))).toBe(true);
  expect(centreInside(await boxOf(card), await boxOf(from))).toBe(false);
  await card.click();
  await expect(editor.inspector.panel('Touchpoint card')).toContainText(
    'In Touchpoints · Two-weekly appointments',
  );
});

test('a card let go over the lane labels pinned to the left edge stays where it was', async ({
  editor,
  page,
}) => {
  const { canvas } = editor;
  const card = canvas.card('Touchpoint', 'Lifeline and contact numbers');
  await expect(card).toHaveAccessibleName(/, step Receive resources, lane Touchpoints$/);
  // Pan the map left until the first step's column is under the lane labels.
  await canvas.panBy(180, 0);
  const labels = await boxOf(canvas.laneHeader('Touchpoints'));
  const from = await boxOf(card);
  await page.mouse.move(from.x + from.width / 2, from.y + 10);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2 - 20, from.y + 20, { steps: 4 });
  await page.mouse.move(labels.x + labels.width / 2, from.y + 20, { steps: 12 });
  // No cell to drop in is shown there.
  await expect(page.locator('.drop-cell')).toHaveCount(0);
  await page.mouse.up();
  await expect(card).toHaveAccessibleName(/, step Receive resources, lane Touchpoints$/);
  await expect(card).toBeInViewport();
});

test('a card found by the search is brought out from under the lane labels', async ({ editor }) => {
  const { canvas } = editor;
  const card = canvas.card('Touchpoint', 'Property Pool Plus application');
  // Pan the map left until the first step's column, this card's, is under the lane labels.
  await canvas.panBy(180, 0);
  const labels = await boxOf(canvas.laneHeader('Touchpoints'));
  const edge = labels.x + labels.width;
  expect((await boxOf(card)).x).toBeLessThan(edge);
  await editor.search.find('Property Pool Plus application');
  await expect(editor.search.count).toContainText(/^1 of \d+$/);
  await expect(async () => expect((await boxOf(card)).x).toBeGreaterThanOrEqual(edge)).toPass();
});

test('keyboard focus never lands under the pinned lane labels: the cell and its card are brought out', async ({
  editor,
  page,
}) => {
  const { canvas } = editor;
  await canvas.panBy(180, 0);
  const labels = await boxOf(canvas.laneHeader('Touchpoints'));
  const edge = labels.x + labels.width;
  const first = canvas.cell('Touchpoints', 'Apply or referred');
  expect((await boxOf(first)).x).toBeLessThan(edge);
  // From the next cell, the left arrow goes to the first one, under the labels until now.
  await canvas.clickCell(canvas.cell('Touchpoints', 'Receive resources'));
  await page.keyboard.press('ArrowLeft');
  await expect(first).toBeFocused();
  await expect(async () => expect((await boxOf(first)).x).toBeGreaterThanOrEqual(edge)).toPass();
  // Enter goes to the cell's first card, in view too.
  await page.keyboard.press('Enter');
  const card = canvas.card('Touchpoint', 'Property Pool Plus application');
  await expect(card).toBeFocused();
  await expect(async () => expect((await boxOf(card)).x).toBeGreaterThanOrEqual(edge)).toPass();
});

test('a card added half off screen is brought in by the least pan: the map does not jump', async ({
  editor,
  page,
}) => {
  const { canvas } = editor;
  const lane = canvas.laneHeader('Touchpoints');
  const canvasBox = await boxOf(page.locator('.react-flow'));
  // A cell of the first lane, half past the canvas's right edge.
  const cell = canvas.cell('Touchpoints', 'Annual review');
  const before = await boxOf(cell);
  await canvas.panBy(before.x + before.width / 2 - (canvasBox.x + canvasBox.width), 0);
  const laneTop = (await boxOf(lane)).y;
  await canvas.clickCell(cell);
  await page.keyboard.press('n');
  await canvas.typeCardTitle('Half off screen');
  const card = canvas.card('Touchpoint', 'Half off screen');
  await canvas.waitStill();
  // Wholly on the canvas.
  const box = await boxOf(card);
  expect(box.x + box.width).toBeLessThanOrEqual(canvasBox.x + canvasBox.width + 1);
  // Brought in sideways only: the lanes stay where they were (centring it slid them down).
  expect(Math.abs((await boxOf(lane)).y - laneTop)).toBeLessThan(2);
});

test('the minimap: it follows moved cards, dragging it pans the map, the wheel on it zooms', async ({
  editor,
  page,
}) => {
  const cell = editor.canvas.cell('Touchpoints', 'Settled into new home');
  const minimap = editor.canvas.minimap;
  await expect(minimap).toBeVisible();
  const before = await boxOf(cell);
  const drawing = page.locator('.react-flow__panel').filter({ has: minimap }).locator('canvas');
  /** The minimap's pixels, one character per pixel: which are painted. */
  const painted = () =>
    drawing.evaluate((canvas: HTMLCanvasElement) => {
      const data = canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data;
      let pixels = '';
      for (let i = 3; i < (data?.length ?? 0); i += 4) pixels += (data?.[i] ?? 0) > 0 ? '#' : '.';
      return pixels;
    });

  await test.step('the cards are drawn in it (its first drawing waits for an idle moment)', async () => {
    await expect(async () => {
      expect((await painted()).split('#').length - 1).toBeGreaterThan(100);
    }).toPass();
  });

  await test.step('a card dragged to another cell is drawn there (after the frame of the drop)', async () => {
    const drawn = await painted();
    const card = editor.canvas.card('Touchpoint', 'Settling-in support from the IL Officer');
    const to = editor.canvas.cell('Touchpoints', 'Two-weekly appointments');
    await editor.canvas.dragCardTo(card, to);
    await expect(async () => {
      expect(centreInside(await boxOf(card), await boxOf(to))).toBe(true);
    }).toPass();
    await expect(async () => expect(await painted()).not.toBe(drawn)).toPass();
    await editor.toolbar.tool('Undo').click();
    await expect(async () => expect(await painted()).toBe(drawn)).toPass();
  });

  await test.step('a drag to the right and down moves the view that way: the map moves back', async () => {
    await editor.canvas.dragMinimapBy(20, 10);
    await expect(async () => {
      const after = await boxOf(cell);
      expect(after.x).toBeLessThan(before.x - 20);
      expect(after.y).toBeLessThan(before.y - 5);
    }).toPass();
  });

  await test.step('the wheel up on the minimap zooms in: the cell grows', async () => {
    const width = (await boxOf(cell)).width;
    const m = await boxOf(minimap);
    await page.mouse.move(m.x + m.width / 2, m.y + m.height / 2);
    await page.mouse.wheel(0, -200);
    await expect(async () => {
      expect((await boxOf(cell)).width).toBeGreaterThan(width * 1.1);
    }).toPass();
  });
});

test('fields edited in the inspector are kept after a reload', async ({ editor }) => {
  const { canvas, inspector } = editor;
  await test.step('a touchpoint’s channel and description', async () => {
    await editor.selectCard('Touchpoint', 'Exit letter');
    const channel = inspector.field('Touchpoint card', 'Channel');
    await expect(channel).toHaveValue('letter');
    await channel.selectOption({ label: 'Telephone' });
    await inspector
      .field('Touchpoint card', 'Description')
      .fill('Sent by post, followed by a call from the IL Officer.');
    // The card shows its new channel (a chip drawn as a glyph) and says it in its description.
    const card = canvas.card('Touchpoint', 'Exit letter');
    await expect(card.locator('.card__chip')).toHaveAttribute('data-glyph', /Telephone$/);
    await expect(card).toHaveAccessibleDescription(/^Channel: Telephone\./);
  });

  await test.step('a pain point’s severity', async () => {
    await editor.selectCard('Pain point', 'Cleaning quality in schemes');
    const severity = inspector.field('Pain point card', 'Severity');
    await expect(severity).toHaveValue('medium');
    await severity.selectOption('high');
    await expect(canvas.card('Pain point', 'Cleaning quality in schemes')).toContainText(
      'Pain point · High',
    );
  });

  await test.step('all kept after a reload', async () => {
    await editor.reload();
    await editor.selectCard('Touchpoint', 'Exit letter');
    await expect(inspector.field('Touchpoint card', 'Channel')).toHaveValue('phone');
    await expect(inspector.field('Touchpoint card', 'Description')).toHaveValue(
      'Sent by post, followed by a call from the IL Officer.',
    );
    await editor.selectCard('Pain point', 'Cleaning quality in schemes');
    await expect(inspector.field('Pain point card', 'Severity')).toHaveValue('high');
  });
});

test('two shift-clicked cards are deleted, and undo and redo bring them back and remove them', async ({
  editor,
  page,
}) => {
  const { canvas, toolbar } = editor;
  const first = canvas.card('Touchpoint', 'Property Pool Plus application');
  const second = canvas.card('Touchpoint', 'Lifeline and contact numbers');
  const other = canvas.card('Touchpoint', 'Referral by OVH staff');

  await test.step('shift-click selects two cards', async () => {
    await first.click();
    await second.click({ modifiers: ['Shift'] });
    await expect(first).toHaveAttribute('aria-pressed', 'true');
    await expect(second).toHaveAttribute('aria-pressed', 'true');
    await expect(other).toHaveAttribute('aria-pressed', 'false');
    await expect(editor.inspector.panel('2 cards selected')).toBeVisible();
  });

  await test.step('delete, undo and redo with the toolbar', async () => {
    await toolbar.tool('Delete selected cards').click();
    await expect(first).toHaveCount(0);
    await expect(second).toHaveCount(0);
    await expect(other).toBeVisible();
    await expect(editor.announcement('Deleted 2 cards')).toBeVisible();

    await toolbar.tool('Undo').click();
    await expect(first).toBeVisible();
    await expect(second).toBeVisible();
    await toolbar.tool('Redo').click();
    await expect(first).toHaveCount(0);
    await expect(second).toHaveCount(0);
  });

  await test.step('the same with the keyboard', async () => {
    await page.keyboard.press('Control+z');
    await expect(first).toBeVisible();
    await expect(second).toBeVisible();
    await page.keyboard.press('Control+Shift+z');
    await expect(first).toHaveCount(0);
    await expect(second).toHaveCount(0);
    await expect(other).toBeVisible();
  });

  await editor.reload();
  await expect(other).toBeVisible();
  await expect(first).toHaveCount(0);
  await expect(second).toHaveCount(0);
});

test('dragging an emotion face up raises the score, and it is kept after a reload', async ({
  editor,
}) => {
  const { canvas } = editor;
  const point = canvas.emotionPoint('Settled into new home');
  await expect(point).toBeVisible();
  await expect(point).toHaveAttribute('aria-valuetext', 'Positive');
  const before = await boxOf(point);

  await canvas.dragEmotionPoint('Settled into new home', -80);
  await expect(point).toHaveAttribute('aria-valuetext', 'Very positive');
  await expect(point).toHaveAttribute('aria-valuenow', '2');
  // The face moved up.
  await expect(async () => {
    expect((await boxOf(point)).y).toBeLessThan(before.y - 5);
  }).toPass();
  // Its neighbours did not change.
  await expect(canvas.emotionPoint('Apply or referred')).toHaveAttribute(
    'aria-valuetext',
    'Positive',
  );

  await editor.reload();
  await expect(canvas.emotionPoint('Settled into new home')).toHaveAttribute(
    'aria-valuetext',
    'Very positive',
  );
});

test('search finds cards, highlights the current one and steps through the matches', async ({
  editor,
}) => {
  const { canvas, search } = editor;
  const touchpoint = canvas.card('Touchpoint', 'Lifeline and contact numbers');

  await test.step('one match: it is the current one, nothing else is highlighted', async () => {
    await search.find('adobe agreement');
    await expect(search.count).toHaveText('1 of 1');
    const agreement = canvas.card('Touchpoint', 'IL Agreement and charges (Adobe Sign)');
    await expect(agreement).toBeVisible();
    await canvas.expectHighlight(agreement, 'current');
    await expect(canvas.highlighted('current')).toHaveCount(1);
    await expect(canvas.highlighted('match')).toHaveCount(0);
  });

  await test.step('no match', async () => {
    await search.find('no such words anywhere');
    await expect(search.count).toHaveText('No matches');
    await expect(search.next).toBeDisabled();
    await expect(canvas.highlighted('current')).toHaveCount(0);
  });

  await test.step('three cards mention the Lifeline, stepped through in journey order', async () => {
    await search.find('lifeline');
    await expect(search.count).toHaveText('1 of 3');
    await canvas.expectHighlight(touchpoint, 'current');

    await search.next.click();
    await expect(search.count).toHaveText('2 of 3');
    await expect(canvas.selectedCards).toHaveCount(1);
    await expect(canvas.selectedCards).toHaveAccessibleName(/Receives Lifeline access/);
    await canvas.expectHighlight(canvas.selectedCards, 'current');
    await canvas.expectHighlight(touchpoint, 'match');

    await search.next.click();
    await expect(search.count).toHaveText('3 of 3');
    await expect(canvas.selectedCards).toHaveAccessibleName(/^Evidence: 19 positive, 1 problem — /);

    await search.next.click();
    await expect(search.count).toHaveText('1 of 3');
    await expect(touchpoint).toHaveAttribute('aria-pressed', 'true');

    await search.previous.click();
    await expect(search.count).toHaveText('3 of 3');
    await expect(canvas.selectedCards).toHaveAccessibleName(/^Evidence: 19 positive, 1 problem — /);
  });
});

test('? opens the keyboard shortcuts, which list Undo', async ({ editor, page }) => {
  const { canvas, shortcuts } = editor;
  await canvas.clickCell(canvas.cell('Touchpoints', 'Settled into new home'));
  await expect(canvas.cell('Touchpoints', 'Settled into new home')).toBeFocused();
  await page.keyboard.press('?');
  await expect(shortcuts.dialog).toBeVisible();
  await expect(shortcuts.term('Undo')).toBeVisible();
  await expect(shortcuts.dialog).toContainText('Ctrl+Z');
  await shortcuts.close();
});

test('deleting a lane that holds cards asks first, and Cancel keeps it', async ({ editor }) => {
  const { canvas, confirmDialog } = editor;
  await canvas.headerMenu('lane', 'Touchpoints', 'Delete lane…');
  await expect(confirmDialog.dialog).toContainText('Delete the lane “Touchpoints”?');
  await expect(confirmDialog.dialog).toContainText('It holds 8 cards');
  await confirmDialog.cancel();
  await expect(canvas.laneHeader('Touchpoints')).toBeVisible();
  await expect(canvas.card('Touchpoint', 'Property Pool Plus application')).toBeVisible();

  await editor.reload();
  await expect(canvas.laneHeader('Touchpoints')).toBeVisible();
});

test('a selected card shows its link end on its right edge, and dragging it onto another card links them', async ({
  editor,
  page,
}) => {
  const { canvas } = editor;
  const from = canvas.card('Touchpoint', 'Settling-in support from the IL Officer');
  const to = canvas.card('Touchpoint', 'Two-weekly visit from the IL Officer');
  const linkEnd = (card: typeof from) => card.getByTitle('Drag to another card to link them');
  await expect(from).toBeVisible();
  await expect(linkEnd(from)).toBeHidden();

  await from.click();
  await expect(linkEnd(from)).toBeVisible();
  await expect(linkEnd(to)).toBeHidden();
  // Centred on the card's right edge, where the link starts.
  const card = await boxOf(from);
  const end = await boxOf(linkEnd(from));
  expect(Math.abs(end.x + end.width / 2 - (card.x + card.width))).toBeLessThan(1);
  expect(Math.abs(end.y + end.height / 2 - (card.y + card.height / 2))).toBeLessThan(1);

  const links = page.locator('.react-flow__edge');
  const before = await links.count();
  await page.mouse.move(end.x + end.width / 2, end.y + end.height / 2);
  await page.mouse.down();
  const target = await boxOf(to);
  await page.mouse.move(target.x + target.width / 2, target.y + target.height / 2, { steps: 8 });
  // While a link is drawn, every card shows its incoming end on its left edge: drop on it.
  const incoming = to.locator('.card__handle--in');
  await expect(incoming).toBeVisible();
  const drop = await boxOf(incoming);
  expect(Math.abs(drop.x + drop.width / 2 - target.x)).toBeLessThan(1);
  await page.mouse.move(drop.x + drop.width / 2, drop.y + drop.height / 2, { steps: 4 });
  await page.mouse.up();
  await expect(links).toHaveCount(before + 1);
  await expect(
    page.locator(
      '.react-flow__edge[aria-label^="Flow link from Touchpoint"][aria-label*="Settling-in support"][aria-label*="Two-weekly visit"]',
    ),
  ).toHaveCount(1);
});

test('every card head shows its kind and chips inside the card, or cut short with "…"', async ({
  editor,
}) => {
  const { canvas, inspector } = editor;
  expect(await canvas.headsCutOff()).toEqual([]);
  // A touchpoint marked as a moment of truth and an assumption: its head holds more than fits.
  await editor.selectCard('Touchpoint', 'Settling-in support from the IL Officer');
  const panel = 'Touchpoint card';
  await inspector.field(panel, 'Moment of truth').check();
  await inspector.field(panel, 'Basis').selectOption({ label: 'Assumed (to be checked)' });
  const card = canvas.card('Touchpoint', 'Settling-in support from the IL Officer');
  await expect(card.locator('.card__chip')).toHaveCount(2);
  expect(await canvas.headsCutOff()).toEqual([]);
  await canvas.zoomInTo(150);
  expect(await canvas.headsCutOff()).toEqual([]);
});
