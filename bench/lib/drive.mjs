/**
 * Drives one Chromium page for the bench: opens Waymark or the baseline cold, records frames
 * while Playwright pans, zooms and drags, finds a card to type into, throttles the CPU, reads
 * the JS heap. Every time is taken inside the page by bench/pageProbe.js.
 */
import { frameStats, round } from './stats.mjs';
import { sleep, withTimeout } from './util.mjs';

const PAN = { dx: 320, dy: 160, steps: 40 };
const DRAG = { dx: 180, dy: 90, steps: 40 };
const ZOOM_EVENTS = 8;

const moved = (a, b) =>
  a && b && (Math.abs(a.x - b.x) > 1 || Math.abs(a.y - b.y) > 1 || a.zoom !== b.zoom);

/**
 * A driver for `page` (Playwright) with its CDP session `cdp`, the app at `origin` and the
 * baseline at `${origin}/baseline/`.
 */
export function createDriver({ page, cdp, origin }) {
  const evalBench = (fn, arg) => page.evaluate(fn, arg);
  const viewportOf = () => evalBench(() => window.__bench.viewport());
  /** The CPU throttle rate in force (1 = none); re-applied after every navigation. */
  let cpuRate = 1;

  async function applyThrottle() {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuRate });
  }

  /**
   * Opens a map cold (about:blank first) and waits for its cards; returns the probe's result
   * (status, ms, count, longTasks…) with the viewport it opened at. `map` is { id, cards }.
   */
  async function open(target, map, options = {}) {
    await page.goto('about:blank');
    await applyThrottle();
    const url =
      target === 'waymark'
        ? `${origin}/?benchOpen=${map.cards}#/map/${map.id}`
        : `${origin}/baseline/?map=${map.id}&benchOpen=${map.cards}` +
          (options.viewport
            ? `&vp=${options.viewport.x},${options.viewport.y},${options.viewport.zoom}`
            : '') +
          (options.virtual ? '&virtual=1' : '') +
          (options.panOnScroll ? '&panOnScroll=1' : '');
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });
    await applyThrottle();
    const result = await withTimeout(
      evalBench(() => window.__bench.open),
      Math.max(100_000, 100_000 * cpuRate),
      `${target} open ${map.cards}`,
    );
    result.viewport = await viewportOf();
    return result;
  }

  /** A full garbage collection (CDP): V8 also drops compiled code that is not running. */
  async function collectGarbage() {
    await cdp.send('HeapProfiler.collectGarbage');
    await sleep(200);
  }

  /** The JS heap after a full garbage collection, in bytes (CDP, else performance.memory). */
  async function heapAfterGc() {
    await sleep(300);
    await cdp.send('HeapProfiler.collectGarbage');
    const usage = await cdp.send('Runtime.getHeapUsage').catch(() => null);
    const inPage = await evalBench(() => window.__bench.heap()).catch(() => null);
    return { usedBytes: usage?.usedSize ?? inPage, pageUsedBytes: inPage };
  }

  async function recordFrames(action) {
    await evalBench(() => window.__bench.startFrames());
    let info;
    try {
      info = await action();
    } finally {
      const { deltas, longTasks } = await evalBench(() => window.__bench.stopFrames());
      info = {
        ...(info ?? {}),
        ...frameStats(deltas),
        longTasks: longTasks.length,
        longestTask: longTasks.length ? Math.max(...longTasks) : 0,
      };
    }
    return info;
  }

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
    const c = await evalBench(
      ([dx, dy]) => window.__bench.findCardPoint(dx, dy),
      [DRAG.dx, DRAG.dy],
    );
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

  /** Types `chars` one key at a time, 150 ms apart; keypress → paint of each (probe armKey). */
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
        10_000 * cpuRate,
        'keypress',
      );
      if (r?.field >= 0) latencies.field.push(r.field);
      if (r?.canvas >= 0) latencies.canvas.push(r.canvas);
      else canvasId = null; // the card does not show the typed text: stop waiting for it
      await sleep(150);
    }
    return latencies;
  }

  /** Clicks through to a download button for `kind` ("PNG" or "JSON"); returns the button. */
  async function findExportButton(kind) {
    const direct = page.getByRole('button', {
      name: new RegExp(`^(Export|Download) ${kind}`, 'i'),
    });
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

  /** Samples the JS heap (page every 20 ms, CDP every 100 ms) until `stop()`; bytes. */
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

  return {
    page,
    cdp,
    origin,
    evalBench,
    viewport: viewportOf,
    /** Sets the CPU throttle (Emulation.setCPUThrottlingRate; 1 = none) for what follows. */
    async throttle(rate) {
      cpuRate = rate;
      await applyThrottle();
    },
    get cpuRate() {
      return cpuRate;
    },
    open,
    heapAfterGc,
    collectGarbage,
    heapSampler,
    recordFrames,
    methodCache,
    pan,
    zoom,
    drag,
    focusedField,
    focusCardField,
    typeAndMeasure,
    findExportButton,
  };
}
