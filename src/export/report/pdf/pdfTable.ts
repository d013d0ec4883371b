/**
 * Tables on PDF pages: column widths that never cut a word they can keep whole, header rows
 * repeated on every page the table runs over, and rows too tall for the room left cut between
 * lines, never through one.
 */
import { GRID_LINE, INK, INK_SOFT, LANE_FILL, STEP_FILL } from '../../theme';
import type { Para, TableCell } from '../model';
import type { PdfFlow, TableBlock } from './pdfFlow';
import { pdfColour } from './pdfScene';
import { TYPE, drawLine, wrapSpans, type Line } from './pdfText';

/** A line inside a table cell, with the paragraph style it belongs to. */
interface CellLine {
  line: Line | null;
  height: number;
  fill?: string;
  accent?: string;
}

/** Lays out a cell's paragraphs into lines for a column `width` points wide. */
function cellLines(flow: PdfFlow, cell: TableCell, width: number, bold: boolean): CellLine[] {
  const out: CellLine[] = [];
  const size = TYPE.table;
  const lineHeight = size * TYPE.leading;
  cell.paras.forEach((para: Para, i) => {
    if (i > 0) out.push({ line: null, height: 2.5 });
    const inner = width - 2 * TYPE.cellPad - (para.accent ? 4 : 0);
    for (const line of wrapSpans(para.spans, inner, { size, colour: INK, bold }, flow.fonts)) {
      out.push({ line, height: lineHeight, fill: para.fill, accent: para.accent });
    }
  });
  return out;
}

/**
 * Column widths in points: shared out by weight, but each column at least as wide as its
 * longest word (so "Independent" is not cut), taking the room from columns with room to spare.
 */
export function columnWidths(flow: PdfFlow, block: TableBlock): number[] {
  const total = block.columns.reduce((sum, c) => sum + c.weight, 0) || 1;
  const share = block.columns.map((c) => (flow.width * c.weight) / total);
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
              const w = flow.fonts.width(word, style, TYPE.table) + 2 * TYPE.cellPad + 1;
              min[col] = Math.max(min[col] ?? 0, Math.min(w, flow.width * 0.3));
            }
      }
      col += span;
    }
  }
  const widths = share.map((w, i) => Math.max(w, min[i] ?? 0));
  const overflow = widths.reduce((a, b) => a + b, 0) - flow.width;
  if (overflow <= 0) return widths;
  const slack = widths.map((w, i) => Math.max(0, w - (min[i] ?? 0)));
  const totalSlack = slack.reduce((a, b) => a + b, 0);
  if (totalSlack < overflow) return share;
  return widths.map((w, i) => w - (overflow * (slack[i] ?? 0)) / totalSlack);
}

/** How much room the start of a table needs: its header rows and (most of) its first row. */
export function tableStart(flow: PdfFlow, block: TableBlock): number {
  const widths = columnWidths(flow, block);
  const rowHeight = (row: TableCell[], bold: boolean) => {
    let col = 0;
    let max = 0;
    for (const cell of row) {
      const span = cell.colSpan ?? 1;
      const w = widths.slice(col, col + span).reduce((a, b) => a + b, 0);
      col += span;
      max = Math.max(
        max,
        cellLines(flow, cell, w, bold).reduce((sum, l) => sum + l.height, 0),
      );
    }
    return max + 2 * TYPE.cellPad;
  };
  const header = block.header.reduce((sum, row) => sum + rowHeight(row, true), 0);
  const first = block.rows[0] ?? block.footer;
  const full = flow.bottom - flow.top;
  return Math.min(full * 0.6, header + (first ? rowHeight(first, false) : 0));
}

/** A table; header rows repeat on every page, rows are cut between lines when too tall. */
export async function drawTable(flow: PdfFlow, block: TableBlock): Promise<void> {
  const widths = columnWidths(flow, block);
  const pad = TYPE.cellPad;
  const layoutRow = (row: TableCell[], bold: boolean) => {
    let col = 0;
    return row.map((cell) => {
      const span = cell.colSpan ?? 1;
      const x = widths.slice(0, col).reduce((a, b) => a + b, 0);
      const w = widths.slice(col, col + span).reduce((a, b) => a + b, 0);
      const align = block.columns[col]?.align;
      col += span;
      return { cell, x, w, align, lines: cellLines(flow, cell, w, bold) };
    });
  };
  type Laid = ReturnType<typeof layoutRow>;
  const heightOf = (row: Laid) =>
    Math.max(...row.map((c) => c.lines.reduce((s, l) => s + l.height, 0)), 0) + 2 * pad;
  const header = block.header.map((row) => layoutRow(row, true));
  const headerH = header.reduce((sum, row) => sum + heightOf(row), 0);
  const drawRow = (row: Laid, height: number, fill?: string) => {
    const top = flow.y;
    for (const c of row) {
      const x = flow.left + c.x;
      const bg = c.cell.fill ?? fill;
      if (bg)
        flow.page.drawRectangle({
          x,
          y: flow.pdfY(top + height),
          width: c.w,
          height,
          color: pdfColour(bg),
        });
      let y = top + pad;
      for (const l of c.lines) {
        if (l.line) {
          if (l.fill)
            flow.page.drawRectangle({
              x: x + pad - 1,
              y: flow.pdfY(y + l.height),
              width: c.w - 2 * pad + 2,
              height: l.height,
              color: pdfColour(l.fill),
            });
          if (l.accent)
            flow.page.drawRectangle({
              x: x + pad - 1,
              y: flow.pdfY(y + l.height),
              width: 2.5,
              height: l.height,
              color: pdfColour(l.accent),
            });
          const lx =
            c.align === 'right' ? x + c.w - pad - l.line.width : x + pad + (l.accent ? 4 : 0);
          drawLine(flow.page, flow.fonts, l.line, lx, flow.pdfY(y + TYPE.table * 1.05), TYPE.table);
        }
        y += l.height;
      }
      flow.page.drawRectangle({
        x,
        y: flow.pdfY(top + height),
        width: c.w,
        height,
        borderColor: pdfColour(GRID_LINE),
        borderWidth: 0.5,
      });
    }
    flow.y += height;
  };
  const drawHeader = () => {
    for (const row of header) drawRow(row, heightOf(row), STEP_FILL);
  };
  if (block.caption)
    flow.text([{ text: block.caption, bold: true }], TYPE.small, { colour: INK_SOFT, after: 2 });
  const rows = block.rows.map((row) => layoutRow(row, false));
  if (block.footer) rows.push(layoutRow(block.footer, true));
  flow.ensure(tableStart(flow, block));
  drawHeader();
  for (const [index, row] of rows.entries()) {
    await flow.pacer.tick();
    const fill = block.footer && index === rows.length - 1 ? LANE_FILL : undefined;
    let rest = row;
    for (;;) {
      const height = heightOf(rest);
      if (height <= flow.room) {
        drawRow(rest, height, fill);
        break;
      }
      const fullRoom = flow.bottom - flow.top - headerH;
      if (height <= fullRoom || flow.room < 2 * TYPE.table * TYPE.leading + 2 * pad) {
        flow.newPage();
        drawHeader();
        if (height <= fullRoom) continue;
      }
      // Too tall for any page: draw what fits, carry the rest over.
      const fitting = flow.room - 2 * pad;
      const head = rest.map((c) => {
        let used = 0;
        let n = 0;
        while (n < c.lines.length && used + (c.lines[n]?.height ?? 0) <= fitting)
          used += c.lines[n++]?.height ?? 0;
        return n;
      });
      drawRow(
        rest.map((c, i) => ({ ...c, lines: c.lines.slice(0, head[i]) })),
        flow.room,
        fill,
      );
      rest = rest.map((c, i) => ({ ...c, lines: c.lines.slice(head[i]) }));
      flow.newPage();
      drawHeader();
    }
  }
  flow.y += TYPE.body * 0.8;
}
