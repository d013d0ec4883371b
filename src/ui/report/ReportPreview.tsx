/**
 * The report's preview inside the dialog: the report's own HTML and stylesheet in a shadow
 * root, so its styles and the app's never mix (and no iframe, whose inline styles the app's
 * Content-Security-Policy would refuse).
 */
import { useEffect, useRef } from 'react';
import { parseReportHtml, reportSheet } from './printReport';

/** Shows `html` (a whole report document) scaled to the panel, scrolling. */
export function ReportPreview({ html }: { html: string }) {
  const hostRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const host = hostRef.current;
    if (!host) return;
    const shadow = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
    const { css, article } = parseReportHtml(html);
    shadow.adoptedStyleSheets = [reportSheet(css)];
    shadow.replaceChildren(...(article ? [document.importNode(article, true)] : []));
  }, [html]);
  return <div ref={hostRef} className="wm-report-preview" />;
}
