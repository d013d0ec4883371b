/**
 * The library: the sample map on first run, new maps, rename, search and sort, delete with undo
 * and the trash, duplicate, blocked storage, and each browser keeping its own maps.
 */
import { blockStorage } from './support/storage';
import { expect, SAMPLE_MAP, test } from './support/fixtures';

test('first run shows the library with the sample map', async ({ app, library }) => {
  const sample = library.row(SAMPLE_MAP);
  await expect(sample).toBeVisible();
  await expect(sample).toContainText(/\d+ cards/);
  await library.open(SAMPLE_MAP);
  await expect(app.editor.header.title).toHaveValue(SAMPLE_MAP);
});

test('a new map can be renamed and is still there after a reload', async ({ app, library }) => {
  await library.createMap();
  await app.editor.header.backToLibrary();
  await library.rename('Untitled journey map', 'Repairs journey');
  await app.page.reload();
  await expect(library.row('Repairs journey')).toBeVisible();
  await expect(library.row('Untitled journey map')).toHaveCount(0);
});

test('search and sort the library', async ({ app, library }) => {
  const { header } = app.editor;
  await test.step('make a map titled “Anti-social behaviour”', async () => {
    await library.createMap();
    await header.title.fill('Anti-social behaviour');
    await header.waitSaved();
    await header.backToLibrary();
  });

  await library.search.fill('anti');
  await expect(library.rows).toHaveCount(1);
  await expect(library.row('Anti-social behaviour')).toBeVisible();
  await library.search.fill('');
  await library.sortBy('title');
  await expect(library.titles.first()).toHaveText('Anti-social behaviour');
});

test('a deleted map can be brought back with undo and from the trash', async ({ app, library }) => {
  await test.step('delete, then undo', async () => {
    await library.trashMap(SAMPLE_MAP);
    await library.undoTrash();
    await expect(library.row(SAMPLE_MAP)).toBeVisible();
  });

  await test.step('delete, reload, restore from the trash', async () => {
    await library.trashMap(SAMPLE_MAP);
    await app.page.reload();
    await expect(library.row(SAMPLE_MAP)).toHaveCount(0);
    await expect(library.trash.heading).toHaveText('Trash (1)');
    await library.trash.open();
    await library.trash.restore(SAMPLE_MAP);
    await expect(library.row(SAMPLE_MAP)).toBeVisible();
  });
});

test('duplicate makes a copy with every card', async ({ library }) => {
  const cards = await library.cardCount(SAMPLE_MAP);
  await library.duplicate(SAMPLE_MAP);
  await expect(library.row(`Copy of ${SAMPLE_MAP}`)).toContainText(`${cards} cards`);
});

test('when the browser blocks storage, the app says so and still opens', async ({ app }) => {
  await blockStorage(app.page);
  await app.library.goto();
  await expect(app.library.alert).toContainText('does not let Waymark store anything');
  await app.library.createMap();
  await expect(app.editor.header.saveStatus).toContainText('Not saved');
});

test('each browser keeps its own maps: a map made in one is not in another', async ({ users }) => {
  const [sam, priya] = await users.open('Sam', 'Priya');
  const title = 'Made in Sam’s browser';
  await test.step('Sam makes a map', async () => {
    await sam.app.library.goto();
    await sam.app.library.createMap();
    await sam.app.editor.header.title.fill(title);
    await sam.app.editor.header.waitSaved();
    await sam.app.editor.header.backToLibrary();
    await expect(sam.app.library.row(title)).toBeVisible();
  });

  await test.step('Priya’s browser has only the sample', async () => {
    await priya.app.library.goto();
    await expect(priya.app.library.row(SAMPLE_MAP)).toBeVisible();
    await expect(priya.app.library.row(title)).toHaveCount(0);
  });
});
