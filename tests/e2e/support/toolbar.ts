/** The editor's toolbar ("Map tools") and its "Menu" of every command. */
import { expect, type Locator, type Page } from '@playwright/test';
import { SAVE_STATUS_TEXT } from './header';
import { escapeRegExp } from './text';

/** "Menu ▾" at the end of the toolbar: every command, by group, with its shortcut. */
export class CommandMenu {
  constructor(
    readonly page: Page,
    private readonly toolbar: Locator,
  ) {}

  get button(): Locator {
    return this.toolbar.getByRole('button', { name: /^Menu/ });
  }

  /** The open menu ("All commands"). */
  get menu(): Locator {
    return this.page.getByRole('menu', { name: 'All commands' });
  }

  /**
   * An item of the open menu by its label (a plain item or an on/off item). Its accessible
   * name ends with its shortcut when it has one ("Undo Ctrl+Z").
   */
  item(label: string): Locator {
    const name = new RegExp(`^${escapeRegExp(label)}( \\S+)?$`);
    return this.menu
      .getByRole('menuitem', { name })
      .or(this.menu.getByRole('menuitemcheckbox', { name }));
  }

  async open() {
    await this.button.click();
    await expect(this.menu).toBeVisible();
  }

  /**
   * Closes the open menu by clicking outside it, far from it (on the save status in the
   * header, which does nothing). The menu covers the toolbar's end, its own button included,
   * and Esc reaches it only once focus is inside it.
   */
  async close() {
    await this.page.getByRole('banner').getByText(SAVE_STATUS_TEXT).click();
    await expect(this.menu).toHaveCount(0);
  }

  /** Opens the menu and runs one command; the menu closes. */
  async run(label: string) {
    await this.open();
    await this.item(label).click();
    await expect(this.menu).toHaveCount(0);
  }
}

/** The toolbar: undo, adding, deleting, zoom, search, panels and modes, each a named button. */
export class Toolbar {
  readonly menu: CommandMenu;

  constructor(readonly page: Page) {
    this.menu = new CommandMenu(page, this.bar);
  }

  get bar(): Locator {
    return this.page.getByRole('toolbar', { name: 'Map tools' });
  }

  /** A toolbar button by its command's label ("Undo", "Add phase", "Evidence", "Present"). */
  tool(name: string): Locator {
    return this.bar.getByRole('button', { name, exact: true });
  }

  /** The zoom level, "100%". */
  get zoomLevel(): Locator {
    return this.bar.getByRole('status');
  }

  /** "Zoom to fit", then waits until the zoom animation has stopped. */
  async zoomToFit() {
    await this.tool('Zoom to fit').click();
    let last = '';
    await expect(async () => {
      const now = (await this.zoomLevel.textContent()) ?? '';
      const settled = now === last;
      last = now;
      expect(settled).toBe(true);
    }).toPass({ intervals: [150, 150, 250, 250, 500], timeout: 10_000 });
  }
}
