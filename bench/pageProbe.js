/**
 * Injected by bench/run.mjs into every page (Waymark and the baseline) before the page's own
 * scripts run (`addInitScript`). It measures inside the page, with performance.now() and
 * requestAnimationFrame, so that no Playwright round trip lands in a figure.
 *
 * Card nodes are recognised by the marker `bcard` in their id: React Flow writes a node's id
 * into `data-id` on `.react-flow__node`; `[data-card-id]` elements are accepted as a fallback.
 */
(() => {
  const MARKER = 'bcard';
  const params = new URLSearchParams(location.search);
  const bench = {};
  window.__bench = bench;

  /** The card elements in the DOM (may include nodes React Flow has not measured yet). */
  function cardElements() {
    const out = [];
    for (const el of document.getElementsByClassName('react-flow__node')) {
      if ((el.getAttribute('data-id') ?? '').includes(MARKER)) out.push(el);
    }
    if (out.length > 0) return out;
    for (const el of document.querySelectorAll('[data-card-id]')) {
      if ((el.getAttribute('data-card-id') ?? '').includes(MARKER)) out.push(el);
    }
    return out;
  }
  bench.cardElements = cardElements;

  /** Rendered cards: in the DOM and measured (React Flow hides a node until it has its size). */
  function renderedCardCount() {
    let count = 0;
    for (const el of cardElements()) if (el.style.visibility !== 'hidden') count++;
    return count;
  }

  function canvasRect() {
    const el = document.querySelector('.react-flow') ?? document.querySelector('.map-editor');
    return el ? el.getBoundingClientRect() : null;
  }

  function cardsInViewport() {
    const view = canvasRect();
    if (!view) return 0;
    let count = 0;
    for (const el of cardElements()) {
      if (el.style.visibility === 'hidden') continue;
      const r = el.getBoundingClientRect();
      if (r.right > view.left && r.left < view.right && r.bottom > view.top && r.top < view.bottom)
        count++;
    }
    return count;
  }

  // ─── Long tasks (≥ 50 ms, Long Tasks API) since the page started ─────────────────────────
  // Every main-thread task of 50 ms or more, as [startTime, duration] in ms. A window (opening,
  // panning, exporting) is summarised by its longest task: the longest time the page could not
  // answer input. Tasks under 50 ms are not reported by the browser, so "none" means < 50 ms.
  const allLongTasks = [];
  let longTaskObserver = null;
  try {
    longTaskObserver = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) allLongTasks.push([entry.startTime, entry.duration]);
    });
    longTaskObserver.observe({ type: 'longtask', buffered: false });
  } catch {
    // longtask is Chromium-only; the figures that need it are n/a elsewhere.
  }
  /** Long tasks that started at or after `from` (ms since navigation start), summarised. */
  const longTasksSince = (from) => {
    for (const entry of longTaskObserver?.takeRecords() ?? [])
      allLongTasks.push([entry.startTime, entry.duration]);
    const xs = allLongTasks.filter(([start]) => start >= from).map(([, d]) => d);
    return {
      supported: longTaskObserver !== null,
      count: xs.length,
      longest: xs.length ? Math.max(...xs) : 0,
      total: xs.reduce((a, b) => a + b, 0),
      durations: xs,
    };
  };
  let taskWindowFrom = 0;
  /** Starts a window of long tasks (see stopTasks). */
  bench.startTasks = () => {
    taskWindowFrom = performance.now();
    return true;
  };
  /** The long tasks since startTasks: { count, longest, total } in ms (longest 0: none ≥ 50 ms). */
  bench.stopTasks = () => longTasksSince(taskWindowFrom);

  // ─── Open: navigation start → every card rendered and painted ──────────────────────────
  const expected = Number(params.get('benchOpen') ?? 0);
  if (expected > 0) {
    const timeout = Number(params.get('benchTimeout') ?? 90_000);
    const stableMs = 2_000;
    bench.open = new Promise((resolve) => {
      const timeline = [];
      let count = -1;
      let changedAt = 0;
      let paintedAt = null;
      let changedThisFrame = false;
      let editorSeenAt = null;
      const finish = (status, extra = {}) => {
        const tasks = longTasksSince(0);
        resolve({
          status,
          ms: paintedAt,
          count,
          expected,
          inViewport: cardsInViewport(),
          domElements: document.getElementsByTagName('*').length,
          timeline,
          // Long tasks from navigation start to now (the open and, when it settled below the
          // card count, the 2 s it waited): the longest is how long the page froze while opening.
          longTasks: { count: tasks.count, longest: tasks.longest, total: tasks.total },
          ...extra,
        });
      };
      const tick = (frameTime) => {
        const now = performance.now();
        // The frame after the last change of the card count: that change has been painted.
        if (changedThisFrame) {
          paintedAt = now;
          changedThisFrame = false;
        }
        const next = renderedCardCount();
        if (next !== count) {
          count = next;
          changedAt = now;
          changedThisFrame = true;
          timeline.push([Math.round(now), count]);
        }
        if (count >= expected && !changedThisFrame) return finish('all');
        const alert = document.querySelector('[role="alert"]');
        if (alert && count <= 0) return finish('error', { message: alert.textContent });
        const editor = document.querySelector(
          '.react-flow, input[aria-label="Map title"], .map-editor',
        );
        if (editor && editorSeenAt === null) editorSeenAt = now;
        // A virtualised canvas renders only what is in view: the count settles below `expected`.
        if (count > 0 && !changedThisFrame && now - changedAt > stableMs) return finish('partial');
        if (count <= 0 && editorSeenAt !== null && now - editorSeenAt > 6_000)
          return finish('none', { message: 'the editor rendered no card nodes' });
        if (now > timeout) return finish(count > 0 ? 'partial' : 'none', { timedOut: true });
        void frameTime;
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
  }

  // ─── Frame times: requestAnimationFrame deltas ───────────────────────────────────────────
  let frames = null;
  bench.startFrames = () => {
    const state = { deltas: [], last: null, running: true, from: performance.now() };
    frames = state;
    const loop = (t) => {
      if (!state.running) return;
      if (state.last !== null) state.deltas.push(t - state.last);
      state.last = t;
      requestAnimationFrame(loop);
    };
    requestAnimationFrame(loop);
  };
  bench.stopFrames = () => {
    if (!frames) return { deltas: [], longTasks: [] };
    frames.running = false;
    const out = { deltas: frames.deltas, longTasks: longTasksSince(frames.from).durations };
    frames = null;
    return out;
  };

  // ─── Geometry helpers for driving the canvas ─────────────────────────────────────────────
  bench.viewport = () => {
    const el = document.querySelector('.react-flow__viewport');
    if (!el) return null;
    const m = /translate\(\s*(-?[\d.e+-]+)px,\s*(-?[\d.e+-]+)px\)\s*scale\(\s*([\d.e+-]+)\)/.exec(
      el.style.transform,
    );
    return m ? { x: Number(m[1]), y: Number(m[2]), zoom: Number(m[3]) } : null;
  };
  bench.canvasRect = () => {
    const r = canvasRect();
    return r ? { x: r.left, y: r.top, width: r.width, height: r.height } : null;
  };

  const isControl = (el) =>
    el.closest(
      'input, textarea, button, select, a, [contenteditable="true"], .react-flow__panel, .react-flow__controls, .react-flow__minimap',
    );

  /** A point on empty canvas (the pane itself if any shows), from which (dx, dy) stays inside. */
  bench.findPanePoint = (dx, dy) => {
    const view = canvasRect();
    if (!view) return null;
    let fallback = null;
    for (let row = 1; row < 12; row++) {
      for (let col = 1; col < 16; col++) {
        const x = view.left + (view.width * col) / 16;
        const y = view.top + (view.height * row) / 12;
        const inside = (px, py) =>
          px > view.left + 10 &&
          px < view.right - 10 &&
          py > view.top + 10 &&
          py < view.bottom - 10;
        if (!inside(x + dx, y + dy)) continue;
        const el = document.elementFromPoint(x, y);
        if (!el) continue;
        if (el.classList.contains('react-flow__pane')) return { x, y, on: 'pane' };
        if (isControl(el) || el.closest('.nopan')) continue;
        const node = el.closest('.react-flow__node');
        // Next best: canvas background that is not a node, then a node that is not a card
        // (a lane or cell drawn as a node, not draggable: React Flow pans through it).
        const rank = node ? ((node.getAttribute('data-id') ?? '').includes(MARKER) ? 0 : 1) : 2;
        if (rank > 0 && (!fallback || rank > fallback.rank))
          fallback = { x, y, rank, on: String(el.className || el.tagName) };
      }
    }
    return fallback;
  };

  /** A card fully in view whose centre is really the card, with room to drag by (dx, dy). */
  bench.findCardPoint = (dx, dy) => {
    const view = canvasRect();
    if (!view) return null;
    const cx = view.left + view.width / 2;
    const cy = view.top + view.height / 2;
    let best = null;
    for (const el of cardElements()) {
      if (el.style.visibility === 'hidden') continue;
      const r = el.getBoundingClientRect();
      const x = r.left + r.width / 2;
      const y = r.top + Math.min(r.height / 2, 20);
      if (r.width < 8 || r.height < 8) continue;
      if (r.left < view.left + 20 || r.top < view.top + 20) continue;
      if (x + dx > view.right - 20 || y + dy > view.bottom - 20) continue;
      if (r.right > view.right - 10 || r.bottom > view.bottom - 10) continue;
      const hit = document.elementFromPoint(x, y);
      if (!hit || !el.contains(hit) || isControl(hit)) continue;
      const distance = Math.hypot(x - cx, y - cy);
      if (!best || distance < best.distance) {
        const id = el.getAttribute('data-id') ?? el.getAttribute('data-card-id');
        best = { id, x, y, width: r.width, height: r.height, distance };
      }
    }
    return best;
  };

  bench.cardRect = (id) => {
    const el = [...cardElements()].find(
      (e) => e.getAttribute('data-id') === id || e.getAttribute('data-card-id') === id,
    );
    if (!el) return null;
    const r = el.getBoundingClientRect();
    return { x: r.left, y: r.top, width: r.width, height: r.height, text: el.textContent };
  };

  // ─── Keypress → paint ────────────────────────────────────────────────────────────────────
  let key = null;
  let save = null;
  let lastKeyDone = Promise.resolve(null);
  let lastSaveDone = Promise.resolve(null);
  addEventListener(
    'keydown',
    (event) => {
      if (key && key.t0 === null) key.t0 = event.timeStamp;
      if (save && save.t0 === null) {
        save.t0 = event.timeStamp;
        performance.mark('bench-key');
      }
    },
    true,
  );
  /** Runs `callback(time)` after the current frame has been rendered (the next task). */
  const afterPaint = (callback) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => callback(performance.now());
    channel.port2.postMessage(null);
  };
  /**
   * Arms the probe for the next keydown. `text` is what the field holds once the key took
   * effect; `cardId` the card whose node on the canvas should show it (null: field only).
   */
  bench.armKey = (text, cardId) => {
    const state = { t0: null, field: null, canvas: null };
    key = state;
    state.done = new Promise((resolve) => {
      const started = performance.now();
      const loop = () => {
        if (state.t0 !== null) {
          const active = document.activeElement;
          const value = active
            ? 'value' in active
              ? String(active.value)
              : (active.textContent ?? '')
            : '';
          if (state.field === null && value.includes(text)) {
            state.field = -1;
            afterPaint((t) => (state.field = t - state.t0));
          }
          if (cardId && state.canvas === null) {
            const node = cardElements().find(
              (e) =>
                e.getAttribute('data-id') === cardId || e.getAttribute('data-card-id') === cardId,
            );
            // The card shows the text: as its title, or in a field edited in place in it.
            const fields = node ? [...node.querySelectorAll('textarea, input')] : [];
            const shown =
              node &&
              ((node.textContent ?? '').includes(text) ||
                fields.some((f) => String(f.value).includes(text)));
            if (shown) {
              state.canvas = -1;
              afterPaint((t) => (state.canvas = t - state.t0));
            }
          }
        }
        const fieldDone = state.field !== null && state.field >= 0;
        const canvasDone = !cardId || (state.canvas !== null && state.canvas >= 0);
        if ((fieldDone && canvasDone) || performance.now() - started > 3_000) {
          key = null;
          resolve({ field: state.field, canvas: state.canvas, t0: state.t0 });
          return;
        }
        requestAnimationFrame(loop);
      };
      requestAnimationFrame(loop);
    });
    lastKeyDone = state.done;
    return true;
  };
  bench.keyResult = () => lastKeyDone;

  // ─── Autosave: keydown → "Saving…" → "Saved" (the save status in the editor header) ─────
  // The visible save status (.save-status) is not a live region since 1 Dec 2026 (a screen
  // reader hears "All changes saved" once instead); other status lines count as before.
  const STATUS = '.save-status, [role="status"]';
  const statusText = () =>
    [...document.querySelectorAll(STATUS)].map((el) => el.textContent ?? '').join('|');
  // Whether a batch of DOM changes touched a status line: the status is read again only then.
  // Reading it (a query over the whole document) at every change of the page ran inside the
  // tasks the autosave figure measures, about 1 ms per keystroke at 2,000 cards under ×2 CPU.
  const inStatus = (node) => {
    const element = node?.nodeType === 1 ? node : node?.parentElement;
    return !!element?.closest(STATUS);
  };
  const addsStatus = (node) =>
    node.nodeType === 1 && (node.matches(STATUS) || !!node.querySelector(STATUS));
  const touchesStatus = (records) =>
    records.some((r) => inStatus(r.target) || [...r.addedNodes].some(addsStatus));
  const saveObserver = new MutationObserver((records) => {
    if (!save || save.t0 === null || !touchesStatus(records)) return;
    const text = statusText();
    if (save.savingAt === null && /Saving/.test(text)) save.savingAt = performance.now();
    if (save.savingAt !== null && /(^|\|)Saved/.test(text)) {
      const state = save;
      save = null;
      state.savedAt = performance.now();
      performance.mark('bench-saved');
      state.resolve({ t0: state.t0, savingAt: state.savingAt, savedAt: state.savedAt });
    }
  });
  addEventListener('DOMContentLoaded', () =>
    saveObserver.observe(document.body, { subtree: true, childList: true, characterData: true }),
  );
  bench.armSave = (timeoutMs) => {
    const state = { t0: null, savingAt: null, savedAt: null };
    state.done = new Promise((resolve) => {
      state.resolve = resolve;
      setTimeout(() => {
        if (save === state) {
          save = null;
          resolve({ t0: state.t0, savingAt: state.savingAt, savedAt: null, timedOut: true });
        }
      }, timeoutMs);
    });
    save = state;
    lastSaveDone = state.done;
    return true;
  };
  bench.saveResult = () => lastSaveDone;
  bench.statusText = statusText;

  // ─── Memory ──────────────────────────────────────────────────────────────────────────────
  let memory = null;
  const heap = () => (performance.memory ? performance.memory.usedJSHeapSize : null);
  bench.heap = heap;
  bench.startMemory = () => {
    const state = { start: heap(), max: heap(), samples: 0 };
    state.timer = setInterval(() => {
      const used = heap();
      state.samples++;
      if (used !== null && used > state.max) state.max = used;
    }, 20);
    memory = state;
  };
  bench.stopMemory = () => {
    if (!memory) return null;
    clearInterval(memory.timer);
    const used = heap();
    if (used !== null && used > memory.max) memory.max = used;
    const out = { start: memory.start, max: memory.max, end: used, samples: memory.samples };
    memory = null;
    return out;
  };

  // ─── IndexedDB writes: every IDBObjectStore put / add, whoever calls it ──────────────────
  // Wrapped here, before the app's scripts run, so Dexie's writes go through the wrapper. While
  // armed, each row written is kept (by reference: no work inside the save); its size is taken
  // afterwards, outside the measured tasks, as the UTF-8 length of its JSON (as the unit test
  // tests/unit/storage-writes.test.ts counts). IndexedDB's own encoding differs a little.
  let writes = null;
  for (const method of ['put', 'add']) {
    const original = IDBObjectStore.prototype[method];
    IDBObjectStore.prototype[method] = function (...args) {
      if (writes) writes.push({ store: this.name, value: args[0] });
      return original.apply(this, args);
    };
  }
  /** Starts keeping every row written to IndexedDB (see takeWrites). */
  bench.startWrites = () => {
    writes = [];
    return true;
  };
  /**
   * The rows written since startWrites, then starts again: { puts, bytes, byStore: { name:
   * bytes }, marker } where `marker` says whether a row held the text `marker` (a picture).
   */
  bench.takeWrites = (marker) => {
    const list = writes ?? [];
    writes = [];
    const encoder = new TextEncoder();
    const out = { puts: list.length, bytes: 0, byStore: {}, marker: false };
    for (const { store, value } of list) {
      const json = JSON.stringify(value) ?? '';
      const bytes = encoder.encode(json).length;
      out.bytes += bytes;
      out.byStore[store] = (out.byStore[store] ?? 0) + bytes;
      if (marker && json.includes(marker)) out.marker = true;
    }
    return out;
  };
  /** Stops keeping writes. */
  bench.stopWrites = () => {
    writes = null;
    return true;
  };

  // ─── Input → text shown: e.g. a search query → its match count painted ──────────────────
  let inputAt = null;
  for (const type of ['keydown', 'beforeinput', 'input']) {
    addEventListener(
      type,
      (event) => {
        if (inputAt && inputAt.t0 === null) inputAt.t0 = event.timeStamp;
      },
      true,
    );
  }
  /**
   * Arms for the next key or text input: resolves (textResult) with the time from that input's
   * event.timeStamp to after the first frame in which an element matching `selector` has text
   * matching `pattern` (a RegExp source), painted. `{ ms: null }` after `timeoutMs`.
   */
  bench.armText = (selector, pattern, timeoutMs = 10_000) => {
    const state = { t0: null };
    const regex = new RegExp(pattern);
    inputAt = state;
    bench.lastText = new Promise((resolve) => {
      const started = performance.now();
      const loop = () => {
        if (state.t0 !== null) {
          const el = document.querySelector(selector);
          const text = el?.textContent ?? '';
          if (el && regex.test(text)) {
            inputAt = null;
            afterPaint((t) => resolve({ ms: t - state.t0, text }));
            return;
          }
        }
        if (performance.now() - started > timeoutMs) {
          inputAt = null;
          resolve({ ms: null, text: document.querySelector(selector)?.textContent ?? null });
          return;
        }
        requestAnimationFrame(loop);
      };
      requestAnimationFrame(loop);
    });
    return true;
  };
  bench.textResult = () => bench.lastText;
})();
