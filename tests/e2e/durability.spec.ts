/** Nothing typed is lost: not to an abrupt close of the browser, not to a second tab. */
import { expect, test } from './support/fixtures';
import type { Waymark } from './support/app';

test('an edit followed 50 ms later by closing the page is there after reopening the browser', async ({
  browserProfile,
}) => {
  const title = 'Written just before closing';
  await test.step('type a title, then close the page and the browser 50 ms later', async () => {
    const app = await browserProfile.launch();
    await app.library.goto();
    await app.library.createMap();
    await app.editor.header.waitSaved();
    await app.editor.header.title.fill(title);
    await app.page.waitForTimeout(50);
    await app.page.close(); // no beforeunload: as abrupt as closing a tab
    await browserProfile.close(); // and the whole browser
  });

  await test.step('reopen the browser: the map has the title', async () => {
    const again = await browserProfile.launch();
    await again.library.goto();
    await expect(again.library.row(title)).toBeVisible();
  });
});

const TYPED = 'Settling-in support from the IL Officer, weekly at first';
/** When the page is closed after the last key of a title typed in place. */
const closings: { when: string; wait: (app: Waymark) => Promise<void> }[] = [
  { when: '50 ms later', wait: (app) => app.page.waitForTimeout(50) },
  {
    // The letters are on screen (a save of the first ones is usually still being written).
    when: 'as soon as the last letter shows',
    wait: (app) => expect(app.editor.canvas.cardTitleEditor).toHaveValue(TYPED),
  },
];

for (const { when, wait } of closings) {
  test(`a card title typed in place, then the page closed ${when}, keeps every letter`, async ({
    browserProfile,
  }) => {
    await test.step(`type at the end of a card title, then close the page ${when}`, async () => {
      const app = await browserProfile.launch();
      await app.editor.openSample();
      const card = app.editor.canvas.card('Touchpoint', 'Settling-in support from the IL Officer');
      await card.dblclick();
      await expect(app.editor.canvas.cardTitleEditor).toBeFocused();
      await app.page.keyboard.press('End');
      await app.page.keyboard.type(', weekly at first');
      await wait(app);
      await app.page.close(); // no Enter, no blur, no beforeunload
      await browserProfile.close();
    });

    await test.step('reopen the browser: the card has every letter', async () => {
      const again = await browserProfile.launch();
      await again.editor.openSample();
      await expect(again.editor.canvas.card('Touchpoint', TYPED)).toBeVisible();
    });
  });
}

test('two tabs on one map both edit and see each other, and closing one keeps everything', async ({
  app,
}) => {
  const first = app.editor;
  await app.library.goto();
  await app.library.createMap();
  const second = (await app.newTab()).editor;
  await second.page.goto(first.page.url());
  await expect(second.header.title).toBeEditable();

  await test.step('each tab’s change reaches the other as it is typed', async () => {
    await first.header.title.fill('Edited in the first tab');
    await expect(second.header.title).toHaveValue('Edited in the first tab');
    await second.header.title.fill('Then in the second tab');
    await expect(first.header.title).toHaveValue('Then in the second tab');
  });

  await test.step('the first tab closes (it was the one saving): the second saves from now on', async () => {
    await first.page.close();
    // It types at once: until the browser hands it the map's edit lock, its status says
    // "Saving…" (nobody has stored the change), so "Saved" means a reload keeps it.
    await second.header.title.fill('After the first tab closed');
    await expect(second.header.saveStatus).toHaveText('Saved');
    await second.page.reload();
    await expect(second.header.title).toHaveValue('After the first tab closed');
  });
});

test('two tabs typing in turns into the same card title keep every letter of both', async ({
  app,
  editor,
}) => {
  const card = (tab: typeof editor) =>
    tab.canvas.card('Touchpoint', 'Settling-in support from the IL Officer');
  const second = (await app.newTab()).editor;
  await second.page.goto(editor.page.url());
  await expect(card(second)).toBeVisible();
  for (const tab of [editor, second]) {
    await card(tab).dblclick();
    await expect(tab.canvas.cardTitleEditor).toBeFocused();
    await tab.page.keyboard.press('End');
  }

  await test.step('the tabs take turns, a letter each, 60 ms apart', async () => {
    for (const letter of 'abcde') {
      await editor.page.keyboard.type(letter);
      await editor.page.waitForTimeout(60);
      await second.page.keyboard.type(letter.toUpperCase());
      await second.page.waitForTimeout(60);
    }
    const typed = 'Settling-in support from the IL OfficeraAbBcCdDeE';
    await expect(editor.canvas.cardTitleEditor).toHaveValue(typed);
    await expect(second.canvas.cardTitleEditor).toHaveValue(typed);
  });

  await test.step('both keep it, and so does storage', async () => {
    for (const tab of [editor, second]) await tab.page.keyboard.press('Enter');
    await second.page.reload();
    await expect(
      second.canvas.card('Touchpoint', 'Settling-in support from the IL OfficeraAbBcCdDeE'),
    ).toBeVisible();
  });
});
