/**
 * The browser tests' one entry point: every spec imports `test` and `expect` from here.
 *
 * Fixtures (each is made only when a test asks for it; `provide` is Playwright's `use`, renamed
 * so the React hooks lint rule leaves it alone):
 * - `app`: Waymark on the test's page, nothing opened (`app.library`, `app.editor`,
 *   `app.newTab()`, `app.storedMap(title)`). Use it to move between screens.
 * - `library`: the library page, opened.
 * - `editor`: the editor, opened on the map the `startMap` option names ('sample' by
 *   default, or 'new' for a new blank map), with the grid shown and everything saved.
 * - `users`: `await users.open('Sam', 'Priya')` gives each person a browser context of their
 *   own (own storage) with a page and the page objects; all closed when the test ends, with a
 *   screenshot of each page attached when it failed.
 * - `browserProfile`: a browser on a profile directory that survives `close()` and `launch()`
 *   (an abrupt quit and a restart); removed when the test ends.
 * - `servers`: `await servers.start({ command, args, env, readyUrl })` starts a child process
 *   server on 127.0.0.1 on a free port; every one still running is stopped when the test ends.
 *
 * Options: `test.use({ startMap: 'new' })`; `test.use({ fixedTime: '2026-01-15T10:00:00' })`
 * fixes the page's clock (Date.now, timers keep running) before anything loads.
 */
import { test as base } from '@playwright/test';
import { Waymark } from './app';
import type { EditorPage } from './editor';
import type { LibraryPage } from './library';
import { Servers } from './server';
import { BrowserProfile, Users } from './users';

/** Options a spec or describe block sets with `test.use`. */
export interface WaymarkOptions {
  /** The map the `editor` fixture opens: the sample map, or a new blank map. */
  startMap: 'sample' | 'new';
  /** A local date-time the page's clock is fixed at (`page.clock.setFixedTime`), if any. */
  fixedTime: string | undefined;
}

/** The fixtures every spec can ask for (see the file comment). */
export interface WaymarkFixtures {
  app: Waymark;
  library: LibraryPage;
  editor: EditorPage;
  users: Users;
  browserProfile: BrowserProfile;
  servers: Servers;
}

export const test = base.extend<WaymarkOptions & WaymarkFixtures>({
  startMap: ['sample', { option: true }],
  fixedTime: [undefined, { option: true }],

  page: async ({ page, fixedTime }, provide) => {
    if (fixedTime !== undefined) await page.clock.setFixedTime(new Date(fixedTime));
    await provide(page);
  },

  app: async ({ page }, provide) => {
    await provide(new Waymark(page));
  },

  library: async ({ app }, provide) => {
    await app.library.goto();
    await provide(app.library);
  },

  editor: async ({ app, startMap }, provide) => {
    if (startMap === 'new') await app.editor.openNewMap();
    else await app.editor.openSample();
    await provide(app.editor);
  },

  users: async ({ browser, baseURL, viewport }, provide, testInfo) => {
    const users = new Users(browser, { baseURL, viewport, acceptDownloads: true });
    await provide(users);
    if (testInfo.status !== testInfo.expectedStatus) await users.attachScreenshots(testInfo);
    await users.closeAll();
  },

  browserProfile: async (
    { playwright, browserName, launchOptions, baseURL, viewport },
    provide,
  ) => {
    const browserType = playwright[browserName];
    const profile = new BrowserProfile(browserType, { ...launchOptions, baseURL, viewport });
    await provide(profile);
    await profile.dispose();
  },

  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern
  servers: async ({}, provide) => {
    const servers = new Servers();
    await provide(servers);
    await servers.stopAll();
  },
});

export { expect } from '@playwright/test';
export { SAMPLE_MAP } from './library';
export { boxOf, centreInside, type Box } from './geometry';
export type { User } from './users';
export type { RunningServer, ServerSpec } from './server';
