/**
 * A full disk with the map open in two tabs of one browser: the tab that saves (the writer)
 * cannot store a change typed in the other tab. The other tab says so in the writer's words
 * (not "Saving…" for ever), offers a copy holding its change, and says "Saved" once the writer
 * could store it after space was freed; what was saved before stays as it was.
 */
import { fillTheDisk, freeTheDisk } from './support/storage';
import { expect, test } from './support/fixtures';

test.use({ startMap: 'new' });

const TYPED = 'Typed in the second tab while the disk is full';

type Fixtures = Parameters<Parameters<typeof test>[2]>[0];

/** The map titled and saved in the writer tab, then open and saved in a second tab. */
async function twoTabsSaved(app: Fixtures['app'], writer: Fixtures['editor']) {
  await writer.header.title.fill('Saved before the disk filled up');
  await writer.header.waitSaved();
  const second = (await app.newTab()).editor;
  await second.page.goto(writer.page.url());
  await expect(second.header.title).toBeEditable();
  await second.header.waitSaved();
  return { writer, second };
}

test('the other tab shows the full disk, offers a copy with its change, and says Saved once storage works again', async ({
  app,
  editor,
}) => {
  const { writer, second } = await twoTabsSaved(app, editor);

  await test.step('the writer’s disk fills up; the second tab types', async () => {
    await fillTheDisk(writer.page);
    await second.header.title.fill(TYPED);
    await expect(writer.header.saveError).toContainText('storage for Waymark is full');
    const error = second.header.saveError;
    await expect(error).toContainText('storage for Waymark is full');
    await expect(error).toContainText('everything saved before is untouched');
    await expect(error).toContainText('download a copy (JSON) and free some space');
    await expect(error).toContainText('Waymark keeps trying and says “Saved” once it can.');
    await expect(error).toHaveText((await writer.header.saveError.textContent()) ?? '');
    await expect(second.header.saveStatus).toHaveCount(0); // no "Saving…" for ever
  });

  await test.step('the second tab’s copy holds its change; storage holds the map as it was', async () => {
    const file = await second.header.downloadCopy();
    expect(file.name).toMatch(/\.json$/);
    expect(JSON.parse(await file.text())).toMatchObject({ map: { title: TYPED } });
    await expect(second.header.title).toHaveValue(TYPED);
    expect(await app.storedMap('Saved before the disk filled up')).not.toBeNull();
    expect(await app.storedMap(TYPED)).toBeNull();
  });

  await test.step('space is freed: the writer stores the change by itself, both tabs say Saved', async () => {
    await freeTheDisk(writer.page);
    await second.header.waitSaved();
    await writer.header.waitSaved();
    await expect(second.header.saveError).toHaveCount(0);
    expect(await app.storedMap(TYPED)).not.toBeNull();
  });
});

test('the writer closes while its disk is full: the other tab saves the change itself and only then says Saved', async ({
  app,
  editor,
}) => {
  const { writer, second } = await twoTabsSaved(app, editor);

  await fillTheDisk(writer.page); // only the writer's page: the next writer can store
  await second.header.title.fill(TYPED);
  await expect(second.header.saveError).toContainText('storage for Waymark is full');

  await test.step('the writer closes; the second tab takes over, stores the change and says Saved', async () => {
    await writer.page.close();
    await second.header.waitSaved();
    await expect(second.header.saveError).toHaveCount(0);
    await expect(second.header.title).toHaveValue(TYPED);
    await second.page.reload();
    await expect(second.header.title).toHaveValue(TYPED);
  });
});
