/**
 * The report as a PDF (pdf-lib): embedded, subset TrueType fonts so text in any script the
 * map holds is selectable and searchable; the map as vectors; a contents page whose entries
 * link to their sections; bookmarks; "Page n of N" on every page after the cover.
 */
import {
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFNull,
  PDFNumber,
  type PDFImage,
  type PDFPage,
  type PDFRef,
} from 'pdf-lib';
import { INK, INK_SOFT } from '../../theme';
import { formatDate } from '../../format';
import { opensWithoutCover, type ReportModel, type ReportSection } from '../model';
import { Pacer, type WorkOptions } from '../pacing';
import { reportText } from '../reportText';
import { PdfFonts, type FontLoader } from './pdfFonts';
import { HEADING_COLOUR, PdfFlow, TYPE } from './pdfFlow';
import { pdfColour } from './pdfScene';
import { drawLine, wrapSpans } from './pdfText';

/** How a PDF report is written: pacing, and how its fonts are loaded. */
export interface PdfOptions extends WorkOptions {
  loadFont: FontLoader;
}

/** Text of the scenes' primitives (map tiles, figures), to know which fonts are needed. */
function sceneText(model: ReportModel): string {
  const parts: string[] = [];
  for (const section of model.sections)
    for (const block of section.blocks) {
      const scenes =
        block.type === 'figure'
          ? [block.scene]
          : block.type === 'mapPages'
            ? block.tiles.map((t) => t.scene)
            : [];
      for (const scene of scenes)
        for (const p of scene.primitives) if (p.type === 'text') parts.push(p.text);
    }
  return parts.join('\n');
}

function dataUrlBytes(dataUrl: string): Uint8Array {
  const base64 = dataUrl.slice(dataUrl.indexOf(',') + 1);
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Embeds the PNG and JPEG pictures of the report (pdf-lib reads no WebP or GIF). */
async function embedImages(doc: PDFDocument, model: ReportModel): Promise<Map<string, PDFImage>> {
  const images = new Map<string, PDFImage>();
  const urls = new Set<string>();
  for (const section of model.sections)
    for (const block of section.blocks) {
      if (block.type === 'image') urls.add(block.dataUrl);
      if (block.type === 'figure')
        for (const p of block.scene.primitives) if (p.type === 'image') urls.add(p.href);
    }
  for (const url of urls) {
    try {
      if (url.startsWith('data:image/png;')) images.set(url, await doc.embedPng(dataUrlBytes(url)));
      else if (url.startsWith('data:image/jpeg;'))
        images.set(url, await doc.embedJpg(dataUrlBytes(url)));
    } catch {
      // A broken picture is left out; the text around it still says whose it was.
    }
  }
  return images;
}

/** A link annotation on `page` over `rect` ([x1, y1, x2, y2]) to the top of a place. */
function addLink(
  doc: PDFDocument,
  page: PDFPage,
  rect: number[],
  target: PDFPage,
  y: number,
): void {
  const dest = doc.context.obj([target.ref, PDFName.of('XYZ'), PDFNull, PDFNumber.of(y), PDFNull]);
  const link = doc.context.register(
    doc.context.obj({ Type: 'Annot', Subtype: 'Link', Rect: rect, Border: [0, 0, 0], Dest: dest }),
  );
  page.node.addAnnot(link);
}

/** Bookmarks (the PDF outline) for the sections. */
function addOutline(
  doc: PDFDocument,
  entries: { title: string; page: PDFPage; y: number }[],
): void {
  if (entries.length === 0) return;
  const outlineRef = doc.context.nextRef();
  const refs: PDFRef[] = entries.map(() => doc.context.nextRef());
  entries.forEach((entry, i) => {
    const item: Record<string, unknown> = {
      // UTF-16 text: a literal string is PDFDocEncoding, which drops "–" and any CJK title.
      Title: PDFHexString.fromText(entry.title),
      Parent: outlineRef,
      Dest: [entry.page.ref, PDFName.of('XYZ'), PDFNull, PDFNumber.of(entry.y), PDFNull],
    };
    if (i > 0) item.Prev = refs[i - 1];
    if (i < refs.length - 1) item.Next = refs[i + 1];
    doc.context.assign(refs[i] as PDFRef, doc.context.obj(item as never));
  });
  doc.context.assign(
    outlineRef,
    doc.context.obj({
      Type: 'Outlines',
      First: refs[0],
      Last: refs.at(-1),
      Count: refs.length,
    } as never),
  );
  doc.catalog.set(PDFName.of('Outlines'), outlineRef);
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}

/** Writes the report as PDF bytes. Rejects with an AbortError when cancelled. */
export async function writePdf(model: ReportModel, options: PdfOptions): Promise<Uint8Array> {
  const pacer = new Pacer(options);
  const doc = await PDFDocument.create();
  const title = `${model.title} – ${model.subtitle}`;
  doc.setTitle(title, { showInWindowTitleBar: true });
  doc.setSubject(`${model.subtitle}, as at ${formatDate(model.asAt)}`);
  if (model.author) doc.setAuthor(model.author);
  doc.setCreator('Waymark');
  doc.setProducer('Waymark (pdf-lib)');
  doc.setLanguage('en-GB');
  pacer.progress(0.02, 'Loading fonts');
  const fonts = await PdfFonts.embed(
    doc,
    options.loadFont,
    `${reportText(model)}\n${sceneText(model)}`,
  );
  await pacer.pause();
  const images = await embedImages(doc, model);
  const flow = new PdfFlow(doc, fonts, model.page, pacer, images);
  const starts: { section: ReportSection; page: PDFPage; y: number }[] = [];
  let contents: { page: PDFPage; y: number; entries: ReportSection[] } | null = null;
  const coverPage = model.sections[0]?.id === 'cover' ? flow.page : null;
  // Without a cover, the map's title still comes first: the first words, the first bookmark.
  const titleMark = opensWithoutCover(model.sections.map((s) => s.id))
    ? { page: flow.page, y: flow.y }
    : null;
  if (titleMark)
    flow.text([{ text: model.title, bold: true }], TYPE.title, {
      colour: HEADING_COLOUR,
      after: 8,
    });

  for (const [index, section] of model.sections.entries()) {
    pacer.progress(0.05 + (0.8 * index) / model.sections.length, `Writing ${section.title}`);
    await pacer.tick();
    if (section.newPage && !flow.fresh) flow.newPage();
    if (section.id === 'cover') {
      flow.y = flow.top + (flow.bottom - flow.top) * 0.22;
      starts.push({ section, page: flow.page, y: flow.y });
      flow.text([{ text: section.title, bold: true }], 28, { colour: HEADING_COLOUR, after: 10 });
    } else {
      const at = flow.heading(1, section.title, section.blocks[0]);
      starts.push({ section, ...at });
    }
    for (const [b, block] of section.blocks.entries()) {
      await pacer.tick();
      switch (block.type) {
        case 'heading':
          flow.heading(block.level, block.text, section.blocks[b + 1]);
          break;
        case 'paragraph': {
          const style = block.style ?? 'normal';
          const size =
            style === 'lead' ? TYPE.lead : style === 'muted' ? TYPE.small + 0.5 : TYPE.body;
          const colour = style === 'muted' || style === 'empty' ? INK_SOFT : INK;
          flow.text(block.spans, size, {
            colour,
            italic: style === 'quote',
            indent: style === 'quote' ? 14 : 0,
          });
          break;
        }
        case 'list':
          await flow.list(block);
          break;
        case 'keyValues':
          flow.keyValues(block.items);
          break;
        case 'table':
          await flow.table(block);
          break;
        case 'figure':
          flow.figure(block);
          break;
        case 'image':
          flow.image(block);
          break;
        case 'mapPages':
          for (const tile of block.tiles) {
            await pacer.tick();
            flow.tile(tile);
          }
          break;
        case 'contents': {
          const entries = model.sections.filter((s) => s.id !== 'cover' && s.id !== 'contents');
          contents = { page: flow.page, y: flow.y, entries };
          flow.y += entries.length * TYPE.body * 1.9;
          break;
        }
      }
    }
  }

  // Contents: one line per section with its page number, each line a link.
  const pageNumber = new Map(flow.pages.map((p, i) => [p, i + 1]));
  const found = contents as { page: PDFPage; y: number; entries: ReportSection[] } | null;
  if (found) {
    let y = found.y;
    for (const section of found.entries) {
      const start = starts.find((s) => s.section === section);
      if (!start) continue;
      const size = TYPE.body + 1;
      const number = String(pageNumber.get(start.page) ?? '');
      const line = wrapSpans(
        [{ text: section.title }],
        flow.width - 40,
        { size, colour: INK },
        fonts,
      )[0];
      const numberLine = wrapSpans([{ text: number }], 40, { size, colour: INK }, fonts)[0];
      const baseline = flow.pdfY(y + size);
      if (line) drawLine(found.page, fonts, line, flow.left, baseline, size);
      if (numberLine)
        drawLine(
          found.page,
          fonts,
          numberLine,
          flow.left + flow.width - numberLine.width,
          baseline,
          size,
        );
      found.page.drawLine({
        start: { x: flow.left + (line?.width ?? 0) + 6, y: baseline + 1 },
        end: { x: flow.left + flow.width - (numberLine?.width ?? 0) - 6, y: baseline + 1 },
        thickness: 0.5,
        color: pdfColour(INK_SOFT),
        dashArray: [1, 2],
      });
      const top = flow.pdfY(start.y);
      addLink(
        doc,
        found.page,
        [flow.left, baseline - 3, flow.left + flow.width, baseline + size],
        start.page,
        top,
      );
      y += TYPE.body * 1.9;
    }
  }
  addOutline(doc, [
    ...(titleMark ? [{ title: model.title, page: titleMark.page, y: flow.pdfY(titleMark.y) }] : []),
    ...starts.map((s) => ({ title: s.section.title, page: s.page, y: flow.pdfY(s.y) })),
  ]);

  // Footer: the report's name and "Page n of N" (the cover has none).
  const count = flow.pages.length;
  const footer = `${model.title} · ${model.subtitle} · as at ${formatDate(model.asAt)}`;
  for (const [i, page] of flow.pages.entries()) {
    if (page === coverPage) continue;
    const size = 8;
    const baseline = model.page.margin - 4;
    const label = wrapSpans(
      [{ text: `Page ${i + 1} of ${count}` }],
      120,
      { size, colour: INK_SOFT },
      fonts,
    )[0];
    const left = wrapSpans(
      [{ text: footer }],
      flow.width - 130,
      { size, colour: INK_SOFT },
      fonts,
    )[0];
    if (left) drawLine(page, fonts, left, flow.left, baseline, size);
    if (label) drawLine(page, fonts, label, flow.left + flow.width - label.width, baseline, size);
  }
  pacer.progress(0.9, 'Saving the PDF');
  await pacer.pause();
  const bytes = await doc.save({ objectsPerTick: 20 });
  pacer.progress(1, 'PDF ready');
  return bytes;
}
