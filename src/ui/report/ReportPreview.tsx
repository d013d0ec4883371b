/**
 * The report's preview inside the dialog: the report's own HTML and stylesheet in a shadow
 * root, so its styles and the app's never mix (and no iframe, whose inline styles the app's
 * Content-Security-Policy would refuse).
 *
 * A report of a big map is tens of thousands of elements, so the preview is put on the page
 * in slices of at most SLICE_MS, yielding between them, and each section is laid out only
 * when it scrolls near the view (`content-visibility: auto`): issue 12 allows no freeze of
 * the page over 100 ms, and the preview is made again whenever a setting changes.
 */
import { useEffect, useRef } from 'react';
import { nextTask } from '../../export/report/pacing';
import { parseReportHtml, reportSheet } from './printReport';

/** The longest a slice of putting the preview on the page may run before it yields, in ms. */
const SLICE_MS = 25;

/** Preview-only rules: sections far from the view skip layout and paint. */
const PREVIEW_CSS = `.wm-report > section { content-visibility: auto; contain-intrinsic-size: auto 900px; }`;
let previewSheet: CSSStyleSheet | null = null;

/**
 * Moves the article's content into `target` node by node, yielding whenever a slice has run
 * SLICE_MS; stops when `cancelled()` turns true (a newer preview replaced this one).
 */
async function appendInSlices(article: Element, target: ShadowRoot, cancelled: () => boolean) {
  const shell = document.importNode(article, false);
  target.replaceChildren(shell);
  let sliceStart = performance.now();
  for (const section of [...article.children]) {
    const sectionShell = document.importNode(section, false);
    shell.append(sectionShell);
    for (const child of [...section.childNodes]) {
      sectionShell.append(document.adoptNode(child));
      if (performance.now() - sliceStart > SLICE_MS) {
        await nextTask();
        if (cancelled()) return;
        sliceStart = performance.now();
      }
    }
  }
}

/** Shows `html` (a whole report document) scaled to the panel, scrolling. */
export function ReportPreview({ html }: { html: string }) {
  const hostRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const host = hostRef.current;
    if (!host) return;
    let cancelled = false;
    const shadow = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
    const { css, article } = parseReportHtml(html);
    previewSheet ??= reportSheet(PREVIEW_CSS);
    shadow.adoptedStyleSheets = [reportSheet(css), previewSheet];
    if (!article) shadow.replaceChildren();
    else void appendInSlices(article, shadow, () => cancelled);
    return () => {
      cancelled = true;
    };
  }, [html]);
  return <div ref={hostRef} className="wm-report-preview" />;
}
