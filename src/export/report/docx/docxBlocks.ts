/**
 * Report blocks as Word elements (the `docx` package): real heading styles (HeadingLevel, so
 * Word's navigation pane and screen readers see them), tables whose header rows are marked as
 * such (they repeat on every page), pictures with their bytes, type, size and alt text.
 */
import {
  AlignmentType,
  Bookmark,
  BorderStyle,
  HeadingLevel,
  ImageRun,
  InternalHyperlink,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import { GRID_LINE, INK_SOFT, LANE_FILL, STEP_FILL } from '../../theme';
import type { Block, Para, Span, TableCell as ReportCell } from '../model';
import type { Scene } from '../../scene';

/** Makes a PNG of a scene `width` pixels wide (canvas in the browser; a stand-in in tests). */
export type Rasterize = (scene: Scene, width: number) => Promise<Uint8Array>;

const hex = (colour: string) => colour.replace('#', '').toUpperCase();
/** Points to half-points (Word's font sizes). */
const half = (pt: number) => Math.round(pt * 2);

/** Word bookmark names: a letter first, then letters, digits and underscores, 40 at most. */
export function bookmarkName(anchor: string): string {
  return `wm_${anchor.replace(/[^A-Za-z0-9]/g, '_')}`.slice(0, 40);
}

/** Text runs for spans; a "\n" inside a span becomes a line break. */
export function runs(
  spans: readonly Span[],
  base: { size?: number; colour?: string } = {},
): TextRun[] {
  const out: TextRun[] = [];
  for (const span of spans) {
    span.text.split('\n').forEach((part, i) => {
      out.push(
        new TextRun({
          text: part,
          break: i > 0 ? 1 : undefined,
          bold: span.bold,
          italics: span.italic,
          color: span.colour ? hex(span.colour) : base.colour ? hex(base.colour) : undefined,
          size: base.size ? half(base.size) : undefined,
        }),
      );
    });
  }
  return out;
}

/** A paragraph of a table cell or list; a card paragraph gets its kind's fill and stripe. */
function cellParagraph(
  para: Para,
  align: (typeof AlignmentType)[keyof typeof AlignmentType] | undefined,
  size: number,
): Paragraph {
  return new Paragraph({
    children: runs(para.spans, { size }),
    alignment: align,
    spacing: { after: para.fill ? 80 : 20 },
    shading: para.fill
      ? { type: ShadingType.CLEAR, color: 'auto', fill: hex(para.fill) }
      : undefined,
    border: para.accent
      ? { left: { style: BorderStyle.SINGLE, size: 18, color: hex(para.accent), space: 4 } }
      : undefined,
  });
}

const ALIGN = {
  left: AlignmentType.LEFT,
  right: AlignmentType.RIGHT,
  center: AlignmentType.CENTER,
};

/** A report table as a Word table; header rows repeat on each page and never split. */
export function wordTable(
  block: Extract<Block, { type: 'table' }>,
  widthTwips: number,
  size = 8.5,
): Table {
  const total = block.columns.reduce((sum, c) => sum + c.weight, 0) || 1;
  const widths = block.columns.map((c) => Math.floor((widthTwips * c.weight) / total));
  const border = { style: BorderStyle.SINGLE, size: 4, color: hex(GRID_LINE) };
  const row = (cells: ReportCell[], kind: 'header' | 'body' | 'footer') => {
    let col = 0;
    return new TableRow({
      tableHeader: kind === 'header',
      cantSplit: kind === 'header',
      children: cells.map((cell) => {
        const span = cell.colSpan ?? 1;
        const align = block.columns[col]?.align;
        const width = widths.slice(col, col + span).reduce((a, b) => a + b, 0);
        col += span;
        const fill =
          cell.fill ?? (kind === 'header' ? STEP_FILL : kind === 'footer' ? LANE_FILL : null);
        const paras = cell.paras.length > 0 ? cell.paras : [{ spans: [{ text: '' }] }];
        return new TableCell({
          columnSpan: span > 1 ? span : undefined,
          width: { size: width, type: WidthType.DXA },
          shading: fill ? { type: ShadingType.CLEAR, color: 'auto', fill: hex(fill) } : undefined,
          margins: { top: 40, bottom: 40, left: 70, right: 70 },
          borders: { top: border, bottom: border, left: border, right: border },
          children: paras.map((p) =>
            cellParagraph(
              kind === 'body' ? p : { ...p, spans: p.spans.map((s) => ({ bold: true, ...s })) },
              align ? ALIGN[align] : undefined,
              size,
            ),
          ),
        });
      }),
    });
  };
  return new Table({
    width: { size: widthTwips, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: [
      ...block.header.map((cells) => row(cells, 'header')),
      ...block.rows.map((cells) => row(cells, 'body')),
      ...(block.footer ? [row(block.footer, 'footer')] : []),
    ],
  });
}

const HEADINGS = {
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3,
} as const;

/** A heading paragraph with a bookmark (for links from the contents). */
export function headingParagraph(
  level: 1 | 2 | 3,
  text: string,
  anchor: string,
  pageBreakBefore = false,
): Paragraph {
  return new Paragraph({
    heading: HEADINGS[level],
    pageBreakBefore,
    children: [new Bookmark({ id: bookmarkName(anchor), children: [new TextRun(text)] })],
  });
}

/** A contents line that links to a heading's bookmark. */
export function contentsLine(title: string, anchor: string): Paragraph {
  const link: ParagraphChild = new InternalHyperlink({
    anchor: bookmarkName(anchor),
    children: [new TextRun({ text: title, style: 'Hyperlink' })],
  });
  return new Paragraph({ children: [link], spacing: { after: 80 } });
}

/** A picture paragraph: PNG bytes at `width` × `height` points with alt text. */
export function pictureParagraph(
  data: Uint8Array,
  type: 'png' | 'jpg' | 'gif',
  widthPt: number,
  heightPt: number,
  alt: string,
  name: string,
): Paragraph {
  // docx sizes pictures in pixels at 96 to the inch.
  const px = (pt: number) => Math.max(1, Math.round((pt * 96) / 72));
  return new Paragraph({
    keepNext: true,
    children: [
      new ImageRun({
        type,
        data,
        transformation: { width: px(widthPt), height: px(heightPt) },
        altText: { name, title: name, description: alt },
      }),
    ],
  });
}

/** A muted caption under a figure. */
export function caption(text: string): Paragraph {
  return new Paragraph({
    children: [new TextRun({ text, italics: true, color: hex(INK_SOFT), size: half(8.5) })],
    spacing: { after: 200 },
  });
}
