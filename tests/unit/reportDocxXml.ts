/** Reads a .docx back for tests: unzips it and pulls the text out of word/document.xml. */
import { strFromU8, unzipSync } from 'fflate';
import { squash } from './reportPdfText';

export interface DocxReadBack {
  files: Record<string, Uint8Array>;
  xml: string;
  /** Every paragraph's text (runs joined), paragraphs separated by spaces, whitespace squashed. */
  text: string;
  /** Paragraph style of each heading paragraph with its text, e.g. ['Heading1', 'Findings per step']. */
  styled: [string, string][];
}

const unescape = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** Unzips a .docx and reads its main document. */
export function readDocx(bytes: Uint8Array): DocxReadBack {
  const files = unzipSync(bytes);
  const main = files['word/document.xml'];
  if (!main) throw new Error('no word/document.xml');
  const xml = strFromU8(main);
  const paragraphs = xml.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? [];
  const textOf = (p: string) =>
    unescape(
      (p.match(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g) ?? [])
        .map((t) => t.replace(/<[^>]+>/g, ''))
        .join(''),
    );
  const styled: [string, string][] = [];
  for (const p of paragraphs) {
    const style = /<w:pStyle w:val="([^"]+)"/.exec(p)?.[1];
    if (style) styled.push([style, squash(textOf(p))]);
  }
  return { files, xml, text: squash(paragraphs.map(textOf).join(' ')), styled };
}
