/**
 * The storage cost of versions (issue 18): on the 2,000-card map, "Save version" through the
 * Versions panel `count` times, each timed in the page from the click to the frame after
 * "Saved the version …" shows (the map's file made, gzip-compressed with CompressionStream,
 * written to IndexedDB), with the longest main-thread task in that window; then the bytes each
 * version takes on disk, read back from the app's IndexedDB (`versions` rows and the
 * `versionData` payload), next to the map's file size (compact JSON); and opening the
 * comparison of the newest version with the map now (click → the panel shows, and → both
 * pictures painted).
 */
import { median, round } from './stats.mjs';

/** One run of `count` saves on `map` ({ id, cards }); returns the figures or `{ na }`. */
export async function measureVersions({ driver, map, count = 5 }) {
  const { page } = driver;
  const opened = await driver.open('waymark', map);
  if (opened.status === 'error') return { na: `the map did not open (${opened.message})` };
  await page.getByRole('button', { name: 'Versions…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Versions of this map' });
  await dialog.waitFor({ timeout: 30_000 });
  await dialog
    .getByRole('status')
    .filter({ hasText: 'Loading the versions' })
    .waitFor({ state: 'detached', timeout: 30_000 })
    .catch(() => {});

  const saves = [];
  for (let i = 1; i <= count; i++) {
    const name = `Bench version ${i} ${Date.now()}`;
    await dialog.getByLabel('Version name').fill(name);
    const run = await page.evaluate(
      (wanted) =>
        new Promise((resolve, reject) => {
          const panel = [...document.querySelectorAll('dialog[open]')].at(-1);
          const button = [...(panel?.querySelectorAll('button') ?? [])].find(
            (b) => b.textContent === 'Save version',
          );
          if (!panel || !button) return reject(new Error('no "Save version" button'));
          let longest = 0;
          const tasks = new PerformanceObserver((list) => {
            for (const entry of list.getEntries()) longest = Math.max(longest, entry.duration);
          });
          tasks.observe({ type: 'longtask' });
          const seen = () => (panel.textContent ?? '').includes(`Saved the version “${wanted}”`);
          const t0 = performance.now();
          const done = () =>
            requestAnimationFrame(() => {
              const ms = performance.now() - t0;
              // Long tasks are reported a moment after they end.
              setTimeout(() => {
                tasks.disconnect();
                resolve({ ms, longestTask: longest });
              }, 50);
            });
          const watch = new MutationObserver(() => {
            if (!seen()) return;
            watch.disconnect();
            done();
          });
          watch.observe(panel, { subtree: true, childList: true, characterData: true });
          button.click();
          setTimeout(() => reject(new Error('no "Saved the version" within 60 s')), 60_000);
        }),
      name,
    );
    saves.push(run);
  }

  // Compare the newest version with the map now (both drawn, every difference listed).
  const compare = await page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const panel = [...document.querySelectorAll('dialog[open]')].at(-1);
        const button = [...(panel?.querySelectorAll('button') ?? [])].find(
          (b) => b.textContent === 'Compare',
        );
        if (!button) return reject(new Error('no "Compare" button'));
        let longest = 0;
        const tasks = new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) longest = Math.max(longest, entry.duration);
        });
        tasks.observe({ type: 'longtask' });
        const t0 = performance.now();
        let shownMs = null;
        const compareDialog = () =>
          [...document.querySelectorAll('dialog[open]')].find((d) =>
            document
              .getElementById(d.getAttribute('aria-labelledby') ?? '')
              ?.textContent?.startsWith('Compare:'),
          );
        const watch = new MutationObserver(() => {
          const dialog = compareDialog();
          if (!dialog) return;
          shownMs ??= performance.now() - t0;
          // Both maps drawn (side by side), with their marks.
          if (dialog.querySelectorAll('svg[role="img"][aria-label$="marked"]').length < 2) return;
          watch.disconnect();
          requestAnimationFrame(() => {
            const ms = performance.now() - t0;
            setTimeout(() => {
              tasks.disconnect();
              resolve({ ms, shownMs, longestTask: longest });
            }, 50);
          });
        });
        // The dialog is added, then opened (showModal sets its `open` attribute).
        watch.observe(document.body, {
          subtree: true,
          childList: true,
          attributes: true,
          attributeFilter: ['open'],
        });
        button.click();
        setTimeout(() => reject(new Error('no comparison within 60 s')), 60_000);
      }),
  );

  const stored = await page.evaluate(async (mapId) => {
    const db = await new Promise((resolve, reject) => {
      const req = indexedDB.open('waymark');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const all = (store, query) =>
      new Promise((resolve, reject) => {
        const req = query
          ? db.transaction(store).objectStore(store).index('mapId').getAll(query)
          : db.transaction(store).objectStore(store).getAll();
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
    const rows = await all('versions', mapId);
    const data = await all('versionData');
    db.close();
    const ids = new Set(rows.map((r) => r.id));
    const payload = data
      .filter((d) => ids.has(d.id))
      .map((d) => (typeof d.data === 'string' ? new Blob([d.data]).size : d.data.byteLength));
    // The list row itself (what the version list reads), as UTF-8 JSON.
    const rowBytes = rows.map((r) => new Blob([JSON.stringify(r)]).size);
    return {
      count: rows.length,
      encodings: [...new Set(data.filter((d) => ids.has(d.id)).map((d) => d.encoding))],
      jsonBytes: rows.map((r) => r.jsonBytes),
      storedBytes: rows.map((r) => r.storedBytes),
      payloadBytes: payload,
      rowBytes,
    };
  }, map.id);

  const perVersion = median(stored.payloadBytes.map((b, i) => b + (stored.rowBytes[i] ?? 0)));
  return {
    cards: map.cards,
    saves: saves.map((s) => ({ ms: round(s.ms, 1), longestTask: round(s.longestTask, 1) })),
    saveMs: round(median(saves.map((s) => s.ms)), 1),
    saveMsMax: round(Math.max(...saves.map((s) => s.ms)), 1),
    longestTask: round(Math.max(...saves.map((s) => s.longestTask)), 1),
    versions: stored.count,
    encodings: stored.encodings,
    jsonBytes: median(stored.jsonBytes),
    payloadBytes: median(stored.payloadBytes),
    bytesPerVersion: perVersion,
    compression: round(median(stored.jsonBytes) / median(stored.payloadBytes), 1),
    compareMs: round(compare.ms, 1),
    compareShownMs: round(compare.shownMs, 1),
    compareLongestTask: round(compare.longestTask, 1),
  };
}
