/**
 * Typing with an input method: a Japanese IME composition in a card title. Enter accepts the
 * conversion and keeps the title editor open; letters typed during the composition never run
 * a card shortcut; the composed text is the card's title.
 */
import type { Page } from '@playwright/test';
import { expect, SAMPLE_MAP, test } from './support/fixtures';

const CARD = 'Property Pool Plus application';

/** Starts an IME composition of `text` in the focused field (Chromium's own IME path). */
async function compose(page: Page, text: string) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.imeSetComposition', {
    text,
    selectionStart: text.length,
    selectionEnd: text.length,
  });
  return cdp;
}

/** A key as the browser sends it while a composition is open (isComposing, keyCode 229). */
async function composingKey(page: Page, key: string) {
  await page.evaluate((pressed) => {
    const target = document.activeElement ?? document.body;
    for (const type of ['keydown', 'keyup']) {
      target.dispatchEvent(
        new KeyboardEvent(type, { key: pressed, keyCode: 229, isComposing: true, bubbles: true }),
      );
    }
  }, key);
}

test('Enter that accepts an IME conversion in a card title keeps the editor open and makes no stray card', async ({
  app,
  editor,
  page,
}) => {
  const { canvas } = editor;
  await editor.selectCard('Touchpoint', CARD);
  const cardsBefore = await app.storedCards(SAMPLE_MAP);
  await page.keyboard.press('Enter');
  await expect(canvas.cardTitleEditor).toBeFocused();
  await page.keyboard.press('Control+A');

  const cdp = await compose(page, 'にほんご');
  await composingKey(page, 'Enter'); // accept the conversion
  await expect(canvas.cardTitleEditor).toBeFocused();
  await composingKey(page, 'T'); // "T" would add a touchpoint card
  await composingKey(page, 'Escape'); // would close the editor and undo the title
  await expect(canvas.cardTitleEditor).toBeFocused();
  await cdp.send('Input.insertText', { text: '日本語' }); // the IME commits
  await expect(canvas.cardTitleEditor).toHaveValue('日本語');

  await page.keyboard.press('Enter'); // after the composition: Enter keeps the title
  await expect(canvas.cardTitleEditor).toHaveCount(0);
  await expect(canvas.card('Touchpoint', '日本語')).toBeVisible();
  await editor.header.waitSaved();
  expect((await app.storedCards(SAMPLE_MAP)).length).toBe(cardsBefore.length);
});
