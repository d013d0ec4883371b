/** The library page (the list of maps, the trash, import by file or drop), driven as a user does. */
import { expect, type Locator, type Page } from '@playwright/test';

/** The title of the sample map every new browser profile starts with. */
export const SAMPLE_MAP = 'Independent Living – customer journey';

/** Maps moved to the trash, folded under "Trash (n)" at the bottom of the library. */
export class Trash {
  constructor(readonly page: Page) {}

  /** The trash section (absent while the trash is empty). */
  get section(): Locator {
    return this.page.getByRole('region', { name: /^Trash \(\d+\)$/ });
  }

  /** "Trash (n)", the heading that folds the trash open (a summary: no heading role). */
  get heading(): Locator {
    return this.section.getByText(/^Trash \(\d+\)$/);
  }

  get list(): Locator {
    return this.page.getByRole('list', { name: 'Maps in the trash' });
  }

  /** Unfolds the trash. */
  async open() {
    await this.heading.click();
    await expect(this.list).toBeVisible();
  }

  /** Restores a map from the (open) trash. */
  async restore(title: string) {
    await this.page.getByRole('button', { name: `Restore “${title}”`, exact: true }).click();
  }
}

/** Importing a map: the "Import…" file input and dropping a file on the window. */
export class Importer {
  constructor(readonly page: Page) {}

  /** The (visually hidden) file input behind "Import…". */
  get fileInput(): Locator {
    return this.page.getByLabel('Map file to import', { exact: true });
  }

  /** The "Import map (JSON, CSV or Excel)" button that opens the file picker. */
  get button(): Locator {
    return this.page.getByRole('button', { name: 'Import map (JSON, CSV or Excel)', exact: true });
  }

  /** Dismisses the message about a bad file. */
  async dismissProblem() {
    await this.page.getByRole('alert').getByRole('button', { name: 'Dismiss' }).click();
  }

  /** Imports a file through the file input: a path on disk, or a name, type and bytes. */
  async importFile(file: string | { name: string; mimeType: string; buffer: Buffer }) {
    await this.fileInput.setInputFiles(file);
  }

  /** "Imported “title” as a new map." (any import when no title is given). */
  imported(title?: string): Locator {
    return this.page
      .getByRole('status')
      .filter({ hasText: title === undefined ? 'Imported' : `Imported “${title}”` });
  }

  /** What is shown over the window while a file is dragged over it. */
  get dropHint(): Locator {
    return this.page.getByText('Drop a Waymark file to import it');
  }

  /**
   * Drags a JSON file named `name` holding `text` over the window and drops it: dragenter,
   * then (once the drop hint shows) dragover and drop, as a browser fires them.
   */
  async dropFile(name: string, text: string) {
    const transfer = await this.page.evaluateHandle(
      ([fileName, json]) => {
        const data = new DataTransfer();
        data.items.add(new File([json], fileName, { type: 'application/json' }));
        return data;
      },
      [name, text] as const,
    );
    const target = this.page.getByRole('main');
    await target.dispatchEvent('dragenter', { dataTransfer: transfer });
    await expect(this.dropHint).toBeVisible();
    await target.dispatchEvent('dragover', { dataTransfer: transfer });
    await target.dispatchEvent('drop', { dataTransfer: transfer });
  }
}

/** The library: every map in this browser, newest first, with search, sort, trash and import. */
export class LibraryPage {
  readonly trash: Trash;
  readonly importer: Importer;

  constructor(readonly page: Page) {
    this.trash = new Trash(page);
    this.importer = new Importer(page);
  }

  /** Opens the library and waits until the maps are listed. */
  async goto() {
    await this.page.goto('/#/');
    await expect(this.page.getByRole('heading', { name: /Waymark/ })).toBeVisible();
    await expect(
      this.page.getByRole('status').filter({ hasText: 'Loading your maps' }),
    ).toHaveCount(0);
  }

  get list(): Locator {
    return this.page.getByRole('list', { name: 'Journey maps' });
  }

  /** Every map row shown (after search). */
  get rows(): Locator {
    return this.list.getByRole('listitem');
  }

  /** The row of the map whose title link is `title` (a string matches the whole title). */
  row(title: string | RegExp): Locator {
    return this.rows.filter({ has: this.page.getByRole('link', { name: title, exact: true }) });
  }

  /** The title links of the rows, in the order shown. */
  get titles(): Locator {
    return this.list.getByRole('link');
  }

  /** The number of cards a row says its map holds ("42 cards"). */
  async cardCount(title: string): Promise<number> {
    const text = (await this.row(title).textContent()) ?? '';
    const found = text.match(/(\d+) cards/)?.[1];
    if (found === undefined) throw new Error(`No card count in the row of “${title}”: ${text}`);
    return Number(found);
  }

  /** Opens a map by its title link (a string matches the whole title). */
  async open(title: string | RegExp) {
    await this.row(title).getByRole('link').click();
  }

  /** "New map": makes a blank map (the gallery's "Blank map") and opens it. */
  async createMap() {
    await this.createFromTemplate('Blank map');
  }

  /** "New map" → the template gallery (the dialog), open. */
  async openGallery(): Promise<Locator> {
    await this.page.getByRole('button', { name: 'New map' }).click();
    const gallery = this.page.getByRole('dialog', { name: 'New map' });
    await expect(gallery).toBeVisible();
    return gallery;
  }

  /** "New map", then the template of this name (Waymark's or the user's); opens the new map. */
  async createFromTemplate(name: string, title?: string) {
    const gallery = await this.openGallery();
    if (title !== undefined) await gallery.getByLabel('Title of the new map').fill(title);
    await gallery.getByRole('button', { name, exact: true }).click();
    await expect(this.page.getByRole('textbox', { name: 'Map title' })).toBeVisible();
  }

  async rename(from: string, to: string) {
    await this.page.getByRole('button', { name: `Rename “${from}”` }).click();
    const input = this.page.getByRole('textbox', { name: `New title for “${from}”` });
    await input.fill(to);
    await input.press('Enter');
    await expect(this.row(to)).toBeVisible();
  }

  async duplicate(title: string) {
    await this.page.getByRole('button', { name: `Duplicate “${title}”`, exact: true }).click();
  }

  /** Deletes a map, confirming "Move to trash"; it leaves the list. */
  async trashMap(title: string) {
    await this.page.getByRole('button', { name: `Delete “${title}”`, exact: true }).click();
    await this.page.getByRole('dialog').getByRole('button', { name: 'Move to trash' }).click();
    await expect(this.row(title)).toHaveCount(0);
  }

  /** "Undo" in the message that follows a delete. */
  async undoTrash() {
    await this.page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  }

  get search(): Locator {
    return this.page.getByRole('searchbox', { name: 'Search maps' });
  }

  /** Sorts the list: 'updated' (last edited) or 'title'. */
  async sortBy(order: 'updated' | 'title') {
    await this.page.getByRole('combobox', { name: 'Sort by' }).selectOption(order);
  }

  /** A warning or error on the library page (blocked storage, a bad import). */
  get alert(): Locator {
    return this.page.getByRole('alert');
  }
}
