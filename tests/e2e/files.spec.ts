/**
 * Files in and out: a JSON export imported back is the same map, a dropped file is imported,
 * a bad file is refused with a reason, and the PNG export covers the whole map.
 */
import { readFileSync } from 'node:fs';
import { expect, SAMPLE_MAP, test } from './support/fixtures';
import { inkAtRight, pngSize } from './support/pictures';

test('export JSON, delete the map, import the file: the map is identical', async ({
  app,
  library,
}) => {
  const before = await app.storedMap(SAMPLE_MAP);
  await library.open(SAMPLE_MAP);
  const file = await app.editor.exportDialog.exportAs('Export JSON');
  expect(file.name).toBe('independent-living-customer-journey.json');

  await test.step('delete the map and import the file', async () => {
    await app.editor.header.backToLibrary();
    await library.trashMap(SAMPLE_MAP);
    await library.importer.importFile(file.path);
    await expect(library.importer.imported(SAMPLE_MAP)).toBeVisible();
  });

  const after = await app.storedMap(SAMPLE_MAP);
  expect(after).not.toBeNull();
  // Everything but the id (a new map) and its last-edited time is the same.
  const comparable = (map: Record<string, unknown> | null) => {
    if (!map) return null;
    const {
      id: _id,
      updatedAt: _updated,
      cards,
      ...rest
    } = map as { id: string; updatedAt: string; cards: { id: string }[] };
    return { ...rest, cards: [...cards].sort((a, b) => a.id.localeCompare(b.id)) };
  };
  expect(comparable(after)).toEqual(comparable(before));
});

test('a backup imported beside its original is named "(imported)", so the two can be told apart', async ({
  app,
  library,
}) => {
  await library.open(SAMPLE_MAP);
  const file = await app.editor.exportDialog.exportAs('Export JSON');
  await app.editor.header.backToLibrary();
  await library.importer.importFile(file.path);
  await expect(library.importer.imported(`${SAMPLE_MAP} (imported)`)).toBeVisible();
  await expect(library.row(SAMPLE_MAP)).toBeVisible();
  await expect(library.row(`${SAMPLE_MAP} (imported)`)).toBeVisible();
});

test('a file dropped on the window is imported as a new map', async ({ library }) => {
  const text = readFileSync('tests/fixtures/bad-files/valid-minimal.json', 'utf8');
  const title = (JSON.parse(text) as { map: { title: string } }).map.title;
  await library.importer.dropFile('dropped.json', text);
  await expect(library.row(title)).toBeVisible();
});

test('a bad file shows what is wrong, and which value, under the header, and adds nothing', async ({
  app,
  library,
}) => {
  const rowsBefore = await library.rows.count();
  const { importer } = library;
  const newMap = app.page.getByRole('button', { name: 'New map', exact: true });
  const newMapWidth = (await newMap.boundingBox())!.width;

  await importer.importFile('tests/fixtures/bad-files/valid-minimal.json');
  await expect(importer.imported()).toBeVisible();
  await importer.importFile('tests/fixtures/bad-files/wrong-type.json');
  // The message names the place and the value found; the last import's "Imported…" is gone.
  await expect(library.alert).toContainText('phases[0].steps[0].title: expected text, not 42');
  await expect(importer.imported()).toHaveCount(0);
  // It sits under the page's header, not squeezed in beside the header's buttons.
  expect((await newMap.boundingBox())!.width).toBe(newMapWidth);
  expect((await library.alert.boundingBox())!.y).toBeGreaterThan(
    (await importer.button.boundingBox())!.y + 30,
  );
  await importer.dismissProblem();
  await expect(library.alert).toHaveCount(0);
  await expect(importer.button).toBeFocused();
  await importer.importFile('tests/fixtures/bad-files/newer-version.json');
  await expect(library.alert).toContainText('newer version of Waymark');
  await importer.importFile('tests/fixtures/bad-files/not-json.json');
  await expect(library.alert).toContainText('not valid JSON');

  await app.page.reload();
  // Only the good file was added.
  await expect(library.rows).toHaveCount(rowsBefore + 1);
});

test('PNG export covers the whole map, even the far right beyond the screen', async ({
  editor,
  page,
}) => {
  const file = await editor.exportDialog.exportAs('Export PNG');
  const png = await file.bytes();
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  const { width, height } = pngSize(png);
  // The sample has six steps of cards: far wider than the 1400 px window at the chosen scale.
  expect(width).toBeGreaterThan(1400);
  expect(height).toBeGreaterThan(600);
  // The right-most column of cards is drawn (not blank): the last 10 % of the width.
  expect(await inkAtRight(page, png, 0.9)).toBeGreaterThan(500);
});
