/**
 * Flows report blocks down PDF pages: a cursor moves down the writing area and a new page
 * starts when the next piece does not fit. Table header rows repeat on every page a table runs
 * over; a table row taller than the room left is cut between lines, never through one.
 */
import type { PDFDocument, PDFImage, PDFPage } from 'pdf-lib';
import { INK, INK_SOFT, PHASE_FILL } from '../../theme';
import type { Block, MapTile, PageSpec, Span } from '../model';
import type { Pacer } from '../pacing';
import { FOOTER_PT } from '../pages';
import type { PdfFonts } from './pdfFonts';
import { drawScene } from './pdfScene';
import { drawTable, tableStart } from './pdfTable';
import { TYPE, drawLine, wrapSpans, type Line } from './pdfText';

export { TYPE };
/** Headings in the brand blue of the phase headers. */
export const HEADING_COLOUR = PHASE_FILL;

/** A table block of the report model. */
export type TableBlock = Extract<Block, { type: 'table' }>;

/**
 * Lays blocks down a PDF's pages (distances in points), starting a new page when one is full.
 * Mutates its pages.
 */
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
    const follow = next?.type === 'table' ? tableStart(this, next) : 3 * TYPE.body * TYPE.leading;
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

  /** A table (see pdfTable.ts). */
  async table(block: TableBlock): Promise<void> {
    await drawTable(this, block);
  }
}
