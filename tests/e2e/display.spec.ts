/**
 * How the editor looks for people who change how their screen looks: 320 CSS px wide (1280 px
 * at 400 % zoom), Windows high contrast (forced colours), and reduced motion. Screenshots of the
 * canvas with a selected card are attached to the report for a person to look at.
 */
import { expect, test } from './support/fixtures';
import { boxOf } from './support/geometry';

test.describe('at 320 CSS px wide', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test('the outline opens first, and the canvas stays usable with a card selected', async ({
    editor,
    page,
  }, testInfo) => {
    const outline = page.getByRole('region', { name: /^Outline of / });
    await expect(outline).toBeVisible();
    // Nothing sideways but the rows that scroll on purpose (toolbar, palette, tables).
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      320,
    );
    await outline.getByRole('button', { name: 'Close outline' }).click();
    const flow = page.locator('.map-canvas');
    const box = await flow.boundingBox();
    expect(box?.width ?? 0).toBeGreaterThanOrEqual(300);
    expect(box?.height ?? 0).toBeGreaterThanOrEqual(240);
    await editor.search.find('lifeline');
    await expect(
      editor.canvas.selectedCards.or(editor.canvas.highlighted('current')),
    ).toBeVisible();
    await testInfo.attach('editor at 320 px', {
      body: await page.screenshot(),
      contentType: 'image/png',
    });
  });
});

test('in forced colours, selected and found cards are outlined, not only shadowed', async ({
  editor,
  page,
}, testInfo) => {
  await page.emulateMedia({ forcedColors: 'active' });
  await editor.search.find('lifeline');
  await expect(editor.search.count).toHaveText('1 of 3');
  const current = editor.canvas.highlighted('current');
  const match = editor.canvas.highlighted('match').first();
  await expect(current).toBeVisible();
  expect(await current.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('double');
  expect(await match.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('dashed');
  await editor.search.next.click();
  const selected = editor.canvas.selectedCards.locator('.card');
  await expect(selected).toBeVisible();
  const outline = await selected.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(['solid', 'double']).toContain(outline);
  await testInfo.attach('forced colours', {
    body: await page.screenshot(),
    contentType: 'image/png',
  });
});

test('with reduced motion, zooming jumps instead of gliding', async ({ editor, page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  // Every frame's viewport transform for 600 ms from now: a glide shows values in between.
  const frames = page.evaluate(
    () =>
      new Promise<string[]>((resolve) => {
        const seen: string[] = [];
        const viewport = document.querySelector('.react-flow__viewport');
        const start = performance.now();
        const sample = () => {
          if (viewport) seen.push(getComputedStyle(viewport).transform);
          if (performance.now() - start < 600) requestAnimationFrame(sample);
          else resolve([...new Set(seen)]);
        };
        requestAnimationFrame(sample);
      }),
  );
  const before = await editor.toolbar.zoomLevel.textContent();
  await editor.toolbar.tool('Zoom in').click();
  const distinct = await frames;
  await expect(editor.toolbar.zoomLevel).not.toHaveText(before ?? '');
  expect(distinct.length).toBeLessThanOrEqual(2); // before and after, nothing in between
});

test.describe('at 1400 CSS px wide', () => {
  test.use({ viewport: { width: 1400, height: 900 } });

  test('every palette kind keeps its shortcut letter inside; the page has one h1', async ({
    editor,
    page,
  }) => {
    const items = editor.palette.panel.locator('.palette__item');
    expect(await items.count()).toBeGreaterThan(10);
    const outside = await items.evaluateAll((all) =>
      all
        .map((item) => {
          const box = item.getBoundingClientRect();
          const key = item.querySelector('kbd')?.getBoundingClientRect();
          const label = item.querySelector('.palette__label');
          return {
            name: label?.textContent ?? '',
            past: key ? Math.max(0, key.right - (box.right - 1)) : 0,
            labelCut: label ? label.scrollWidth - label.clientWidth : 0,
          };
        })
        .filter((item) => item.past > 0 || item.labelCut > 0),
    );
    expect(outside).toEqual([]);
    // The map's title is the page's level-one heading, for screen readers: the look is the
    // title field's, as before.
    const title = await editor.header.title.inputValue();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(editor.header.title).toBeVisible();
  });
});

for (const [width, device] of [
  [1280, 'a laptop'],
  [1024, 'a tablet held sideways'],
] as const) {
  test.describe(`at ${width} CSS px wide (${device})`, () => {
    test.use({ viewport: { width, height: 768 } });

    test('the header is one row: the map title on the left, Export at the right end', async ({
      editor,
      page,
    }) => {
      const title = await editor.header.title.boundingBox();
      const exportButton = await editor.header.exportButton.boundingBox();
      expect(title && exportButton).toBeTruthy();
      // Level with the title, not wrapped under it, and against the right edge.
      expect(
        Math.abs(exportButton!.y + exportButton!.height / 2 - (title!.y + title!.height / 2)),
      ).toBeLessThan(4);
      expect(width - (exportButton!.x + exportButton!.width)).toBeLessThan(24);
      const report = await page.getByRole('button', { name: 'Report…' }).boundingBox();
      // Side by side (the buttons used to share out the row's free space between them).
      expect(exportButton!.x - (report!.x + report!.width)).toBeLessThan(24);
      // The title still shows a readable stretch of the name (10 rem at least).
      expect(title!.width).toBeGreaterThanOrEqual(160);
      // Back to the library: a target as tall as the buttons beside it (WCAG 2.5.8).
      const back = await boxOf(editor.header.bar.getByRole('link', { name: /Library/ }));
      expect(back.height).toBeGreaterThanOrEqual(24);
    });
  });
}

test.describe('at 1024 CSS px wide with the inspector open (a canvas about 470 px wide)', () => {
  test.use({ viewport: { width: 1024, height: 768 } });

  test('the personas band, unfolded, keeps a margin from the window’s edges', async ({
    page,
    editor,
  }) => {
    void editor; // the editor is open on the sample map
    await page.getByText(/^Personas \(\d+\)$/).click();
    const band = page.locator('details[open]').filter({ hasText: 'Add persona' });
    const heading = await boxOf(band.getByRole('heading', { name: 'Personas' }));
    const add = await boxOf(band.getByRole('button', { name: 'Add persona' }));
    expect(heading.x).toBeGreaterThanOrEqual(8);
    expect(1024 - (add.x + add.width)).toBeGreaterThanOrEqual(8);
  });

  test('the minimap is small enough to leave the cards in view, and dragging it pans the map', async ({
    editor,
    page,
  }) => {
    await expect(editor.inspector.panel('Map')).toBeVisible();
    const canvas = await boxOf(page.locator('.react-flow'));
    const m = await boxOf(editor.canvas.minimap);
    // 120 × 90 px instead of 200 × 150 (which covered 43 % of this canvas's width).
    expect(m.width).toBeLessThanOrEqual(125);
    expect(m.width / canvas.width).toBeLessThan(0.3);
    const cell = editor.canvas.cell('Touchpoints', 'Settled into new home');
    const before = await boxOf(cell);
    // A drag to the right and down moves the view that way: the map moves up and left.
    await editor.canvas.dragMinimapBy(12, 6);
    await expect(async () => {
      const after = await boxOf(cell);
      expect(after.x).toBeLessThan(before.x - 20);
      expect(after.y).toBeLessThan(before.y - 5);
    }).toPass();
  });
});

test.describe('at 768 × 1024 CSS px (a tablet held upright)', () => {
  test.use({ viewport: { width: 768, height: 1024 } });

  test('the canvas has most of the screen: tools in a row, kinds in a strip, no inspector', async ({
    editor,
    page,
  }) => {
    await expect(editor.canvas.card('Touchpoint', 'Property Pool Plus application')).toBeVisible();
    const canvas = await boxOf(page.locator('.react-flow'));
    // Beside a palette and an inspector column it was 216 px wide and 55 px of cells tall.
    expect(canvas.width).toBeGreaterThanOrEqual(700);
    expect(canvas.height).toBeGreaterThanOrEqual(512);
    await expect(editor.inspector.panel('Map')).toHaveCount(0);
    // The header's buttons keep to one line in the row that scrolls sideways.
    const share = await boxOf(page.getByRole('button', { name: 'Share live…' }));
    expect(share.height).toBeLessThan(44);
    // The inspector opens when asked for, over the canvas's lower half.
    await editor.toolbar.tool('Inspector').click();
    const sheet = await boxOf(editor.inspector.panel('Map'));
    expect(sheet.y).toBeGreaterThanOrEqual(canvas.y + canvas.height / 3);
  });
});
