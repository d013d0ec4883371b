/**
 * Workshop tools: annotation mode ("Annotate": the structure is locked, comments and votes
 * work), its toolbar (your name, vote rounds), the side panel (comments on the selected card,
 * vote results), the vote buttons on cards, and presentation mode ("Present").
 */
import { expect, type Locator, type Page } from '@playwright/test';
import type { Toolbar } from './toolbar';

/** The "Start a vote" dialog. */
export class StartVoteDialog {
  constructor(readonly dialog: Locator) {}

  get question(): Locator {
    return this.dialog.getByRole('textbox', { name: 'Question' });
  }

  get votesPerParticipant(): Locator {
    return this.dialog.getByRole('spinbutton', { name: 'Votes per participant' });
  }

  /** The checkbox of a card kind people can vote on ("Pain points"). */
  kind(label: string): Locator {
    return this.dialog.getByRole('checkbox', { name: label });
  }

  /** "Start vote": the dialog closes. */
  async start() {
    await this.dialog.getByRole('button', { name: 'Start vote' }).click();
    await expect(this.dialog).toBeHidden();
  }
}

/** Annotation mode: the workshop toolbar above the map and the workshop panel beside it. */
export class Workshop {
  constructor(
    readonly page: Page,
    private readonly toolbar: Toolbar,
  ) {}

  /** "Annotate" in the toolbar; waits for the workshop tools. */
  async enter() {
    await this.toolbar.tool('Annotate').click();
    await expect(this.tools).toBeVisible();
  }

  /** The workshop toolbar ("Workshop tools"). */
  get tools(): Locator {
    return this.page.getByRole('region', { name: 'Workshop tools' });
  }

  /** "Your name", used for comments and votes on this device. */
  get yourName(): Locator {
    return this.tools.getByRole('textbox', { name: 'Your name' });
  }

  async setName(name: string) {
    await this.yourName.fill(name);
  }

  // ─── Voting ────────────────────────────────────────────────────────────────────────────

  /** Opens "Start a vote". */
  async openStartVote(): Promise<StartVoteDialog> {
    await this.tools.getByRole('button', { name: 'Start a vote' }).click();
    return new StartVoteDialog(this.page.getByRole('dialog', { name: 'Start a vote' }));
  }

  /** Whose turn it is: "Voting as: Sam — 2 of 2 votes left" or "Who votes next?". */
  get turn(): Locator {
    return this.tools.getByText(/^(Voting as: .*|Who votes next\?)$/);
  }

  /** Hands the device to the next participant, named `name`. */
  async nextParticipant(name: string) {
    await this.tools.getByRole('button', { name: 'Next participant' }).click();
    await this.tools.getByRole('textbox', { name: 'Next participant’s name' }).fill(name);
    await this.tools.getByRole('button', { name: 'Start their turn' }).click();
  }

  async revealResults() {
    await this.tools.getByRole('button', { name: 'Reveal results' }).click();
  }

  /** The vote button on a card ("Vote for <title>"). */
  voteFor(title: string): Locator {
    return this.page.getByRole('button', { name: `Vote for ${title}`, exact: true });
  }

  /**
   * Votes for a card with the keyboard (its Vote button focused, Enter), as any participant
   * can. The layout leaves the button a row of its own (cardText.ts WORKSHOP_ROWS), and
   * workshop.spec checks it is not cut; the keyboard keeps the votes independent of zoom.
   */
  async vote(title: string) {
    await this.voteFor(title).press('Enter');
  }

  /** Vote buttons whose card title starts with `start` (to check a kind is not in the vote). */
  voteButtonsStartingWith(start: string): Locator {
    return this.page.getByRole('button', { name: new RegExp(`^Vote for ${start}`) });
  }

  /** "Results: <question>": the ranked cards of a revealed round. */
  results(question: string): Locator {
    return this.page.getByRole('list', { name: `Results: ${question}` });
  }

  /** "Show on map: <title>" in the results. */
  async showResultOnMap(question: string, title: string) {
    await this.results(question)
      .getByRole('button', { name: `Show on map: ${title}` })
      .click();
  }

  // ─── Comments (workshop panel) ─────────────────────────────────────────────────────────

  /** The workshop panel beside the map. */
  get panel(): Locator {
    return this.page.getByRole('complementary', { name: 'Workshop' });
  }

  /** The heading of the selected card in the panel. */
  selectedCard(title: string): Locator {
    return this.panel.getByRole('heading', { name: title, exact: true });
  }

  get commentBox(): Locator {
    return this.panel.getByRole('textbox', { name: 'Add a comment' });
  }

  /** Adds a comment to the selected card. */
  async comment(text: string) {
    await this.commentBox.fill(text);
    await this.submitComment();
  }

  /** "Add comment": posts what the comment box holds. */
  async submitComment() {
    await this.panel.getByRole('button', { name: 'Add comment' }).click();
  }

  /** A comment ("Comment by Sam") or reply ("Reply by Sam") in the panel. */
  commentBy(author: string, kind: 'Comment' | 'Reply' = 'Comment'): Locator {
    return this.panel.getByRole('article', { name: `${kind} by ${author}` });
  }

  /** Replies to the (only) comment thread of the selected card. */
  async reply(toAuthor: string, text: string) {
    await this.panel.getByRole('button', { name: 'Reply' }).click();
    await this.panel.getByRole('textbox', { name: `Reply to ${toAuthor}` }).fill(text);
    await this.panel.getByRole('button', { name: 'Post reply' }).click();
  }
}

/** Presentation mode: the map phase by phase, full screen, with no editing chrome. */
export class Presentation {
  constructor(
    readonly page: Page,
    private readonly toolbar: Toolbar,
  ) {}

  /** The presentation (a dialog named after the map, with a strip of phases). */
  get view(): Locator {
    return this.page
      .getByRole('dialog')
      .filter({ has: this.page.getByRole('navigation', { name: 'Phases' }) });
  }

  /** "Phase 2 of 4". */
  get position(): Locator {
    return this.view.getByText(/^Phase \d+ of \d+$/);
  }

  /** "Present" in the toolbar; waits for the presentation. */
  async start() {
    await this.toolbar.tool('Present').click();
    await expect(this.view).toBeVisible();
  }

  /** The name of the phase shown (a level-2 heading). */
  phase(name: string): Locator {
    return this.view.getByRole('heading', { level: 2, name });
  }

  /** A step's title in the phase shown. */
  step(title: string): Locator {
    return this.view.getByRole('heading', { name: title });
  }
}
