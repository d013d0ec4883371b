/**
 * The report as a Word document (`docx` package). Opens in Word and LibreOffice: headings use
 * the built-in heading styles, the contents link to bookmarks on the headings, tables mark
 * their header rows, figures are PNG pictures with alt text, and the map across pages is a set
 * of real tables (lanes by steps, card text searchable) whose phase and step rows repeat.
 */
import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  TabStopType,
  TextRun,
  type FileChild,
} from 'docx';
import { formatDate } from '../../format';
import { INK, INK_SOFT, PHASE_FILL } from '../../theme';
import { opensWithoutCover, type Block, type ReportModel } from '../model';
import { Pacer, type WorkOptions } from '../pacing';
import {
  caption,
  contentsLine,
  headingParagraph,
  pictureParagraph,
  runs,
  wordTable,
  type Rasterize,
} from './docxBlocks';

/** How a Word report is written: pacing, and how its figures become PNGs. */
export interface DocxOptions extends WorkOptions {
  /** Makes PNGs of figures; without it figures are described in words. */
  rasterize?: Rasterize;
}

const TWIPS = 20;
/** Headings in the brand blue of the phase headers (Word wants hex without '#'). */
const HEADING_COLOUR = PHASE_FILL.slice(1).toUpperCase();
/** Pixels per point for figure pictures: about 150 dpi, sharp in print, modest in size. */
const PICTURE_DENSITY = 150 / 72;

function dataUrlBytes(dataUrl: string): Uint8Array {
  const binary = atob(dataUrl.slice(dataUrl.indexOf(',') + 1));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

const PARAGRAPH_STYLE = {
  normal: { size: 10, colour: INK, italic: false },
  lead: { size: 14, colour: INK, italic: false },
  muted: { size: 9, colour: INK_SOFT, italic: false },
  quote: { size: 10, colour: INK, italic: true },
  empty: { size: 10, colour: INK_SOFT, italic: true },
} as const;

/** Writes the report as .docx bytes. Rejects with an AbortError when cancelled. */
export async function writeDocx(
  model: ReportModel,
  options: DocxOptions = {},
): Promise<Uint8Array> {
  const pacer = new Pacer(options);
  const { page } = model;
  const contentWidth = Math.floor((page.width - 2 * page.margin) * TWIPS);
  const contentHeight = page.height - 2 * page.margin - 40;
  let listInstance = 0;
  const children: FileChild[] = [];

  const figure = async (scene: Block & { type: 'figure' }) => {
    const maxW = page.width - 2 * page.margin;
    const maxH = contentHeight * (scene.pageShare ?? 1) - 60;
    const scale = Math.min(
      scene.maxScale,
      maxW / scene.scene.width,
      scene.fit === 'page' ? maxH / scene.scene.height : Infinity,
    );
    const w = scene.scene.width * scale;
    const h = scene.scene.height * scale;
    if (options.rasterize) {
      const png = await options.rasterize(scene.scene, Math.round(w * PICTURE_DENSITY));
      children.push(pictureParagraph(png, 'png', w, h, scene.alt, scene.scene.title));
    } else {
      children.push(
        new Paragraph({
          children: [new TextRun({ text: `[Figure: ${scene.alt}]`, italics: true })],
        }),
      );
    }
    children.push(caption(scene.caption));
  };

  // Without a cover, the map's title still comes first, in Word's Title style.
  if (opensWithoutCover(model.sections.map((s) => s.id)))
    children.push(
      new Paragraph({
        heading: HeadingLevel.TITLE,
        spacing: { before: 0, after: 120 },
        children: [new TextRun(model.title)],
      }),
    );
  for (const [index, section] of model.sections.entries()) {
    pacer.progress(
      (0.8 * index) / model.sections.length,
      `Writing ${section.title || 'the cover'}`,
    );
    await pacer.tick();
    if (section.id === 'cover') {
      children.push(
        new Paragraph({
          heading: HeadingLevel.TITLE,
          spacing: { before: 2400, after: 200 },
          children: [new TextRun(section.title)],
        }),
      );
    } else {
      children.push(headingParagraph(1, section.title, section.anchor, section.newPage));
    }
    for (const block of section.blocks) {
      await pacer.tick();
      switch (block.type) {
        case 'heading':
          children.push(headingParagraph(block.level, block.text, block.anchor));
          break;
        case 'paragraph': {
          const style = PARAGRAPH_STYLE[block.style ?? 'normal'];
          children.push(
            new Paragraph({
              children: runs(
                block.spans.map((s) => ({ italic: style.italic || undefined, ...s })),
                { size: style.size, colour: style.colour },
              ),
              indent: block.style === 'quote' ? { left: 360 } : undefined,
              spacing: { after: 120 },
            }),
          );
          break;
        }
        case 'list': {
          const instance = ++listInstance;
          for (const item of block.items)
            children.push(
              new Paragraph({
                children: runs(item.spans, { size: 10 }),
                ...(block.ordered
                  ? { numbering: { reference: 'report-numbers', level: 0, instance } }
                  : { bullet: { level: 0 } }),
                spacing: { after: 60 },
              }),
            );
          break;
        }
        case 'keyValues':
          for (const item of block.items)
            children.push(
              new Paragraph({
                tabStops: [{ type: TabStopType.LEFT, position: 2200 }],
                children: [
                  new TextRun({ text: item.label, bold: true, color: INK_SOFT.slice(1) }),
                  new TextRun({ text: `\t${item.value}` }),
                ],
                spacing: { after: 60 },
              }),
            );
          break;
        case 'table':
          children.push(wordTable(block, contentWidth));
          children.push(new Paragraph({ children: [], spacing: { after: 120 } }));
          break;
        case 'figure':
          await figure(block);
          break;
        case 'image': {
          const type = /^data:image\/(png|jpeg|gif);/.exec(block.dataUrl)?.[1];
          if (type) {
            children.push(
              pictureParagraph(
                dataUrlBytes(block.dataUrl),
                type === 'jpeg' ? 'jpg' : (type as 'png' | 'gif'),
                block.width,
                block.height,
                block.alt,
                block.alt,
              ),
            );
          } else {
            children.push(
              new Paragraph({
                children: [new TextRun({ text: `[Picture: ${block.alt}]`, italics: true })],
              }),
            );
          }
          break;
        }
        case 'mapPages':
          for (const [i, table] of block.tables.entries()) {
            await pacer.tick();
            children.push(
              new Paragraph({
                keepNext: true,
                children: [
                  new TextRun({
                    text: `Part ${i + 1} of ${block.tables.length}: ${table.caption ?? ''}`,
                    bold: true,
                    color: INK_SOFT.slice(1),
                  }),
                ],
                spacing: { before: 120, after: 60 },
              }),
            );
            children.push(wordTable({ ...table, caption: undefined }, contentWidth, 8));
          }
          break;
        case 'contents':
          for (const s of model.sections)
            if (s.id !== 'cover' && s.id !== 'contents')
              children.push(contentsLine(s.title, s.anchor));
          break;
      }
    }
  }

  const footerText = `${model.title} · ${model.subtitle} · as at ${formatDate(model.asAt)}`;
  const doc = new Document({
    title: `${model.title} – ${model.subtitle}`,
    subject: `${model.subtitle}, as at ${formatDate(model.asAt)}`,
    creator: model.author || 'Waymark',
    description: `Made with Waymark from the journey map “${model.title}”.`,
    styles: {
      default: {
        document: { run: { font: 'Calibri', size: 20, color: INK.slice(1) } },
        title: { run: { size: 56, bold: true, color: HEADING_COLOUR } },
        heading1: {
          run: { size: 36, bold: true, color: HEADING_COLOUR },
          paragraph: { spacing: { before: 240, after: 120 }, keepNext: true },
        },
        heading2: {
          run: { size: 27, bold: true, color: HEADING_COLOUR },
          paragraph: { spacing: { before: 240, after: 80 }, keepNext: true },
        },
        heading3: {
          run: { size: 22, bold: true, color: HEADING_COLOUR },
          paragraph: { spacing: { before: 160, after: 60 }, keepNext: true },
        },
      },
    },
    numbering: {
      config: [
        {
          reference: 'report-numbers',
          levels: [
            {
              level: 0,
              format: LevelFormat.DECIMAL,
              text: '%1.',
              alignment: AlignmentType.START,
              style: { paragraph: { indent: { left: 400, hanging: 300 } } },
            },
          ],
        },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: {
              width: Math.round(Math.min(page.width, page.height) * TWIPS),
              height: Math.round(Math.max(page.width, page.height) * TWIPS),
              orientation:
                page.orientation === 'landscape'
                  ? PageOrientation.LANDSCAPE
                  : PageOrientation.PORTRAIT,
            },
            margin: {
              top: Math.round(page.margin * TWIPS),
              bottom: Math.round(page.margin * TWIPS),
              left: Math.round(page.margin * TWIPS),
              right: Math.round(page.margin * TWIPS),
            },
          },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                tabStops: [{ type: TabStopType.RIGHT, position: contentWidth }],
                children: [
                  new TextRun({ text: footerText, size: 16, color: INK_SOFT.slice(1) }),
                  new TextRun({
                    children: ['\tPage ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES],
                    size: 16,
                    color: INK_SOFT.slice(1),
                  }),
                ],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  pacer.progress(0.85, 'Packing the Word file');
  await pacer.pause();
  const buffer = await Packer.toArrayBuffer(doc);
  pacer.progress(1, 'Word file ready');
  return new Uint8Array(buffer);
}
