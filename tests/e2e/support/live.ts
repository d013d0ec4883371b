/**
 * Live sessions: the facilitator's "Share live…" dialog (start, links, who is here, make an
 * editor, end), joining by link with a name, and the live status in the header.
 */
import { expect, type Locator, type Page } from '@playwright/test';

/** The "Live session" dialog in the editor. */
export class LiveDialog {
  constructor(readonly page: Page) {}

  get dialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Live session' });
  }

  /** Opens the dialog from the editor's header. */
  async open() {
    await this.page.getByRole('button', { name: 'Share live…' }).click();
    await expect(this.dialog).toBeVisible();
  }

  /** Starts a session on the server the dialog finds; returns the two links. */
  async start(): Promise<{ participant: string; editor: string; code: string }> {
    await this.dialog.getByRole('button', { name: 'Start live session' }).click();
    const participant = this.dialog.getByRole('textbox', { name: 'Participant link' });
    await expect(participant).toBeVisible();
    const code = (await this.dialog.locator('.live-code').textContent()) ?? '';
    return {
      participant: await participant.inputValue(),
      editor: await this.dialog.getByRole('textbox', { name: 'Editor link' }).inputValue(),
      code,
    };
  }

  /** The people listed under "Who is here". */
  get people(): Locator {
    return this.dialog.getByRole('list', { name: 'People here' }).getByRole('listitem');
  }

  async promote(name: string) {
    await this.dialog.getByRole('button', { name: `Make ${name} an editor` }).click();
  }

  /** "End session for everyone", confirmed. */
  async end() {
    await this.dialog.getByRole('button', { name: 'End session for everyone' }).click();
    await this.dialog.getByRole('button', { name: 'Yes, end the session' }).click();
    await expect(
      this.dialog.getByRole('status').filter({ hasText: 'The session has ended' }),
    ).toBeVisible();
  }

  async close() {
    await this.dialog.getByRole('button', { name: 'Close' }).click();
    await expect(this.dialog).toBeHidden();
  }
}

/** Joining a session from a link, and the live status every member sees. */
export class LiveMember {
  constructor(readonly page: Page) {}

  /** Opens a session link and gives a name; waits for the map and the "Live" status. */
  async join(link: string, name: string) {
    await this.page.goto(link);
    const field = this.page.getByRole('textbox', { name: 'Your name (the others see it)' });
    await field.fill(name);
    await this.page.getByRole('button', { name: 'Join' }).click();
    await expect(this.status).toContainText('Live', { timeout: 15_000 });
  }

  /** The live status in the header ("Live · 3 here", "Offline: …"). */
  get status(): Locator {
    return this.page
      .locator('.editor-header')
      .getByRole('status')
      .filter({ hasText: /Live|Offline|Connecting|ended/ });
  }
}
