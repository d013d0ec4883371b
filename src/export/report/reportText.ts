/**
 * All the words of a report model, block by block: for tests, for choosing which fallback
 * fonts a PDF needs, and for search.
 */
import type { Block, Para, ReportModel, Span, TableCell } from './model';

const spansText = (spans: readonly Span[]) => spans.map((s) => s.text).join('');
const parasText = (paras: readonly Para[]) => paras.map((p) => spansText(p.spans)).join('\n');
const rowText = (row: readonly TableCell[]) => row.map((c) => parasText(c.paras)).join('\t');

/** The text of one block (a figure's text is its caption and alt text). */
export function blockText(block: Block): string {
  switch (block.type) {
    case 'heading':
      return block.text;
    case 'paragraph':
      return spansText(block.spans);
    case 'list':
      return parasText(block.items);
    case 'keyValues':
      return block.items.map((i) => `${i.label}: ${i.value}`).join('\n');
    case 'image':
      return block.alt;
    case 'table':
      return [...block.header, ...block.rows, ...(block.footer ? [block.footer] : [])]
        .map(rowText)
        .join('\n');
    case 'figure':
      return `${block.caption}\n${block.alt}`;
    case 'mapPages':
      return [
        ...block.tiles.map((tile) => `${tile.caption}\n${tile.alt}`),
        ...block.tables.map(blockText),
      ].join('\n');
    case 'contents':
      return '';
  }
}

/** Every word of the report: titles, headings, blocks (figures by caption and alt text). */
export function reportText(model: ReportModel): string {
  const parts = [model.title, model.subtitle];
  for (const section of model.sections) {
    parts.push(section.title);
    for (const block of section.blocks) parts.push(blockText(block));
  }
  return parts.join('\n');
}
