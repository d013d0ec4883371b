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

/**
 * Puts a report (a whole HTML document from the report writer) into the print root: its
 * stylesheet (page size, margins) and its article. Our writer escapes all user text and
 * writes no scripts; nodes parsed by DOMParser never run scripts anyway.
 */
export function showReportForPrint(html: string): void {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  const style = document.createElement('style');
  style.textContent = parsed.querySelector('style')?.textContent ?? '';
  const article = parsed.querySelector('article.wm-report');
  const root = printRoot();
  root.replaceChildren(style, ...(article ? [document.importNode(article, true)] : []));
}

/** Opens the browser's print dialog for the report in the print root. */
export function printNow(): void {
  window.print();
}
