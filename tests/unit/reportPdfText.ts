/** Reads a PDF back in Node with pdfjs-dist's legacy build (the modern one needs a browser). */
import type { PDFDocumentProxy } from 'pdfjs-dist/types/src/display/api';

export interface PdfReadBack {
  pages: { text: string; width: number; height: number }[];
  /** All pages' text, whitespace collapsed to single spaces. */
  text: string;
  doc: PDFDocumentProxy;
}

/** Collapses runs of whitespace, so a title wrapped over two lines still matches. */
export const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The text and size of every page of a PDF. */
export async function readPdf(bytes: Uint8Array): Promise<PdfReadBack> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({
    data: bytes.slice(),
    useSystemFonts: false,
    isEvalSupported: false,
  }).promise;
  const pages: PdfReadBack['pages'] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    const content = await page.getTextContent();
    const text = content.items.map((item) => ('str' in item ? item.str : '')).join(' ');
    const [, , width = 0, height = 0] = page.view;
    pages.push({ text: squash(text), width, height });
  }
  return { pages, text: squash(pages.map((p) => p.text).join(' ')), doc };
}
