/**
 * Everyday input from real teams (issue 16), in the browser: a CSV saved by Excel as plain
 * "CSV" (Windows-1252) through the file picker, a picture chosen by mistake, an Excel workbook,
 * text in every script in the PNG, and a full session under the Content-Security-Policy with
 * no violation at all.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, SAMPLE_MAP, test } from './support/fixtures';
import { ReportBuilder } from './support/report';
import { contentSecurityPolicy, watchPolicyViolations } from './support/security';

const OUT = 'test-results/input';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Bytes of `text` in Windows-1252 (Latin-1 plus € at 0x80). */
function windows1252(text: string): Buffer {
  return Buffer.from(Array.from(text, (c) => (c === '€' ? 0x80 : c.charCodeAt(0))));
}

test('a Windows-1252 CSV from Excel, chosen in the file picker, keeps é, £ and €', async ({
  app,
  library,
}) => {
  const csv = windows1252(
    'sep=;\r\nphase;lane;kind;title;metric value\r\nVisit;Touchpoints;touchpoint;Café drop-in;\r\nVisit;Touchpoints;touchpoint;Fee £5 or €6;\r\nVisit;Metrics;metric;Calls answered;72,5\r\n',
  );
  await library.importer.importFile({ name: 'cafe-visits.csv', mimeType: 'text/csv', buffer: csv });
  await expect(library.importer.imported('cafe visits')).toBeVisible();
  const cards = await app.storedCards('cafe visits');
  expect(cards.map((card) => card.title).sort()).toEqual([
    'Café drop-in',
    'Calls answered',
    'Fee £5 or €6',
  ]);
  expect(cards.find((card) => card.title === 'Calls answered')?.value).toBe(72.5);
  expect(JSON.stringify(cards)).not.toContain('\uFFFD');
});

test('a picture or a Word file chosen by mistake is named for what it is', async ({
  app,
  library,
}) => {
  const rowsBefore = await library.rows.count();
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
  await library.importer.importFile({ name: 'journey.png', mimeType: 'image/png', buffer: png });
  await expect(library.alert).toContainText(
    'This is a PNG picture; Waymark imports maps saved as JSON, CSV or Excel (.xlsx).',
  );
  await library.importer.importFile({
    name: 'notes.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.7\n'),
  });
  await expect(library.alert).toContainText('This is a PDF document;');
  await app.page.reload();
  await expect(library.rows).toHaveCount(rowsBefore);
});

test('the cards go to Excel and come back as a new map', async ({ app, editor }) => {
  const { library } = app;
  const xlsx = await editor.exportDialog.exportAs('Export Excel');
  expect(xlsx.name).toBe('independent-living-customer-journey.xlsx');
  const before = await app.storedCards(SAMPLE_MAP);

  await editor.header.backToLibrary();
  await library.importer.importFile({
    name: xlsx.name,
    mimeType: XLSX,
    buffer: await xlsx.bytes(),
  });
  const title = 'independent living customer journey';
  await expect(library.importer.imported(title)).toBeVisible();
  const after = await app.storedCards(title);
  expect(after.map((c) => c.title).sort()).toEqual(before.map((c) => c.title).sort());
  await expect(library.row(title)).toBeVisible();
});

test('every script in the PNG: Thai, Arabic, Hebrew, Japanese and emoji', async ({
  app,
  library,
}) => {
  const { editor } = app;
  const file = JSON.parse(readFileSync('tests/fixtures/bad-files/valid-minimal.json', 'utf8')) as {
    map: { title: string; cards: { title: string; description?: string }[] };
  };
  file.map.title = 'Scripts – ผู้เช่า · المستأجر · 入居者 👩🏽‍🔧';
  file.map.cards[0]!.title = 'ผู้เช่าที่อยู่อาศัยต้องการความช่วยเหลือเรื่องการซ่อมแซมบ้านที่นี่ 👍🏽🇬🇧🇹🇭';
  file.map.cards[0]!.description = 'اتصل المستأجر 3 مرات في عام 2024 بشأن تسرب المياه في المطبخ';
  file.map.cards[1]!.title = 'שלום, 修理の依頼は電話で受け付けます。👨‍👩‍👧‍👦 Complete';
  await library.importer.importFile({
    name: 'scripts.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(file)),
  });
  await library.open(/^Scripts/);
  await expect(editor.canvas.grid).toBeVisible();

  const { exportDialog } = editor;
  await exportDialog.open();
  await exportDialog.pngScale('1×').check();
  const png = await exportDialog.download('Export PNG');
  const svg = await exportDialog.download('Export SVG');
  mkdirSync(OUT, { recursive: true });
  writeFileSync(join(OUT, 'scripts.png'), await png.bytes());
  writeFileSync(join(OUT, 'scripts.svg'), await svg.bytes());
  const text = await svg.text();
  expect(text).toMatch(/<text [^>]*direction="rtl"[^>]*>اتصل/);
  // No line of the SVG starts with a Thai mark torn from its consonant.
  for (const [, line] of text.matchAll(/<text [^>]*>([^<]*)<\/text>/g)) {
    expect(line).not.toMatch(/^[\u200E\u200F]?\p{M}/u);
  }
});

test('a full session under the Content-Security-Policy reports no violation', async ({ app }) => {
  const { editor, library, page } = app;
  // Count every violation the page reports, from the very first script on.
  const violations = await watchPolicyViolations(page);

  await test.step('open the library, with its policy in place, and the sample map', async () => {
    await editor.openSample();
    const policy = await contentSecurityPolicy(page);
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("style-src 'self'");
    expect(policy).not.toContain('unsafe');
  });

  await test.step('edit: add a card and type its title', async () => {
    await editor.canvas.addCardByDoubleClick(editor.canvas.cellAt(0, 0), 'Café visit 👍🏽');
    await editor.header.waitSaved();
  });

  const files: Record<string, string> = {};
  await test.step('export every format', async () => {
    await editor.exportDialog.open();
    for (const [format, button] of [
      ['json', 'Export JSON'],
      ['csv', 'Export CSV'],
      ['xlsx', 'Export Excel'],
      ['svg', 'Export SVG'],
      ['png', 'Export PNG'],
    ] as const) {
      const file = await editor.exportDialog.download(button);
      expect(file.name.endsWith(`.${format}`)).toBe(true);
      files[format] = file.path;
    }
    await editor.exportDialog.close();
  });

  await test.step('make a report: its preview drawn, a Word file downloaded', async () => {
    const report = new ReportBuilder(page);
    await report.open();
    await report.startFrom('results');
    await expect(report.preview.getByRole('heading', { level: 1 }).first()).toBeVisible();
    await report.download('Download Word');
    await report.close();
  });

  await test.step('the action plan: export CSV and Excel, import the Excel file back', async () => {
    const plan = editor.actionPlan;
    await plan.open();
    await plan.exportCsv();
    const planXlsx = await plan.exportXlsx();
    await plan.importFile(planXlsx.path);
    await expect(plan.view.getByText(/Updated 0 recommendations/)).toBeVisible();
    await plan.close();
  });

  await test.step('import JSON, CSV and Excel, each as a new map', async () => {
    await editor.header.backToLibrary();
    for (const format of ['json', 'csv', 'xlsx']) {
      await library.importer.importFile(files[format]!);
      await expect(library.importer.imported()).toBeVisible();
    }
  });

  expect(await violations.events()).toEqual([]);
  expect(violations.console).toEqual([]);

  // The counter works: an inline script, which the policy forbids, is reported.
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__inline = true';
    document.body.append(script);
  });
  await expect.poll(async () => (await violations.events()).length).toBe(1);
  expect(await page.evaluate(() => (window as { __inline?: boolean }).__inline ?? false)).toBe(
    false,
  );
});
