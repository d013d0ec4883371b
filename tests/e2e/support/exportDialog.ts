/** The export dialog ("Export…" in the editor header): JSON, CSV, Excel, PNG and SVG downloads. */
import { expect, type Locator, type Page } from '@playwright/test';
import { downloadFrom, type Downloaded } from './downloads';

/** The dialog's export buttons. */
export type ExportFormat =
  'Export JSON' | 'Export CSV' | 'Export Excel' | 'Export PNG' | 'Export SVG';

/** "Export map": keep or share the map as a file, or save a picture of it. */
export class ExportDialog {
  constructor(readonly page: Page) {}

  get dialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Export map' });
  }

  async open() {
    await this.page.getByRole('button', { name: 'Export…' }).click();
    await expect(this.dialog).toBeVisible();
  }

  async close() {
    await this.dialog.getByRole('button', { name: 'Close' }).click();
    await expect(this.dialog).toHaveCount(0);
  }

  /** A picture option: "Transparent" background, a PNG size, "Show comment and vote counts". */
  option(label: string): Locator {
    return this.dialog.getByLabel(label, { exact: true });
  }

  /** The PNG size radio button ("1×", "2×", "3×"). */
  pngScale(label: '1×' | '2×' | '3×'): Locator {
    return this.dialog.getByRole('radio', { name: label });
  }

  /** Clicks one export button of the open dialog: the downloaded file. */
  async download(format: ExportFormat): Promise<Downloaded> {
    return downloadFrom(this.page, () => this.dialog.getByRole('button', { name: format }).click());
  }

  /** Opens the dialog, exports one format and closes the dialog again. */
  async exportAs(format: ExportFormat): Promise<Downloaded> {
    await this.open();
    const file = await this.download(format);
    await this.close();
    return file;
  }
}
