/**
 * The minimap at 1280 × 800 (a laptop, palette and inspector open): it is the middle size, and
 * "Show minimap" above it hides it, from the keyboard too, uncovering the cards in the corner;
 * hidden it stays hidden after a reload, and shown again it stays shown.
 */
import { boxOf, expect, test } from './support/fixtures';

test.use({ viewport: { width: 1280, height: 800 } });

test('at 1280 × 800 the minimap can be hidden from its corner, and stays hidden after a reload', async ({
  editor,
  page,
}) => {
  const { canvas, toolbar } = editor;
  const toggle = canvas.minimapToggle;

  const corner = await test.step('the minimap, smaller, with its toggle above it', async () => {
    await expect(canvas.minimap).toBeVisible();
    const box = await boxOf(canvas.minimap);
    // Full size (200 × 150) covered a card's width more of this 728 px wide canvas.
    expect(box.width).toBeLessThanOrEqual(160);
    await expect(toggle).toBeVisible();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    const target = await boxOf(toggle);
    expect(target.width).toBeGreaterThanOrEqual(24);
    expect(target.height).toBeGreaterThanOrEqual(24);
    // The cards under it cannot be reached.
    expect(await canvas.cardsReachableIn(box)).toEqual([]);
    return box;
  });

  await test.step('Space on “Show minimap” hides it; the card under it can be reached', async () => {
    await toggle.focus();
    await page.keyboard.press('Space');
    await expect(canvas.minimap).toHaveCount(0);
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await expect(toggle).toBeFocused();
    await expect(toolbar.tool('Minimap')).toHaveAttribute('aria-pressed', 'false');
    expect((await canvas.cardsReachableIn(corner)).length).toBeGreaterThan(0);
  });

  await test.step('after a reload it is still hidden', async () => {
    await editor.reload();
    await expect(toggle).toBeVisible();
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await expect(canvas.minimap).toHaveCount(0);
  });

  await test.step('Enter shows it again, and so it stays after a reload', async () => {
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect(canvas.minimap).toBeVisible();
    await editor.reload();
    await expect(canvas.minimap).toBeVisible();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  });
});
