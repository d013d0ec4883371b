/**
 * The map canvas: the grid of cells (lane × step), the cards on it, the phase, step and lane
 * headers, the emotion curve, and mouse and finger gestures on them (drag a card, drag an
 * emotion face, swipe).
 */
import { expect, type Locator, type Page } from '@playwright/test';
import { boxOf, nearBottom, type Box, type Point } from './geometry';
import { escapeRegExp } from './text';

/** A header's kind, as its button names it ("Phase: Join"). */
export type HeaderKind = 'phase' | 'step' | 'lane';

/** The journey map on screen, found by the names a screen reader hears. */
export class Canvas {
  constructor(readonly page: Page) {}

  // ─── Grid and cells ────────────────────────────────────────────────────────────────────

  get grid(): Locator {
    return this.page.getByRole('grid', { name: 'Journey map' });
  }

  /** The rows of the grid, one per lane. */
  get rows(): Locator {
    return this.grid.getByRole('row');
  }

  /** A cell by its accessible name, "<lane> · <step>". */
  cell(lane: string, step: string): Locator {
    return this.grid.getByRole('gridcell', { name: `${lane} · ${step}`, exact: true });
  }

  /** A cell by position (0-based lane row and step column), for steps without titles. */
  cellAt(lane: number, step: number): Locator {
    return this.rows.nth(lane).getByRole('gridcell').nth(step);
  }

  /** Clicks the empty bottom of a cell (the middle may hold a card): the cell takes focus. */
  async clickCell(cell: Locator) {
    await expect(cell).toBeVisible();
    await cell.click({ position: nearBottom(await boxOf(cell), 4) });
  }

  // ─── Cards ─────────────────────────────────────────────────────────────────────────────

  /**
   * A card on the canvas by kind and title (cards without a title are "Untitled"). Its name is
   * its visible words, then where it is: "Touchpoint: Phone call, step Apply, lane
   * Touchpoints"; a card holding a vote button is a group rather than a button.
   */
  card(kind: string, title: string): Locator {
    const name = new RegExp(
      `^${escapeRegExp(kind)}(?: [^:]*)?: ${escapeRegExp(title)}(?: — .*)?, step `,
    );
    // React Flow's node wrapper: other buttons (lists, panels) may carry the same name.
    return this.page
      .locator('.react-flow__node')
      .and(this.page.getByRole('button', { name }).or(this.page.getByRole('group', { name })));
  }

  /** The review's judgement band above the grid: overall judgement and rated criteria. */
  get judgementBand(): Locator {
    return this.page.locator('.react-flow').getByRole('region', { name: 'Judgement' });
  }

  /**
   * The text boxes of a card (title and the lines under it) that hold more than they show:
   * their text and by how many px (scrollHeight over clientHeight). Empty when all text shows.
   */
  async clippedText(card: Locator): Promise<{ text: string; hidden: number }[]> {
    await expect(card).toBeVisible();
    return card.locator('.card__title, .card__extra').evaluateAll((boxes) =>
      boxes
        .map((box) => ({
          text: box.textContent ?? '',
          hidden: box.scrollHeight - box.clientHeight,
        }))
        .filter((box) => box.hidden > 0),
    );
  }

  /**
   * Head rows (kind, chips) on screen that run past their card's edge without saying so: the
   * card's kind and px beyond the card's inner edge. A row cut short with "…" inside the card
   * is fine; empty when every head shows whole or cut with "…".
   */
  async headsCutOff(): Promise<{ kind: string; past: number }[]> {
    return this.page.locator('.react-flow__node .card__head').evaluateAll((heads) =>
      heads
        .map((head) => {
          const face = head.closest('.card')!;
          const edge = face.getBoundingClientRect().right - face.clientLeft;
          const box = head.getBoundingClientRect();
          const clips = (e: Element) => getComputedStyle(e).overflowX !== 'visible';
          // Where each part's text ends: past its box when it does not clip (scrollWidth).
          const ends = [...head.children].map((part) => {
            const r = part.getBoundingClientRect();
            const scale = r.width / ((part as HTMLElement).offsetWidth || 1);
            return clips(part) ? r.right : r.left + part.scrollWidth * scale;
          });
          const right = clips(head) ? Math.min(box.right, Math.max(...ends)) : Math.max(...ends);
          return { kind: head.textContent ?? '', past: Math.round(right - edge) };
        })
        .filter((row) => row.past > 0),
    );
  }

  /** How many px a card's face is short of its content (0 when everything fits inside it). */
  async cardOverflow(card: Locator): Promise<number> {
    return card
      .locator('.card')
      .evaluate((face) => Math.max(0, face.scrollHeight - face.clientHeight));
  }

  /** Zooms in with the toolbar until the zoom level is at least `percent` ("101%"). */
  async zoomInTo(percent: number) {
    const level = this.page.getByRole('toolbar', { name: 'Map tools' }).getByRole('status');
    const zoomIn = this.page
      .getByRole('toolbar', { name: 'Map tools' })
      .getByRole('button', { name: 'Zoom in', exact: true });
    await expect(async () => {
      const now = Number.parseInt((await level.textContent()) ?? '0', 10);
      if (now < percent) await zoomIn.click();
      expect(now).toBeGreaterThanOrEqual(percent);
    }).toPass({ intervals: [400], timeout: 10_000 });
    await this.waitStill();
  }

  /** Every selected card (pressed). */
  get selectedCards(): Locator {
    // React Flow's node wrapper carries the card's role, name and pressed state.
    return this.page.locator('.react-flow__node[aria-pressed="true"]');
  }

  /**
   * Cards the search highlights: 'current' (the match shown now) or 'match' (the others).
   * The highlight is only visual (a class on the card's face): nothing else tells it.
   */
  highlighted(kind: 'current' | 'match'): Locator {
    return this.page.locator(`.card--${kind}`);
  }

  /** Whether a card carries a search highlight ('current' or 'match'); see `highlighted`. */
  async expectHighlight(card: Locator, kind: 'current' | 'match') {
    await expect(card.locator('.card')).toHaveClass(new RegExp(`card--${kind}`));
  }

  /**
   * Whether a card is dimmed (the legend highlights some kinds and dims the rest). Dimming is
   * only visual (a class on the card's face): nothing else tells it.
   */
  async expectDimmed(card: Locator, dimmed: boolean) {
    const face = card.locator('.card');
    if (dimmed) await expect(face).toHaveClass(/card--dimmed/);
    else await expect(face).not.toHaveClass(/card--dimmed/);
  }

  /** The title editor that opens on a new card, or on Enter / double-click. */
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

  /** Double-clicks the empty bottom of a cell (the middle may hold a card) and names the card. */
  async addCardByDoubleClick(cell: Locator, title: string) {
    await expect(cell).toBeVisible();
    await cell.dblclick({ position: nearBottom(await boxOf(cell), 12) });
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

  /** Drags a card by (`dx`, `dy`) px from near its top, in 12 steps. */
  async dragCardBy(card: Locator, dx: number, dy: number) {
    const from = await boxOf(card);
    const x = from.x + from.width / 2;
    const y = from.y + 10;
    await this.page.mouse.move(x, y);
    await this.page.mouse.down();
    await this.page.mouse.move(x + dx, y + dy, { steps: 12 });
    await this.page.mouse.up();
  }

  /**
   * One finger from `from` to `to` (page px) in `steps` moves, through Chromium's touch input
   * (Playwright's touchscreen only taps).
   */
  async fingerDrag(from: Point, to: Point, steps = 15) {
    const cdp = await this.page.context().newCDPSession(this.page);
    const at = (i: number) => ({
      x: from.x + ((to.x - from.x) * i) / steps,
      y: from.y + ((to.y - from.y) * i) / steps,
    });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [from] });
    for (let i = 1; i <= steps; i++)
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [at(i)] });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await cdp.detach();
  }

  /** Pans the map with the mouse wheel over the canvas (`dx` > 0: the map moves left), then waits. */
  async panBy(dx: number, dy: number) {
    const pane = await boxOf(this.page.locator('.react-flow__pane'));
    await this.page.mouse.move(pane.x + pane.width / 2, pane.y + pane.height / 2);
    await this.page.mouse.wheel(dx, dy);
    await this.waitStill();
  }

  /** The minimap in the canvas's corner (an image named "Minimap"). */
  get minimap(): Locator {
    return this.page.getByRole('img', { name: 'Minimap' });
  }

  /** "Show minimap" above the minimap, in the canvas's corner: a toggle (aria-pressed). */
  get minimapToggle(): Locator {
    return this.page.getByRole('button', { name: 'Show minimap', exact: true });
  }

  /** The ids of the cards a click inside `box` (page px, tried on a 5 × 5 grid) would reach. */
  async cardsReachableIn(box: Box): Promise<string[]> {
    return this.page.evaluate(({ x, y, width, height }) => {
      const ids = new Set<string>();
      for (let i = 0; i < 5; i++)
        for (let j = 0; j < 5; j++) {
          const at = document.elementFromPoint(
            x + ((i + 0.5) * width) / 5,
            y + ((j + 0.5) * height) / 5,
          );
          const id = at?.closest('.react-flow__node')?.getAttribute('data-id');
          if (id) ids.add(id);
        }
      return [...ids];
    }, box);
  }

  /** Drags on the minimap from its centre by (`dx`, `dy`) px, as a user pans the map with it. */
  async dragMinimapBy(dx: number, dy: number) {
    const m = await boxOf(this.minimap);
    await this.page.mouse.move(m.x + m.width / 2, m.y + m.height / 2);
    await this.page.mouse.down();
    await this.page.mouse.move(m.x + m.width / 2 + dx, m.y + m.height / 2 + dy, { steps: 5 });
    await this.page.mouse.up();
  }

  /** Waits until the view has stopped moving (a pan or zoom glides for a moment). */
  async waitStill() {
    let last = '';
    await expect(async () => {
      const box = await boxOf(this.grid);
      const now = `${box.x},${box.y},${box.width}`;
      const still = now === last;
      last = now;
      expect(still, 'the map is still moving').toBe(true);
    }).toPass({ intervals: [200], timeout: 10_000 });
  }

  // ─── Headers ───────────────────────────────────────────────────────────────────────────

  /** A header button: "Phase: Join", "Step: Apply or referred", "Lane: Touchpoints". */
  header(kind: HeaderKind, name: string): Locator {
    const label = { phase: 'Phase', step: 'Step', lane: 'Lane' }[kind];
    return this.page.getByRole('button', { name: `${label}: ${name}`, exact: true });
  }

  phaseHeader(name: string): Locator {
    return this.header('phase', name);
  }

  stepHeader(title: string): Locator {
    return this.header('step', title);
  }

  laneHeader(name: string): Locator {
    return this.header('lane', name);
  }

  /** The lanes' names, top to bottom, as their header buttons read them ("Lane: …" dropped). */
  async laneNames(): Promise<string[]> {
    const buttons = this.page
      .getByRole('list', { name: 'Lanes' })
      .getByRole('button', { name: /^Lane: / });
    const labels = await buttons.evaluateAll((all) => all.map((b) => b.getAttribute('aria-label')));
    return labels.map((label) => (label ?? '').replace(/^Lane: /, ''));
  }

  /** The phase headers, in journey order. */
  get phaseHeaders(): Locator {
    return this.page.getByRole('list', { name: 'Phases' }).getByRole('listitem');
  }

  /** The in-place name box of a header being named ("Rename phase"). */
  renameBox(kind: HeaderKind): Locator {
    return this.page.getByRole('textbox', { name: `Rename ${kind}` });
  }

  /** Names the header whose name box has just opened (a new phase or lane) and keeps it. */
  async nameNewHeader(kind: HeaderKind, name: string) {
    const box = this.renameBox(kind);
    await expect(box).toBeFocused();
    await box.fill(name);
    await box.press('Enter');
    await expect(this.header(kind, name)).toBeVisible();
  }

  /** Opens a header's "⋯" menu ("Lane options: Touchpoints") and chooses an item. */
  async headerMenu(kind: HeaderKind, name: string, item: string) {
    const label = { phase: 'Phase', step: 'Step', lane: 'Lane' }[kind];
    await this.page.getByRole('button', { name: `${label} options: ${name}`, exact: true }).click();
    await this.page.getByRole('menuitem', { name: item }).click();
  }

  // ─── Emotion curve ─────────────────────────────────────────────────────────────────────

  /** The emotion face of a step: a slider whose value is the score (−2 … 2). */
  emotionPoint(stepTitle: string): Locator {
    return this.page.getByRole('slider', { name: `Emotion at ${stepTitle}`, exact: true });
  }

  /** Drags an emotion face vertically by `dy` px on screen (negative: up). */
  async dragEmotionPoint(stepTitle: string, dy: number) {
    const box = await boxOf(this.emotionPoint(stepTitle));
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    await this.page.mouse.move(x, y);
    await this.page.mouse.down();
    await this.page.mouse.move(x, y + dy / 2, { steps: 4 });
    await this.page.mouse.move(x, y + dy, { steps: 4 });
    await this.page.mouse.up();
  }
}
