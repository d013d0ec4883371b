/**
 * The map editor, driven the way a user does (visible names, roles, the mouse and keys), as
 * one object holding a page object per part of the screen:
 *
 *   editor.header      title, save status and save errors, Export…     (header.ts)
 *   editor.toolbar     buttons by name, zoom, and `.menu` (all commands) (toolbar.ts)
 *   editor.canvas      cells, cards, headers, drags, the emotion curve   (canvas.ts)
 *   editor.inspector / palette / search / legend / shortcuts             (panels.ts)
 *   editor.evidence    personas, research, moments of truth, pain points (evidence.ts)
 *   editor.actionPlan  recommendations, progress, summary, CSV           (actionPlan.ts)
 *   editor.exportDialog  JSON, CSV, PNG, SVG downloads                   (exportDialog.ts)
 *   editor.workshop / presentation  annotation mode, votes, comments     (workshop.ts)
 *   editor.versions    save, open, restore, compare, future state        (versions.ts)
 */
import { expect, type Locator, type Page } from '@playwright/test';
import { ActionPlan } from './actionPlan';
import { Canvas } from './canvas';
import { EvidencePanel } from './evidence';
import { ExportDialog } from './exportDialog';
import { EditorHeader } from './header';
import { LibraryPage, SAMPLE_MAP } from './library';
import { Inspector, Legend, Palette, Search, ShortcutsHelp } from './panels';
import { Toolbar } from './toolbar';
import { VersionsPanel } from './versions';
import { Presentation, Workshop } from './workshop';

/** A question the editor asks before a change it cannot take back lightly. */
export class ConfirmDialog {
  constructor(readonly page: Page) {}

  get dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  async cancel() {
    await this.dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(this.dialog).toHaveCount(0);
  }

  async confirm(label: string) {
    await this.dialog.getByRole('button', { name: label }).click();
    await expect(this.dialog).toHaveCount(0);
  }
}

/** The editor of one map. */
export class EditorPage {
  readonly header: EditorHeader;
  readonly toolbar: Toolbar;
  readonly canvas: Canvas;
  readonly inspector: Inspector;
  readonly palette: Palette;
  readonly search: Search;
  readonly legend: Legend;
  readonly shortcuts: ShortcutsHelp;
  readonly evidence: EvidencePanel;
  readonly actionPlan: ActionPlan;
  readonly exportDialog: ExportDialog;
  readonly workshop: Workshop;
  readonly presentation: Presentation;
  readonly confirmDialog: ConfirmDialog;
  readonly versions: VersionsPanel;

  constructor(
    readonly page: Page,
    private readonly library: LibraryPage = new LibraryPage(page),
  ) {
    this.header = new EditorHeader(page);
    this.toolbar = new Toolbar(page);
    this.canvas = new Canvas(page);
    this.inspector = new Inspector(page);
    this.palette = new Palette(page);
    this.search = new Search(page);
    this.legend = new Legend(page);
    this.shortcuts = new ShortcutsHelp(page);
    this.evidence = new EvidencePanel(page, this.toolbar);
    this.actionPlan = new ActionPlan(page, this.toolbar);
    this.exportDialog = new ExportDialog(page);
    this.workshop = new Workshop(page, this.toolbar);
    this.presentation = new Presentation(page, this.toolbar);
    this.confirmDialog = new ConfirmDialog(page);
    this.versions = new VersionsPanel(page);
  }

  // ─── Opening ───────────────────────────────────────────────────────────────────────────

  /** Opens the sample map from the library and waits until it is ready. */
  async openSample() {
    await this.openMap(SAMPLE_MAP);
  }

  /** Opens a map from the library by its title and waits until it is ready. */
  async openMap(title: string) {
    await this.library.goto();
    await this.library.open(title);
    await expect(this.header.title).toHaveValue(title);
    await this.ready();
  }

  /** Makes a new map from the library ("New map") and waits until it is ready. */
  async openNewMap() {
    await this.library.goto();
    await this.library.createMap();
    await this.ready();
  }

  /** Waits for the grid and a committed save state. */
  async ready() {
    await expect(this.canvas.grid).toBeVisible();
    await expect(this.canvas.grid.getByRole('gridcell').first()).toBeVisible();
    await this.header.waitSaved();
  }

  /** Waits for the save, reloads the page and waits for the map again. */
  async reload() {
    await this.header.waitSaved();
    await this.page.reload();
    await this.ready();
  }

  // ─── What the editor says ──────────────────────────────────────────────────────────────

  /** A message saying what a command did ("Deleted 2 cards"), shown for a few seconds. */
  announcement(text: string | RegExp): Locator {
    return this.page.getByRole('status').filter({ hasText: text });
  }

  // ─── Gestures across parts ─────────────────────────────────────────────────────────────

  /** Drags a palette item ("Add pain point card") onto a cell and names the new card. */
  async dragFromPalette(paletteLabel: string, cell: Locator, title: string) {
    await this.palette.dragOnto(paletteLabel, cell);
    await this.canvas.typeCardTitle(title);
  }

  /** Brings a card into view (through the search, as a user would) and clicks it. */
  async selectCard(kind: string, title: string) {
    await this.search.reveal(title);
    const card = this.canvas.card(kind, title);
    await expect(card).toBeVisible();
    await card.click();
    await expect(card).toHaveAttribute('aria-pressed', 'true');
    await expect(this.inspector.panel(`${kind} card`)).toBeVisible();
  }
}
