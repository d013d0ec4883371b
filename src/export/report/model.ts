/**
 * The report model: what a report says, before any file format. Sections hold a small set of
 * blocks (headings, paragraphs, lists, tables, figures, the map's pages); the Word, PDF and
 * HTML writers each render the same blocks, so the three formats always carry the same words.
 *
 * Sizes are in PDF points (1/72 inch) unless a field says otherwise.
 */
import type {
  Orientation,
  PageSize,
  ReportPresetId,
  ReportSectionId,
} from '../../domain/reportSettings';
import type { Scene } from '../scene';

/** A run of text with one style. `colour` is a CSS hex colour such as `#c0392b`. */
export interface Span {
  text: string;
  bold?: boolean;
  italic?: boolean;
  colour?: string;
}

/** A paragraph inside a table cell or list item; `fill`/`accent` style a map card. */
export interface Para {
  spans: Span[];
  /** Background colour (a card's kind fill). */
  fill?: string;
  /** A strong stripe on the left (a card's kind accent). */
  accent?: string;
}

/** One cell of a report table: its paragraphs, span and fill colour. */
export interface TableCell {
  paras: Para[];
  /** Columns this cell spans (header rows of the map tables). */
  colSpan?: number;
  fill?: string;
}

/** One column of a report table: its share of the width and its alignment. */
export interface TableColumn {
  /** Relative width: widths are shared out in proportion. */
  weight: number;
  align?: 'left' | 'right' | 'center';
}

/** One page of the map figure: a tile of steps × lanes with repeated headers. */
export interface MapTile {
  /** The tile's picture in layout pixels (0,0 at its top-left). */
  scene: Scene;
  /** Points per layout pixel when drawn: card text is never below 8 pt at this scale. */
  scale: number;
  caption: string;
  alt: string;
  /** Ids of the cards drawn on this tile. */
  cardIds: string[];
  /** The smallest card text size on this tile, in layout pixels (for the 8 pt rule). */
  minCardTextPx: number | null;
}

/**
 * One block of a report section: a heading, a paragraph, a list, key-value pairs, an image, a
 * table, a figure, map pages or the contents.
 */
export type Block =
  | { type: 'heading'; level: 1 | 2 | 3; text: string; anchor: string }
  | {
      type: 'paragraph';
      spans: Span[];
      /** `empty`: the words that say a section has nothing to show. */
      style?: 'normal' | 'lead' | 'muted' | 'quote' | 'empty';
    }
  | { type: 'list'; ordered: boolean; start?: number; items: Para[] }
  | { type: 'keyValues'; items: { label: string; value: string }[] }
  /** A raster picture (a persona photo): a PNG, JPEG, WebP or GIF data URL; size in points. */
  | { type: 'image'; dataUrl: string; alt: string; width: number; height: number }
  | {
      type: 'table';
      columns: TableColumn[];
      /** Header rows repeat on every page the table runs over. */
      header: TableCell[][];
      rows: TableCell[][];
      /** A total row, drawn bold. */
      footer?: TableCell[];
      caption?: string;
    }
  | {
      type: 'figure';
      scene: Scene;
      alt: string;
      caption: string;
      /** `page`: as large as a whole page allows (the map overview); `width`: fit the width. */
      fit: 'page' | 'width';
      /** Largest scale in points per scene pixel (a small chart is not blown up). */
      maxScale: number;
      /** The share of a page's writing height the figure may take (default all of it). */
      pageShare?: number;
    }
  | {
      type: 'mapPages';
      /** For PDF and print: one page per tile. */
      tiles: MapTile[];
      /** For Word: the same split as native tables (phase and step header rows repeat). */
      tables: Extract<Block, { type: 'table' }>[];
    }
  | { type: 'contents' };

/** One section of a report: its heading, its anchor for the contents, and its blocks. */
export interface ReportSection {
  id: ReportSectionId;
  /** The section's level-1 heading. */
  title: string;
  /** A stable anchor for links from the contents (`section-findings`). */
  anchor: string;
  blocks: Block[];
  /** Start on a fresh page (all but the one-page map's following sections). */
  newPage: boolean;
}

/** Page size in points. ISO 216: A4 is 210 × 297 mm, A3 297 × 420 mm. */
export interface PageSpec {
  size: PageSize;
  orientation: Orientation;
  width: number;
  height: number;
  margin: number;
}

/** A whole report, in any format's terms: title, dates, page setup and sections in order. */
export interface ReportModel {
  /** The map's title. */
  title: string;
  /** The report's kind, from its preset ("Journey mapping results report"). */
  subtitle: string;
  preset: ReportPresetId;
  /** The date statuses are reported at, `YYYY-MM-DD`. */
  asAt: string;
  page: PageSpec;
  sections: ReportSection[];
  /** Things the user may want to know (a one-page map with text below 8 pt). */
  warnings: string[];
  /** Every piece of text, for font loading (which scripts the fonts must cover). */
  author: string;
}

/**
 * Whether a report of these sections, in order, opens without its cover (the one-page map has
 * none): then every format opens with the map's title as the document's own title (Word's
 * Title style, the PDF's first words and bookmark, the HTML's first heading), as a cover would.
 */
export function opensWithoutCover(sections: readonly ReportSectionId[]): boolean {
  return sections[0] !== 'cover';
}
