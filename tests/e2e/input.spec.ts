/**
 * Everyday input from real teams (issue 16), in the browser: a CSV saved by Excel as plain
 * "CSV" (Windows-1252) through the file picker, a picture chosen by mistake, an Excel workbook,
 * text in every script in the PNG, and a full session under the Content-Security-Policy with
 * no violation at all.
 */
import { test, expect, type Page } from '@playwright/test';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EditorPage, SAMPLE_MAP } from './support/editor';
import { LibraryPage } from './support/library';

const OUT = 'test-results/input';
const IMPORT = 'input[type=file][aria-label="Map file to import"]';

/** Bytes of `text` in Windows-1252 (Latin-1 plus € at 0x80). */
function windows1252(text: string): Buffer {
  return Buffer.from(Array.from(text, (c) => (c === '€' ? 0x80 : c.charCodeAt(0))));
}

/** The cards of a stored map, read through the app's own IndexedDB. */
async function storedCards(page: Page, title: string) {
  return page.evaluate(async (wanted) => {
    const open = indexedDB.open('waymark');
    const db: IDBDatabase = await new Promise((resolve, reject) => {
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const all = <T>(store: string) =>
      new Promise<T[]>((resolve) => {
        const request = db.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result as T[]);
      });
    const summaries = await all<{ id: string; title: string; deletedAt: string | null }>(
      'summaries',
    );
    const cards = await all<{ mapId: string; card: { title: string; value?: number } }>('cards');
    db.close();
    const summary = summaries.find((s) => s.title === wanted && s.deletedAt === null);
    return cards.filter((c) => c.mapId === summary?.id).map((c) => c.card);
  }, title);
}

async function download(page: Page, click: () => Promise<void>) {
  const promise = page.waitForEvent('download');
  await click();
  const file = await promise;
  return { name: file.suggestedFilename(), path: await file.path() };
}

test('a Windows-1252 CSV from Excel, chosen in the file picker, keeps é, £ and €', async ({
  page,
}) => {
  const library = new LibraryPage(page);
  await library.goto();
  const csv = windows1252(
    'sep=;\r\nphase;lane;kind;title;metric value\r\nVisit;Touchpoints;touchpoint;Café drop-in;\r\nVisit;Touchpoints;touchpoint;Fee £5 or €6;\r\nVisit;Metrics;metric;Calls answered;72,5\r\n',
  );
  await page
    .locator(IMPORT)
    .setInputFiles({ name: 'cafe-visits.csv', mimeType: 'text/csv', buffer: csv });
  await expect(
    page.getByRole('status').filter({ hasText: 'Imported “cafe visits”' }),
  ).toBeVisible();
  const cards = await storedCards(page, 'cafe visits');
  expect(cards.map((card) => card.title).sort()).toEqual([
    'Café drop-in',
    'Calls answered',
    'Fee £5 or €6',
  ]);
  expect(cards.find((card) => card.title === 'Calls answered')?.value).toBe(72.5);
  expect(JSON.stringify(cards)).not.toContain('\uFFFD');
});

test('a picture or a Word file chosen by mistake is named for what it is', async ({ page }) => {
  const library = new LibraryPage(page);
  await library.goto();
  const rowsBefore = await library.list.getByRole('listitem').count();
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
  await page
    .locator(IMPORT)
    .setInputFiles({ name: 'journey.png', mimeType: 'image/png', buffer: png });
  await expect(page.getByRole('alert')).toContainText(
    'This is a PNG picture; Waymark imports maps saved as JSON, CSV or Excel (.xlsx).',
  );
  await page.locator(IMPORT).setInputFiles({
    name: 'notes.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.7\n'),
  });
  await expect(page.getByRole('alert')).toContainText('This is a PDF document;');
  await page.reload();
  await expect(library.list.getByRole('listitem')).toHaveCount(rowsBefore);
});

test('the cards go to Excel and come back as a new map', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.openSample();
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export map' });
  const xlsx = await download(page, () =>
    dialog.getByRole('button', { name: 'Export Excel' }).click(),
  );
  expect(xlsx.name).toBe('independent-living-customer-journey.xlsx');
  await dialog.getByRole('button', { name: 'Close' }).click();
  const before = await storedCards(page, SAMPLE_MAP);

  await page.getByRole('link', { name: '← Library' }).click();
  const library = new LibraryPage(page);
  await page.locator(IMPORT).setInputFiles({
    name: xlsx.name,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: readFileSync(xlsx.path),
  });
  const title = 'independent living customer journey';
  await expect(page.getByRole('status').filter({ hasText: `Imported “${title}”` })).toBeVisible();
  const after = await storedCards(page, title);
  expect(after.map((c) => c.title).sort()).toEqual(before.map((c) => c.title).sort());
  await expect(library.row(title)).toBeVisible();
});

test('every script in the PNG: Thai, Arabic, Hebrew, Japanese and emoji', async ({ page }) => {
  const library = new LibraryPage(page);
  await library.goto();
  const file = JSON.parse(readFileSync('tests/fixtures/bad-files/valid-minimal.json', 'utf8')) as {
    map: { title: string; cards: { title: string; description?: string }[] };
  };
  file.map.title = 'Scripts – ผู้เช่า · المستأجر · 入居者 👩🏽‍🔧';
  file.map.cards[0]!.title = 'ผู้เช่าที่อยู่อาศัยต้องการความช่วยเหลือเรื่องการซ่อมแซมบ้านที่นี่ 👍🏽🇬🇧🇹🇭';
  file.map.cards[0]!.description = 'اتصل المستأجر 3 مرات في عام 2024 بشأن تسرب المياه في المطبخ';
  file.map.cards[1]!.title = 'שלום, 修理の依頼は電話で受け付けます。👨‍👩‍👧‍👦 Complete';
  await page.locator(IMPORT).setInputFiles({
    name: 'scripts.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(file)),
  });
  await library
    .row(/^Scripts/)
    .getByRole('link')
    .click();
  await expect(page.getByRole('grid', { name: 'Journey map' })).toBeVisible();
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export map' });
  await dialog.getByRole('radio', { name: '1×' }).check();
  const png = await download(page, () =>
    dialog.getByRole('button', { name: 'Export PNG' }).click(),
  );
  const svg = await download(page, () =>
    dialog.getByRole('button', { name: 'Export SVG' }).click(),
  );
  mkdirSync(OUT, { recursive: true });
  writeFileSync(join(OUT, 'scripts.png'), readFileSync(png.path));
  writeFileSync(join(OUT, 'scripts.svg'), readFileSync(svg.path));
  const text = readFileSync(svg.path, 'utf8');
  expect(text).toMatch(/<text [^>]*direction="rtl"[^>]*>اتصل/);
  // No line of the SVG starts with a Thai mark torn from its consonant.
  for (const [, line] of text.matchAll(/<text [^>]*>([^<]*)<\/text>/g)) {
    expect(line).not.toMatch(/^[\u200E\u200F]?\p{M}/u);
  }
});

test('a full session under the Content-Security-Policy reports no violation', async ({ page }) => {
  // Count every violation the page reports, from the very first script on.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(
        `${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`,
      );
    });
  });
  const consoleViolations: string[] = [];
  page.on('console', (message) => {
    if (/Content.Security.Policy|Refused to/i.test(message.text()))
      consoleViolations.push(message.text());
  });
  const violations = () =>
    page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);

  // Open: the library, with its policy in place, and the sample map.
  const editor = new EditorPage(page);
  await editor.openSample();
  const policy = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(policy).toContain("script-src 'self'");
  expect(policy).toContain("style-src 'self'");
  expect(policy).not.toContain('unsafe');

  // Edit: add a card and type its title.
  await editor.addCardByDoubleClick(editor.cellAt(0, 0), 'Café visit 👍🏽');
  await editor.waitSaved();

  // Export every format.
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export map' });
  const files: Record<string, string> = {};
  for (const [format, button] of [
    ['json', 'Export JSON'],
    ['csv', 'Export CSV'],
    ['xlsx', 'Export Excel'],
    ['svg', 'Export SVG'],
    ['png', 'Export PNG'],
  ] as const) {
    const file = await download(page, () => dialog.getByRole('button', { name: button }).click());
    expect(file.name.endsWith(`.${format}`)).toBe(true);
    files[format] = file.path;
  }
  await dialog.getByRole('button', { name: 'Close' }).click();

  // The action plan: export CSV and Excel, import the Excel file back.
  await page.getByRole('button', { name: 'Action plan', exact: true }).click();
  const plan = page.getByRole('region', { name: 'Action plan' });
  await download(page, () =>
    plan.getByRole('button', { name: 'Export action plan (CSV)' }).click(),
  );
  const planXlsx = await download(page, () =>
    plan.getByRole('button', { name: 'Export action plan (Excel)' }).click(),
  );
  await plan.getByLabel('Action plan file (CSV or Excel)').setInputFiles(planXlsx.path);
  await expect(plan.getByText(/Updated 0 recommendations/)).toBeVisible();
  await plan.getByRole('button', { name: 'Close action plan' }).click();

  // Import: JSON, CSV and Excel, each as a new map.
  await page.getByRole('link', { name: '← Library' }).click();
  for (const format of ['json', 'csv', 'xlsx']) {
    await page.locator(IMPORT).setInputFiles(files[format]!);
    await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toBeVisible();
  }

  expect(await violations()).toEqual([]);
  expect(consoleViolations).toEqual([]);

  // The counter works: an inline script, which the policy forbids, is reported.
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__inline = true';
    document.body.append(script);
  });
  await expect.poll(async () => (await violations()).length).toBe(1);
  expect(await page.evaluate(() => (window as { __inline?: boolean }).__inline ?? false)).toBe(
    false,
  );
});
