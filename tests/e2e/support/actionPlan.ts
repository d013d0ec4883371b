/**
 * The action plan ("Action plan" in the toolbar): the recommendations of the map as a table,
 * with filters, a status summary, each row's progress log, and CSV export.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import { downloadFrom, type Downloaded } from './downloads';
import type { Toolbar } from './toolbar';

/** The status filter's and status select's values (RAG status). */
export type RecommendationStatus =
  'not-started' | 'on-track' | 'at-risk' | 'off-track' | 'on-hold' | 'complete';

/** The "Add recommendation" form. */
export class RecommendationForm {
  constructor(readonly form: Locator) {}

  /** "Action": what is to be done. */
  get action(): Locator {
    return this.form.getByRole('textbox', { name: 'Action' });
  }

  /** "Answers": the pain point (or finding) it answers. */
  get answers(): Locator {
    return this.form.getByRole('combobox', { name: 'Answers' });
  }

  /** "Step": where it goes on the map (follows the answered card). */
  get step(): Locator {
    return this.form.getByRole('combobox', { name: 'Step' });
  }

  /** "Action plan only": a recommendation that is not on any journey step. */
  get planOnly(): Locator {
    return this.form.getByRole('checkbox', { name: /Action plan only/ });
  }

  async add() {
    await this.form.getByRole('button', { name: 'Add', exact: true }).click();
  }
}

/** A progress update, as the "Add an update" form takes it. */
export interface ProgressUpdate {
  /** `YYYY-MM-DD`. */
  date: string;
  text: string;
  /** The status option's label ("At risk (amber)"). */
  status: string;
}

/** The action plan over the editor. */
export class ActionPlan {
  constructor(
    readonly page: Page,
    private readonly toolbar: Toolbar,
  ) {}

  get view(): Locator {
    return this.page.getByRole('region', { name: 'Action plan' });
  }

  async open() {
    await this.toolbar.tool('Action plan').click();
    await expect(this.view).toBeVisible();
  }

  async close() {
    await this.view.getByRole('button', { name: 'Close action plan' }).click();
    await expect(this.view).toHaveCount(0);
  }

  /** One "Show on map" button per recommendation shown. */
  get shownRecommendations(): Locator {
    return this.view.getByRole('button', { name: 'Show on map' });
  }

  /** The table row of a recommendation: the one with its "Show on map" button. */
  row(title: string): Locator {
    return this.view
      .getByRole('row')
      .filter({ hasText: title })
      .filter({ has: this.page.getByRole('button', { name: 'Show on map' }) });
  }

  /** What the last change did ("Added “…”"). */
  get message(): Locator {
    return this.view.getByRole('status');
  }

  /** Opens the "Add recommendation" form. */
  async startRecommendation(): Promise<RecommendationForm> {
    await this.view.getByRole('button', { name: 'Add recommendation' }).click();
    return new RecommendationForm(this.view.getByRole('form', { name: 'Add recommendation' }));
  }

  /** A field of a row, edited in place: "Owner", "Target date", "Revised date", "Status". */
  rowField(title: string, field: 'Owner' | 'Target date' | 'Revised date' | 'Status'): Locator {
    return this.row(title).getByLabel(`${field} of “${title}”`, { exact: true });
  }

  /** A row's "Updates (n)" button, which shows its progress log. */
  updatesButton(title: string, count?: number): Locator {
    return this.row(title).getByRole('button', {
      name: count === undefined ? /^Updates \(\d+\)$/ : `Updates (${count})`,
    });
  }

  /** The "Add an update" form of a recommendation (its log is open). */
  updateForm(title: string): Locator {
    return this.view.getByRole('form', { name: `Add an update to “${title}”` });
  }

  /** Adds a progress update in the open log. */
  async addUpdate(title: string, update: ProgressUpdate) {
    const form = this.updateForm(title);
    await form.getByLabel('Update date').fill(update.date);
    await form.getByLabel('Update text').fill(update.text);
    await form.getByLabel('Update status').selectOption({ label: update.status });
    await form.getByRole('button', { name: 'Add update' }).click();
  }

  /** "Progress of “title”": the updates, newest first. */
  progressLog(title: string): Locator {
    return this.view.getByRole('list', { name: `Progress of “${title}”` });
  }

  /** Sets a filter ('' shows all). */
  async filter(by: 'status' | 'theme' | 'owner' | 'phase' | 'flag', value: string) {
    await this.view.getByRole('combobox', { name: `Filter by ${by}` }).selectOption(value);
  }

  /** The status summary's table ("Status by theme" or "Status by phase"). */
  statusSummary(by: 'theme' | 'phase' = 'theme'): Locator {
    return this.view.getByRole('table', { name: `Status by ${by}` });
  }

  /** "Export action plan (CSV)": the downloaded file. */
  async exportCsv(): Promise<Downloaded> {
    return downloadFrom(this.page, () =>
      this.view.getByRole('button', { name: 'Export action plan (CSV)' }).click(),
    );
  }

  /** "Export action plan (Excel)": the downloaded file. */
  async exportXlsx(): Promise<Downloaded> {
    return downloadFrom(this.page, () =>
      this.view.getByRole('button', { name: 'Export action plan (Excel)' }).click(),
    );
  }

  /** "Import action plan": reads a CSV or Excel file into the plan (its file input). */
  async importFile(path: string) {
    await this.view.getByLabel('Action plan file (CSV or Excel)').setInputFiles(path);
  }

  // ─── Format 3: actions, responses, plan dates, themes, two dates ─────────────────────

  /** Adds an action under a recommendation ("Add action" on its row). */
  async addAction(title: string) {
    await this.row(title).getByRole('button', { name: 'Add action' }).click();
  }

  /** The row of a recommendation's `n`th action (from 1), nested under it. */
  actionRow(title: string, n: number): Locator {
    return this.view.getByRole('row', { name: `Action ${n} of “${title}”`, exact: true });
  }

  /** A field of an action: "Text", "Owner", "Target date", "Revised date", "Completed date", "Status". */
  actionField(
    title: string,
    n: number,
    field: 'Text' | 'Owner' | 'Target date' | 'Revised date' | 'Completed date' | 'Status',
  ): Locator {
    return this.view.getByLabel(`${field} of action ${n} of “${title}”`, { exact: true });
  }

  /** Types a date as a person writes it ("Spring 2023", "30/06/2024") and presses Enter. */
  async typeDate(field: Locator, text: string) {
    await field.fill(text);
    await field.press('Enter');
  }

  /** The title a progress log of an action goes by: "Title – action 2". */
  actionLogTitle(title: string, n: number): string {
    return `${title} – action ${n}`;
  }

  /** Opens an action's progress log ("Updates (n)" on its row). */
  async openActionUpdates(title: string, n: number) {
    await this.actionRow(title, n)
      .getByRole('button', { name: new RegExp(`^Updates of action ${n} of`) })
      .click();
  }

  /** Opens a recommendation's response and gives it: answer value and text. */
  async setResponse(title: string, answer: string, text: string) {
    await this.row(title).getByRole('button', { name: 'Response' }).click();
    const region = this.view.getByRole('region', { name: `Response to “${title}”` });
    await region.getByRole('combobox', { name: 'Response', exact: true }).selectOption(answer);
    await region.getByLabel('Response text').fill(text);
  }

  /** Moves a theme up the plan's theme order by `places`. */
  async moveThemeUp(theme: string, places = 1) {
    for (let i = 0; i < places; i++)
      await this.view.getByRole('button', { name: `Move “${theme}” up` }).click();
  }

  /** The plan's themes, in order. */
  get themes(): Locator {
    return this.view.getByRole('list', { name: 'Themes in order' }).getByRole('listitem');
  }

  /** The status summary as at `date` (`YYYY-MM-DD`) compared with an earlier one. */
  async compareDates(earlier: string, later: string) {
    await this.view.getByLabel('As at').fill(later);
    await this.view.getByLabel('Compare with…').fill(earlier);
  }

  /** The month-on-month table of the comparison. */
  get monthOnMonth(): Locator {
    return this.view.getByRole('table', { name: 'Month on month' });
  }

  /**
   * What the table shows, row by row: each cell's text, with a field's value (a select's
   * chosen option) in place of the field; for comparing two plans as a user would.
   */
  async snapshot(): Promise<string[][]> {
    return this.view
      .getByRole('table', { name: 'Recommendations' })
      .locator('tbody tr')
      .evaluateAll((rows) =>
        rows.map((row) =>
          Array.from(row.querySelectorAll('td, th'), (cell) => {
            const copy = cell.cloneNode(true) as HTMLElement;
            const fields = cell.querySelectorAll('input, select, textarea');
            copy.querySelectorAll('input, select, textarea').forEach((field, i) => {
              const live = fields[i] as HTMLInputElement | HTMLSelectElement;
              const shown =
                live instanceof HTMLSelectElement
                  ? (live.selectedOptions[0]?.textContent ?? '')
                  : live.type === 'checkbox'
                    ? String((live as HTMLInputElement).checked)
                    : live.value;
              field.replaceWith(`[${shown}]`);
            });
            return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
          }),
        ),
      );
  }

  // ─── Layout in a small window ─────────────────────────────────────────────────────────

  /** The recommendations table's own scroll region ("Recommendations table"). */
  get tableRegion(): Locator {
    return this.view.getByRole('region', { name: 'Recommendations table' });
  }

  /**
   * How wide a select is and how wide it would need to be to show its chosen option whole:
   * a copy holding only that option, free of any width limit, measured beside it.
   */
  async shownOptionFit(select: Locator): Promise<{ has: number; needs: number; text: string }> {
    return select.evaluate((element) => {
      const live = element as HTMLSelectElement;
      const copy = live.cloneNode(false) as HTMLSelectElement;
      const chosen = live.selectedOptions[0];
      if (chosen) copy.append(chosen.cloneNode(true));
      copy.style.cssText = 'position:absolute;visibility:hidden;width:auto;max-width:none';
      live.after(copy);
      const needs = copy.getBoundingClientRect().width;
      copy.remove();
      return { has: live.getBoundingClientRect().width, needs, text: chosen?.text ?? '' };
    });
  }

  /** How far a region scrolls across and down, and how much of it shows. */
  async scrollExtent(region: Locator) {
    return region.evaluate((element) => ({
      scrollWidth: element.scrollWidth,
      clientWidth: element.clientWidth,
      scrollHeight: element.scrollHeight,
      clientHeight: element.clientHeight,
    }));
  }

  /** Scrolls a region all the way across to its right edge. */
  async scrollToRightEdge(region: Locator) {
    await region.evaluate((element) => {
      element.scrollLeft = element.scrollWidth;
    });
  }

  /** "Export progress log (CSV)": the downloaded file. */
  async exportProgressLog(): Promise<Downloaded> {
    return downloadFrom(this.page, () =>
      this.view.getByRole('button', { name: 'Export progress log (CSV)' }).click(),
    );
  }
}
