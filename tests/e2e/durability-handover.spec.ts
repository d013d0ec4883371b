/**
 * Two tabs on one map, the first (the one that saves) closes, and the second types before the
 * browser has handed it the map's edit lock: the second tab never says "Saved" for a change
 * that is not stored, and once it writes, the change survives a reload.
 */
import { expect, test } from './support/fixtures';
import { editLockName, QueuedEditLock } from './support/editLock';

test('a change typed while the edit lock passes to this tab says "Saving…" until stored, and survives a reload', async ({
  app,
}) => {
  const first = app.editor;
  await app.library.goto();
  await app.library.createMap();
  await first.header.waitSaved();

  // A tab that queues for the lock before the second tab opens gets it first when the first
  // tab closes, and holds it: the handover, stretched from milliseconds to as long as needed.
  const other = await app.newTab();
  await other.library.goto();
  const handover = await QueuedEditLock.queue(other.page, editLockName(first.page));

  const second = (await app.newTab()).editor;
  await second.page.goto(first.page.url());
  await expect(second.header.title).toBeEditable();
  await second.header.waitSaved();

  await test.step('the first tab closes and the second types at once', async () => {
    await first.page.close();
    await expect.poll(() => handover.held()).toBe(true);
    await second.header.title.fill('Typed during the handover');
  });

  await test.step('no tab saves it yet, and the second tab does not say it is saved', async () => {
    await expect(second.header.saveStatus).toHaveText('Saving…');
    await second.page.waitForTimeout(500);
    await expect(second.header.saveStatus).toHaveText('Saving…');
  });

  await test.step('the lock reaches the second tab: it saves, and a reload finds the text', async () => {
    await handover.release();
    await second.header.waitSaved();
    await second.page.reload();
    await expect(second.header.title).toHaveValue('Typed during the handover');
  });
});
