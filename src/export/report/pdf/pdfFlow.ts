/**
 * Flows report blocks down PDF pages: a cursor moves down the writing area and a new page
 * starts when the next piece does not fit. Table header rows repeat on every page a table runs
 * over; a table row taller than the room left is cut between lines, never through one.
 */
import type { PDFDocument, PDFImage, PDFPage } from 'pdf-lib';
import { GRID_LINE, INK, INK_SOFT, LANE_FILL, STEP_FILL } from '../../theme';
import type { Block, MapTile, PageSpec, Para, Span, TableCell } from '../model';
import type { Pacer } from '../pacing';
import { FOOTER_PT } from '../pages';
import type { PdfFonts } from './pdfFonts';
import { drawScene, pdfColour } from './pdfScene';
import { drawLine, wrapSpans, type Line } from './pdfText';

/** Type sizes in points: body text, tables, headings (a report on A4 reads at 10 pt). */
export const TYPE = {
  body: 10,
  small: 8.5,
  table: 8.5,
  h1: 18,
  h2: 13.5,
  h3: 11,
  lead: 14,
  leading: 1.35,
  cellPad: 3,
} as const;
const HEADING_COLOUR = '#1f4e79';

type TableBlock = Extract<Block, { type: 'table' }>;

/** A line inside a table cell, with the paragraph style it belongs to. */
interface CellLine {
  line: Line | null;
  height: number;
  fill?: string;
  accent?: string;
}

export class PdfFlow {
  readonly pages: PDFPage[] = [];
  page!: PDFPage;
  /** Distance of the cursor from the top edge of the page, in points. */
  y = 0;

  constructor(
    readonly doc: PDFDocument,
    readonly fonts: PdfFonts,
    readonly spec: PageSpec,
    readonly pacer: Pacer,
    readonly images: ReadonlyMap<string, PDFImage>,
  ) {
    this.newPage();
  }

  get left(): number {
    return this.spec.margin;
  }
  get width(): number {
    return this.spec.width - 2 * this.spec.margin;
  }
  get bottom(): number {
    return this.spec.height - this.spec.margin - FOOTER_PT;
  }
  get top(): number {
    return this.spec.margin;
  }
  /** Room left on this page, in points. */
  get room(): number {
    return this.bottom - this.y;
  }
  /** Whether nothing has been drawn on this page yet. */
  get fresh(): boolean {
    return this.y <= this.top + 0.01;
  }
  /** PDF y (from the bottom) of a distance from the top. */
  pdfY(fromTop: number): number {
    return this.spec.height - fromTop;
  }

  newPage(): void {
    this.page = this.doc.addPage([this.spec.width, this.spec.height]);
    this.pages.push(this.page);
    this.y = this.top;
  }

  /** Starts a new page unless `height` points fit on this one. */
  ensure(height: number): void {
    if (height > this.room && !this.fresh) this.newPage();
  }

  /** Draws wrapped lines at the cursor, breaking pages between lines. */
  lines(lines: Line[], size: number, options: { indent?: number; align?: 'left' | 'right' } = {}) {
    const lineHeight = size * TYPE.leading;
    for (const line of lines) {
      this.ensure(lineHeight);
      const x =
        options.align === 'right'
          ? this.left + this.width - line.width
          : this.left + (options.indent ?? 0);
      drawLine(this.page, this.fonts, line, x, this.pdfY(this.y + size), size);
      this.y += lineHeight;
    }
  }

  /** A paragraph of spans. */
  text(
    spans: readonly Span[],
    size: number,
    options: {
      colour?: string;
      italic?: boolean;
      bold?: boolean;
      indent?: number;
      after?: number;
    } = {},
  ): void {
    const indent = options.indent ?? 0;
    const wrapped = wrapSpans(
      spans,
      this.width - indent,
      { size, colour: options.colour ?? INK, ...options },
      this.fonts,
    );
    this.lines(wrapped, size, { indent });
    this.y += options.after ?? size * 0.6;
  }

  /** A heading; returns where it went (for the contents and the outline). */
  heading(level: 1 | 2 | 3, text: string, next?: Block): { page: PDFPage; y: number } {
    const size = level === 1 ? TYPE.h1 : level === 2 ? TYPE.h2 : TYPE.h3;
    const before = this.fresh ? 0 : size * 0.9;
    // Keep a heading with the start of what follows it (three lines, or a table's first row).
    const follow = next?.type === 'table' ? this.tableStart(next) : 3 * TYPE.body * TYPE.leading;
    this.ensure(before + size * TYPE.leading + follow);
    if (!this.fresh) this.y += before;
    const at = { page: this.page, y: this.y };
    this.text([{ text, bold: true }], size, { colour: HEADING_COLOUR, after: size * 0.45 });
    return at;
  }

  /** Lists: bullets or numbers with a hanging indent. */
  async list(block: Extract<Block, { type: 'list' }>): Promise<void> {
    const size = TYPE.body;
    const indent = 16;
    for (const [i, item] of block.items.entries()) {
      await this.pacer.tick();
      const marker = block.ordered ? `${(block.start ?? 1) + i}.` : '•';
      const wrapped = wrapSpans(item.spans, this.width - indent, { size, colour: INK }, this.fonts);
      this.ensure(size * TYPE.leading);
      const markerLine = wrapSpans(
        [{ text: marker, bold: block.ordered }],
        indent,
        { size, colour: INK_SOFT },
        this.fonts,
      )[0];
      if (markerLine)
        drawLine(this.page, this.fonts, markerLine, this.left, this.pdfY(this.y + size), size);
      this.lines(wrapped, size, { indent });
      this.y += 2.5;
    }
    this.y += TYPE.body * 0.4;
  }

  /** Label and value pairs (the cover's details). */
  keyValues(items: { label: string; value: string }[]): void {
    const size = TYPE.body + 1;
    const labelWidth = 110;
    for (const item of items) {
      const value = wrapSpans(
        [{ text: item.value }],
        this.width - labelWidth,
        { size, colour: INK },
        this.fonts,
      );
      this.ensure(size * TYPE.leading * value.length);
      const label = wrapSpans(
        [{ text: item.label, bold: true }],
        labelWidth,
        { size, colour: INK_SOFT },
        this.fonts,
      )[0];
      if (label) drawLine(this.page, this.fonts, label, this.left, this.pdfY(this.y + size), size);
      this.lines(value, size, { indent: labelWidth });
      this.y += 2;
    }
    this.y += TYPE.body;
  }

  /** A scene (the overview or a chart) scaled to fit, with its caption below. */
  figure(block: Extract<Block, { type: 'figure' }>): void {
    const captionLines = wrapSpans(
      [{ text: block.caption, italic: true }],
      this.width,
      { size: TYPE.small, colour: INK_SOFT },
      this.fonts,
    );
    const captionH = captionLines.length * TYPE.small * TYPE.leading + 6;
    const fullRoom = this.bottom - this.top - captionH;
    const cap = (block.pageShare ?? 1) * fullRoom;
    const fit = (room: number) =>
      Math.min(
        block.maxScale,
        this.width / block.scene.width,
        Math.max(0.01, Math.min(room, cap)) / block.scene.height,
      );
    let scale =
      block.fit === 'page'
        ? fit(this.room - captionH)
        : Math.min(block.maxScale, this.width / block.scene.width);
    // Start a new page when this one would shrink the picture by more than a third.
    if (block.scene.height * scale + captionH > this.room) {
      const onFresh = fit(fullRoom);
      if (!this.fresh && fit(this.room - captionH) < onFresh * 0.67) this.newPage();
      scale = fit(this.room - captionH);
    }
    drawScene(block.scene, {
      page: this.page,
      fonts: this.fonts,
      left: this.left,
      top: this.pdfY(this.y),
      scale,
      images: this.images,
    });
    this.y += block.scene.height * scale + 4;
    this.lines(captionLines, TYPE.small);
    this.y += TYPE.body * 0.6;
  }

  /** One tile of the map, at its fixed scale, with its caption above. */
  tile(tile: MapTile): void {
    const captionH = TYPE.body * TYPE.leading + 4;
    const height = tile.scene.height * tile.scale;
    if (captionH + height > this.room) this.newPage();
    this.text([{ text: tile.caption, bold: true }], TYPE.body, { colour: INK_SOFT, after: 4 });
    drawScene(tile.scene, {
      page: this.page,
      fonts: this.fonts,
      left: this.left,
      top: this.pdfY(this.y),
      scale: tile.scale,
    });
    this.y += height + 8;
  }

  /** A raster picture (persona photo); pictures pdf-lib cannot embed become their alt text. */
  image(block: Extract<Block, { type: 'image' }>): void {
    const image = this.images.get(block.dataUrl);
    if (!image) {
      this.text([{ text: `[Picture: ${block.alt}]`, italic: true }], TYPE.small, {
        colour: INK_SOFT,
      });
      return;
    }
    this.ensure(block.height + 6);
    this.page.drawImage(image, {
      x: this.left,
      y: this.pdfY(this.y + block.height),
      width: block.width,
      height: block.height,
    });
    this.y += block.height + 6;
  }

  /** Lays out a cell's paragraphs into lines for a column `width` points wide. */
  private cellLines(cell: TableCell, width: number, bold: boolean): CellLine[] {
    const out: CellLine[] = [];
    const size = TYPE.table;
    const lineHeight = size * TYPE.leading;
    cell.paras.forEach((para: Para, i) => {
      if (i > 0) out.push({ line: null, height: 2.5 });
      const inner = width - 2 * TYPE.cellPad - (para.accent ? 4 : 0);
      for (const line of wrapSpans(para.spans, inner, { size, colour: INK, bold }, this.fonts)) {
        out.push({ line, height: lineHeight, fill: para.fill, accent: para.accent });
      }
    });
    return out;
  }

  /**
   * Column widths in points: shared out by weight, but each column at least as wide as its
   * longest word (so "Independent" is not cut), taking the room from columns with room to spare.
   */
  columnWidths(block: TableBlock): number[] {
    const total = block.columns.reduce((sum, c) => sum + c.weight, 0) || 1;
    const share = block.columns.map((c) => (this.width * c.weight) / total);
    const min = block.columns.map(() => 0);
    const rows = [...block.header, ...block.rows, ...(block.footer ? [block.footer] : [])];
    for (const [r, row] of rows.entries()) {
      const bold = r < block.header.length;
      let col = 0;
      for (const cell of row) {
        const span = cell.colSpan ?? 1;
        if (span === 1) {
          for (const para of cell.paras)
            for (const s of para.spans)
              for (const word of s.text.split(/\s+/)) {
                if (word.length < 4) continue;
                const style = { bold: s.bold ?? bold, italic: s.italic };
                const w = this.fonts.width(word, style, TYPE.table) + 2 * TYPE.cellPad + 1;
                min[col] = Math.max(min[col] ?? 0, Math.min(w, this.width * 0.3));
              }
        }
        col += span;
      }
    }
    const widths = share.map((w, i) => Math.max(w, min[i] ?? 0));
    const overflow = widths.reduce((a, b) => a + b, 0) - this.width;
    if (overflow <= 0) return widths;
    const slack = widths.map((w, i) => Math.max(0, w - (min[i] ?? 0)));
    const totalSlack = slack.reduce((a, b) => a + b, 0);
    if (totalSlack < overflow) return share;
    return widths.map((w, i) => w - (overflow * (slack[i] ?? 0)) / totalSlack);
  }

  /** How much room the start of a table needs: its header rows and (most of) its first row. */
  tableStart(block: TableBlock): number {
    const widths = this.columnWidths(block);
    const rowHeight = (row: TableCell[], bold: boolean) => {
      let col = 0;
      let max = 0;
      for (const cell of row) {
        const span = cell.colSpan ?? 1;
        const w = widths.slice(col, col + span).reduce((a, b) => a + b, 0);
        col += span;
        max = Math.max(
          max,
          this.cellLines(cell, w, bold).reduce((sum, l) => sum + l.height, 0),
        );
      }
      return max + 2 * TYPE.cellPad;
    };
    const header = block.header.reduce((sum, row) => sum + rowHeight(row, true), 0);
    const first = block.rows[0] ?? block.footer;
    const full = this.bottom - this.top;
    return Math.min(full * 0.6, header + (first ? rowHeight(first, false) : 0));
  }

  /** A table; header rows repeat on every page, rows are cut between lines when too tall. */
  async table(block: TableBlock): Promise<void> {
    const widths = this.columnWidths(block);
    const pad = TYPE.cellPad;
    const layoutRow = (row: TableCell[], bold: boolean) => {
      let col = 0;
      return row.map((cell) => {
        const span = cell.colSpan ?? 1;
        const x = widths.slice(0, col).reduce((a, b) => a + b, 0);
        const w = widths.slice(col, col + span).reduce((a, b) => a + b, 0);
        const align = block.columns[col]?.align;
        col += span;
        return { cell, x, w, align, lines: this.cellLines(cell, w, bold) };
      });
    };
    type Laid = ReturnType<typeof layoutRow>;
    const heightOf = (row: Laid) =>
      Math.max(...row.map((c) => c.lines.reduce((s, l) => s + l.height, 0)), 0) + 2 * pad;
    const header = block.header.map((row) => layoutRow(row, true));
    const headerH = header.reduce((sum, row) => sum + heightOf(row), 0);
    const drawRow = (row: Laid, height: number, fill?: string) => {
      const top = this.y;
      for (const c of row) {
        const x = this.left + c.x;
        const bg = c.cell.fill ?? fill;
        if (bg)
          this.page.drawRectangle({
            x,
            y: this.pdfY(top + height),
            width: c.w,
            height,
            color: pdfColour(bg),
          });
        let y = top + pad;
        for (const l of c.lines) {
          if (l.line) {
            if (l.fill)
              this.page.drawRectangle({
                x: x + pad - 1,
                y: this.pdfY(y + l.height),
                width: c.w - 2 * pad + 2,
                height: l.height,
                color: pdfColour(l.fill),
              });
            if (l.accent)
              this.page.drawRectangle({
                x: x + pad - 1,
                y: this.pdfY(y + l.height),
                width: 2.5,
                height: l.height,
                color: pdfColour(l.accent),
              });
            const lx =
              c.align === 'right' ? x + c.w - pad - l.line.width : x + pad + (l.accent ? 4 : 0);
            drawLine(
              this.page,
              this.fonts,
              l.line,
              lx,
              this.pdfY(y + TYPE.table * 1.05),
              TYPE.table,
            );
          }
          y += l.height;
        }
        this.page.drawRectangle({
          x,
          y: this.pdfY(top + height),
          width: c.w,
          height,
          borderColor: pdfColour(GRID_LINE),
          borderWidth: 0.5,
        });
      }
      this.y += height;
    };
    const drawHeader = () => {
      for (const row of header) drawRow(row, heightOf(row), STEP_FILL);
    };
    if (block.caption)
      this.text([{ text: block.caption, bold: true }], TYPE.small, { colour: INK_SOFT, after: 2 });
    const rows = block.rows.map((row) => layoutRow(row, false));
    if (block.footer) rows.push(layoutRow(block.footer, true));
    this.ensure(this.tableStart(block));
    drawHeader();
    for (const [index, row] of rows.entries()) {
      await this.pacer.tick();
      const fill = block.footer && index === rows.length - 1 ? LANE_FILL : undefined;
      let rest = row;
      for (;;) {
        const height = heightOf(rest);
        if (height <= this.room) {
          drawRow(rest, height, fill);
          break;
        }
        const fullRoom = this.bottom - this.top - headerH;
        if (height <= fullRoom || this.room < 2 * TYPE.table * TYPE.leading + 2 * pad) {
          this.newPage();
          drawHeader();
          if (height <= fullRoom) continue;
        }
        // Too tall for any page: draw what fits, carry the rest over.
        const fitting = this.room - 2 * pad;
        const head = rest.map((c) => {
          let used = 0;
          let n = 0;
          while (n < c.lines.length && used + (c.lines[n]?.height ?? 0) <= fitting)
            used += c.lines[n++]?.height ?? 0;
          return n;
        });
        drawRow(
          rest.map((c, i) => ({ ...c, lines: c.lines.slice(0, head[i]) })),
          this.room,
          fill,
        );
        rest = rest.map((c, i) => ({ ...c, lines: c.lines.slice(head[i]) }));
        this.newPage();
        drawHeader();
      }
    }
    this.y += TYPE.body * 0.8;
  }
}
