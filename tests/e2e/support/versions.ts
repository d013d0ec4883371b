/**
 * Versions, comparisons and templates of the open map, driven as a user does: the "Versions…"
 * panel (save, open read-only, restore, delete, compare, make future state) and "Save as
 * template…".
 */
import { expect, type Locator, type Page } from '@playwright/test';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The "Versions…" panel of the editor. */
export class VersionsPanel {
  constructor(readonly page: Page) {}

  get dialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Versions of this map' });
  }

  /** A message of the panel (what was saved, restored or deleted; or what went wrong). */
  get message(): Locator {
    return this.dialog.getByRole('status').or(this.dialog.getByRole('alert'));
  }

  async open() {
    await this.page.getByRole('button', { name: 'Versions…' }).click();
    await expect(this.dialog).toBeVisible();
    await expect(this.dialog.getByLabel('Version name')).toBeFocused();
  }

  /** Esc closes the panel. */
  async close() {
    await this.page.keyboard.press('Escape');
    await expect(this.dialog).toHaveCount(0);
  }

  /** "Save version" with a name (and a note). */
  async save(name: string, note = '') {
    await this.dialog.getByLabel('Version name').fill(name);
    if (note) await this.dialog.getByLabel('Note (optional)').fill(note);
    await this.dialog.getByRole('button', { name: 'Save version' }).click();
    await expect(this.message).toHaveText(`Saved the version “${name}”.`);
  }

  /** The list's row of a version, by its name. */
  row(name: string): Locator {
    return this.dialog
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: new RegExp(`^${escape(name)}`) }) });
  }

  /** Restore… → "Restore" in the question; waits for the panel to say it is done. */
  async restore(name: string) {
    await this.dialog.getByRole('button', { name: `Restore “${name}”`, exact: true }).click();
    const ask = this.page.getByRole('dialog', { name: `Restore “${name}”?` });
    await ask.getByRole('button', { name: 'Restore', exact: true }).click();
    await expect(this.message).toContainText(`Restored “${name}”.`);
  }

  /** Opens a version read-only; returns its dialog. */
  async openVersion(name: string): Promise<Locator> {
    await this.dialog.getByRole('button', { name: `Open “${name}”`, exact: true }).click();
    const viewer = this.page.getByRole('dialog', { name: `Version “${name}” (read-only)` });
    await expect(viewer).toBeVisible();
    return viewer;
  }

  /** "Make future state"; returns the link that opens the new map. */
  async makeFutureState(): Promise<Locator> {
    await this.dialog.getByRole('button', { name: 'Make future state' }).click();
    await expect(this.message).toContainText('Made the future-state map');
    return this.dialog.getByRole('link', { name: /^Open “.* – future state”$/ });
  }

  /** The "Before" or "After" choice of the compare picker. */
  picker(side: 'Before' | 'After'): Locator {
    return this.dialog.getByRole('combobox', { name: side, exact: true });
  }

  /** What the picker has chosen for one side, as its option reads. */
  chosen(side: 'Before' | 'After'): Locator {
    return this.picker(side).locator('option:checked');
  }

  /** Picks what to compare (option labels; the picker's own choice when left out), opens it. */
  async compare(choice: { before?: string; after?: string } = {}): Promise<Locator> {
    if (choice.before)
      await this.dialog.getByLabel('Before').selectOption({ label: choice.before });
    if (choice.after) await this.dialog.getByLabel('After').selectOption({ label: choice.after });
    await this.dialog.getByRole('button', { name: 'Compare', exact: true }).click();
    const view = this.page.getByRole('dialog', { name: /^Compare: / });
    await expect(view).toBeVisible();
    return view;
  }
}
