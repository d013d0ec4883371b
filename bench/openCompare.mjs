/**
 * Open → every card painted, in Chromium, for two builds of Waymark side by side (for example
 * before and after a storage change), measured as `npm run bench` measures it (pageProbe.js)
 * but for the open figure only. Each checkout's rows come from its own code, so each opens
 * what its users' browsers would hold.
 *
 *   OPEN_ROOTS=/path/before,/path/after node bench/openCompare.mjs
 *   OPEN_SIZES=200,2000,5000 (default)   OPEN_REPS=3 (default): cold opens per size and build
 *   OPEN_THROTTLE=2: Chrome's CPU throttle at that rate, as the bench's "under load" runs
 *
 * Each root needs its `dist/` built (`npx vite build` there). The builds are served on two
 * origins (two IndexedDBs) and opened alternately, so a busy machine weighs on both alike.
 * Not a test and not part of `npm run bench`; it holds the browser: run it under the lock.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { generateMap, mapIdFor } from './generateMap.mjs';
import { startStaticServer } from './server.mjs';

const BENCH = fileURLToPath(new URL('.', import.meta.url));
const ROOTS = (process.env.OPEN_ROOTS ?? join(BENCH, '..')).split(',');
const SIZES = (process.env.OPEN_SIZES ?? '200,2000,5000').split(',').map(Number);
const REPS = Number(process.env.OPEN_REPS ?? 3);
const THROTTLE = Number(process.env.OPEN_THROTTLE ?? 1);
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'];
const median = (values) => values.slice().sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** The rows a checkout stores a map as, by table; from its own code when it has storedRows.ts. */
async function rowsBuilder(root) {
  const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
  const file = join(root, 'src', 'persistence', 'storedRows.ts');
  if (existsSync(file)) {
    const { runnerImport } = await import('vite');
    const { module } = await runnerImport(file, {
      root,
      configFile: false,
      logLevel: 'silent',
      define: { __APP_VERSION__: JSON.stringify(version) },
    });
    return (map) => {
      const r = module.storedRowsOf(map);
      return { summaries: [r.summary], maps: [r.meta], parts: r.parts, cards: r.cards };
    };
  }
  // Database version 1: everything but the cards in one shell row.
  return (map) => {
    const { cards, ...shell } = map;
    const summary = {
      id: map.id,
      title: map.title,
      createdAt: map.createdAt,
      updatedAt: map.updatedAt,
      deletedAt: null,
      cardCount: cards.length,
      sizeBytes: JSON.stringify(map).length,
    };
    return {
      summaries: [summary],
      shells: [{ id: map.id, formatVersion: 2, appVersion: version, revision: 1, map: shell }],
      cards: cards.map((card) => ({ mapId: map.id, id: card.id, card })),
    };
  };
}

/** Writes rows into the page's IndexedDB `waymark`, replacing the map's rows. */
function seed(page, mapId, tables) {
  return page.evaluate(
    async ({ mapId, tables }) => {
      const db = await new Promise((resolve, reject) => {
        const request = indexedDB.open('waymark');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const tx = db.transaction(Object.keys(tables), 'readwrite');
      for (const [name, rows] of Object.entries(tables)) {
        const store = tx.objectStore(name);
        const put = () => rows.forEach((row) => store.put(row));
        if (!store.indexNames.contains('mapId')) put();
        else {
          const old = store.index('mapId').getAllKeys(mapId);
          old.onsuccess = () => {
            for (const key of old.result) store.delete(key);
            put();
          };
        }
      }
      await new Promise((resolve, reject) => {
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { mapId, tables },
  );
}

async function main() {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ARGS,
  });
  const targets = [];
  for (const root of ROOTS) {
    const server = await startStaticServer({ '/': join(root, 'dist') });
    const context = await browser.newContext({
      viewport: { width: 1400, height: 900 },
      serviceWorkers: 'block', // see run.mjs
    });
    await context.addInitScript({ path: join(BENCH, 'pageProbe.js') });
    const page = await context.newPage();
    if (THROTTLE > 1) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
    }
    await page.goto(`${server.origin}/#/`);
    await page.getByRole('heading', { name: /Waymark/ }).waitFor();
    targets.push({
      root,
      server,
      page,
      rows: await rowsBuilder(root),
      ms: new Map(),
      status: new Set(),
    });
  }
  for (const size of SIZES) {
    const map = generateMap(size);
    for (const target of targets) await seed(target.page, map.id, target.rows(map));
    for (let rep = 0; rep < REPS; rep++) {
      for (const target of targets) {
        const { page, server } = target;
        await page.goto('about:blank');
        await page.goto(`${server.origin}/?benchOpen=${size}#/map/${mapIdFor(size)}`);
        const result = await page.evaluate(() => window.__bench.open);
        if (result.status === 'error') throw new Error(`${target.root}: ${result.message}`);
        target.ms.set(size, [...(target.ms.get(size) ?? []), result.ms]);
        target.status.add(`${size}: ${result.status} (${result.count} cards)`);
      }
    }
  }
  console.log(
    `open → every card painted (Chromium ${browser.version()}, median of ${REPS}, CPU ×${THROTTLE})`,
  );
  for (const target of targets) {
    const cells = SIZES.map((size) => {
      const all = target.ms.get(size);
      const range = `${Math.round(Math.min(...all))}–${Math.round(Math.max(...all))}`;
      return `${size}: ${Math.round(median(all))} ms (${range})`;
    });
    console.log(`${target.root}\n  ${cells.join('   ')}\n  ${[...target.status].join(', ')}`);
  }
  await browser.close();
  for (const target of targets) await target.server.close();
}

await main();
