/**
 * The report as HTML for preview and print (src/export/report/html): the page size rule, the
 * sections in order, header rows in <thead>, map tiles sized to keep 8 pt card text, and user
 * text that is always escaped.
 */
import { describe, expect, it } from 'vitest';
import { updateCard } from '../../src/domain/edits';
import { reportSettingsFromPreset } from '../../src/domain/reportSettings';
import { buildReport } from '../../src/export/report/buildReport';
import { reportCss, reportHtmlDocument } from '../../src/export/report/html/renderHtml';
import { reportSample } from './reportMaps';

const make = async (settings = reportSettingsFromPreset('results'), map = reportSample()) =>
  buildReport(map, { today: '2025-10-20', settings });

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

describe('the HTML report', { timeout: 30_000 }, () => {
  it('sets the paper size and margins for print, and repeats table headers', async () => {
    const model = await make(reportSettingsFromPreset('one-page-map'));
    const css = reportCss(model);
    expect(css).toMatch(/@page \{ size: A3 landscape; margin: 42\.52pt;/);
    expect(css).toContain('counter(pages)');
    expect(css).toMatch(/thead \{ display: table-header-group; \}/);
    expect(css).toMatch(/break-inside: avoid/);
  });

  it('has every section in order, with its heading, and the contents link to them', async () => {
    const model = await make();
    const doc = parse(reportHtmlDocument(model));
    const sections = [...doc.querySelectorAll('article.wm-report > section')];
    expect(sections.map((s) => s.querySelector('h1')?.textContent)).toEqual(
      model.sections.map((s) => s.title),
    );
    const links = [...doc.querySelectorAll('.contents a')].map((a) => a.getAttribute('href'));
    expect(links.length).toBe(model.sections.length - 2);
    for (const href of links) expect(doc.querySelector(href ?? '')).not.toBeNull();
    expect(doc.querySelectorAll('table thead th').length).toBeGreaterThan(0);
    // No style attributes: the app's Content-Security-Policy (style-src 'self') refuses them.
    expect(doc.body.querySelectorAll('[style]')).toHaveLength(0);
    expect(doc.querySelector('.wm-ink-1f4e79, [class*="wm-ink-"]')).not.toBeNull();
  });

  it('draws each map tile at its 8 pt scale, one page each', async () => {
    const model = await make();
    const pages = model.sections
      .find((s) => s.id === 'map-pages')
      ?.blocks.find((b) => b.type === 'mapPages');
    if (pages?.type !== 'mapPages') throw new Error('no map pages');
    const doc = parse(reportHtmlDocument(model));
    const tiles = [...doc.querySelectorAll('figure.tile svg')];
    expect(tiles).toHaveLength(pages.tiles.length);
    tiles.forEach((svg, i) => {
      const tile = pages.tiles[i];
      expect(parseFloat(svg.getAttribute('width') ?? '')).toBeCloseTo(
        (tile?.scene.width ?? 0) * (tile?.scale ?? 0),
        1,
      );
    });
  });

  it('the preview draws each figure as one image of the same SVG, named and sized alike', async () => {
    const model = await make();
    const inline = parse(reportHtmlDocument(model));
    const preview = parse(reportHtmlDocument(model, 'image'));
    const svgs = [...inline.querySelectorAll('figure svg')];
    const images = [...preview.querySelectorAll('figure img')];
    expect(preview.querySelectorAll('figure svg')).toHaveLength(0);
    expect(images).toHaveLength(svgs.length);
    images.forEach((img, i) => {
      const svg = svgs[i];
      const src = img.getAttribute('src') ?? '';
      expect(src.startsWith('data:image/svg+xml;charset=utf-8,')).toBe(true);
      const drawn = parse(decodeURIComponent(src.slice(src.indexOf(',') + 1))).querySelector('svg');
      expect(drawn?.querySelector('title')?.textContent).toBe(
        svg?.querySelector('title')?.textContent,
      );
      expect(img.getAttribute('alt')).toBe(svg?.querySelector('title')?.textContent);
      const widthPt = parseFloat(svg?.getAttribute('width') ?? '');
      expect(Number(img.getAttribute('width'))).toBe(Math.round((widthPt * 4) / 3));
      expect(img.getAttribute('loading')).toBe('lazy');
    });
  });

  it('escapes user text: a card title cannot add markup or script', async () => {
    const map = updateCard(reportSample(), 'card-pain-settle', {
      title: '<img src=x onerror="alert(1)"> & <script>alert(2)</script>',
    });
    const html = reportHtmlDocument(await make(reportSettingsFromPreset('results'), map));
    const doc = parse(html);
    expect(doc.querySelectorAll('script')).toHaveLength(0);
    expect(doc.querySelectorAll('img[onerror]')).toHaveLength(0);
    expect(doc.body.textContent).toContain(
      '<img src=x onerror="alert(1)"> & <script>alert(2)</script>',
    );
  });
});
