import { describe, expect, it } from 'vitest';
import { parseReportHtml } from '../../src/ui/report/printReport';

describe('parseReportHtml: the preview and print read the report document', () => {
  it('takes the stylesheet out as text and parses the article without any <style> element', () => {
    const html =
      '<!doctype html><html><head><meta charset="utf-8"><title>R</title>' +
      '<style>.wm-report h1 { color: #123456; }</style></head>' +
      '<body><article class="wm-report"><section><h1>Summary</h1><p>3 &lt; 4</p></section></article></body></html>';
    const { css, article } = parseReportHtml(html);
    expect(css).toBe('.wm-report h1 { color: #123456; }');
    expect(article?.querySelector('h1')?.textContent).toBe('Summary');
    expect(article?.querySelector('p')?.textContent).toBe('3 < 4');
    // Nothing the page's Content-Security-Policy would refuse was parsed.
    expect(article?.ownerDocument.querySelector('style')).toBeNull();
  });

  it('reads a document without a stylesheet, and one without an article', () => {
    expect(parseReportHtml('<article class="wm-report"><p>x</p></article>').css).toBe('');
    expect(parseReportHtml('<p>no report</p>').article).toBeNull();
  });
});
