/**
 * Workshop and focus-group tools in the editor: presentation mode, annotation mode (structure
 * locked, comments allowed), a dot-vote round, and everything still there after a reload.
 *
 * What the editor must provide for this spec (see src/ui/workshop/index.ts):
 * - header buttons "Present" (mode 'present', renders <PresentationMode>) and "Annotate"
 *   (toggles mode 'annotate'; shows <AnnotationToolbar showResults={false}> and
 *   <WorkshopSidePanel>);
 * - canvas cards as buttons named "Pain point: <title>" (src/canvas/toNodes.ts `cardLabel`),
 *   aria-pressed when selected, each with <CardAnnotations> and <VoteButton> inside;
 * - "Show on map" (onReveal) selects the card.
 */
import { test, expect, type Locator, type Page } from '@playwright/test';
import { LibraryPage } from './support/library';

const MAP = 'Independent Living – customer journey';
const VISITS = 'Inconsistent visits after staff change';
const CLEANING = 'Cleaning quality in schemes';
const QUESTION = 'Which pain points should we fix first?';

async function openSampleMap(page: Page) {
  const library = new LibraryPage(page);
  await library.goto();
  await page.getByRole('link', { name: MAP }).click();
  await expect(page.getByRole('textbox', { name: 'Map title' })).toHaveValue(MAP);
}

/** Brings a card into view through "Find cards" (the canvas draws only what is on screen). */
async function showCard(page: Page, title: string) {
  const find = page.getByRole('searchbox', { name: 'Find cards' });
  await find.fill(title);
  await find.press('Enter');
  await find.fill('');
  // The canvas glides to the card: wait until the view has stopped moving.
  await page.waitForFunction(async () => {
    const viewport = document.querySelector<HTMLElement>('.react-flow__viewport');
    const before = viewport?.style.transform;
    await new Promise((resolve) => setTimeout(resolve, 200));
    return viewport?.style.transform === before;
  });
}

function painPoint(page: Page, title: string): Locator {
  return page.getByRole('button', { name: `Pain point: ${title}`, exact: true });
}

async function enterAnnotateMode(page: Page) {
  await page.getByRole('button', { name: 'Annotate' }).click();
  await expect(page.getByRole('region', { name: 'Workshop tools' })).toBeVisible();
}

async function waitUntilSaved(page: Page) {
  await expect(page.locator('.save-status[data-status="saved"]')).toBeVisible();
}

test('presentation mode steps through the phases with the keyboard', async ({ page }) => {
  await openSampleMap(page);
  await page.getByRole('button', { name: 'Present' }).click();
  const show = page.getByRole('dialog', { name: MAP });
  await expect(show).toBeVisible();
  await expect(show.getByRole('textbox')).toHaveCount(0); // no editing chrome
  const position = show.getByText(/^Phase \d of 4$/);
  await expect(position).toHaveText('Phase 1 of 4');
  await expect(show.getByRole('heading', { level: 2, name: 'Join' })).toBeVisible();
  await expect(show.getByRole('heading', { name: 'Apply or referred' })).toBeVisible();

  await page.keyboard.press('ArrowRight');
  await expect(position).toHaveText('Phase 2 of 4');
  await expect(show.getByRole('heading', { level: 2, name: 'Settle in' })).toBeVisible();
  await expect(show.getByRole('heading', { name: 'Settled into new home' })).toBeVisible();
  await expect(show.getByText('★ Moment of truth').first()).toBeVisible();
  await expect(show.getByText('Little or no help settling in')).toBeVisible();
  await expect(show.getByRole('heading', { name: 'Apply or referred' })).toHaveCount(0);

  await page.keyboard.press('PageDown');
  await expect(position).toHaveText('Phase 3 of 4');
  await page.keyboard.press('End');
  await expect(position).toHaveText('Phase 4 of 4');
  await page.keyboard.press('ArrowRight'); // stays on the last phase
  await expect(position).toHaveText('Phase 4 of 4');
  await page.keyboard.press('Home');
  await expect(position).toHaveText('Phase 1 of 4');
  await page.keyboard.press('Space');
  await expect(position).toHaveText('Phase 2 of 4');
  await page.keyboard.press('PageUp');
  await expect(position).toHaveText('Phase 1 of 4');

  await page.keyboard.press('Escape');
  await expect(show).toBeHidden();
  await expect(page.getByRole('button', { name: 'Present' })).toBeFocused(); // back where it was
  await expect(page.getByRole('textbox', { name: 'Map title' })).toBeVisible();
});

test('annotation mode locks the structure but comments work', async ({ page }) => {
  await openSampleMap(page);
  await enterAnnotateMode(page);
  await page.getByRole('textbox', { name: 'Your name' }).fill('Suzanne');

  await showCard(page, VISITS);
  const visits = painPoint(page, VISITS);
  const before = await visits.boundingBox();
  expect(before).not.toBeNull();
  if (!before) return;
  // A drag leaves the card where it was.
  await page.mouse.move(before.x + before.width / 2, before.y + 10);
  await page.mouse.down();
  await page.mouse.move(before.x + before.width / 2 + 240, before.y + 150, { steps: 12 });
  await page.mouse.up();
  const after = await visits.boundingBox();
  expect(after?.x).toBeCloseTo(before.x, 0);
  expect(after?.y).toBeCloseTo(before.y, 0);

  // The Delete key leaves it too.
  await visits.click();
  await expect(visits).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Delete');
  await page.keyboard.press('Backspace');
  await expect(visits).toBeVisible();

  // Comments work on the selected card.
  const panel = page.getByRole('complementary', { name: 'Workshop' });
  await expect(panel.getByRole('heading', { name: VISITS, exact: true })).toBeVisible();
  const box = panel.getByRole('textbox', { name: 'Add a comment' });
  await box.fill('Ask HR for the turnover figures');
  await box.press('Backspace'); // typing in the box never deletes the card
  await panel.getByRole('button', { name: 'Add comment' }).click();
  const comment = panel.getByRole('article', { name: 'Comment by Suzanne' });
  await expect(comment).toContainText('Ask HR for the turnover figure');
  await expect(visits).toBeVisible();
  await expect(visits.getByLabel('1 comment')).toBeVisible();

  await panel.getByRole('button', { name: 'Reply' }).click();
  await panel.getByRole('textbox', { name: 'Reply to Suzanne' }).fill('I will bring them');
  await panel.getByRole('button', { name: 'Post reply' }).click();
  await expect(panel.getByRole('article', { name: 'Reply by Suzanne' })).toContainText(
    'I will bring them',
  );
  await expect(visits.getByLabel('2 comments')).toBeVisible();
});

test('a vote round with two participants, then a reload keeps votes and comments', async ({
  page,
}) => {
  await openSampleMap(page);
  await enterAnnotateMode(page);
  const tools = page.getByRole('region', { name: 'Workshop tools' });
  await tools.getByRole('textbox', { name: 'Your name' }).fill('Sam');

  await tools.getByRole('button', { name: 'Start a vote' }).click();
  const dialog = page.getByRole('dialog', { name: 'Start a vote' });
  await dialog.getByRole('textbox', { name: 'Question' }).fill(QUESTION);
  await dialog.getByRole('spinbutton', { name: 'Votes per participant' }).fill('2');
  await expect(dialog.getByRole('checkbox', { name: 'Pain points' })).toBeChecked();
  await dialog.getByRole('button', { name: 'Start vote' }).click();
  await expect(dialog).toBeHidden();

  await expect(tools.getByText('Voting as: Sam — 2 of 2 votes left')).toBeVisible();
  await expect(page.getByRole('button', { name: /^Vote for Quicker than expected/ })).toHaveCount(
    0,
  ); // love points are not in this vote
  await showCard(page, VISITS);
  const voteVisits = page.getByRole('button', { name: `Vote for ${VISITS}`, exact: true });
  await voteVisits.click();
  await voteVisits.click();
  await expect(tools.getByText('Voting as: Sam — 0 of 2 votes left')).toBeVisible();
  await expect(voteVisits).toBeDisabled();

  await tools.getByRole('button', { name: 'Next participant' }).click();
  await tools.getByRole('textbox', { name: 'Next participant’s name' }).fill('Priya');
  await tools.getByRole('button', { name: 'Start their turn' }).click();
  await expect(tools.getByText('Voting as: Priya — 2 of 2 votes left')).toBeVisible();
  await voteVisits.click();
  await showCard(page, CLEANING);
  await page.getByRole('button', { name: `Vote for ${CLEANING}`, exact: true }).click();
  await expect(tools.getByText('Voting as: Priya — 0 of 2 votes left')).toBeVisible();

  const results = page.getByRole('list', { name: `Results: ${QUESTION}` });
  await expect(results).toHaveCount(0); // hidden until revealed
  await tools.getByRole('button', { name: 'Reveal results' }).click();
  const expected = [
    /^Rank 1\s*Inconsistent visits after staff change\s*3 votes\s*Sam ×2, Priya/,
    /^Rank 2\s*Cleaning quality in schemes\s*1 vote\s*Priya/,
  ];
  await expect(results.getByRole('listitem')).toHaveText(expected);
  await showCard(page, VISITS);
  await expect(painPoint(page, VISITS).getByLabel('3 votes')).toBeVisible();

  await results.getByRole('button', { name: `Show on map: ${CLEANING}` }).click();
  await expect(painPoint(page, CLEANING)).toHaveAttribute('aria-pressed', 'true');

  // A comment on the card, then a reload.
  const panel = page.getByRole('complementary', { name: 'Workshop' });
  await panel.getByRole('textbox', { name: 'Add a comment' }).fill('Raise with the contractor');
  await panel.getByRole('button', { name: 'Add comment' }).click();
  await expect(panel.getByRole('article', { name: 'Comment by Sam' })).toBeVisible();
  await waitUntilSaved(page);

  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Map title' })).toHaveValue(MAP);
  await enterAnnotateMode(page);
  await expect(results.getByRole('listitem')).toHaveText(expected);
  await showCard(page, CLEANING);
  await painPoint(page, CLEANING).click();
  await expect(panel.getByRole('article', { name: 'Comment by Sam' })).toContainText(
    'Raise with the contractor',
  );
  await expect(painPoint(page, CLEANING).getByLabel('1 comment')).toBeVisible();
});
