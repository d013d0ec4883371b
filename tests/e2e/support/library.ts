import { expect, type Page, type Locator } from '@playwright/test';

/** Drives the library page the way a user does: by visible names and roles. */
export class LibraryPage {
  constructor(readonly page: Page) {}

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

  row(title: string | RegExp): Locator {
    return this.list
      .getByRole('listitem')
      .filter({ has: this.page.getByRole('link', { name: title }) });
  }

  async createMap() {
    await this.page.getByRole('button', { name: 'New map' }).click();
    await expect(this.page.getByRole('textbox', { name: 'Map title' })).toBeVisible();
  }

  async rename(from: string, to: string) {
    await this.page.getByRole('button', { name: `Rename “${from}”` }).click();
    const input = this.page.getByRole('textbox', { name: `New title for “${from}”` });
    await input.fill(to);
    await input.press('Enter');
    await expect(this.row(to)).toBeVisible();
  }

  async trash(title: string) {
    await this.page.getByRole('button', { name: `Delete “${title}”` }).click();
    await this.page.getByRole('dialog').getByRole('button', { name: 'Move to trash' }).click();
    await expect(this.row(title)).toHaveCount(0);
  }
}
