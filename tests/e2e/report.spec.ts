/**
 * The report builder in the browser: each preset made from the sample map and downloaded,
 * the Word file's XML and the PDF's text read back; print (the button and Ctrl+P) shows the
 * report and none of the app's toolbars; the choices are kept with the map.
 */
import {
  REPORT_PRESETS,
  REPORT_PRESET_DEFINITIONS,
  type ReportPresetId,
} from '../../src/domain/reportSettings';
import { readDocx } from '../unit/reportDocxXml';
import { readPdf, squash } from '../unit/reportPdfText';
import { expect, SAMPLE_MAP, test } from './support/fixtures';
import { boxOf } from './support/geometry';
import { ReportBuilder } from './support/report';

const CARD_TITLES = ['Property Pool Plus application', 'Lifeline and contact numbers'];
const RECOMMENDATIONS = [
  'Audit and update the referral form',
  'Raise cleaning concerns with the contractor',
];
const PAIN_POINTS = ['Application process difficult at first', 'Little or no help settling in'];

/** What each preset's files must hold (headings in the report's words), and the paper size. */
const EXPECTED: Record<
  ReportPresetId,
  { headings: string[]; texts: string[]; size: [number, number] }
> = {
  results: {
    headings: [
      'Contents',
      'Customer journey map',
      'The map, page by page',
      'Findings per step',
      'Moments of truth',
      'Pain points explained',
      'Recommendations and action plan',
    ],
    texts: [...CARD_TITLES, ...RECOMMENDATIONS, 'Not started', '18 positive comments'],
    size: [595.28, 841.89],
  },
  'one-page-map': {
    headings: ['Customer journey map', 'Pain points explained'],
    texts: [...PAIN_POINTS],
    size: [1190.55, 841.89],
  },
  scrutiny: {
    headings: [
      'Findings per step',
      'Metrics against targets',
      'Recommendations and action plan',
      'Status summary',
      'Evidence coverage',
    ],
    texts: [...RECOMMENDATIONS, ...PAIN_POINTS, 'Total'],
    size: [595.28, 841.89],
  },
  'action-plan-update': {
    headings: ['Status summary', 'Recommendations and action plan'],
    texts: [...RECOMMENDATIONS, 'Total', 'On track (green)'],
    size: [841.89, 595.28],
  },
};

test.describe('reports from the sample map', () => {
  test.setTimeout(180_000);

  for (const preset of REPORT_PRESETS) {
    test(`${REPORT_PRESET_DEFINITIONS[preset].title}: Word and PDF hold its headings, cards and statuses`, async ({
      editor,
    }) => {
      const report = new ReportBuilder(editor.page);
      await report.open();
      await report.startFrom(preset);
      const expected = EXPECTED[preset];

      const word = await report.download('Download Word');
      expect(word.name).toMatch(/\.docx$/);
      const doc = readDocx(new Uint8Array(await word.bytes()));
      // The map's title opens every report, with a cover or without (the journey map's).
      expect(doc.styled[0]).toEqual(['Title', squash(SAMPLE_MAP)]);
      for (const heading of expected.headings)
        expect(
          doc.styled.some(([style, text]) => /^Heading\d$/.test(style) && text === heading),
          heading,
        ).toBe(true);
      for (const text of expected.texts) expect(doc.text, text).toContain(squash(text));
      if (preset === 'action-plan-update') expect(doc.text).toMatch(/Total( \d+){6} 5/);

      const pdf = await report.download('Download PDF');
      expect(pdf.name).toMatch(/\.pdf$/);
      const read = await readPdf(new Uint8Array(await pdf.bytes()));
      expect(read.pages[0]?.text.startsWith(squash(SAMPLE_MAP))).toBe(true);
      for (const heading of expected.headings) expect(read.text).toContain(heading);
      for (const text of expected.texts) expect(read.text, text).toContain(squash(text));
      expect(read.pages.length).toBeGreaterThanOrEqual(preset === 'one-page-map' ? 1 : 3);
      for (const page of read.pages) {
        expect(page.width).toBeCloseTo(expected.size[0], 0);
        expect(page.height).toBeCloseTo(expected.size[1], 0);
      }
    });
  }
});

test.describe('printing', () => {
  test.setTimeout(120_000);
  test.beforeEach(async ({ page }) => ReportBuilder.countPrints(page));

  test('Print in the report dialog: print media shows the report and none of the app', async ({
    editor,
    page,
  }) => {
    const report = new ReportBuilder(page);
    await report.open();
    await report.dialog.getByRole('button', { name: 'Print' }).click();
    const pdf = await readPdf(await report.printed());
    await report.close();
    await page.emulateMedia({ media: 'print' });
    await expect(editor.toolbar.bar).toBeHidden();
    await expect(editor.header.bar).toBeHidden();
    const heading = report.printRoot.getByRole('heading', {
      name: 'Customer journey map',
      level: 1,
    });
    await expect(heading).toBeVisible();
    // The report's own stylesheet applies (adopted, as the CSP allows no <style> element).
    await expect(heading).toHaveCSS('color', 'rgb(31, 78, 121)');
    expect(pdf.text).toContain('Pain points explained');
    expect(pdf.text).toContain('Audit and update the referral form');
    expect(pdf.text).not.toContain('Find cards');
    expect(pdf.text).not.toContain('Export…');
    expect(pdf.pages.length).toBeGreaterThan(5);
    expect(pdf.pages[0]?.width).toBeCloseTo(595.28, 0);
    expect(pdf.pages[0]?.height).toBeCloseTo(841.89, 0);
  });

  test('Ctrl+P in the editor prints the report, even from a text field', async ({
    editor,
    page,
  }) => {
    const report = new ReportBuilder(page);
    await editor.header.title.focus();
    await page.keyboard.press('Control+P');
    const pdf = await readPdf(await report.printed());
    expect(pdf.text).toContain('Findings per step');
    expect(pdf.text).not.toContain('Find cards');
    await page.emulateMedia({ media: 'print' });
    await expect(editor.toolbar.bar).toBeHidden();
    await expect(
      report.printRoot.getByRole('heading', { name: 'Findings per step' }),
    ).toBeVisible();
    await page.emulateMedia({ media: 'screen' });
    await expect(editor.toolbar.bar).toBeVisible();
  });

  test('the browser’s own print without a prepared report shows how to print it, not the app', async ({
    editor,
    page,
  }) => {
    await page.emulateMedia({ media: 'print' });
    await expect(editor.toolbar.bar).toBeHidden();
    await expect(new ReportBuilder(page).printRoot).toContainText('press Ctrl+P');
  });
});

test('the report choices are kept with the map', async ({ editor, page }) => {
  test.setTimeout(90_000);
  const report = new ReportBuilder(page);
  await report.open();
  await report.startFrom('action-plan-update');
  await report.dialog.getByRole('checkbox', { name: 'Evidence coverage' }).check();
  await report.dialog.getByRole('button', { name: 'Move Evidence coverage up' }).click();
  await report.close();
  await editor.reload();
  await report.open();
  await expect(report.dialog.getByLabel('Start from')).toHaveValue('action-plan-update');
  await expect(report.dialog.getByLabel('Orientation')).toHaveValue('landscape');
  expect(await report.sectionOrder()).toEqual([
    'Cover',
    'Status summary and comparison',
    'Evidence coverage',
    'Recommendations and action plan',
  ]);
  await expect(
    report.preview.getByRole('heading', { name: 'Status summary', level: 1 }),
  ).toBeVisible();
});

test('the preview draws the map pictures and every section, scrolling to the last', async ({
  editor,
  page,
}) => {
  test.setTimeout(90_000);
  void editor; // the editor is open on the sample map
  const report = new ReportBuilder(page);
  await report.open();
  await report.startFrom('results');
  const overview = report.preview.getByRole('img', { name: /journey map/i }).first();
  await overview.scrollIntoViewIfNeeded();
  await expect(overview).toBeVisible();
  // The picture is drawn, not a broken image: it has pixels of its own.
  await expect
    .poll(() => overview.evaluate((img) => (img as HTMLImageElement).naturalWidth))
    .toBeGreaterThan(100);
  const last = report.preview.getByRole('heading', { level: 1 }).last();
  await last.scrollIntoViewIfNeeded();
  await expect(last).toHaveText('Evidence coverage');
  await expect(last).toBeInViewport();
});

test.describe('at 1024 × 768 CSS px (a tablet held sideways)', () => {
  test.use({ viewport: { width: 1024, height: 768 } });

  test('the report dialog fits: settings and page scroll in their panes, downloads and Close stay in view', async ({
    editor,
    page,
  }) => {
    void editor; // the editor is open on the sample map
    const report = new ReportBuilder(page);
    await report.open();
    const dialog = await boxOf(report.dialog);
    // The preview's pane ends inside the dialog (the page used to push it past the screen).
    const pane = await boxOf(report.preview.locator('.wm-report-preview'));
    expect(pane.x + pane.width).toBeLessThanOrEqual(dialog.x + dialog.width);
    // Every section's tick box is 24 × 24 px, also where its label wraps to two lines.
    const boxes = report.dialog
      .getByRole('group', { name: 'Sections, in report order' })
      .getByRole('checkbox');
    expect(await boxes.count()).toBeGreaterThan(5);
    for (const box of await boxes.all())
      expect((await boxOf(box)).width).toBeGreaterThanOrEqual(24);
    // The downloads are on screen without scrolling the settings, and after scrolling them.
    const word = report.dialog.getByRole('button', { name: 'Download Word' });
    await expect(word).toBeInViewport({ ratio: 1 });
    await boxes.last().focus();
    await expect(word).toBeInViewport({ ratio: 1 });
    // What is focused is not hidden under them (WCAG 2.4.11): it ends above their bar.
    const focused = await boxOf(boxes.last());
    expect(focused.y + focused.height).toBeLessThanOrEqual((await boxOf(word)).y - 8);
    // The last choice too, and Close is on screen all along: the dialog itself never scrolls,
    // only its settings and its preview do, each in its own pane.
    const openOnly = report.dialog.getByRole('checkbox', { name: 'Open comments only' });
    await openOnly.focus();
    await expect(openOnly).toBeInViewport({ ratio: 1 });
    expect((await boxOf(openOnly)).y).toBeLessThanOrEqual((await boxOf(word)).y - 24);
    const close = report.dialog.getByRole('button', { name: 'Close', exact: true });
    await expect(close).toBeInViewport({ ratio: 1 });
    await expect(report.dialog.getByRole('heading', { name: 'Report' })).toBeInViewport();
    expect(
      await report.dialog.evaluate((dialog) => dialog.scrollHeight - dialog.clientHeight),
    ).toBeLessThanOrEqual(1);
  });
});
