/** The report builder dialog ("Report…" in the editor header) and what it prints. */
import { expect, type Locator, type Page } from '@playwright/test';
import type { ReportPresetId } from '../../../src/domain/reportSettings';
import { downloadFrom, type Downloaded } from './downloads';

export class ReportBuilder {
  constructor(readonly page: Page) {}

  get dialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Report' });
  }

  /** The preview panel (the report in a shadow root; locators reach into it). */
  get preview(): Locator {
    return this.dialog.getByRole('region', { name: 'Preview' });
  }

  /** Where the report goes for print (hidden on screen). */
  get printRoot(): Locator {
    return this.page.locator('#wm-print-root');
  }

  async open() {
    await this.page.getByRole('button', { name: 'Report…' }).click();
    await expect(this.dialog).toBeVisible();
  }

  async startFrom(preset: ReportPresetId) {
    await this.dialog.getByLabel('Start from').selectOption(preset);
  }

  /** Downloads the report as Word or PDF and waits for the dialog to say it is saved. */
  async download(button: 'Download Word' | 'Download PDF'): Promise<Downloaded> {
    const file = await downloadFrom(this.page, () =>
      this.dialog.getByRole('button', { name: button }).click(),
    );
    await expect(this.dialog.getByText(/report saved:/)).toBeVisible({ timeout: 60_000 });
    return file;
  }

  async close() {
    await this.dialog.getByRole('button', { name: 'Close', exact: true }).click();
    await expect(this.dialog).toBeHidden();
  }

  /** The included sections' names, in report order. */
  async sectionOrder(): Promise<(string | undefined)[]> {
    return this.dialog
      .locator('.wm-report-sections input:checked')
      .evaluateAll((inputs) => inputs.map((input) => input.parentElement?.textContent?.trim()));
  }

  /**
   * Replaces `window.print` before the app loads: headless Chromium's print dialog cannot be
   * driven, so the tests count the calls and print the page to PDF themselves.
   */
  static async countPrints(page: Page) {
    await page.addInitScript(() => {
      const w = window as unknown as { printCalls: number };
      w.printCalls = 0;
      window.print = () => {
        w.printCalls += 1;
      };
    });
  }

  /** Waits for one call of `window.print`, then prints the page with print media to PDF. */
  async printed(): Promise<Uint8Array> {
    await expect
      .poll(() =>
        this.page.evaluate(() => (window as unknown as { printCalls: number }).printCalls),
      )
      .toBe(1);
    return new Uint8Array(await this.page.pdf({ preferCSSPageSize: true }));
  }
}
