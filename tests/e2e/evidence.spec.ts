import { test, expect, type Page } from '@playwright/test';
import { deflateSync } from 'node:zlib';

/**
 * The evidence behind the map (issue 5): personas with pictures, the sentiment of a step from
 * its evidence, and moments of truth. Drives the evidence panel (`<EvidencePanel>`, mounted in
 * the editor's side area) by its visible names, on the sample map. Everything is looked up
 * inside the panel's tab, since a persona strip may also be shown above the map.
 */

const SAMPLE = 'Independent Living – customer journey';

// ─── A tiny PNG encoder, so the test makes its own pictures ─────────────────────────────

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = (CRC_TABLE[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}
/** A `width` × `height` RGB PNG: a diagonal gradient. */
function png(width: number, height: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.writeUInt8(8, 8); // bit depth
  header.writeUInt8(2, 9); // colour type: RGB
  const rows = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * (width * 3 + 1);
    rows[row] = 0; // filter: none
    for (let x = 0; x < width; x++) {
      const at = row + 1 + x * 3;
      rows[at] = (x * 255) / Math.max(1, width - 1);
      rows[at + 1] = 80;
      rows[at + 2] = (y * 255) / Math.max(1, height - 1);
    }
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// ─── Helpers ─────────────────────────────────────────────────────────────────────────────

async function openSampleMap(page: Page) {
  await page.goto('/');
  await page.getByRole('link', { name: SAMPLE }).click();
  await expect(page.getByRole('textbox', { name: 'Map title' })).toHaveValue(SAMPLE);
}

/** A tab of the evidence panel, opening the panel ("Evidence" in the toolbar) if needed. */
async function evidenceTab(page: Page, name: string) {
  const tablist = page.getByRole('tablist', { name: 'Evidence' });
  if (!(await tablist.isVisible())) {
    await page.getByRole('button', { name: 'Evidence', exact: true }).click();
  }
  return tablist.getByRole('tab', { name });
}

async function waitUntilSaved(page: Page) {
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
}

// ─── Tests ───────────────────────────────────────────────────────────────────────────────

test('a persona added with a picture is still there after a reload', async ({ page }) => {
  await openSampleMap(page);
  await (await evidenceTab(page, 'Personas & research')).click();
  const panel = page.getByRole('tabpanel', { name: 'Personas & research' });
  await panel.getByRole('button', { name: 'Add persona' }).click();

  const form = panel.getByRole('form', { name: 'Add persona' });
  await form.getByRole('textbox', { name: 'Name' }).fill('Family in temporary accommodation');
  await form.getByRole('textbox', { name: 'Quote' }).fill('We need support to live somewhere');
  await form.getByRole('button', { name: 'Add demographic' }).click();
  await form.getByRole('textbox', { name: 'Demographic 1' }).fill('Couple, ages 25 and 26');
  // A large picture is scaled down to 512 px before it is stored in the map.
  await form.getByLabel('Upload a picture').setInputFiles({
    name: 'family.png',
    mimeType: 'image/png',
    buffer: png(1200, 600),
  });
  await form
    .getByRole('textbox', { name: 'Picture description (for screen readers)' })
    .fill('A young couple');
  await form.getByRole('button', { name: 'Save persona' }).click();

  const persona = panel.getByRole('article', { name: 'Family in temporary accommodation' });
  await expect(persona.getByRole('img', { name: 'A young couple' })).toBeVisible();
  await waitUntilSaved(page);

  await page.reload();
  await (await evidenceTab(page, 'Personas & research')).click();
  const again = page
    .getByRole('tabpanel', { name: 'Personas & research' })
    .getByRole('article', { name: 'Family in temporary accommodation' });
  await expect(again).toContainText('We need support to live somewhere');
  await expect(again).toContainText('Couple, ages 25 and 26');
  const picture = again.getByRole('img', { name: 'A young couple' });
  await expect(picture).toBeVisible();
  await expect(picture).toHaveAttribute('src', /^data:image\/png;base64,/);
  const size = await picture.evaluate((img: HTMLImageElement) => [
    img.naturalWidth,
    img.naturalHeight,
  ]);
  expect(size).toEqual([512, 256]);
});

test('a picture that is not an image is refused with a clear message', async ({ page }) => {
  await openSampleMap(page);
  await (await evidenceTab(page, 'Personas & research')).click();
  const panel = page.getByRole('tabpanel', { name: 'Personas & research' });
  await panel.getByRole('button', { name: 'Add persona' }).click();
  const form = panel.getByRole('form', { name: 'Add persona' });
  await form.getByLabel('Upload a picture').setInputFiles({
    name: 'notes.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('not a picture'),
  });
  await expect(form.getByRole('alert')).toHaveText(
    '“notes.txt” is not a PNG, JPEG, WebP or GIF picture. Choose one of those.',
  );
});

test('a step’s evidence is summed into a sentiment summary', async ({ page }) => {
  await openSampleMap(page);
  await (await evidenceTab(page, 'Moments of truth')).click();
  const list = page.getByRole('list', { name: 'Moments of truth in journey order' });
  const apply = list.getByRole('listitem').filter({ hasText: 'Apply or referred' });
  await expect(apply).toContainText('18 positive, 2 problems');
  const appointments = list.getByRole('listitem').filter({ hasText: 'Two-weekly appointments' });
  await expect(appointments).toContainText('16 positive, 2 neutral, 2 problems');
});

test('a step marked as a moment of truth joins the list in journey order', async ({ page }) => {
  await openSampleMap(page);
  await (await evidenceTab(page, 'Moments of truth')).click();
  const panel = page.getByRole('tabpanel', { name: 'Moments of truth' });
  const list = panel.getByRole('list', { name: 'Moments of truth in journey order' });
  await expect(list.getByRole('heading')).toHaveText([
    'Apply or referred',
    'Settled into new home',
    'Two-weekly appointments',
  ]);

  await panel.getByRole('combobox', { name: 'Step' }).selectOption({ label: 'Receive resources' });
  await panel
    .getByRole('textbox', { name: 'Why is it a moment of truth?' })
    .fill('Customers decide here whether they can use the service.');
  await panel.getByRole('button', { name: 'Mark as moment of truth' }).click();

  const expected = [
    'Apply or referred',
    'Receive resources',
    'Settled into new home',
    'Two-weekly appointments',
  ];
  await expect(list.getByRole('heading')).toHaveText(expected);
  await expect(list.getByRole('listitem').nth(1)).toContainText('Customers decide here');
  await expect(
    panel.getByRole('button', { name: 'Show “Receive resources” on map' }),
  ).toBeVisible();
  await waitUntilSaved(page);

  await page.reload();
  await (await evidenceTab(page, 'Moments of truth')).click();
  await expect(
    page.getByRole('list', { name: 'Moments of truth in journey order' }).getByRole('heading'),
  ).toHaveText(expected);
});
