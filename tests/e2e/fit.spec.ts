/**
 * Nothing cut off on the canvas, and one name and one rule wherever a user meets them: cards as
 * tall as their measured text (or saying there is more), a metric's whole reading with its
 * verdict in words, an untitled step called the same on the canvas, in the action plan and in
 * the CSV, and the emotion curve following the step's emotion card.
 */
import { boxOf, expect, test } from './support/fixtures';

test.use({ startMap: 'new' });

test('two idea cards with two-line titles show both lines whole at 100 % zoom', async ({
  editor,
}) => {
  const { canvas, search } = editor;
  const titles = [
    'Offer a welcome call within the first week of moving in',
    'Send a text reminder the day before each appointment',
  ];
  // The opportunities & ideas lane (the seventh row) under the first step.
  for (const title of titles) await canvas.addCardByDoubleClick(canvas.cellAt(6, 0), title);
  const long = `A very long idea ${'with many words '.repeat(12)}end`;
  await canvas.addCardByDoubleClick(canvas.cellAt(1, 2), long);
  await canvas.zoomInTo(100);
  for (const title of titles) {
    await search.reveal(title);
    const card = canvas.card('Idea', title);
    await expect(card).toBeVisible();
    const titleBox = card.locator('.card__title');
    // Two lines of 17 px, none of them hidden, inside the card's face.
    expect(await titleBox.evaluate((box) => box.clientHeight)).toBeGreaterThanOrEqual(34);
    expect(await canvas.clippedText(card)).toEqual([]);
    expect(await canvas.cardOverflow(card)).toBe(0);
    await expect(card.getByText('…more')).toHaveCount(0);
  }

  await test.step('a title longer than a card holds says there is more', async () => {
    await search.reveal(long);
    const card = canvas.card('Action', long);
    await expect(card.getByText('…more')).toBeVisible();
    expect(await canvas.cardOverflow(card)).toBe(0);
  });
});

test('a metric card shows its whole reading and says it is off track', async ({ editor }) => {
  const { canvas, inspector } = editor;
  const title = '80% of calls answered within 4 minutes';
  await canvas.addCardByDoubleClick(canvas.cellAt(0, 1), title);
  await inspector.field('Touchpoint card', 'Kind').selectOption('metric');
  const panel = 'Metric card';
  await inspector.field(panel, 'Value').fill('70');
  await inspector.field(panel, 'Target').fill('80');
  await inspector.field(panel, 'Unit').fill('% of calls');
  await inspector.field(panel, 'Unit').press('Tab');
  await canvas.zoomInTo(100);
  const card = canvas.card('Metric', title);
  await expect(card).toContainText('70 % of calls (target 80 % of calls)');
  // In words, not by colour alone.
  await expect(card).toContainText('✗ Off track');
  expect(await canvas.clippedText(card)).toEqual([]);
  expect(await canvas.cardOverflow(card)).toBe(0);
  // Every line of the reading is as wide as the card or narrower: nothing runs off its side.
  const reading = card.locator('.card__metric');
  expect(await reading.evaluate((box) => box.scrollWidth - box.clientWidth)).toBe(0);

  await test.step('the exported picture says the same', async () => {
    const svg = await (await editor.exportDialog.exportAs('Export SVG')).text();
    // Text in the SVG is split into lines where it wraps: join them back up.
    const words = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join(' ');
    expect(words).toContain('70 % of calls');
    expect(words).toMatch(/\(target 80 %\s+of\s+calls\)/);
    expect(words).toContain('✗ Off track');
  });
});

test('an untitled step has one name on the canvas, in the action plan and in the CSV', async ({
  editor,
}) => {
  const { canvas, actionPlan, exportDialog } = editor;
  const action = 'Explain the waiting list on the first call';
  // A new map's first phase, "Aware", holds one step without a title.
  await expect(canvas.stepHeader('Aware')).toBeVisible();

  await actionPlan.open();
  const form = await actionPlan.startRecommendation();
  await form.action.fill(action);
  await form.step.selectOption({ label: 'Aware' });
  await form.add();
  await expect(actionPlan.row(action)).toContainText('Aware › Aware');
  const planCsv = await actionPlan.exportCsv();
  expect((await planCsv.text()).split('\r\n').find((line) => line.includes(action))).toContain(
    '"Aware","Aware",',
  );
  await actionPlan.close();

  // The cards CSV: id, phase, step, lane, kind …
  const csv = await exportDialog.exportAs('Export CSV');
  const row = (await csv.text()).split('\r\n').find((line) => line.includes(action));
  expect(row).toContain('"Aware","Aware","Recommendations","recommendation"');
});

test('setting an emotion card to −1 moves the step’s point on the curve', async ({ editor }) => {
  const { canvas, inspector } = editor;
  const point = canvas.emotionPoint('Join');
  await expect(point).toHaveAttribute('aria-valuetext', 'Not set');
  await expect(point).toContainText('Set emotion');
  const before = await boxOf(point);

  // The emotions lane (the fourth row) under "Join".
  await canvas.addCardByDoubleClick(canvas.cellAt(3, 1), 'Worried about the wait');
  await inspector.field('Emotion card', 'Emotion').selectOption({ label: '-1 Negative' });
  await expect(point).toHaveAttribute('aria-valuenow', '-1');
  await expect(point).toHaveAttribute('aria-valuetext', 'Negative');
  await expect(point).toContainText('Negative · cards');
  // The face moved down from the middle line, where an empty point waits.
  await expect(async () => {
    expect((await boxOf(point)).y).toBeGreaterThan(before.y + 5);
  }).toPass();

  await test.step('a score set on the curve wins; clearing it hands the point back', async () => {
    await point.focus();
    await point.press('ArrowUp');
    await expect(point).toHaveAttribute('aria-valuenow', '0');
    await expect(point).not.toContainText('cards');
    await point.press('Delete');
    await expect(point).toHaveAttribute('aria-valuenow', '-1');
  });

  await editor.reload();
  await expect(canvas.emotionPoint('Join')).toHaveAttribute('aria-valuenow', '-1');
});

test.describe('on the sample map', () => {
  test.use({ startMap: 'sample' });

  test('a lane’s note shows whole lines inside its header, and all of it on hover', async ({
    editor,
  }) => {
    const header = editor.canvas.laneHeader('Evidence from interviews');
    await expect(header).toBeVisible();
    const lane = editor.page.getByRole('listitem').filter({ has: header });
    const note = lane.locator('.lane-header__note');
    await expect(note).toHaveAttribute('title', /interviewed at each journey/);
    const fits = await note.evaluate((box: HTMLElement) => {
      const parent = box.parentElement!;
      const bottom = box.offsetTop + box.offsetHeight;
      return bottom <= parent.clientHeight - parseFloat(getComputedStyle(parent).paddingBottom);
    });
    expect(fits).toBe(true);
  });

  test('a lane name longer than its header breaks onto a second line instead of ending in “…”', async ({
    editor,
  }) => {
    const header = editor.canvas.laneHeader('Recommendations');
    await expect(header).toBeVisible();
    const text = header.locator('.header-name__text');
    // Every letter is drawn: the text is no wider and no taller than its box shows.
    const hidden = await text.evaluate((box: HTMLElement) => ({
      wide: box.scrollWidth - box.clientWidth,
      tall: box.scrollHeight - box.clientHeight,
    }));
    expect(hidden).toEqual({ wide: 0, tall: 0 });
  });
});
