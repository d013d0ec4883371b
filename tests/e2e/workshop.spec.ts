/**
 * Workshop and focus-group tools in the editor: presentation mode, annotation mode (structure
 * locked, comments allowed), a dot-vote round, and everything still there after a reload.
 */
import { boxOf, expect, SAMPLE_MAP, test } from './support/fixtures';

const VISITS = 'Inconsistent visits after staff change';
const CLEANING = 'Cleaning quality in schemes';
const QUESTION = 'Which pain points should we fix first?';

test('presentation mode steps through the phases with the keyboard', async ({ editor, page }) => {
  const { presentation } = editor;
  await presentation.start();
  const show = presentation.view;
  await expect(show).toHaveAccessibleName(SAMPLE_MAP);
  await expect(show.getByRole('textbox')).toHaveCount(0); // no editing chrome
  await expect(presentation.position).toHaveText('Phase 1 of 4');
  await expect(presentation.phase('Join')).toBeVisible();
  await expect(presentation.step('Apply or referred')).toBeVisible();

  await test.step('→ shows the next phase, its steps and marks', async () => {
    await page.keyboard.press('ArrowRight');
    await expect(presentation.position).toHaveText('Phase 2 of 4');
    await expect(presentation.phase('Settle in')).toBeVisible();
    await expect(presentation.step('Settled into new home')).toBeVisible();
    await expect(show.getByText('★ Moment of truth').first()).toBeVisible();
    await expect(show.getByText('Little or no help settling in')).toBeVisible();
    await expect(presentation.step('Apply or referred')).toHaveCount(0);
  });

  // A phase taller than the screen scrolls first (see the next test): press until it moves on.
  const pressUntil = async (key: string, position: string) => {
    await expect(async () => {
      await page.keyboard.press(key);
      await expect(presentation.position).toHaveText(position, { timeout: 300 });
    }).toPass({ timeout: 10_000 });
  };

  await test.step('PageDown, End, Home, Space and PageUp move between phases', async () => {
    await pressUntil('PageDown', 'Phase 3 of 4');
    await page.keyboard.press('End');
    await expect(presentation.position).toHaveText('Phase 4 of 4');
    await page.keyboard.press('ArrowRight'); // stays on the last phase
    await expect(presentation.position).toHaveText('Phase 4 of 4');
    await page.keyboard.press('Home');
    await expect(presentation.position).toHaveText('Phase 1 of 4');
    await pressUntil('Space', 'Phase 2 of 4');
    await pressUntil('PageUp', 'Phase 1 of 4');
  });

  await page.keyboard.press('Escape');
  await expect(show).toBeHidden();
  await expect(editor.toolbar.tool('Present')).toBeFocused(); // back where it was
  await expect(editor.header.title).toBeVisible();
});

test('a phase taller than the screen scrolls by keyboard before the next phase', async ({
  editor,
  page,
}) => {
  await page.setViewportSize({ width: 1000, height: 480 });
  await editor.presentation.start();
  const { position } = editor.presentation;
  const body = editor.presentation.view.locator('.presentation__phase');
  const scrollTop = () => body.evaluate((element) => element.scrollTop);
  await expect(position).toHaveText('Phase 1 of 4');
  expect(await body.evaluate((e) => e.scrollHeight > e.clientHeight)).toBe(true);

  await page.keyboard.press('ArrowDown');
  await expect.poll(scrollTop).toBeGreaterThan(0);
  await page.keyboard.press('PageDown');
  await expect(position).toHaveText('Phase 1 of 4');
  const afterPage = await scrollTop();
  expect(afterPage).toBeGreaterThan(100);
  await page.keyboard.press('PageUp');
  await expect.poll(scrollTop).toBeLessThan(afterPage);
  await expect(position).toHaveText('Phase 1 of 4');
  // → always moves on.
  await page.keyboard.press('ArrowRight');
  await expect(position).toHaveText('Phase 2 of 4');
});

test('annotation mode locks the structure but comments work', async ({ editor, page }) => {
  const { canvas, search, workshop } = editor;
  const visits = canvas.card('Pain point', VISITS);
  await workshop.enter();
  await workshop.setName('Suzanne');

  await test.step('a drag leaves the card where it was', async () => {
    await search.goTo(VISITS);
    await canvas.waitStill();
    const before = await boxOf(visits);
    await canvas.dragCardBy(visits, 240, 150);
    const after = await boxOf(visits);
    expect(after.x).toBeCloseTo(before.x, 0);
    expect(after.y).toBeCloseTo(before.y, 0);
  });

  await test.step('the Delete key leaves it too', async () => {
    await visits.click();
    await expect(visits).toHaveAttribute('aria-pressed', 'true');
    await page.keyboard.press('Delete');
    await page.keyboard.press('Backspace');
    await expect(visits).toBeVisible();
  });

  await test.step('comments work on the selected card', async () => {
    await expect(workshop.selectedCard(VISITS)).toBeVisible();
    await workshop.commentBox.fill('Ask HR for the turnover figures');
    await workshop.commentBox.press('Backspace'); // typing in the box never deletes the card
    await workshop.submitComment();
    await expect(workshop.commentBy('Suzanne')).toContainText('Ask HR for the turnover figure');
    await expect(visits).toBeVisible();
    await expect(visits.getByLabel('1 comment')).toBeVisible();
    // The card grew a line for its badge: nothing on it is cut off.
    expect(await canvas.cardOverflow(visits)).toBe(0);
  });

  await test.step('a reply', async () => {
    await workshop.reply('Suzanne', 'I will bring them');
    await expect(workshop.commentBy('Suzanne', 'Reply')).toContainText('I will bring them');
    await expect(visits.getByLabel('2 comments')).toBeVisible();
  });
});

test('a vote round with two participants, then a reload keeps votes and comments', async ({
  editor,
}) => {
  const { canvas, search, workshop } = editor;
  const expected = [
    /^Rank 1\s*Inconsistent visits after staff change\s*3 votes\s*Sam ×2, Priya/,
    /^Rank 2\s*Cleaning quality in schemes\s*1 vote\s*Priya/,
  ];
  const results = workshop.results(QUESTION);
  await workshop.enter();
  await workshop.setName('Sam');

  await test.step('Sam starts a vote on pain points, two votes each', async () => {
    const dialog = await workshop.openStartVote();
    await dialog.question.fill(QUESTION);
    await dialog.votesPerParticipant.fill('2');
    await expect(dialog.kind('Pain points')).toBeChecked();
    await dialog.start();
    await expect(workshop.turn).toHaveText('Voting as: Sam — 2 of 2 votes left');
    // Love points are not in this vote.
    await expect(workshop.voteButtonsStartingWith('Quicker than expected')).toHaveCount(0);
  });

  await test.step('Sam gives both votes to one card', async () => {
    await search.goTo(VISITS);
    await canvas.waitStill();
    await workshop.vote(VISITS);
    await workshop.vote(VISITS);
    await expect(workshop.turn).toHaveText('Voting as: Sam — 0 of 2 votes left');
    await expect(workshop.voteFor(VISITS)).toBeDisabled();
    // Every card in the vote has room for its vote row: nothing on it is cut off.
    expect(await canvas.cardOverflow(canvas.card('Pain point', VISITS))).toBe(0);
  });

  await test.step('Priya votes for two cards', async () => {
    await workshop.nextParticipant('Priya');
    await expect(workshop.turn).toHaveText('Voting as: Priya — 2 of 2 votes left');
    await workshop.vote(VISITS);
    await search.goTo(CLEANING);
    await canvas.waitStill();
    await workshop.vote(CLEANING);
    await expect(workshop.turn).toHaveText('Voting as: Priya — 0 of 2 votes left');
  });

  await test.step('results are hidden until revealed', async () => {
    await expect(results).toHaveCount(0);
    await workshop.revealResults();
    await expect(results.getByRole('listitem')).toHaveText(expected);
    await search.goTo(VISITS);
    await canvas.waitStill();
    await expect(canvas.card('Pain point', VISITS).getByLabel('3 votes')).toBeVisible();
    await workshop.showResultOnMap(QUESTION, CLEANING);
    await expect(canvas.card('Pain point', CLEANING)).toHaveAttribute('aria-pressed', 'true');
  });

  await test.step('a comment on the card, then a reload', async () => {
    await workshop.comment('Raise with the contractor');
    await expect(workshop.commentBy('Sam')).toBeVisible();
    await editor.reload();
    await expect(editor.header.title).toHaveValue(SAMPLE_MAP);
  });

  await test.step('votes and the comment are still there', async () => {
    await workshop.enter();
    await expect(results.getByRole('listitem')).toHaveText(expected);
    await search.goTo(CLEANING);
    await canvas.waitStill();
    await canvas.card('Pain point', CLEANING).click();
    await expect(workshop.commentBy('Sam')).toContainText('Raise with the contractor');
    await expect(canvas.card('Pain point', CLEANING).getByLabel('1 comment')).toBeVisible();
  });
});
