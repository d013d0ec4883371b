/**
 * The figures measured on Waymark alone (no baseline run alongside): typing, autosave with the
 * bytes it writes, search, PNG and JSON export, JSON import; and the baseline's html-to-image
 * PNG. Each function is one run and returns its figures, or `{ na: reason }`.
 */
import { stat } from 'node:fs/promises';
import { generateMap, toEnvelope } from '../generateMap.mjs';
import { max, median, percentile, round } from './stats.mjs';
import { saveTasksFromTrace, TRACE_CATEGORIES } from './trace.mjs';
import { sleep, withTimeout } from './util.mjs';

const TYPED = ' qzbenchtyping';
/** Title keystrokes per autosave run, each waited until "Saved". */
const SAVE_EDITS = 6;
/** Search queries: one card (the view pans to it), one in eight cards, none. */
export const SEARCH_QUERIES = ['(7777)', 'wrong date', 'zzqx'];
const SEARCH_COUNT = '[data-testid="search-count"]';

/** Measures for `driver` (lib/drive.mjs); `browser` traces, `appVersion` goes in import files. */
export function createMeasures({ driver, browser, appVersion, remaining }) {
  const { page, evalBench } = driver;

  /** Opens Waymark for figures that need the editor but not its cards: n/a only if it failed. */
  async function openEditor(map) {
    const opened = await driver.open('waymark', map);
    if (opened.status === 'error')
      return { na: `the map did not open (${opened.message ?? opened.status})` };
    return opened;
  }

  /** Focuses a card's title (or else the map title); returns where, or { na }. */
  async function focusSomething(opened, preferCard = true) {
    const found =
      opened.status === 'none' || !preferCard
        ? { na: 'the editor rendered no card nodes' }
        : await driver.focusCardField();
    if (!found.na) return { where: 'card', how: found.how, cardId: found.card };
    const title = page.getByRole('textbox', { name: 'Map title' });
    if ((await title.count()) === 0) return { na: found.na };
    await title.click();
    return { where: 'the map title (no card editing found)', how: found.na, cardId: null };
  }

  /** Keypress → paint for 14 keys typed into a card title (one run). */
  async function typing(map) {
    const opened = await openEditor(map);
    if (opened.na) return opened;
    const focus = await focusSomething(opened);
    if (focus.na) return focus;
    const lat = await driver.typeAndMeasure(focus.cardId, [...TYPED]);
    const useCanvas = focus.where === 'card' && lat.canvas.length >= TYPED.length / 2;
    const xs = useCanvas ? lat.canvas : lat.field;
    if (xs.length === 0) return { na: 'typed text never appeared' };
    return {
      where: focus.where,
      how: focus.how,
      measuredOn: useCanvas ? 'the card on the canvas' : 'the focused field',
      median: median(xs),
      p95: percentile(xs, 95),
      max: max(xs),
      keys: xs.length,
      fieldMedian: median(lat.field),
      canvasMedian: median(lat.canvas),
    };
  }

  /**
   * Autosave (one run): six title keystrokes, each waited until "Saved", under a Chromium trace;
   * and every row written to IndexedDB per keystroke. `marker` is text of the map's persona
   * picture: a keystroke whose rows hold it wrote the picture.
   */
  async function autosave(map, { preferCard = true, marker = null } = {}) {
    const opened = await openEditor(map);
    if (opened.na) return opened;
    const focus = await focusSomething(opened, preferCard);
    if (focus.na) return { na: `no card field and no "Map title" field to edit (${focus.na})` };
    const where = focus.where === 'card' ? 'a card title' : 'the map title';
    await page.keyboard.press('End');
    const status = await evalBench(() => window.__bench.statusText());
    if (!/Saved|Saving/.test(status))
      return { na: `no "Saved" status (.save-status) found: "${status}"` };
    const commits = [];
    const writes = [];
    const wait = 20_000 * driver.cpuRate;
    await sleep(500); // whatever opening the map still writes is not a keystroke's
    await evalBench(() => window.__bench.startWrites());
    await browser.startTracing(page, { categories: TRACE_CATEGORIES, screenshots: false });
    let trace;
    try {
      for (let i = 0; i < SAVE_EDITS; i++) {
        await evalBench((ms) => window.__bench.armSave(ms), wait);
        await page.keyboard.type(String.fromCharCode(97 + i));
        const r = await withTimeout(
          evalBench(() => window.__bench.saveResult()),
          wait,
          'autosave',
        );
        if (r?.savedAt) commits.push(r.savedAt - r.t0);
        await sleep(400);
        // Everything written since the previous keystroke's count: this keystroke and its save.
        // Sized here, after "Saved", so the sizing is not in the traced save.
        writes.push(await evalBench((m) => window.__bench.takeWrites(m), marker));
      }
    } finally {
      trace = await browser.stopTracing();
      await evalBench(() => window.__bench.stopWrites()).catch(() => {});
    }
    const parsed = saveTasksFromTrace(trace);
    const saves = parsed.saves ?? [];
    // The automatic version Waymark keeps once a day while a map is edited (issue 18) is
    // written beside the first save of the day: counted apart, not as the keystroke's.
    const versionBytes = writes.map((w) =>
      Object.entries(w.byStore ?? {})
        .filter(([store]) => store.startsWith('version'))
        .reduce((sum, [, n]) => sum + n, 0),
    );
    const bytes = writes.map((w, i) => w.bytes - versionBytes[i]);
    const out = {
      where,
      commits,
      writes,
      dailyVersionBytes: max(versionBytes),
      bytesMedian: median(bytes),
      bytesMax: max(bytes),
      putsMedian: median(writes.map((w) => w.puts)),
      pictureWritten: writes.some((w) => w.marker),
    };
    // A save that wrote nothing the probe saw was written from elsewhere (a worker?).
    if (commits.length > 0 && bytes.every((b) => b === 0))
      out.writesNa = 'no IndexedDB put/add seen in the page during the saves (a worker?)';
    if (parsed.error) return { ...out, na: parsed.error };
    if (saves.length === 0) return { ...out, na: 'no completed save seen ("Saving…" → "Saved")' };
    return {
      ...out,
      saves,
      blockMedian: median(saves.map((x) => x.saveTaskMaxMs)),
      blockMax: max(saves.map((x) => x.saveTaskMaxMs)),
      totalMedian: median(saves.map((x) => x.saveTasksTotalMs)),
      inputTaskMedian: median(saves.map((x) => x.inputTaskMs)),
      commitMedian: median(saves.map((x) => x.commitMs)),
      taskName: parsed.taskName,
    };
  }

  /**
   * Search (one run): each query of SEARCH_QUERIES pasted at once into "Find cards" (one input
   * event) → the match count ("n of m" / "No matches") painted; and the long tasks meanwhile.
   */
  async function search(map) {
    const opened = await openEditor(map);
    if (opened.na) return opened;
    const box = page.getByRole('searchbox', { name: /find cards/i });
    if ((await box.count()) === 0) return { na: 'no "Find cards" search box' };
    if ((await page.locator(SEARCH_COUNT).count()) === 0)
      return { na: `no match count (${SEARCH_COUNT}) next to the search box` };
    const queries = [];
    for (const query of SEARCH_QUERIES) {
      await box.fill('');
      await page.waitForFunction(
        (sel) => (document.querySelector(sel)?.textContent ?? '') === '',
        SEARCH_COUNT,
        { timeout: 10_000 * driver.cpuRate },
      );
      await sleep(300);
      await box.focus();
      await evalBench(() => window.__bench.startTasks());
      await evalBench(
        ([sel, ms]) => window.__bench.armText(sel, '\\S', ms),
        [SEARCH_COUNT, 20_000 * driver.cpuRate],
      );
      await page.keyboard.insertText(query);
      const r = await evalBench(() => window.__bench.textResult());
      const tasks = await evalBench(() => window.__bench.stopTasks());
      queries.push({ query, ms: r.ms, shown: r.text, longestTask: tasks.longest });
    }
    const ms = queries.map((q) => q.ms);
    if (ms.every((v) => v === null)) return { na: 'the match count never appeared', queries };
    return {
      queries,
      median: median(ms),
      max: max(ms),
      longestTask: max(queries.map((q) => q.longestTask)),
    };
  }

  /** Export through the dialog: click → download, with the heap (PNG) and long tasks. */
  async function exportThroughUi(kind, map, timeoutMs) {
    const opened = await openEditor(map);
    if (opened.na) return opened;
    const button = await driver.findExportButton(kind);
    if (!button) return { na: `no "Export ${kind}" in the UI (button or export dialog)` };
    const memory = kind === 'PNG' ? await driver.heapSampler() : null;
    await evalBench(() => window.__bench.startTasks());
    const t = performance.now();
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: timeoutMs }),
      button.click(),
    ]);
    const ms = performance.now() - t;
    const tasks = await evalBench(() => window.__bench.stopTasks());
    const mem = memory ? await memory.stop() : {};
    const file = await download.path().catch(() => null);
    const bytes = file ? (await stat(file)).size : null;
    await download.delete().catch(() => {});
    return {
      ms,
      bytes,
      file: download.suggestedFilename(),
      longestTask: tasks.longest,
      longTasks: tasks.count,
      ...mem,
    };
  }

  /**
   * A report made through the report builder ("Report…"): the preview made again after a
   * change of preset to "Journey mapping results report" (map pages included; change →
   * "Preview" shown, with the longest main-thread task meanwhile), then "Download PDF" or
   * "Download Word" → download event, with the longest task meanwhile (issue 12: none > 100 ms).
   */
  async function reportThroughUi(format, map, timeoutMs) {
    const opened = await openEditor(map);
    if (opened.na) return opened;
    const open = page.getByRole('button', { name: 'Report…' });
    if ((await open.count()) === 0) return { na: 'no "Report…" button in the editor' };
    await open.click();
    const dialog = page.getByRole('dialog', { name: 'Report' });
    await dialog.waitFor({ timeout: 30_000 });
    const ready = dialog.getByText(/^Preview \(/);
    const updating = dialog.getByText('Updating the preview…');
    const preset = dialog.getByLabel('Start from');
    const choose = async (id) => {
      await preset.selectOption(id);
      await updating.waitFor({ timeout: 10_000 }).catch(() => {});
      await ready.waitFor({ timeout: timeoutMs });
    };
    await ready.waitFor({ timeout: timeoutMs });
    await choose('scrutiny');
    await evalBench(() => window.__bench.startTasks());
    let t = performance.now();
    await choose('results');
    const previewMs = performance.now() - t;
    const previewTasks = await evalBench(() => window.__bench.stopTasks());
    const button = dialog.getByRole('button', { name: `Download ${format}` });
    await evalBench(() => window.__bench.startTasks());
    t = performance.now();
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: timeoutMs }),
      button.click(),
    ]);
    const ms = performance.now() - t;
    const tasks = await evalBench(() => window.__bench.stopTasks());
    const file = await download.path().catch(() => null);
    const bytes = file ? (await stat(file)).size : null;
    await download.delete().catch(() => {});
    return {
      ms,
      bytes,
      file: download.suggestedFilename(),
      longestTask: tasks.longest,
      previewMs,
      previewLongestTask: previewTasks.longest,
    };
  }

  /** The baseline's naive whole-map PNG (html-to-image), one run. */
  async function baselinePng(map) {
    const opened = await driver.open('baseline', map);
    if (opened.status === 'none' || opened.status === 'error')
      return { na: `the baseline did not open (${opened.message ?? opened.status})` };
    const memory = await driver.heapSampler();
    const r = await withTimeout(
      evalBench(() => window.__baseline.exportPng()),
      Math.max(30_000, remaining() - 20_000),
      'html-to-image toPng',
    );
    const mem = await memory.stop();
    return { ms: r.ms, pngDataUrlChars: r.length, ...mem };
  }

  /** JSON import through the library page: file chosen → the map opened or listed. */
  async function importThroughUi(size) {
    await page.goto('about:blank');
    await page.goto(`${driver.origin}/#/`, { waitUntil: 'domcontentloaded' });
    await page.getByRole('heading', { name: /Waymark/ }).waitFor({ timeout: 30_000 });
    await page
      .getByRole('status')
      .filter({ hasText: 'Loading your maps' })
      .waitFor({ state: 'detached', timeout: 30_000 })
      .catch(() => {});
    const title = `Bench import ${size} ${Date.now()}`;
    const map = { ...generateMap(size), id: `bench-import-${size}`, title };
    const file = {
      name: 'bench-import.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(toEnvelope(map, appVersion), null, 2)),
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

  return {
    typing,
    autosave,
    search,
    exportThroughUi,
    reportThroughUi,
    baselinePng,
    importThroughUi,
  };
}
