/** Where things are on the screen: boxes in CSS pixels of the page, as Playwright reports them. */
import type { Locator } from '@playwright/test';

/** A rectangle on the page in CSS px (what `boundingBox()` returns). */
export type Box = { x: number; y: number; width: number; height: number };

/** A point on the page (CSS px). */
export type Point = { x: number; y: number };

/** Whether `inner`'s centre lies inside `outer`. */
export function centreInside(inner: Box, outer: Box): boolean {
  const cx = inner.x + inner.width / 2;
  const cy = inner.y + inner.height / 2;
  return cx > outer.x && cx < outer.x + outer.width && cy > outer.y && cy < outer.y + outer.height;
}

/** A locator's bounding box; throws, naming the locator, when it is not on the page. */
export async function boxOf(locator: Locator): Promise<Box> {
  const box = await locator.boundingBox();
  if (!box) throw new Error(`No bounding box for ${locator.toString()}`);
  return box;
}

/** A point `dy` px above the bottom edge of `box` and at most 24 px in from its left. */
export function nearBottom(box: Box, dy: number): { x: number; y: number } {
  return { x: Math.min(24, box.width / 2), y: box.height - dy };
}
