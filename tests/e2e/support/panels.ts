/**
 * The panels around the canvas: the inspector, the card palette, "Find cards", the legend and
 * the keyboard shortcuts help.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import { escapeRegExp } from './text';
import { boxOf, nearBottom } from './geometry';

/** The inspector on the right: the fields of what is selected (a card, a header, the map). */
export class Inspector {
  constructor(readonly page: Page) {}

  /** The inspector, named after what it shows ("Pain point card", "2 cards selected", "Phase"). */
  panel(title: string): Locator {
    return this.page.getByRole('complementary', { name: title, exact: true });
  }

  /** A labelled field of the inspector showing `title`. */
  field(title: string, label: string): Locator {
    return this.panel(title).getByLabel(label, { exact: true });
  }

  /** The review's judgement in the map's details (nothing selected): its overall words. */
  get overallJudgement(): Locator {
    return this.field('Map', 'Overall judgement');
  }

  /** Adds a criterion to the review's judgement, named and rated (a word of the scale). */
  async addCriterion(name: string, rating: string) {
    const map = this.panel('Map');
    const n = await map.getByLabel(/^Criterion \d+$/).count();
    await map.getByRole('button', { name: 'Add criterion' }).click();
    await map.getByLabel(`Criterion ${n + 1}`, { exact: true }).fill(name);
    await map.getByLabel(`Rating of criterion ${n + 1}`, { exact: true }).selectOption(rating);
  }
}

/** The card palette on the left: every kind, to drag onto a cell or click. */
export class Palette {
  constructor(readonly page: Page) {}

  get panel(): Locator {
    return this.page.getByRole('complementary', { name: 'Cards', exact: true });
  }

  /** A palette item by its command's label ("Add pain point card"). */
  item(label: string): Locator {
    return this.page.getByRole('button', { name: label, exact: true });
  }

  /** Drags a palette item onto the empty bottom of a cell (the card's title editor opens). */
  async dragOnto(label: string, cell: Locator) {
    await this.item(label).dragTo(cell, { targetPosition: nearBottom(await boxOf(cell), 12) });
  }
}

/** "Find cards" in the toolbar: matches counted as "n of m", stepped through with Enter. */
export class Search {
  constructor(readonly page: Page) {}

  get box(): Locator {
    return this.page.getByRole('searchbox', { name: 'Find cards' });
  }

  /** "2 of 3", "No matches", or empty. */
  get count(): Locator {
    return this.page.getByTestId('search-count');
  }

  get next(): Locator {
    return this.page.getByRole('button', { name: 'Next match' });
  }

  get previous(): Locator {
    return this.page.getByRole('button', { name: 'Previous match' });
  }

  async find(text: string) {
    await this.box.fill(text);
  }

  /**
   * Brings a card into view without selecting it (the canvas draws only what is on screen):
   * searches its title, waits for a match and clears the search.
   */
  async reveal(title: string) {
    await this.box.fill(title);
    await expect(this.count).toContainText(/\d+ of \d+/);
    await this.box.fill('');
  }

  /** Goes to a card through the search (Enter selects the match) and clears the search. */
  async goTo(title: string) {
    await this.box.fill(title);
    await this.box.press('Enter');
    await this.box.fill('');
  }
}

/** The legend over the canvas: what each kind's colour and icon mean, and a highlight filter. */
export class Legend {
  constructor(readonly page: Page) {}

  get panel(): Locator {
    return this.page.getByRole('region', { name: 'Legend', exact: true });
  }

  /** Its "Legend" heading, which takes focus when it opens. */
  get heading(): Locator {
    return this.panel.getByRole('heading', { name: 'Legend', exact: true });
  }

  /** The checkbox that highlights one kind ("Pain point"). */
  kind(label: string): Locator {
    return this.panel.getByRole('checkbox', { name: label, exact: true });
  }

  /** "Show all kinds", shown while some kinds are ticked. */
  get showAll(): Locator {
    return this.panel.getByRole('button', { name: 'Show all kinds' });
  }

  async close() {
    await this.panel.getByRole('button', { name: 'Close legend' }).click();
    await expect(this.panel).toHaveCount(0);
  }
}

/** The keyboard shortcuts help (press ?): every command with a shortcut, and the gestures. */
export class ShortcutsHelp {
  constructor(readonly page: Page) {}

  get dialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  }

  /** The row term of a command or gesture ("Undo"). */
  term(label: string): Locator {
    return this.dialog
      .getByRole('term')
      .filter({ hasText: new RegExp(`^${escapeRegExp(label)}$`) });
  }

  async close() {
    await this.dialog.getByRole('button', { name: 'Close' }).click();
    await expect(this.dialog).toHaveCount(0);
  }
}
