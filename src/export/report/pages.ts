/**
 * Paper sizes and the page's writing area, in PDF points (1/72 inch). ISO 216: A4 is
 * 210 × 297 mm, A3 297 × 420 mm.
 */
import type { Orientation, PageSize } from '../../domain/reportSettings';
import type { PageSpec } from './model';

const MM = 72 / 25.4;
const SIZES: Record<PageSize, [number, number]> = {
  A4: [210 * MM, 297 * MM],
  A3: [297 * MM, 420 * MM],
};
/** Page margin: 15 mm on every side. */
export const PAGE_MARGIN_PT = 15 * MM;
/** Room kept at the foot of every page for the page number line. */
export const FOOTER_PT = 18;

/** The page for a size and orientation, width and height in points. */
export function pageSpec(size: PageSize, orientation: Orientation): PageSpec {
  const [short, long] = SIZES[size];
  const landscape = orientation === 'landscape';
  return {
    size,
    orientation,
    width: landscape ? long : short,
    height: landscape ? short : long,
    margin: PAGE_MARGIN_PT,
  };
}

/** The writing area of a page (inside the margins, above the footer), in points. */
export function contentBox(page: PageSpec): { width: number; height: number } {
  return { width: page.width - 2 * page.margin, height: page.height - 2 * page.margin - FOOTER_PT };
}
