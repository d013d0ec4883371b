/**
 * The IndexedDB layout across versions of Waymark, in Chromium's own IndexedDB
 * (src/persistence/db.ts): a library saved by the first layout opens after an update, and a tab
 * left open on an older Waymark stops saving when a newer one upgrades the database.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from './support/fixtures';
import {
  blankPageOfTheOrigin,
  seedFirstLayout,
  upgradeDatabaseAsANewerWaymark,
  type FirstLayoutMap,
} from './support/storage';

const fixture = (name: string) =>
  (JSON.parse(readFileSync(`tests/fixtures/formats/${name}`, 'utf8')) as FirstLayoutMap).map;
const SAMPLE = fixture('v2-sample.json');
const OLD = fixture('v1-minimal.json');

test('a library saved by the first storage layout opens after an update, every map there', async ({
  app,
}) => {
  const { library, editor } = app;
  await blankPageOfTheOrigin(app.page);
  await seedFirstLayout(app.page, [
    { map: SAMPLE, formatVersion: 2 },
    { map: OLD, formatVersion: 1 },
  ]);

  await library.goto();
  await expect(library.row(SAMPLE.title)).toContainText(`${SAMPLE.cards.length} cards`);
  await expect(library.row(OLD.title)).toBeVisible();

  for (const map of [SAMPLE, OLD]) {
    // Opened twice: the first open checks the map whole and rewrites it, the second trusts it.
    for (const time of ['first', 'second']) {
      await test.step(`“${map.title}”, opened a ${time} time`, async () => {
        await library.open(map.title);
        await expect(editor.header.title).toHaveValue(map.title);
        await editor.header.waitSaved();
        await editor.header.backToLibrary();
        await expect(library.row(map.title)).toContainText(`${map.cards.length} card`);
      });
    }
  }
});

test('a newer Waymark opening the database in another tab stops this tab saving, and says to reload', async ({
  app,
}) => {
  const { header } = app.editor;
  await app.library.goto();
  await app.library.createMap();
  await header.title.fill('Saved before the update');
  await header.waitSaved();

  // Another tab runs a later Waymark whose database has one more version.
  const newer = await app.newTab();
  await blankPageOfTheOrigin(newer.page);
  await upgradeDatabaseAsANewerWaymark(newer.page);

  // This tab says so at once and stops taking changes it could not save; the work stays.
  await expect(header.saveError).toContainText('Reload the page');
  await expect(header.title).not.toBeEditable();
  await expect(header.title).toHaveValue('Saved before the update');
  await expect(
    header.saveError.getByRole('button', { name: 'Download a copy (JSON)' }),
  ).toBeVisible();
});
