import { expect, type Locator, type Page } from '@playwright/test';
import { LibraryPage } from './library';

export const SAMPLE_MAP = 'Independent Living – customer journey';

/** A rectangle on the page (what `boundingBox()` returns). */
export type Box = { x: number; y: number; width: number; height: number };

/** Whether `inner`'s centre lies inside `outer`. */
export function centreInside(inner: Box, outer: Box): boolean {
  const cx = inner.x + inner.width / 2;
  const cy = inner.y + inner.height / 2;
  return cx > outer.x && cx < outer.x + outer.width && cy > outer.y && cy < outer.y + outer.height;
}

/** A locator's bounding box; throws when it is not on the page. */
export async function boxOf(locator: Locator): Promise<Box> {
  const box = await locator.boundingBox();
  if (!box) throw new Error(`No bounding box for ${locator.toString()}`);
  return box;
}

/** Drives the map editor the way a user does: by visible names, roles and the mouse. */
export class EditorPage {
  readonly library: LibraryPage;

  constructor(readonly page: Page) {
    this.library = new LibraryPage(page);
  }

  // ─── Opening ───────────────────────────────────────────────────────────────────────────

  async openSample() {
    await this.library.goto();
    await this.page.getByRole('link', { name: SAMPLE_MAP }).click();
    await expect(this.page.getByRole('textbox', { name: 'Map title' })).toHaveValue(SAMPLE_MAP);
    await this.ready();
  }

  async openNewMap() {
    await this.library.goto();
    await this.library.createMap();
    await this.ready();
  }

  /** Waits for the grid and a committed save state. */
  async ready() {
    await expect(this.grid).toBeVisible();
    await expect(this.grid.getByRole('gridcell').first()).toBeVisible();
    await this.waitSaved();
  }

  /** "Saved" in the editor header: every change so far is written. */
  async waitSaved() {
    await expect(this.saveStatus).toHaveText('Saved', { timeout: 15_000 });
  }

  /** Waits for the save, reloads the page and waits for the map again. */
  async reload() {
    await this.waitSaved();
    await this.page.reload();
    await this.ready();
  }

  get saveStatus(): Locator {
    return this.page.locator('.editor-header').getByRole('status');
  }

  // ─── Toolbar ───────────────────────────────────────────────────────────────────────────

  get toolbar(): Locator {
    return this.page.getByRole('toolbar', { name: 'Map tools' });
  }

  tool(name: string): Locator {
    return this.toolbar.getByRole('button', { name, exact: true });
  }

  async zoomToFit() {
    await this.tool('Zoom to fit').click();
    // The zoom animates for a moment; wait until the level stops changing.
    const zoom = this.toolbar.getByRole('status');
    let last = '';
    await expect(async () => {
      const now = (await zoom.textContent()) ?? '';
      const settled = now === last;
      last = now;
      expect(settled).toBe(true);
    }).toPass({ intervals: [150, 150, 250, 250, 500] });
  }

  /** The "Deleted 2 cards" kind of message. */
  announcement(text: string | RegExp): Locator {
    return this.page.locator('.announcer').filter({ hasText: text });
  }

  // ─── Grid, headers, cells and cards ────────────────────────────────────────────────────

  get grid(): Locator {
    return this.page.getByRole('grid', { name: 'Journey map' });
  }

  /** A cell by its accessible name, "<lane> · <step>". */
  cell(lane: string, step: string): Locator {
    return this.grid.getByRole('gridcell', { name: `${lane} · ${step}`, exact: true });
  }

  /** A cell by position (0-based lane row and step column), for steps without titles. */
  cellAt(lane: number, step: number): Locator {
    return this.grid.getByRole('row').nth(lane).getByRole('gridcell').nth(step);
  }

  /** A card on the canvas: "<Kind>: <title>" (cards without a title are "Untitled"). */
  card(kind: string, title: string): Locator {
    return this.page
      .locator('.react-flow__node')
      .and(this.page.getByRole('button', { name: `${kind}: ${title}`, exact: true }));
  }

  get selectedCards(): Locator {
    return this.page.locator('.react-flow__node[aria-pressed="true"]');
  }

  phaseHeader(name: string): Locator {
    return this.page.getByRole('button', { name: `Phase: ${name}`, exact: true });
  }

  stepHeader(title: string): Locator {
    return this.page.getByRole('button', { name: `Step: ${title}`, exact: true });
  }

  laneHeader(name: string): Locator {
    return this.page.getByRole('button', { name: `Lane: ${name}`, exact: true });
  }

  get cardTitleEditor(): Locator {
    return this.page.getByRole('textbox', { name: 'Card title' });
  }

  /** Types a card's title into the open title editor and keeps it with Enter. */
  async typeCardTitle(title: string) {
    await expect(this.cardTitleEditor).toBeFocused();
    await this.page.keyboard.type(title);
    await this.page.keyboard.press('Enter');
    await expect(this.cardTitleEditor).toHaveCount(0);
  }

  /** Clicks the empty bottom of a cell (the middle may hold a card): the cell takes focus. */
  async clickCell(cell: Locator) {
    await expect(cell).toBeVisible();
    const box = await boxOf(cell);
    await cell.click({ position: { x: Math.min(24, box.width / 2), y: box.height - 4 } });
  }

  /** Double-clicks the empty bottom of a cell (the middle may hold a card). */
  async addCardByDoubleClick(cell: Locator, title: string) {
    await expect(cell).toBeVisible();
    const box = await boxOf(cell);
    await cell.dblclick({ position: { x: Math.min(24, box.width / 2), y: box.height - 12 } });
    await this.typeCardTitle(title);
  }

  /** Drags a palette item ("Add pain point card") onto the bottom of a cell. */
  async dragFromPalette(paletteLabel: string, cell: Locator, title: string) {
    const item = this.page.getByRole('button', { name: paletteLabel, exact: true });
    const box = await boxOf(cell);
    await item.dragTo(cell, {
      targetPosition: { x: Math.min(24, box.width / 2), y: box.height - 12 },
    });
    await this.typeCardTitle(title);
  }

  /** Drags a card with the mouse, in small steps, to the bottom of a cell. */
  async dragCardTo(card: Locator, cell: Locator) {
    const from = await boxOf(card);
    const to = await boxOf(cell);
    const mouse = this.page.mouse;
    await mouse.move(from.x + from.width / 2, from.y + Math.min(12, from.height / 2));
    await mouse.down();
    await mouse.move(from.x + from.width / 2 + 10, from.y + 20, { steps: 4 });
    await mouse.move(to.x + to.width / 2, to.y + to.height - 10, { steps: 12 });
    await mouse.up();
  }

  /** Brings a card into view (through the search box, as a user would) and clears the search. */
  async reveal(title: string) {
    await this.search.fill(title);
    await expect(this.searchCount).toContainText(/\d+ of \d+/);
    await this.search.fill('');
  }

  /** Brings a card into view and clicks it; its fields show in the inspector. */
  async selectCard(kind: string, title: string) {
    await this.reveal(title);
    const card = this.card(kind, title);
    await expect(card).toBeVisible();
    await card.click();
    await expect(card).toHaveAttribute('aria-pressed', 'true');
    await expect(this.inspector(`${kind} card`)).toBeVisible();
  }

  // ─── Inspector ─────────────────────────────────────────────────────────────────────────

  /** The inspector, named after what it shows ("Pain point card", "Phase", "Map"). */
  inspector(title: string): Locator {
    return this.page.getByRole('complementary', { name: title, exact: true });
  }

  /** A labelled field in the inspector. */
  field(inspectorTitle: string, label: string): Locator {
    return this.inspector(inspectorTitle).getByLabel(label, { exact: true });
  }

  // ─── Emotion curve ─────────────────────────────────────────────────────────────────────

  emotionPoint(stepTitle: string): Locator {
    return this.page.getByRole('slider', { name: `Emotion at ${stepTitle}`, exact: true });
  }

  /** Drags an emotion face vertically by `dy` pixels on screen (negative: up). */
  async dragEmotionPoint(stepTitle: string, dy: number) {
    const point = this.emotionPoint(stepTitle);
    const box = await boxOf(point);
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    await this.page.mouse.move(x, y);
    await this.page.mouse.down();
    await this.page.mouse.move(x, y + dy / 2, { steps: 4 });
    await this.page.mouse.move(x, y + dy, { steps: 4 });
    await this.page.mouse.up();
  }

  // ─── Search ────────────────────────────────────────────────────────────────────────────

  get search(): Locator {
    return this.page.getByRole('searchbox', { name: 'Find cards' });
  }

  get searchCount(): Locator {
    return this.page.getByTestId('search-count');
  }
}
