#!/usr/bin/env node
/**
 * `npm run bench`: Waymark against a bare React Flow BASELINE in real Chromium (playwright-core).
 * See bench/README.md for what each figure means and how it is measured.
 *
 * Environment: CHROMIUM_PATH, BENCH_SIZES (e.g. "200,2000"), BENCH_REPS (default 3),
 * BENCH_SKIP_BUILD=1 (reuse dist/ and bench/dist/), BENCH_KEEP_DIST=1 (keep bench/dist/),
 * BENCH_BUDGET_MS (default 570000: the run ends itself with partial results after 9.5 min).
 */
import { spawn } from 'node:child_process';
import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { chromium } from 'playwright-core';
import { generateMap, mapIdFor, toEnvelope } from './generateMap.mjs';
import { startStaticServer } from './server.mjs';
import { measureBundle } from './lib/bundle.mjs';
import { frameStats, max, median, percentile, round } from './lib/stats.mjs';
import { saveTasksFromTrace, TRACE_CATEGORIES } from './lib/trace.mjs';
import { formatTable, summarise } from './lib/report.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BENCH = join(ROOT, 'bench');
const APP_DIST = join(ROOT, 'dist');
const BASELINE_DIST = join(BENCH, 'dist');
const RESULTS_DIR = join(BENCH, 'results');
const T0 = Date.now();
const BUDGET_MS = Number(process.env.BENCH_BUDGET_MS ?? 570_000);
const SIZES = (process.env.BENCH_SIZES ?? '200,1000,2000,5000')
  .split(',')
  .map((s) => Number(s.trim()))
  .filter((n) => n > 0);
const REPS = Math.max(1, Number(process.env.BENCH_REPS ?? 3));
/** The size at which typing, autosave, PNG and JSON are measured (the targets name 2,000). */
const DETAIL_SIZE = SIZES.includes(2000) ? 2000 : SIZES[Math.floor(SIZES.length / 2)];
const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--enable-precise-memory-info',
];
const VIEWPORT = { width: 1400, height: 900 };
const PAN = { dx: 320, dy: 160, steps: 40 };
const DRAG = { dx: 180, dy: 90, steps: 40 };
const ZOOM_EVENTS = 8;
const TYPED = ' qzbenchtyping';

const pkg = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8'));
const APP_VERSION = pkg.version;

const results = {
  meta: {
    startedAt: new Date(T0).toISOString(),
    finishedAt: null,
    complete: false,
    node: process.version,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? null,
    memoryGb: round(totalmem() / 2 ** 30, 1),
    chromium: null,
    chromiumPath: CHROMIUM_PATH,
    chromiumArgs: CHROMIUM_ARGS,
    viewport: VIEWPORT,
    reps: REPS,
    sizes: SIZES,
    rendering:
      'Headless Chromium with --disable-gpu: rasterisation and compositing run in software on the CPU (no GPU; SwiftShader/software). Absolute frame times are far worse than on a real machine with a GPU; compare Waymark with the baseline, not with 16.7 ms.',
    definitions: {
      open: 'navigation start (performance.timeOrigin) → the animation frame after every card node is in the DOM and measured by React Flow (not visibility:hidden); for a virtualised canvas, after the node count settles (2 s) and is reported with how many are in view',
      frames:
        'requestAnimationFrame deltas recorded in the page while Playwright drives mouse/wheel; "over" = delta > 16.7 ms + 2 ms jitter allowance (i.e. at least one missed vsync)',
      typing:
        'keydown event.timeStamp → first frame in which the text shows, timed after that frame rendered (MessageChannel task after the rAF); canvas = the card node shows it, field = the focused field does',
      autosave:
        'Chromium trace of the renderer main thread from the keydown (mark bench-key) to the status turning "Saved" (mark bench-saved): the longest task after the edit task (the save blocking the thread), their total, the edit task itself, and keydown → Saved',
      png: 'click "Export PNG" → download event; baseline: html-to-image 1.11.11 toPng of .react-flow__viewport, whole map fitted into 1024×768 at pixelRatio 1 (React Flow download-image example); heap = performance.memory.usedJSHeapSize (precise) sampled every 20 ms in page and by CDP Runtime.getHeapUsage every 100 ms',
    },
  },
  detailSize: DETAIL_SIZE,
  build: {},
  js: null,
  maps: {},
  sizes: {},
  detail: {},
  pageErrors: [],
  errors: [],
  summary: [],
};

const log = (...args) => console.log(`[bench ${((Date.now() - T0) / 1000).toFixed(0)}s]`, ...args);
const remaining = () => T0 + BUDGET_MS - Date.now();
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const reason = (error) => (error instanceof Error ? error.message : String(error)).split('\n')[0];

function withTimeout(promise, ms, label) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${label}: no answer within ${ms / 1000} s`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

/** Runs one measurement; a failure becomes `{ na: reason }` and never ends the run. */
async function attempt(label, fn, needMs = 0) {
  if (remaining() < needMs) return { na: `skipped: time budget (${label})` };
  try {
    return await fn();
  } catch (error) {
    log(`${label}: ${reason(error)}`);
    results.errors.push({ label, error: reason(error) });
    return { na: reason(error) };
  }
}

// ─── Global time guard ────────────────────────────────────────────────────────────────────
let browser = null;
let server = null;
const children = new Set();
let finished = false;
const guard = setTimeout(async () => {
  log(`time budget of ${BUDGET_MS / 1000} s reached: ending with partial results`);
  results.errors.push({ label: 'global', error: 'time budget reached; results are partial' });
  await finish(3);
}, BUDGET_MS);

async function finish(code) {
  if (finished) return;
  finished = true;
  clearTimeout(guard);
  for (const child of children) child.kill('SIGKILL');
  results.meta.finishedAt = new Date().toISOString();
  results.meta.durationS = round((Date.now() - T0) / 1000, 0);
  results.meta.complete = code === 0;
  try {
    const rows = summarise(results);
    results.summary = rows;
    console.log(`\n${formatTable(rows)}\n`);
    console.log(`Rendering: ${results.meta.rendering}`);
    if (results.errors.length > 0)
      console.log(`n/a and errors: ${results.errors.length} (see latest.json)`);
  } catch (error) {
    console.error('could not summarise:', error);
  }
  try {
    await mkdir(RESULTS_DIR, { recursive: true });
    const text = `${JSON.stringify(results, null, 2)}\n`;
    await writeFile(join(RESULTS_DIR, 'latest.json'), text);
    const stamp = results.meta.startedAt.replace(/[:.]/g, '-');
    await writeFile(join(RESULTS_DIR, `${stamp}.json`), text);
    log(`wrote bench/results/latest.json and bench/results/${stamp}.json`);
  } catch (error) {
    console.error('could not write results:', error);
  }
  await withTimeout(browser?.close() ?? Promise.resolve(), 10_000, 'browser.close').catch(() => {});
  await withTimeout(server?.close() ?? Promise.resolve(), 5_000, 'server.close').catch(() => {});
  if (!process.env.BENCH_KEEP_DIST) {
    // bench/dist is minified output that the repo's `eslint .` would lint; keep the tree clean.
    await rm(BASELINE_DIST, { recursive: true, force: true }).catch(() => {});
  }
  process.exit(code);
}

// ─── Build ────────────────────────────────────────────────────────────────────────────────
function run(command, args, timeoutMs) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    children.add(child);
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      children.delete(child);
      if (code === 0) resolve(output);
      else reject(new Error(`${args.join(' ')} exited ${code}: ${output.slice(-800)}`));
    });
  });
}

async function build() {
  const vite = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  if (process.env.BENCH_SKIP_BUILD) {
    log('BENCH_SKIP_BUILD: reusing dist/ and bench/dist/');
  } else {
    let t = Date.now();
    try {
      await run(process.execPath, [vite, 'build', '--logLevel', 'warn'], 240_000);
      results.build.appS = round((Date.now() - t) / 1000, 1);
      log(`built the app into dist/ in ${results.build.appS} s`);
    } catch (error) {
      // Work in progress may not build; measure the last good build rather than nothing.
      const existing = await stat(join(APP_DIST, 'index.html')).catch(() => null);
      if (!existing) throw error;
      results.build.appError = reason(error);
      results.errors.push({ label: 'build', error: `vite build failed: ${reason(error)}` });
      log(`vite build failed; measuring the existing dist/ from ${existing.mtime.toISOString()}`);
    }
    t = Date.now();
    await run(process.execPath, [vite, 'build', '--config', 'bench/vite.config.mjs'], 120_000);
    results.build.baselineS = round((Date.now() - t) / 1000, 1);
    log(`built the baseline into bench/dist/ in ${results.build.baselineS} s`);
  }
  await stat(join(APP_DIST, 'index.html'));
  await stat(join(BASELINE_DIST, 'index.html'));
}

// ─── Maps ─────────────────────────────────────────────────────────────────────────────────
let readEnvelope = null;
let storedRowsOf = null;
async function loadValidator() {
  const { runnerImport } = await import('vite');
  const load = (file) =>
    runnerImport(join(ROOT, 'src', 'persistence', file), {
      root: ROOT,
      configFile: false,
      logLevel: 'silent',
      define: { __APP_VERSION__: JSON.stringify(APP_VERSION) },
    });
  try {
    readEnvelope = (await load('format.ts')).module.readEnvelope;
  } catch (error) {
    results.errors.push({ label: 'validator', error: reason(error) });
    log(`could not load src/persistence/format.ts to validate maps: ${reason(error)}`);
  }
  // The rows of a stored map come from the app's own code, so the bench opens exactly what a
  // user's browser holds (checked rows, trusted on open).
  storedRowsOf = (await load('storedRows.ts')).module.storedRowsOf;
}

/** Generates a map and checks it with the app's own loader (migrate + zod): equal or fail. */
function makeMap(size) {
  const map = generateMap(size);
  const info = { cards: map.cards.length, phases: map.phases.length, lanes: map.lanes.length };
  info.steps = map.phases.reduce((n, p) => n + p.steps.length, 0);
  info.jsonBytes = Buffer.byteLength(JSON.stringify(toEnvelope(map, APP_VERSION)));
  if (readEnvelope) {
    const loaded = readEnvelope(toEnvelope(map, APP_VERSION));
    if (!loaded.ok) throw new Error(`generated map is invalid: ${loaded.error.message}`);
    if (!isDeepStrictEqual(loaded.map, map))
      throw new Error('generated map differs from what the app reads back (missing defaults?)');
    info.validated = 'readEnvelope (src/persistence/format.ts): valid and unchanged';
  } else {
    info.validated = 'not validated in node; the app validates it when it opens it';
  }
  results.maps[size] = info;
  return map;
}

/** Writes the map's rows into the app's IndexedDB exactly as DexieMapRepository does. */
async function seed(page, map) {
  const rows = storedRowsOf(map);
  await page.evaluate(async (r) => {
    const db = await new Promise((resolve, reject) => {
      const req = indexedDB.open('waymark');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const stores = ['summaries', 'maps', 'parts', 'cards'];
    for (const store of stores) {
      if (!db.objectStoreNames.contains(store))
        throw new Error(`IndexedDB 'waymark' has no table ${store}: the layout changed`);
    }
    const tx = db.transaction(stores, 'readwrite');
    const mapId = r.meta.id;
    for (const [store, rows] of [
      ['parts', r.parts],
      ['cards', r.cards],
    ]) {
      const table = tx.objectStore(store);
      const old = table.index('mapId').getAllKeys(mapId);
      old.onsuccess = () => {
        for (const k of old.result) table.delete(k);
        for (const row of rows) table.put(row);
      };
    }
    tx.objectStore('maps').put(r.meta);
    tx.objectStore('summaries').put(r.summary);
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error ?? new Error('seed transaction aborted'));
    });
    db.close();
  }, rows);
}

// ─── Page helpers ─────────────────────────────────────────────────────────────────────────
let origin = '';
let page = null;
let cdp = null;

const evalBench = (fn, arg) => page.evaluate(fn, arg);
const viewportOf = () => evalBench(() => window.__bench.viewport());

/** Opens a page cold (about:blank first) and waits for its cards; returns the probe's result. */
async function openTarget(target, size, options = {}) {
  await page.goto('about:blank');
  const mapId = mapIdFor(size);
  const url =
    target === 'waymark'
      ? `${origin}/?benchOpen=${size}#/map/${mapId}`
      : `${origin}/baseline/?map=${mapId}&benchOpen=${size}` +
        (options.viewport
          ? `&vp=${options.viewport.x},${options.viewport.y},${options.viewport.zoom}`
          : '') +
        (options.virtual ? '&virtual=1' : '') +
        (options.panOnScroll ? '&panOnScroll=1' : '');
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });
  const result = await withTimeout(
    evalBench(() => window.__bench.open),
    100_000,
    `${target} open ${size}`,
  );
  result.viewport = await viewportOf();
  return result;
}

async function recordFrames(action) {
  await evalBench(() => window.__bench.startFrames());
  let info;
  try {
    info = await action();
  } finally {
    const { deltas, longTasks } = await evalBench(() => window.__bench.stopFrames());
    info = { ...(info ?? {}), ...frameStats(deltas), longTasks: longTasks.length };
  }
  return info;
}

const moved = (a, b) =>
  a && b && (Math.abs(a.x - b.x) > 1 || Math.abs(a.y - b.y) > 1 || a.zoom !== b.zoom);

const methodCache = {};
/** The method that worked before on this page; else Waymark's first (same input for both). */
function methodsFor(target, kind, all) {
  const known = methodCache[`${target}:${kind}`];
  if (known) return [known];
  const waymark = methodCache[`waymark:${kind}`];
  return waymark ? [waymark, ...all.filter((m) => m !== waymark)] : all;
}

async function pan(target) {
  if (!(await viewportOf())) return { na: 'no .react-flow__viewport on the page' };
  const methods = methodsFor(target, 'pan', [
    'drag on empty canvas',
    'wheel (pan on scroll)',
    'middle-button drag',
  ]);
  for (const method of methods) {
    const before = await viewportOf();
    let stats;
    if (method !== 'wheel (pan on scroll)') {
      const p = await evalBench(
        ([dx, dy]) => window.__bench.findPanePoint(dx, dy),
        [PAN.dx, PAN.dy],
      );
      if (!p) continue;
      const button = method === 'middle-button drag' ? 'middle' : 'left';
      stats = await recordFrames(async () => {
        await page.mouse.move(p.x, p.y);
        await page.mouse.down({ button });
        await page.mouse.move(p.x + PAN.dx, p.y + PAN.dy, { steps: PAN.steps });
        await page.mouse.up({ button });
      });
      // A left drag that drew a selection box instead of panning: clear the selection.
      if (button === 'left' && !moved(before, await viewportOf()))
        await page.keyboard.press('Escape');
    } else {
      const r = await evalBench(() => window.__bench.canvasRect());
      await page.mouse.move(r.x + r.width / 2, r.y + r.height / 2);
      stats = await recordFrames(async () => {
        for (let i = 0; i < PAN.steps; i++) {
          await page.mouse.wheel(-PAN.dx / PAN.steps, -PAN.dy / PAN.steps);
        }
      });
    }
    if (moved(before, await viewportOf())) {
      methodCache[`${target}:pan`] = method;
      return { ...stats, method };
    }
  }
  return {
    na: 'the viewport did not move when dragging empty canvas (left or middle button) or scrolling',
  };
}

async function zoom(target) {
  if (!(await viewportOf())) return { na: 'no .react-flow__viewport on the page' };
  const r = await evalBench(() => window.__bench.canvasRect());
  const p = (await evalBench(() => window.__bench.findPanePoint(0, 0))) ?? {
    x: r.x + r.width / 2,
    y: r.y + r.height / 2,
  };
  const methods = methodsFor(target, 'zoom', ['wheel', 'ctrl+wheel']);
  for (const method of methods) {
    const before = await viewportOf();
    let mid = null;
    await page.mouse.move(p.x, p.y);
    if (method === 'ctrl+wheel') await page.keyboard.down('Control');
    let stats;
    try {
      stats = await recordFrames(async () => {
        for (let i = 0; i < ZOOM_EVENTS; i++) {
          await page.mouse.wheel(0, -120);
          await sleep(16);
        }
        mid = await viewportOf();
        for (let i = 0; i < ZOOM_EVENTS; i++) {
          await page.mouse.wheel(0, 120);
          await sleep(16);
        }
      });
    } finally {
      if (method === 'ctrl+wheel') await page.keyboard.up('Control');
    }
    if (before && mid && before.zoom !== mid.zoom) {
      methodCache[`${target}:zoom`] = method;
      return { ...stats, method, zoomFrom: before.zoom, zoomTo: mid.zoom };
    }
  }
  return { na: 'the zoom did not change with the wheel or ctrl+wheel' };
}

async function drag() {
  const c = await evalBench(([dx, dy]) => window.__bench.findCardPoint(dx, dy), [DRAG.dx, DRAG.dy]);
  if (!c) return { na: 'no card fully in view with room to drag it' };
  const before = await evalBench((id) => window.__bench.cardRect(id), c.id);
  let during = null;
  const stats = await recordFrames(async () => {
    await page.mouse.move(c.x, c.y);
    await page.mouse.down();
    await page.mouse.move(c.x + DRAG.dx, c.y + DRAG.dy, { steps: DRAG.steps });
    during = await evalBench((id) => window.__bench.cardRect(id), c.id);
    await page.mouse.up();
  });
  if (
    !before ||
    !during ||
    (Math.abs(during.x - before.x) < 2 && Math.abs(during.y - before.y) < 2)
  )
    return { na: 'the card did not follow the pointer (dragging cards not supported?)' };
  return { ...stats, card: c.id, cardSize: [round(c.width, 0), round(c.height, 0)] };
}

// ─── Per-size loop: open + frames, Waymark and baseline alternating ───────────────────────
async function measureSize(size) {
  const s = (results.sizes[size] = {
    open: { waymark: [], baseline: [] },
    pan: { waymark: [], baseline: [] },
    zoom: { waymark: [], baseline: [] },
    drag: { waymark: [], baseline: [] },
    baselineViewport: null,
    baselineVirtual: false,
  });
  const map = makeMap(size);
  await page.goto(`${origin}/#/`, { waitUntil: 'domcontentloaded' });
  await page.getByRole('heading', { name: /Waymark/ }).waitFor({ timeout: 30_000 });
  await seed(page, map);
  log(`seeded ${size} cards (${results.maps[size].steps} steps × 8 lanes)`);
  const estimate = 8_000 + size * 12;
  for (let rep = 0; rep < REPS; rep++) {
    const order = rep % 2 === 0 ? ['waymark', 'baseline'] : ['baseline', 'waymark'];
    for (const target of order) {
      if (remaining() < estimate) {
        log(`skipping ${target} ${size} rep ${rep + 1}: time budget`);
        s.open[target].push({ na: 'skipped: time budget' });
        continue;
      }
      const opened = await attempt(`${target} open ${size}`, async () => {
        const r = await openTarget(target, size, {
          viewport: s.baselineViewport,
          virtual: s.baselineVirtual,
          // Same input for both: if Waymark pans with the wheel, so does the baseline.
          panOnScroll: methodCache['waymark:pan'] === 'wheel (pan on scroll)',
        });
        if (r.status === 'none' || r.status === 'error')
          return { na: r.message ?? `no card nodes rendered (${r.status})`, ...r };
        return r;
      });
      if (target === 'waymark' && !opened.na) {
        // The baseline starts where Waymark opened (same zoom, same corner) and, if Waymark
        // only renders what is in view, renders only what is in view too.
        if (opened.viewport) s.baselineViewport = opened.viewport;
        if (opened.status === 'partial') s.baselineVirtual = true;
      }
      s.open[target].push(opened);
      log(
        `${target} ${size} rep ${rep + 1}: open ${opened.na ? `n/a (${opened.na})` : `${round(opened.ms, 0)} ms (${opened.status}, ${opened.count} cards)`}`,
      );
      for (const [kind, fn] of [
        ['pan', () => pan(target)],
        ['zoom', () => zoom(target)],
        ['drag', () => drag()],
      ]) {
        if (opened.na) {
          s[kind][target].push({ na: `the map did not open: ${opened.na}` });
          continue;
        }
        await sleep(300);
        const r = await attempt(`${target} ${kind} ${size}`, fn, 5_000);
        s[kind][target].push(r);
        log(
          `  ${kind}: ${r.na ? `n/a (${r.na})` : `median ${round(r.median, 1)} ms, p95 ${round(r.p95, 0)}, max ${round(r.max, 0)}, ${round(r.overBudgetShare, 0)} % over, ${r.frames} frames`}`,
        );
      }
    }
  }
}

// ─── Typing and autosave (Waymark only) ───────────────────────────────────────────────────
const focusedField = () =>
  evalBench(() => {
    const a = document.activeElement;
    if (!a || a === document.body) return null;
    const editable =
      a.matches(
        'textarea, input:not([type=checkbox]):not([type=radio]):not([type=button]):not([type=submit]):not([type=file])',
      ) || a.isContentEditable;
    if (!editable || a.readOnly) return null;
    return {
      label: a.getAttribute('aria-label') ?? a.getAttribute('name') ?? a.tagName.toLowerCase(),
      mapTitle: a.getAttribute('aria-label') === 'Map title',
    };
  });

/** Finds a way to type into a card: in place (double-click, Enter) or in a side panel. */
async function focusCardField() {
  const c = await evalBench(() => window.__bench.findCardPoint(0, 0));
  if (!c) return { na: 'no card in view to type into' };
  await page.mouse.dblclick(c.x, c.y);
  await sleep(400);
  let field = await focusedField();
  if (field && !field.mapTitle) return { card: c.id, field, how: 'double-click on the card' };
  await page.mouse.click(c.x, c.y);
  await sleep(200);
  await page.keyboard.press('Enter');
  await sleep(400);
  field = await focusedField();
  if (field && !field.mapTitle) return { card: c.id, field, how: 'select the card, Enter' };
  await page.mouse.click(c.x, c.y);
  await sleep(300);
  const candidates = page
    .getByRole('textbox', { name: /title/i })
    .filter({ hasNot: page.locator('[aria-label="Map title"]') });
  const count = await candidates.count();
  for (let i = 0; i < count; i++) {
    const box = candidates.nth(i);
    if ((await box.getAttribute('aria-label')) === 'Map title') continue;
    if (!(await box.isVisible()) || !(await box.isEditable())) continue;
    await box.click();
    field = await focusedField();
    if (field && !field.mapTitle)
      return { card: c.id, field, how: 'select the card, its title field' };
  }
  return {
    na: 'found no text field for a card (tried double-click, Enter, a "…title" textbox after selecting)',
  };
}

async function typeAndMeasure(cardId, chars) {
  const latencies = { canvas: [], field: [] };
  let text = '';
  let canvasId = cardId;
  await page.keyboard.press('End');
  for (const ch of chars) {
    text += ch;
    await evalBench(([t, id]) => window.__bench.armKey(t, id), [text, canvasId]);
    await page.keyboard.type(ch);
    const r = await withTimeout(
      evalBench(() => window.__bench.keyResult()),
      10_000,
      'keypress',
    );
    if (r?.field >= 0) latencies.field.push(r.field);
    if (r?.canvas >= 0) latencies.canvas.push(r.canvas);
    else canvasId = null; // the card does not show the typed text: stop waiting for it
    await sleep(150);
  }
  return latencies;
}

/**
 * Opens Waymark for the figures that need the editor but not necessarily its cards (autosave,
 * JSON): only a map that failed to open is n/a.
 */
async function openEditor(size) {
  const opened = await openTarget('waymark', size);
  if (opened.status === 'error')
    return { na: `the map did not open (${opened.message ?? opened.status})` };
  return opened;
}

async function measureTyping(size) {
  const opened = await openEditor(size);
  if (opened.na) return opened;
  const found =
    opened.status === 'none' ? { na: 'the editor rendered no card nodes' } : await focusCardField();
  let where = 'card';
  let how = found.how;
  let cardId = found.card;
  if (found.na) {
    // Fallback: the map title field in the header, still with the whole map loaded.
    where = 'the map title (no card editing found)';
    how = found.na;
    cardId = null;
    const title = page.getByRole('textbox', { name: 'Map title' });
    if ((await title.count()) === 0) return { na: found.na };
    await title.click();
  }
  const lat = await typeAndMeasure(cardId, [...TYPED]);
  const useCanvas = where === 'card' && lat.canvas.length >= TYPED.length / 2;
  const xs = useCanvas ? lat.canvas : lat.field;
  if (xs.length === 0) return { na: 'typed text never appeared' };
  return {
    where,
    how,
    measuredOn: useCanvas ? 'the card on the canvas' : 'the focused field',
    median: median(xs),
    p95: percentile(xs, 95),
    max: max(xs),
    keys: xs.length,
    fieldMedian: median(lat.field),
    canvasMedian: median(lat.canvas),
    note: `${where === 'card' ? `${how}; ` : `${how}; `}measured on ${useCanvas ? 'the card on the canvas' : 'the focused field'} (${xs.length} keys)`,
  };
}

async function measureAutosave(size, typing) {
  const opened = await openEditor(size);
  if (opened.na) return opened;
  let where = 'a card';
  if (typing?.where === 'card') {
    const found = await focusCardField();
    if (found.na) where = null;
  } else where = null;
  if (!where) {
    const title = page.getByRole('textbox', { name: 'Map title' });
    if ((await title.count()) === 0)
      return { na: 'no card field and no "Map title" field to edit' };
    await title.click();
    where = 'the map title';
  }
  await page.keyboard.press('End');
  const status = await evalBench(() => window.__bench.statusText());
  if (!/Saved|Saving/.test(status))
    return { na: `no "Saved" status (role=status) found: "${status}"` };
  const edits = 6;
  const commits = [];
  await browser.startTracing(page, { categories: TRACE_CATEGORIES, screenshots: false });
  let trace;
  try {
    for (let i = 0; i < edits; i++) {
      await evalBench((ms) => window.__bench.armSave(ms), 15_000);
      await page.keyboard.type(String.fromCharCode(97 + i));
      const r = await withTimeout(
        evalBench(() => window.__bench.saveResult()),
        20_000,
        'autosave',
      );
      if (r?.savedAt) commits.push(r.savedAt - r.t0);
      await sleep(400);
    }
  } finally {
    trace = await browser.stopTracing();
  }
  const parsed = saveTasksFromTrace(trace);
  if (parsed.error) return { na: parsed.error, commits };
  const saves = parsed.saves;
  if (saves.length === 0) return { na: 'no completed save seen ("Saving…" → "Saved")', commits };
  return {
    where,
    saves,
    blockMedian: median(saves.map((x) => x.saveTaskMaxMs)),
    blockMax: max(saves.map((x) => x.saveTaskMaxMs)),
    totalMedian: median(saves.map((x) => x.saveTasksTotalMs)),
    inputTaskMedian: median(saves.map((x) => x.inputTaskMs)),
    commitMedian: median(saves.map((x) => x.commitMs)),
    note: `${saves.length} saves after typing into ${where}; trace task "${parsed.taskName}"`,
  };
}

// ─── Export: PNG and JSON ─────────────────────────────────────────────────────────────────
async function heapSampler() {
  await cdp.send('HeapProfiler.collectGarbage').catch(() => {});
  await sleep(200);
  const start = (await cdp.send('Runtime.getHeapUsage').catch(() => null))?.usedSize ?? null;
  let peak = start ?? 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      const u = await cdp.send('Runtime.getHeapUsage').catch(() => null);
      if (u && u.usedSize > peak) peak = u.usedSize;
      await sleep(100);
    }
  })();
  await evalBench(() => window.__bench.startMemory());
  return {
    stop: async () => {
      running = false;
      await loop;
      const inPage = await evalBench(() => window.__bench.stopMemory()).catch(() => null);
      const pagePeak = inPage?.max ?? 0;
      const base = inPage?.start ?? start ?? 0;
      const top = Math.max(peak, pagePeak);
      return { heapBefore: base, heapPeak: top, heapGrowth: top - base };
    },
  };
}

/** Clicks through to a download button for `kind` ("PNG" or "JSON"); returns the button. */
async function findExportButton(kind) {
  const direct = page.getByRole('button', { name: new RegExp(`^(Export|Download) ${kind}`, 'i') });
  if ((await direct.count()) > 0 && (await direct.first().isVisible())) return direct.first();
  const opener = page
    .getByRole('button', { name: /^Export\b/i })
    .filter({ hasNotText: new RegExp(`${kind}`, 'i') });
  if ((await opener.count()) === 0) return null;
  await opener.first().click();
  const dialog = page.getByRole('dialog');
  await dialog
    .first()
    .waitFor({ timeout: 5_000 })
    .catch(() => {});
  const inDialog = page.getByRole('button', {
    name: new RegExp(`(Export|Download|Save).*${kind}|^${kind}$`, 'i'),
  });
  await inDialog
    .first()
    .waitFor({ timeout: 5_000 })
    .catch(() => {});
  return (await inDialog.count()) > 0 ? inDialog.first() : null;
}

async function exportThroughUi(kind, size, timeoutMs) {
  const opened = await openEditor(size);
  if (opened.na) return opened;
  const button = await findExportButton(kind);
  if (!button) return { na: `no "Export ${kind}" in the UI (button or export dialog)` };
  const memory = kind === 'PNG' ? await heapSampler() : null;
  const t = performance.now();
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: timeoutMs }),
    button.click(),
  ]);
  const ms = performance.now() - t;
  const mem = memory ? await memory.stop() : {};
  const file = await download.path().catch(() => null);
  const bytes = file ? (await stat(file)).size : null;
  await download.delete().catch(() => {});
  return { ms, bytes, file: download.suggestedFilename(), ...mem };
}

async function baselinePng(size) {
  const opened = await openTarget('baseline', size);
  if (opened.status === 'none' || opened.status === 'error')
    return { na: `the baseline did not open (${opened.message ?? opened.status})` };
  const memory = await heapSampler();
  const r = await withTimeout(
    evalBench(() => window.__baseline.exportPng()),
    Math.max(30_000, remaining() - 20_000),
    'html-to-image toPng',
  );
  const mem = await memory.stop();
  return { ms: r.ms, pngDataUrlChars: r.length, ...mem };
}

async function importThroughUi(size) {
  await page.goto('about:blank');
  await page.goto(`${origin}/#/`, { waitUntil: 'domcontentloaded' });
  await page.getByRole('heading', { name: /Waymark/ }).waitFor({ timeout: 30_000 });
  await page
    .getByRole('status')
    .filter({ hasText: 'Loading your maps' })
    .waitFor({
      state: 'detached',
      timeout: 30_000,
    })
    .catch(() => {});
  const title = `Bench import ${size} ${Date.now()}`;
  const map = { ...generateMap(size), id: `bench-import-${size}`, title };
  const file = {
    name: 'bench-import.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(toEnvelope(map, APP_VERSION), null, 2)),
  };
  let input = page.locator('input[type=file]');
  let chooser = null;
  if ((await input.count()) === 0) {
    const button = page.getByRole('button', { name: /Import|Open (a )?file/i });
    if ((await button.count()) === 0)
      return { na: 'no "Import" button or file input on the library page' };
    [chooser] = await Promise.all([
      page.waitForEvent('filechooser', { timeout: 5_000 }).catch(() => null),
      button.first().click(),
    ]);
    input = page.locator('input[type=file]');
    if (!chooser && (await input.count()) === 0) return { na: '"Import" opened no file chooser' };
  }
  const t = performance.now();
  if (chooser) await chooser.setFiles(file);
  else await input.first().setInputFiles(file);
  const outcome = await page
    .waitForFunction(
      (name) => {
        if (location.hash.startsWith('#/map/')) return 'opened';
        const alert = document.querySelector('[role="alert"]');
        if (alert && alert.textContent) return `error: ${alert.textContent}`;
        return [...document.querySelectorAll('a, li, h1, input')].some(
          (el) => (el.textContent ?? '').includes(name) || el.value === name,
        )
          ? 'listed'
          : false;
      },
      title,
      { timeout: 60_000, polling: 16 },
    )
    .then((h) => h.jsonValue());
  const ms = performance.now() - t;
  if (String(outcome).startsWith('error')) return { na: String(outcome) };
  return { ms, note: `file of ${round(file.buffer.length / 1024, 0)} KB; done = ${outcome}` };
}

async function measureDetail(size) {
  const d = results.detail;
  log(`detail figures at ${size} cards`);
  d.typing = await attempt('typing', () => measureTyping(size), 30_000);
  log(
    `typing: ${d.typing.na ? `n/a (${d.typing.na})` : `median ${round(d.typing.median, 1)} ms (${d.typing.where})`}`,
  );
  d.autosave = await attempt('autosave', () => measureAutosave(size, d.typing), 30_000);
  log(
    `autosave: ${d.autosave.na ? `n/a (${d.autosave.na})` : `block median ${round(d.autosave.blockMedian, 1)} ms, commit ${round(d.autosave.commitMedian, 0)} ms`}`,
  );
  d.json = {};
  d.json.export = await attempt('json export', () => exportThroughUi('JSON', size, 60_000), 20_000);
  d.json.import = await attempt('json import', () => importThroughUi(size), 30_000);
  log(
    `json: export ${d.json.export.na ? 'n/a' : `${round(d.json.export.ms, 0)} ms`}, import ${d.json.import.na ? 'n/a' : `${round(d.json.import.ms, 0)} ms`}`,
  );
  d.png = {};
  d.png.waymark = await attempt('png waymark', () => exportThroughUi('PNG', size, 120_000), 30_000);
  log(
    `png waymark: ${d.png.waymark.na ? `n/a (${d.png.waymark.na})` : `${round(d.png.waymark.ms, 0)} ms`}`,
  );
  d.png.baseline = await attempt('png baseline', () => baselinePng(size), 60_000);
  log(
    `png baseline (html-to-image): ${d.png.baseline.na ? `n/a (${d.png.baseline.na})` : `${round(d.png.baseline.ms, 0)} ms`}`,
  );
}

// ─── Main ─────────────────────────────────────────────────────────────────────────────────
async function main() {
  log(`sizes ${SIZES.join(', ')}; ${REPS} runs per figure; budget ${BUDGET_MS / 1000} s`);
  await build();
  await loadValidator();
  server = await startStaticServer({ '/baseline/': BASELINE_DIST, '/': APP_DIST });
  origin = server.origin;
  log(`serving dist/ and bench/dist/ at ${origin}`);

  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  results.meta.chromium = browser.version();
  const context = await browser.newContext({
    viewport: VIEWPORT,
    deviceScaleFactor: 1,
    acceptDownloads: true,
  });
  await context.addInitScript({ path: join(BENCH, 'pageProbe.js') });
  page = await context.newPage();
  page.on('pageerror', (error) => {
    if (results.pageErrors.length < 20) results.pageErrors.push(reason(error));
  });
  cdp = await context.newCDPSession(page);

  // The library page: which chunks the first screen loads.
  const fetched = [];
  const onResponse = (response) => {
    const path = new URL(response.url()).pathname;
    if (/\.m?js$/.test(path) && !path.startsWith('/baseline/')) fetched.push(path);
  };
  page.on('response', onResponse);
  await page.goto(`${origin}/#/`, { waitUntil: 'load' });
  await page.getByRole('heading', { name: /Waymark/ }).waitFor({ timeout: 30_000 });
  await sleep(1_000);
  page.off('response', onResponse);
  results.js = await attempt('js size', async () => {
    const app = await measureBundle(APP_DIST, fetched);
    const baseline = await measureBundle(BASELINE_DIST, [], '/baseline/');
    return {
      ...app,
      baseline: { firstScreenGzip: baseline.firstScreenGzip, totalJsGzip: baseline.totalJsGzip },
    };
  });

  const ordered = [
    ...SIZES.filter((n) => n <= DETAIL_SIZE),
    ...SIZES.filter((n) => n > DETAIL_SIZE),
  ];
  for (const size of ordered) {
    await attempt(`size ${size}`, () => measureSize(size));
    if (size === DETAIL_SIZE) await attempt('detail', () => measureDetail(size));
  }
  await finish(0);
}

main().catch(async (error) => {
  console.error(error);
  results.errors.push({ label: 'main', error: reason(error) });
  await finish(1);
});
