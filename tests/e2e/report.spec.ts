/**
 * The report builder in the browser: each preset made from the sample map and downloaded,
 * the Word file's XML and the PDF's text read back; print (the button and Ctrl+P) shows the
 * report and none of the app's toolbars; the choices are kept with the map.
 */
import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import {
  REPORT_PRESETS,
  REPORT_PRESET_DEFINITIONS,
  type ReportPresetId,
} from '../../src/domain/reportSettings';
import { readDocx } from '../unit/reportDocxXml';
import { readPdf, squash } from '../unit/reportPdfText';
import { EditorPage } from './support/editor';

/** Card titles of the sample map that every preset with the map or findings must show. */
const CARD_TITLES = ['Property Pool Plus application', 'Lifeline and contact numbers'];
const RECOMMENDATIONS = [
  'Audit and update the referral form',
  'Raise cleaning concerns with the contractor',
];
const PAIN_POINTS = ['Application process difficult at first', 'Little or no help settling in'];

/** What each preset's files must hold (headings in the report's words). */
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

async function openReport(page: Page) {
  await page.getByRole('button', { name: 'Report…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Report' });
  await expect(dialog).toBeVisible();
  return dialog;
}

async function download(page: Page, button: 'Download Word' | 'Download PDF') {
  const dialog = page.getByRole('dialog', { name: 'Report' });
  const started = page.waitForEvent('download', { timeout: 60_000 });
  await dialog.getByRole('button', { name: button }).click();
  const file = await started;
  return {
    name: file.suggestedFilename(),
    bytes: new Uint8Array(readFileSync((await file.path()) ?? '')),
  };
}

test.describe('reports from the sample map', () => {
  test.setTimeout(180_000);

  for (const preset of REPORT_PRESETS) {
    test(`${REPORT_PRESET_DEFINITIONS[preset].title}: Word and PDF hold its headings, cards and statuses`, async ({
      page,
    }) => {
      const editor = new EditorPage(page);
      await editor.openSample();
      const dialog = await openReport(page);
      await dialog.getByLabel('Start from').selectOption(preset);
      const expected = EXPECTED[preset];

      const word = await download(page, 'Download Word');
      expect(word.name).toMatch(/\.docx$/);
      const doc = readDocx(word.bytes);
      for (const heading of expected.headings)
        expect(
          doc.styled.some(([style, text]) => /^Heading\d$/.test(style) && text === heading),
          heading,
        ).toBe(true);
      for (const text of expected.texts) expect(doc.text, text).toContain(squash(text));
      if (preset === 'action-plan-update')
        expect(doc.text).toMatch(/Total \d+ \d+ \d+ \d+ \d+ \d+ 5/);

      const pdf = await download(page, 'Download PDF');
      expect(pdf.name).toMatch(/\.pdf$/);
      const read = await readPdf(pdf.bytes);
      for (const heading of expected.headings) expect(read.text).toContain(heading);
      for (const text of expected.texts) expect(read.text, text).toContain(squash(text));
      expect(read.pages.length).toBeGreaterThanOrEqual(preset === 'one-page-map' ? 1 : 3);
      for (const p of read.pages) {
        expect(p.width).toBeCloseTo(expected.size[0], 0);
        expect(p.height).toBeCloseTo(expected.size[1], 0);
      }
      await expect(
        dialog.getByRole('status').filter({ hasText: 'PDF report saved' }),
      ).toBeVisible();
    });
  }
});

test.describe('printing', () => {
  test.setTimeout(120_000);

  // Headless Chromium's own print dialog cannot be driven: count the calls instead, and print
  // the page to PDF with print media, as the dialog would.
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      const w = window as unknown as { printCalls: number };
      w.printCalls = 0;
      window.print = () => {
        w.printCalls += 1;
      };
    });
  });

  async function printed(page: Page) {
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { printCalls: number }).printCalls))
      .toBe(1);
    return readPdf(new Uint8Array(await page.pdf({ preferCSSPageSize: true })));
  }

  test('Print in the report dialog: print media shows the report and none of the app', async ({
    page,
  }) => {
    const editor = new EditorPage(page);
    await editor.openSample();
    const dialog = await openReport(page);
    await dialog.getByRole('button', { name: 'Print' }).click();
    const pdf = await printed(page);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await page.emulateMedia({ media: 'print' });
    await expect(editor.toolbar).toBeHidden();
    await expect(page.locator('.editor-header')).toBeHidden();
    const report = page.locator('#wm-print-root');
    const heading = report.getByRole('heading', { name: 'Customer journey map', level: 1 });
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

  test('Ctrl+P in the editor prints the report, even from a text field', async ({ page }) => {
    const editor = new EditorPage(page);
    await editor.openSample();
    await page.getByRole('textbox', { name: 'Map title' }).focus();
    await page.keyboard.press('Control+P');
    const pdf = await printed(page);
    expect(pdf.text).toContain('Findings per step');
    expect(pdf.text).not.toContain('Find cards');
    await page.emulateMedia({ media: 'print' });
    await expect(editor.toolbar).toBeHidden();
    await expect(
      page.locator('#wm-print-root').getByRole('heading', { name: 'Findings per step' }),
    ).toBeVisible();
    await page.emulateMedia({ media: 'screen' });
    await expect(editor.toolbar).toBeVisible();
  });

  test('the browser’s own print without a prepared report shows how to print it, not the app', async ({
    page,
  }) => {
    const editor = new EditorPage(page);
    await editor.openSample();
    await page.emulateMedia({ media: 'print' });
    await expect(editor.toolbar).toBeHidden();
    await expect(page.locator('#wm-print-root')).toContainText('press Ctrl+P');
  });
});

test('the report choices are kept with the map', async ({ page }) => {
  test.setTimeout(90_000);
  const editor = new EditorPage(page);
  await editor.openSample();
  let dialog = await openReport(page);
  await dialog.getByLabel('Start from').selectOption('action-plan-update');
  await dialog.getByRole('checkbox', { name: 'Evidence coverage' }).check();
  await dialog.getByRole('button', { name: 'Move Evidence coverage up' }).click();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await editor.reload();
  dialog = await openReport(page);
  await expect(dialog.getByLabel('Start from')).toHaveValue('action-plan-update');
  await expect(dialog.getByLabel('Orientation')).toHaveValue('landscape');
  const order = await dialog
    .locator('.wm-report-sections input:checked')
    .evaluateAll((inputs) => inputs.map((input) => input.parentElement?.textContent?.trim()));
  expect(order).toEqual([
    'Cover',
    'Status summary and comparison',
    'Evidence coverage',
    'Recommendations and action plan',
  ]);
  const preview = dialog.getByRole('region', { name: 'Preview' });
  await expect(preview.getByRole('heading', { name: 'Status summary', level: 1 })).toBeVisible();
});
