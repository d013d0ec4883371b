/**
 * Printing the report, never the app: the report's HTML goes into a print root beside the app,
 * and print styles (report.css) hide everything else. Without a report in it (the browser's
 * own Print menu), the print root says how to print the report instead.
 */

const ROOT_ID = 'wm-print-root';

/** The print root (created on first use), a sibling of the app under <body>. */
export function printRoot(): HTMLElement {
  let root = document.getElementById(ROOT_ID);
  if (!root) {
    root = document.createElement('div');
    root.id = ROOT_ID;
    document.body.append(root);
  }
  return root;
}

/** Puts the fallback words in the print root (when the editor opens). */
export function resetPrintRoot(): void {
  const root = printRoot();
  const note = document.createElement('p');
  note.className = 'wm-print-note';
  note.textContent =
    'To print the report of this map, press Ctrl+P (⌘P on a Mac) in the editor, or choose Print in the Report dialog.';
  root.replaceChildren(note);
}

/** The report's stylesheet and article, parsed from a whole HTML document of the report. */
export function parseReportHtml(html: string): { css: string; article: Element | null } {
  // The stylesheet is cut out before parsing: Chromium checks a parsed <style> element against
  // the page's Content-Security-Policy even in a document never shown, and reports it refused.
  const style = REPORT_STYLE.exec(html);
  const parsed = new DOMParser().parseFromString(
    style ? html.replace(REPORT_STYLE, '') : html,
    'text/html',
  );
  return { css: style?.[1] ?? '', article: parsed.querySelector('article.wm-report') };
}

/** The report document's one stylesheet (html/renderHtml.ts writes it in the head). */
const REPORT_STYLE = /<style>([\s\S]*?)<\/style>/;

/**
 * A constructed stylesheet: the app's Content-Security-Policy (style-src 'self') refuses
 * `<style>` elements and style attributes, but not stylesheets built through the CSSOM.
 */
export function reportSheet(css: string): CSSStyleSheet {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  return sheet;
}

let printSheet: CSSStyleSheet | null = null;

/**
 * Puts a report (a whole HTML document from the report writer) into the print root: its
 * article, and its stylesheet (page size, margins) adopted by the document. Our writer escapes
 * all user text and writes no scripts or style attributes.
 */
export function showReportForPrint(html: string): void {
  const { css, article } = parseReportHtml(html);
  const sheet = reportSheet(css);
  document.adoptedStyleSheets = [
    ...document.adoptedStyleSheets.filter((s) => s !== printSheet),
    sheet,
  ];
  printSheet = sheet;
  printRoot().replaceChildren(...(article ? [document.importNode(article, true)] : []));
}

/** Opens the browser's print dialog for the report in the print root. */
export function printNow(): void {
  window.print();
}
