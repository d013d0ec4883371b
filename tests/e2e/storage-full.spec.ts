/** A full disk: a clear message, a way to keep the work, and what was saved before is kept. */
import { fillTheDisk } from './support/storage';
import { expect, test } from './support/fixtures';

test.use({ startMap: 'new' });

test('a full disk shows a clear message, offers a download, and keeps what was saved', async ({
  app,
  editor,
}) => {
  const { header } = editor;
  await header.title.fill('Saved before the disk filled up');
  await header.waitSaved();

  await test.step('the disk fills up; the next edit cannot be saved', async () => {
    await fillTheDisk(editor.page);
    await header.title.fill('x'.repeat(400));
    await expect(header.saveError).toContainText('storage for Waymark is full');
  });

  await test.step('a copy can be downloaded, and the work stays on screen', async () => {
    const file = await header.downloadCopy();
    expect(file.name).toMatch(/\.json$/);
    await expect(header.title).toHaveValue('x'.repeat(400));
  });

  await editor.page.reload(); // a fresh page: IndexedDB writes work again
  await app.library.goto();
  await expect(app.library.row('Saved before the disk filled up')).toBeVisible();
});
