/**
 * The evidence panel ("Evidence" in the toolbar): personas and research, moments of truth and
 * pain points explained, each a tab. Everything is looked up inside the panel's tab, since a
 * persona strip may also be shown above the map.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import { escapeRegExp } from './text';
import type { Toolbar } from './toolbar';

/** The tabs of the evidence panel, by their visible names. */
export type EvidenceTabName = 'Personas & research' | 'Moments of truth' | 'Pain points explained';

/** A new persona, as the "Add persona" form takes it. */
export interface NewPersona {
  name: string;
  quote?: string;
  demographics?: readonly string[];
  picture?: { name: string; mimeType: string; buffer: Buffer };
  pictureDescription?: string;
}

/** The "Add persona" form of the personas tab. */
export class PersonaForm {
  constructor(readonly form: Locator) {}

  get name(): Locator {
    return this.form.getByRole('textbox', { name: 'Name' });
  }

  get quote(): Locator {
    return this.form.getByRole('textbox', { name: 'Quote' });
  }

  /** The file input behind "Upload a picture". */
  get picture(): Locator {
    return this.form.getByLabel('Upload a picture');
  }

  get pictureDescription(): Locator {
    return this.form.getByRole('textbox', { name: 'Picture description (for screen readers)' });
  }

  /** A message about what is wrong (a file that is not a picture). */
  get alert(): Locator {
    return this.form.getByRole('alert');
  }

  /** Adds a demographic line ("Demographic n") and types it. */
  async addDemographic(text: string) {
    await this.form.getByRole('button', { name: 'Add demographic' }).click();
    const count = await this.form.getByRole('textbox', { name: /^Demographic \d+$/ }).count();
    await this.form.getByRole('textbox', { name: `Demographic ${count}` }).fill(text);
  }

  /** Fills the form from `persona` (leaving out what it leaves out). */
  async fill(persona: NewPersona) {
    await this.name.fill(persona.name);
    if (persona.quote !== undefined) await this.quote.fill(persona.quote);
    for (const line of persona.demographics ?? []) await this.addDemographic(line);
    if (persona.picture) await this.picture.setInputFiles(persona.picture);
    if (persona.pictureDescription !== undefined)
      await this.pictureDescription.fill(persona.pictureDescription);
  }

  async save() {
    await this.form.getByRole('button', { name: 'Save persona' }).click();
  }
}

/** The evidence panel beside the canvas. */
export class EvidencePanel {
  constructor(
    readonly page: Page,
    private readonly toolbar: Toolbar,
  ) {}

  get tablist(): Locator {
    return this.page.getByRole('tablist', { name: 'Evidence' });
  }

  /** The panel of a tab (shown only while that tab is chosen). */
  tabPanel(name: EvidenceTabName): Locator {
    return this.page.getByRole('tabpanel', { name });
  }

  /** Opens the panel if it is closed ("Evidence" in the toolbar) and chooses a tab. */
  async openTab(name: EvidenceTabName): Promise<Locator> {
    if (!(await this.tablist.isVisible())) await this.toolbar.tool('Evidence').click();
    await this.tablist.getByRole('tab', { name }).click();
    const panel = this.tabPanel(name);
    await expect(panel).toBeVisible();
    return panel;
  }

  // ─── Personas & research ───────────────────────────────────────────────────────────────

  /** A persona card in the personas tab. */
  persona(name: string): Locator {
    return this.tabPanel('Personas & research').getByRole('article', { name });
  }

  /** Opens the personas tab and the "Add persona" form. */
  async startPersona(): Promise<PersonaForm> {
    const panel = await this.openTab('Personas & research');
    await panel.getByRole('button', { name: 'Add persona' }).click();
    return new PersonaForm(panel.getByRole('form', { name: 'Add persona' }));
  }

  /** A research record in the personas tab, by its name. */
  research(name: string): Locator {
    return this.tabPanel('Personas & research').getByRole('article', { name });
  }

  // ─── Moments of truth ──────────────────────────────────────────────────────────────────

  /** "Moments of truth in journey order". */
  get momentsOfTruth(): Locator {
    return this.tabPanel('Moments of truth').getByRole('list', {
      name: 'Moments of truth in journey order',
    });
  }

  /** The entry of a step in the moments of truth list. */
  momentOfTruth(stepTitle: string): Locator {
    return this.momentsOfTruth.getByRole('listitem').filter({ hasText: stepTitle });
  }

  /** Marks a step as a moment of truth, saying why (the moments of truth tab is open). */
  async markMomentOfTruth(stepTitle: string, why: string) {
    const panel = this.tabPanel('Moments of truth');
    await panel.getByRole('combobox', { name: 'Step' }).selectOption({ label: stepTitle });
    await panel.getByRole('textbox', { name: 'Why is it a moment of truth?' }).fill(why);
    await panel.getByRole('button', { name: 'Mark as moment of truth' }).click();
  }

  /** "Show “<step>” on map" of a moment of truth. */
  showMomentOnMap(stepTitle: string): Locator {
    return this.tabPanel('Moments of truth').getByRole('button', {
      name: `Show “${stepTitle}” on map`,
    });
  }

  // ─── Pain points explained ─────────────────────────────────────────────────────────────

  /** "Pain points in journey order". */
  get painPoints(): Locator {
    return this.tabPanel('Pain points explained').getByRole('list', {
      name: 'Pain points in journey order',
    });
  }

  /** "Show pain point n “title” on map". */
  showPainPointOnMap(title: string): Locator {
    return this.tabPanel('Pain points explained').getByRole('button', {
      name: new RegExp(`^Show pain point \\d+ “${escapeRegExp(title)}” on map$`),
    });
  }
}
