/** The editor's header: back to the library, the map title, save status, Export. */
import { expect, type Locator, type Page } from '@playwright/test';
import { downloadFrom, type Downloaded } from './downloads';

/** The texts the header's save status takes (SaveStatus.tsx), whole. */
export const SAVE_STATUS_TEXT = /^(Saved|Saving…|Not saved: this browser blocks storage)$/;

/** The bar above the map: its title and whether it is saved. */
export class EditorHeader {
  constructor(readonly page: Page) {}

  /** The header landmark (a `<header>` outside `<main>`: role banner). */
  get bar(): Locator {
    return this.page.getByRole('banner');
  }

  /** The map's title, edited in place. */
  get title(): Locator {
    return this.page.getByRole('textbox', { name: 'Map title' });
  }

  /** "Saved", "Saving…" or "Not saved: this browser blocks storage", as the header shows it. */
  get saveStatus(): Locator {
    return this.bar.getByText(SAVE_STATUS_TEXT);
  }

  /**
   * What a screen reader is told about saving: the save status's live region ("All changes
   * saved" once typing has paused; empty meanwhile).
   */
  get saveAnnouncement(): Locator {
    // The other status in a live session's header is the session's ("Live · 3 here").
    return this.bar.getByRole('status').filter({ hasNotText: /Live|Offline|Connecting|ended/ });
  }

  /** Waits for "Saved": every change so far is written. */
  async waitSaved() {
    await expect(this.saveStatus).toHaveText('Saved', { timeout: 15_000 });
  }

  /** A save that failed (a full disk, a newer Waymark in another tab), with its way out. */
  get saveError(): Locator {
    return this.bar.getByRole('alert');
  }

  /** "Download a copy (JSON)" in a save error: the downloaded file. */
  async downloadCopy(): Promise<Downloaded> {
    return downloadFrom(this.page, () =>
      this.saveError.getByRole('button', { name: 'Download a copy (JSON)' }).click(),
    );
  }

  /** "← Library". */
  async backToLibrary() {
    await this.page.getByRole('link', { name: '← Library' }).click();
  }

  /** "Export…", which opens the export dialog. */
  get exportButton(): Locator {
    return this.page.getByRole('button', { name: 'Export…' });
  }
}
