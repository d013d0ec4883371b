/**
 * Several people at once, each in a browser of their own (an independent browser context:
 * own storage, own edit locks), and a browser that can be closed and opened again on the same
 * profile. Both close what they opened when the test ends.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type {
  Browser,
  BrowserContext,
  BrowserContextOptions,
  BrowserType,
  LaunchOptions,
  Page,
  TestInfo,
} from '@playwright/test';
import { Waymark } from './app';

/** One person: their browser context, their page, and the app's page objects on it. */
export interface User {
  name: string;
  context: BrowserContext;
  page: Page;
  app: Waymark;
}

/** People opened during one test, each in a browser context of their own. */
export class Users {
  private readonly opened: User[] = [];

  constructor(
    private readonly browser: Browser,
    private readonly options: BrowserContextOptions,
  ) {}

  /** Opens one browser context and page per name, in order; nothing is loaded in them yet. */
  async open<const N extends readonly string[]>(
    ...names: N
  ): Promise<{ -readonly [K in keyof N]: User }> {
    const users: User[] = [];
    for (const name of names) {
      const context = await this.browser.newContext(this.options);
      const page = await context.newPage();
      const user = { name, context, page, app: new Waymark(page) };
      this.opened.push(user);
      users.push(user);
    }
    return users as { -readonly [K in keyof N]: User };
  }

  /** Everyone opened so far, in order. */
  get all(): readonly User[] {
    return this.opened;
  }

  /** Attaches a screenshot of every person's page to the report (for a failed test). */
  async attachScreenshots(testInfo: TestInfo) {
    for (const user of this.opened) {
      if (user.page.isClosed()) continue;
      const body = await user.page.screenshot().catch(() => null);
      if (body) await testInfo.attach(`${user.name}.png`, { body, contentType: 'image/png' });
    }
  }

  /** Closes every context opened (teardown). */
  async closeAll() {
    await Promise.all(this.opened.map((user) => user.context.close().catch(() => undefined)));
    this.opened.length = 0;
  }
}

/** A browser profile on disk that survives closing the browser (IndexedDB included). */
export class BrowserProfile {
  private dir: string | null = null;
  private current: BrowserContext | null = null;

  constructor(
    private readonly browserType: BrowserType,
    private readonly options: LaunchOptions & BrowserContextOptions,
  ) {}

  /** Starts the browser on the profile (made on first use) and opens a tab. */
  async launch(): Promise<Waymark> {
    if (this.current) throw new Error('BrowserProfile: close the running browser first');
    this.dir ??= await mkdtemp(join(tmpdir(), 'waymark-profile-'));
    this.current = await this.browserType.launchPersistentContext(this.dir, this.options);
    return new Waymark(await this.current.newPage());
  }

  /** Closes the whole browser, as a user quitting it; the profile stays. */
  async close() {
    await this.current?.close();
    this.current = null;
  }

  /** Closes the browser if it runs and removes the profile (teardown). */
  async dispose() {
    await this.close().catch(() => undefined);
    if (this.dir) await rm(this.dir, { recursive: true, force: true });
    this.dir = null;
  }
}
