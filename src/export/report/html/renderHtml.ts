/**
 * The report as HTML, for the preview and for printing: a plain string (no React), every piece
 * of user text escaped, figures as inline SVG drawn from the same scenes as the PDF.
 *
 * Print rules (PITFALLS.md): `@page` sets the paper and margins and Chromium honours it;
 * `break-inside: avoid` keeps a card, a table row or a figure on one page; `thead` repeats on
 * every page a table runs over; each map tile starts a page at the scale that keeps card text
 * at 8 pt or more; page numbers go in the page's margin box.
 */
import { sceneToSvg, escapeXml, SAFE_PICTURE } from '../../svg';
import { formatDate } from '../../format';
import { GRID_LINE, INK, INK_SOFT, LANE_FILL, PAPER, PHASE_FILL, STEP_FILL } from '../../theme';
import {
  opensWithoutCover,
  type Block,
  type ReportModel,
  type Span,
  type TableCell,
} from '../model';
import { contentBox } from '../pages';

const esc = escapeXml;
const COLOUR = /^#[0-9a-fA-F]{6}$/;
const pt = (n: number) => `${Math.round(n * 100) / 100}pt`;

function spans(list: readonly Span[]): string {
  return list
    .map((s) => {
      let html = esc(s.text).replace(/\n/g, '<br>');
      if (s.bold) html = `<strong>${html}</strong>`;
      if (s.italic) html = `<em>${html}</em>`;
      if (s.colour && COLOUR.test(s.colour))
        html = `<span class="wm-ink-${s.colour.slice(1).toLowerCase()}">${html}</span>`;
      return html;
    })
    .join('');
}

function cellHtml(cell: TableCell, tag: 'td' | 'th', align?: string): string {
  const classes = [
    cell.fill && COLOUR.test(cell.fill) ? `wm-fill-${cell.fill.slice(1).toLowerCase()}` : '',
    align === 'right' ? 'num' : '',
  ]
    .filter(Boolean)
    .join(' ');
  const attrs =
    (cell.colSpan && cell.colSpan > 1 ? ` colspan="${cell.colSpan}"` : '') +
    (classes ? ` class="${classes}"` : '');
  const inner = cell.paras
    .map((p) => {
      const classes = [
        p.fill && COLOUR.test(p.fill) ? `card wm-fill-${p.fill.slice(1).toLowerCase()}` : '',
        p.accent && COLOUR.test(p.accent) ? `wm-accent-${p.accent.slice(1).toLowerCase()}` : '',
      ]
        .filter(Boolean)
        .join(' ');
      return `<p${classes ? ` class="${classes}"` : ''}>${spans(p.spans)}</p>`;
    })
    .join('');
  return `<${tag}${attrs}>${inner}</${tag}>`;
}

function tableHtml(block: Extract<Block, { type: 'table' }>): string {
  const total = block.columns.reduce((sum, c) => sum + c.weight, 0) || 1;
  const cols = block.columns
    // The width attribute, not a style: the app's Content-Security-Policy allows no inline styles.
    .map((c) => `<col width="${((100 * c.weight) / total).toFixed(2)}%">`)
    .join('');
  const row = (cells: TableCell[], tag: 'td' | 'th') => {
    let col = 0;
    return `<tr>${cells
      .map((cell) => {
        const align = block.columns[col]?.align;
        col += cell.colSpan ?? 1;
        return cellHtml(cell, tag, align);
      })
      .join('')}</tr>`;
  };
  return (
    `<table>${block.caption ? `<caption>${esc(block.caption)}</caption>` : ''}<colgroup>${cols}</colgroup>` +
    `<thead>${block.header.map((r) => row(r, 'th')).join('')}</thead>` +
    `<tbody>${block.rows.map((r) => row(r, 'td')).join('')}</tbody>` +
    (block.footer ? `<tfoot>${row(block.footer, 'td')}</tfoot>` : '') +
    '</table>'
  );
}

/** Every colour the report's text, cells and cards use (they become classes, not styles). */
function coloursOf(model: ReportModel): {
  inks: Set<string>;
  fills: Set<string>;
  accents: Set<string>;
} {
  const inks = new Set<string>();
  const fills = new Set<string>();
  const accents = new Set<string>();
  const addSpans = (list: readonly Span[]) => {
    for (const s of list) if (s.colour && COLOUR.test(s.colour)) inks.add(s.colour.toLowerCase());
  };
  const addCell = (cell: TableCell) => {
    if (cell.fill && COLOUR.test(cell.fill)) fills.add(cell.fill.toLowerCase());
    for (const p of cell.paras) {
      addSpans(p.spans);
      if (p.fill && COLOUR.test(p.fill)) fills.add(p.fill.toLowerCase());
      if (p.accent && COLOUR.test(p.accent)) accents.add(p.accent.toLowerCase());
    }
  };
  const addTable = (table: Extract<Block, { type: 'table' }>) => {
    for (const row of [...table.header, ...table.rows, ...(table.footer ? [table.footer] : [])])
      row.forEach(addCell);
  };
  for (const section of model.sections)
    for (const block of section.blocks) {
      if (block.type === 'paragraph') addSpans(block.spans);
      else if (block.type === 'list') block.items.forEach((i) => addSpans(i.spans));
      else if (block.type === 'table') addTable(block);
    }
  return { inks, fills, accents };
}

/**
 * The report's stylesheet for its page size (screen preview and print). Colours are classes
 * (`wm-ink-1f4e79`) defined here, so the markup carries no style attributes: the app's
 * Content-Security-Policy (style-src 'self') would refuse them.
 */
export function reportCss(model: ReportModel): string {
  const { inks, fills, accents } = coloursOf(model);
  const colourRules = [
    ...[...inks].map((c) => `.wm-report .wm-ink-${c.slice(1)} { color: ${c}; }`),
    ...[...fills].map((c) => `.wm-report .wm-fill-${c.slice(1)} { background: ${c}; }`),
    ...[...accents].map(
      (c) => `.wm-report .wm-accent-${c.slice(1)} { border-left: 3px solid ${c}; }`,
    ),
  ].join('\n');
  const { page } = model;
  const box = contentBox(page);
  return `
@page { size: ${page.size} ${page.orientation}; margin: ${pt(page.margin)};
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 8pt "DejaVu Sans", Arial, sans-serif; color: ${INK_SOFT}; } }
.wm-report { font: 10pt/1.35 "DejaVu Sans", system-ui, Arial, sans-serif; color: ${INK}; max-width: ${pt(box.width)}; margin: 0 auto; }
.wm-report h1, .wm-report h2, .wm-report h3 { color: ${PHASE_FILL}; break-after: avoid; margin: 1em 0 0.4em; }
.wm-report h1 { font-size: 18pt; } .wm-report h2 { font-size: 13.5pt; } .wm-report h3 { font-size: 11pt; }
.wm-report .cover h1 { font-size: 28pt; margin-top: 25vh; }
.wm-report .report-title { font-size: 24pt; margin-top: 0; }
.wm-report section.new-page { break-before: page; }
.wm-report p { margin: 0 0 0.5em; }
.wm-report .lead { font-size: 14pt; } .wm-report .muted { font-size: 9pt; color: ${INK_SOFT}; }
.wm-report .empty { font-style: italic; color: ${INK_SOFT}; } .wm-report .quote { font-style: italic; margin-left: 14pt; }
.wm-report dl { display: grid; grid-template-columns: 110pt 1fr; gap: 2pt 8pt; font-size: 11pt; }
.wm-report dt { font-weight: bold; color: ${INK_SOFT}; } .wm-report dd { margin: 0; }
.wm-report table { width: 100%; border-collapse: collapse; table-layout: fixed; font-size: 8.5pt; margin: 0 0 1em; }
.wm-report thead { display: table-header-group; } .wm-report tfoot td { background: ${LANE_FILL}; font-weight: bold; }
.wm-report th { background: ${STEP_FILL}; text-align: left; }
.wm-report th, .wm-report td { border: 0.5pt solid ${GRID_LINE}; padding: 3pt; vertical-align: top; overflow-wrap: anywhere; }
.wm-report td p, .wm-report th p { margin: 0 0 2pt; } .wm-report .num { text-align: right; }
.wm-report tr, .wm-report figure, .wm-report .card, .wm-report li { break-inside: avoid; }
.wm-report figure { margin: 0 0 1em; }
.wm-report figure svg, .wm-report figure img { display: block; max-width: 100%; height: auto; }
.wm-report figcaption { font-size: 8.5pt; font-style: italic; color: ${INK_SOFT}; }
.wm-report .tile ~ .tile { break-before: page; } .wm-report .tile figcaption { font-style: normal; font-weight: bold; font-size: 10pt; }
.wm-report .tile svg, .wm-report .tile img { max-width: none; }
.wm-report .contents a { color: inherit; } .wm-report img { display: block; margin: 0 0 6pt; }
.wm-report-footer { display: none; }
@media screen { .wm-report { padding: 24px; background: ${PAPER}; } }
${colourRules}
`;
}

function blockHtml(block: Block, model: ReportModel, figures: FigureMode): string {
  switch (block.type) {
    case 'heading':
      return `<h${block.level} id="${esc(block.anchor)}">${esc(block.text)}</h${block.level}>`;
    case 'paragraph':
      return `<p class="${block.style ?? 'normal'}">${spans(block.spans)}</p>`;
    case 'list': {
      const tag = block.ordered ? 'ol' : 'ul';
      return `<${tag}${block.start ? ` start="${block.start}"` : ''}>${block.items.map((i) => `<li>${spans(i.spans)}</li>`).join('')}</${tag}>`;
    }
    case 'keyValues':
      return `<dl>${block.items.map((i) => `<dt>${esc(i.label)}</dt><dd>${esc(i.value)}</dd>`).join('')}</dl>`;
    case 'image':
      return SAFE_PICTURE.test(block.dataUrl)
        ? `<img src="${esc(block.dataUrl)}" alt="${esc(block.alt)}" width="${Math.round((block.width * 4) / 3)}" height="${Math.round((block.height * 4) / 3)}">`
        : '';
    case 'table':
      return tableHtml(block);
    case 'figure': {
      const box = contentBox(model.page);
      // Room for the heading above and a note below, as in the PDF.
      const room = (box.height - 110) * (block.pageShare ?? 1);
      const scale = Math.min(
        block.maxScale,
        box.width / block.scene.width,
        block.fit === 'page' ? room / block.scene.height : Infinity,
      );
      return figureHtml(block.scene, scale, block.alt, block.caption, '', figures);
    }
    case 'mapPages':
      return block.tiles
        .map((tile) =>
          figureHtml(tile.scene, tile.scale, tile.alt, tile.caption, 'tile', figures, true),
        )
        .join('');
    case 'contents':
      return `<ol class="contents">${model.sections
        .filter((s) => s.id !== 'cover' && s.id !== 'contents')
        .map((s) => `<li><a href="#${esc(s.anchor)}">${esc(s.title)}</a></li>`)
        .join('')}</ol>`;
  }
}

/**
 * How figures are written: `inline` SVG elements (print: text stays text), or `image`, an
 * `<img>` of the SVG as a data URL (the preview: the page parses and lays out two elements per
 * figure instead of thousands, and draws a figure only when it scrolls into view).
 */
export type FigureMode = 'inline' | 'image';

/** A figure of a scene sized in points (`scale` points per scene pixel). */
function figureHtml(
  scene: Parameters<typeof sceneToSvg>[0],
  scale: number,
  alt: string,
  caption: string,
  className: string,
  figures: FigureMode,
  captionFirst = false,
): string {
  const widthPt = Math.round(scene.width * scale * 100) / 100;
  const heightPt = Math.round(scene.height * scale * 100) / 100;
  const svg = sceneToSvg({ ...scene, title: alt }).replace(
    /^<svg ([^>]*?)width="[^"]*" height="[^"]*"/,
    `<svg $1width="${widthPt}pt" height="${heightPt}pt"`,
  );
  const picture =
    figures === 'inline'
      ? svg
      : `<img src="data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}" alt="${esc(alt)}" width="${Math.round((widthPt * 4) / 3)}" height="${Math.round((heightPt * 4) / 3)}" loading="lazy" decoding="async">`;
  const cap = `<figcaption>${esc(caption)}</figcaption>`;
  return `<figure${className ? ` class="${className}"` : ''}>${captionFirst ? cap : ''}${picture}${captionFirst ? '' : cap}</figure>`;
}

/** The report's body: one `<article class="wm-report">` with a section per report section. */
export function reportBodyHtml(model: ReportModel, figures: FigureMode = 'inline'): string {
  const sections = model.sections.map((section) => {
    const classes = [section.id === 'cover' ? 'cover' : '', section.newPage ? 'new-page' : '']
      .filter(Boolean)
      .join(' ');
    return (
      `<section id="${esc(section.anchor)}"${classes ? ` class="${classes}"` : ''}>` +
      `<h1>${esc(section.title)}</h1>${section.blocks.map((b) => blockHtml(b, model, figures)).join('\n')}</section>`
    );
  });
  // Without a cover, the map's title still comes first.
  const title = opensWithoutCover(model.sections.map((s) => s.id))
    ? `<h1 class="report-title">${esc(model.title)}</h1>`
    : '';
  return `<article class="wm-report" lang="en-GB" aria-label="${esc(`${model.title} – ${model.subtitle}`)}">${title}${sections.join('\n')}</article>`;
}

/** A whole HTML document of the report, ready to preview (figures as images) or to print. */
export function reportHtmlDocument(model: ReportModel, figures: FigureMode = 'inline'): string {
  const title = `${model.title} – ${model.subtitle} (as at ${formatDate(model.asAt)})`;
  return `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><title>${esc(title)}</title>
<style>${reportCss(model)}</style></head>
<body>${reportBodyHtml(model, figures)}</body></html>
`;
}
