/**
 * Turns the raw runs into the summary (medians, ratios, targets with PASS/MISS) and prints it
 * as a table, with the machine and date above it. A figure that could not be measured is "n/a"
 * with its reason.
 */
import { max, median, medianOf, round } from './stats.mjs';

const KB = 1024;
const MB = 1024 * 1024;

/** Targets of the issues (11, 13, 17); FREEZE_MS is the bench's reading of "no page freeze". */
export const TARGETS = {
  openRatio: 1.3,
  framePoints: 5,
  dragMaxMs: 50,
  typingMedianMs: 30,
  typingP95Ms: 50,
  autosaveBlockMs: 10,
  keystrokeBytes: 5 * KB,
  /** No task of 500 ms or more: Web Vitals call an interaction over 500 ms "poor". */
  freezeMs: 500,
  liveP95Ms: 150,
  firstScreenJs: 250 * KB,
};

/** A figure recorded as one object by older benches, as a list of runs by this one. */
const asRuns = (x) => (Array.isArray(x) ? x : x ? [x] : []);
/** The first reason any run gives for n/a, or null. */
const naReason = (runs) => asRuns(runs).find((r) => r?.na)?.na ?? null;
const ok = (runs) => asRuns(runs).filter((r) => r && !r.na);

function row(figure, size, waymark, baseline, relation, target, status, note = '') {
  return { figure, size, waymark, baseline, relation, target, status, note };
}
const section = (title) => ({ section: title });

const fmtMs = (v) => {
  const r = typeof v === 'number' ? round(v, v < 10 ? 1 : 0) : null;
  return r === null ? 'n/a' : `${r.toLocaleString('en')} ms`;
};
const fmtKb = (v) => (v === null || v === undefined ? 'n/a' : `${round(v / KB, 1)} KB`);
const fmtMb = (v) => (v === null || v === undefined ? 'n/a' : `${round(v / MB, 1)} MB`);
const fmtTask = (v) => (v === null || v === undefined ? 'n/a' : v === 0 ? '< 50 ms' : fmtMs(v));

function status(pass) {
  if (pass === null || pass === undefined) return 'n/a';
  return pass ? 'PASS' : 'MISS';
}

/** The rows of one map size: open, heap, frames (and, for the big map, the longest tasks). */
function sizeRows(rows, s, size, { detailSize, prefix = '', freeze = false }) {
  const w = ok(s.open?.waymark);
  const b = ok(s.open?.baseline);
  const wMs = medianOf(w, 'ms');
  const bMs = medianOf(b, 'ms');
  const ratio = wMs !== null && bMs ? wMs / bMs : null;
  const notes = [];
  if (w.some((r) => r.status === 'partial'))
    notes.push(
      `virtualised: ${median(w.map((r) => r.count))} of ${size} cards in the DOM, ${median(w.map((r) => r.inViewport))} in view`,
    );
  // Each run in order: the first opens of a fresh browser run without V8's code cache (the code
  // is compiled as it runs), later ones with it, so the spread is part of the figure.
  if (w.length > 1 && b.length > 1)
    notes.push(
      `runs in order ${w.map((r) => round(r.ms, 0)).join(' / ')} vs ${b.map((r) => round(r.ms, 0)).join(' / ')} ms`,
    );
  const reason = naReason(s.open?.waymark) ?? (wMs === null ? naReason(s.open?.baseline) : null);
  rows.push(
    row(
      `${prefix}Open → all cards painted`,
      size,
      wMs === null ? 'n/a' : fmtMs(wMs),
      fmtMs(bMs),
      ratio === null ? 'n/a' : `${round(ratio, 2)}×`,
      `≤ ${TARGETS.openRatio}× baseline`,
      status(ratio === null ? null : ratio <= TARGETS.openRatio),
      wMs === null ? (reason ?? '') : notes.join('; '),
    ),
  );
  s.summary = { open: { waymarkMs: wMs, baselineMs: bMs, ratio } };
  // Informative, no target: each open right after a forced garbage collection (run.mjs).
  const wCold = medianOf(ok(s.openAfterGc?.waymark), 'ms');
  const bCold = medianOf(ok(s.openAfterGc?.baseline), 'ms');
  if (wCold !== null || bCold !== null) {
    rows.push(
      row(
        `${prefix}Open right after a forced GC`,
        size,
        fmtMs(wCold),
        fmtMs(bCold),
        wCold !== null && bCold ? `${round(wCold / bCold, 2)}×` : '',
        '',
        '',
        'compiled code dropped by the collection the heap figure needs: every function is compiled again as it runs',
      ),
    );
    s.summary.openAfterGc = { waymarkMs: wCold, baselineMs: bCold };
  }
  if (freeze) {
    const wTask = max(w.map((r) => r.longTasks?.longest));
    const bTask = max(b.map((r) => r.longTasks?.longest));
    rows.push(
      row(
        `${prefix}Longest task while opening (no freeze)`,
        size,
        fmtTask(wTask),
        fmtTask(bTask),
        '',
        `< ${TARGETS.freezeMs} ms`,
        status(wTask === null ? null : wTask < TARGETS.freezeMs),
        'longest main-thread task from navigation to the cards painted, longest of the runs',
      ),
    );
    s.summary.open.longestTask = { waymark: wTask, baseline: bTask };
  }

  const wHeap = medianOf(ok(s.memory?.waymark), 'usedBytes');
  const bHeap = medianOf(ok(s.memory?.baseline), 'usedBytes');
  if (wHeap !== null || bHeap !== null) {
    rows.push(
      row(
        `${prefix}JS heap after opening (after GC)`,
        size,
        fmtMb(wHeap),
        fmtMb(bHeap),
        wHeap !== null && bHeap ? `${round(wHeap / bHeap, 1)}×` : '',
        '',
        '',
        '',
      ),
    );
    s.summary.memory = { waymarkBytes: wHeap, baselineBytes: bHeap };
  }

  for (const kind of s.kinds ?? ['pan', 'zoom', 'drag']) {
    const wr = ok(s[kind]?.waymark);
    const br = ok(s[kind]?.baseline);
    const wShare = medianOf(wr, 'overBudgetShare');
    const bShare = medianOf(br, 'overBudgetShare');
    const wMed = medianOf(wr, 'median');
    const bMed = medianOf(br, 'median');
    const wP95 = medianOf(wr, 'p95');
    const bP95 = medianOf(br, 'p95');
    const wMax = max(wr.map((r) => r.max));
    const bMax = max(br.map((r) => r.max));
    const diff = wShare !== null && bShare !== null ? wShare - bShare : null;
    const why = wr.length === 0 ? naReason(s[kind]?.waymark) : null;
    const cell = (med, p95, share, mx) =>
      med === null
        ? 'n/a'
        : `${round(med, 1)}/${round(p95, 0)}/${round(mx, 0)} ms, ${round(share, 1)} % over`;
    const name = { pan: 'panning', zoom: 'zooming', drag: 'dragging a card' }[kind];
    rows.push(
      row(
        `${prefix}Frames: ${name}`,
        size,
        cell(wMed, wP95, wShare, wMax),
        cell(bMed, bP95, bShare, bMax),
        diff === null ? 'n/a' : `${diff >= 0 ? '+' : ''}${round(diff, 1)} pts`,
        `≤ baseline + ${TARGETS.framePoints} pts`,
        status(diff === null ? null : diff <= TARGETS.framePoints),
        why ?? methodNote(wr),
      ),
    );
    if (kind === 'drag' && size === detailSize) {
      rows.push(
        row(
          `${prefix}Longest frame while dragging`,
          size,
          fmtMs(wMax),
          fmtMs(bMax),
          '',
          `≤ ${TARGETS.dragMaxMs} ms`,
          status(wMax === null ? null : wMax <= TARGETS.dragMaxMs),
          why ?? '',
        ),
      );
    }
    if (freeze && kind === 'pan') {
      const wTask = max(wr.map((r) => r.longestTask));
      const bTask = max(br.map((r) => r.longestTask));
      rows.push(
        row(
          `${prefix}Longest task while panning (no freeze)`,
          size,
          fmtTask(wTask),
          fmtTask(bTask),
          '',
          `< ${TARGETS.freezeMs} ms`,
          status(wTask === null ? null : wTask < TARGETS.freezeMs),
          why ?? `longest frame ${fmtMs(wMax)} (baseline ${fmtMs(bMax)})`,
        ),
      );
    }
    s.summary[kind] = {
      waymark: { median: wMed, p95: wP95, max: wMax, overBudgetShare: wShare },
      baseline: { median: bMed, p95: bP95, max: bMax, overBudgetShare: bShare },
      shareDifferencePoints: diff,
    };
  }
}

/** Typing rows from the runs of measures.typing. */
function typingRows(rows, runs, size, prefix = '') {
  const good = ok(runs);
  if (good.length === 0) {
    if (runs?.length)
      rows.push(
        row(
          `${prefix}Keypress → paint, typing in a card`,
          size,
          'n/a',
          '—',
          '',
          `median < ${TARGETS.typingMedianMs} ms, p95 < ${TARGETS.typingP95Ms} ms`,
          'n/a',
          naReason(runs),
        ),
      );
    return;
  }
  const med = medianOf(good, 'median');
  const p95 = medianOf(good, 'p95');
  const inCard = good.every((r) => r.where === 'card');
  rows.push(
    row(
      `${prefix}Keypress → paint, typing in ${inCard ? 'a card' : 'the map title'}`,
      size,
      `${fmtMs(med)} (p95 ${fmtMs(p95)})`,
      '—',
      '',
      `median < ${TARGETS.typingMedianMs} ms, p95 < ${TARGETS.typingP95Ms} ms`,
      inCard ? status(med < TARGETS.typingMedianMs && p95 < TARGETS.typingP95Ms) : 'n/a',
      `${good[0].how}; measured on ${good[0].measuredOn}; ${good.length} run(s) × ${good[0].keys} keys, median of the runs' medians and p95s`,
    ),
  );
}

/** Autosave rows (longest task per save; bytes per keystroke) from measures.autosave runs. */
function autosaveRows(rows, runs, size, { prefix = '', bytes = true, picture = true } = {}) {
  if (!runs?.length) return;
  const good = ok(runs);
  const label = picture ? ' (3 MB persona picture in the map)' : '';
  if (good.length === 0) {
    rows.push(
      row(
        `${prefix}Autosave: longest main-thread task per save${label}`,
        size,
        'n/a',
        '—',
        '',
        `< ${TARGETS.autosaveBlockMs} ms`,
        'n/a',
        naReason(runs),
      ),
    );
  } else {
    const block = medianOf(good, 'blockMedian');
    const worst = max(good.map((r) => r.blockMax));
    const saves = good.reduce((n, r) => n + r.saves.length, 0);
    rows.push(
      row(
        `${prefix}Autosave: longest main-thread task per save${label}`,
        size,
        `${fmtMs(block)} (max ${fmtMs(worst)})`,
        '—',
        '',
        `< ${TARGETS.autosaveBlockMs} ms`,
        status(block < TARGETS.autosaveBlockMs),
        `median of the runs' medians (${saves} saves in ${good.length} run(s)), typing into ${good[0].where}; edit task ${fmtMs(medianOf(good, 'inputTaskMedian'))}, all save tasks ${fmtMs(medianOf(good, 'totalMedian'))}, keypress → "Saved" ${fmtMs(medianOf(good, 'commitMedian'))}`,
      ),
    );
  }
  if (!bytes) return;
  const withBytes = runs.filter((r) => r && r.bytesMedian !== undefined && !r.writesNa);
  if (withBytes.length === 0) {
    rows.push(
      row(
        `${prefix}Bytes written to IndexedDB per title keystroke${label}`,
        size,
        'n/a',
        '—',
        '',
        `< ${round(TARGETS.keystrokeBytes / KB, 0)} KB`,
        'n/a',
        runs.find((r) => r?.writesNa)?.writesNa ?? naReason(runs),
      ),
    );
    return;
  }
  const med = median(withBytes.map((r) => r.bytesMedian));
  const worst = max(withBytes.map((r) => r.bytesMax));
  const picture_ = withBytes.some((r) => r.pictureWritten);
  const byStore = withBytes[0].writes.at(-1)?.byStore ?? {};
  const daily = max(withBytes.map((r) => r.dailyVersionBytes ?? 0));
  rows.push(
    row(
      `${prefix}Bytes written to IndexedDB per title keystroke${label}`,
      size,
      `${fmtKb(med)} (max ${fmtKb(worst)})`,
      '—',
      '',
      `< ${round(TARGETS.keystrokeBytes / KB, 0)} KB each`,
      status(worst < TARGETS.keystrokeBytes && !picture_),
      `every put/add of the page, as UTF-8 JSON; ${picture_ ? 'THE PICTURE WAS WRITTEN; ' : 'picture not written; '}last keystroke by table: ${Object.entries(
        byStore,
      )
        .map(([k, v]) => `${k} ${v} B`)
        .join(
          ', ',
        )}${daily ? `; besides, the day's automatic version (once a day, issue 18): ${fmtKb(daily)}` : ''}`,
    ),
  );
}

function detailRows(rows, d, size) {
  typingRows(rows, d.typing, size);
  autosaveRows(rows, d.autosave, size);
  if (d.png) {
    const p = d.png;
    const wr = ok(p.waymark);
    const wMs = medianOf(wr, 'ms');
    const bMs = p.baseline?.na ? null : (p.baseline?.ms ?? null);
    const ratio = wMs !== null && bMs ? wMs / bMs : null;
    rows.push(
      row(
        'PNG export (baseline: html-to-image)',
        size,
        wMs === null ? 'n/a' : fmtMs(wMs),
        bMs === null ? 'n/a' : fmtMs(bMs),
        ratio === null ? 'n/a' : `${round(ratio, 2)}×`,
        '≤ 0.5× baseline',
        status(ratio === null ? null : ratio <= 0.5),
        [
          wr.length === 0 && `Waymark: ${naReason(p.waymark)}`,
          p.baseline?.na && `baseline: ${p.baseline.na}`,
          wr.length > 0 && `Waymark ${wr.length} run(s), baseline 1 run`,
        ]
          .filter(Boolean)
          .join('; '),
      ),
    );
    rows.push(
      row(
        'PNG export: peak JS heap growth',
        size,
        wr.length ? fmtMb(medianOf(wr, 'heapGrowth')) : 'n/a',
        p.baseline?.na ? 'n/a' : fmtMb(p.baseline?.heapGrowth),
        '',
        '',
        '',
        'JS heap only (usedJSHeapSize, page + CDP samples, minus the value before); canvas bitmaps are not in it',
      ),
    );
  }
  for (const [key, name] of [
    ['pdf', 'PDF'],
    ['word', 'Word'],
  ]) {
    if (!d.report?.[key]) continue;
    const runs = ok(d.report[key]);
    const longest = runs.length ? Math.max(...runs.map((r) => r.longestTask ?? 0)) : null;
    rows.push(
      row(
        `Report as ${name} (results preset), click → download`,
        size,
        runs.length ? fmtMs(medianOf(runs, 'ms')) : 'n/a',
        '—',
        '',
        'no task > 100 ms',
        status(longest === null ? null : longest <= 100),
        runs.length
          ? `longest main-thread task ${fmtMs(longest)}; ${fmtKb(medianOf(runs, 'bytes'))}`
          : naReason(d.report[key]),
      ),
    );
  }
  const previews = ['pdf', 'word'].flatMap((key) => ok(d.report?.[key] ?? []));
  if (previews.length) {
    const longest = Math.max(...previews.map((r) => r.previewLongestTask ?? 0));
    rows.push(
      row(
        'Report preview made again after a change of preset',
        size,
        fmtMs(medianOf(previews, 'previewMs')),
        '—',
        '',
        'no task > 100 ms',
        status(longest <= 100),
        `longest main-thread task ${fmtMs(longest)}`,
      ),
    );
  }
  if (d.json) {
    for (const kind of ['export', 'import']) {
      const runs = asRuns(d.json[kind]);
      if (runs.length === 0) continue;
      const good = ok(runs);
      rows.push(
        row(
          `JSON ${kind}`,
          size,
          good.length ? fmtMs(medianOf(good, 'ms')) : 'n/a',
          '—',
          '',
          '',
          '',
          good.length ? (good[0].note ?? `${good.length} run(s)`) : naReason(runs),
        ),
      );
    }
  }
}

function xlRows(rows, results) {
  const xl = results.xl;
  const size = xl.size;
  if (results.sizes[size]) sizeRows(rows, results.sizes[size], size, { freeze: true });
  if (xl.search) {
    const good = ok(xl.search);
    rows.push(
      row(
        'Search: query typed → match count painted',
        size,
        good.length
          ? `${fmtMs(medianOf(good, 'median'))} (max ${fmtMs(max(good.map((r) => r.max)))})`
          : 'n/a',
        '—',
        '',
        '',
        '',
        good.length
          ? `queries ${good[0].queries.map((q) => `"${q.query}" → ${q.shown}`).join(', ')}; longest task ${fmtTask(max(good.map((r) => r.longestTask)))}`
          : naReason(xl.search),
      ),
    );
  }
  if (xl.png) {
    const p = xl.png;
    rows.push(
      row(
        'PNG export: click → download',
        size,
        p.na ? 'n/a' : fmtMs(p.ms),
        '—',
        '',
        '',
        '',
        p.na ??
          `longest task ${fmtTask(p.longestTask)}, heap growth ${fmtMb(p.heapGrowth)}, file ${fmtMb(p.bytes)}`,
      ),
    );
  }
}

function loadRows(rows, load, detailSize) {
  const prefix = `×${load.rate} CPU: `;
  for (const size of Object.keys(load.sizes ?? {})
    .map(Number)
    .sort((a, b) => a - b)) {
    sizeRows(rows, load.sizes[size], size, { detailSize, prefix });
  }
  typingRows(rows, load.typing, detailSize, prefix);
  autosaveRows(rows, load.autosave, detailSize, { prefix, bytes: false });
}

function liveRows(rows, live) {
  if (live.na) {
    rows.push(row('Live: change → other clients (p95)', '', 'n/a', '—', '', '', 'n/a', live.na));
    return;
  }
  for (const r of live.load ?? []) {
    if (r.na) {
      rows.push(row(`Live, ${r.label}: change → others`, '', 'n/a', '—', '', '', 'n/a', r.na));
      continue;
    }
    rows.push(
      row(
        `Live, ${r.label}: change → arrival at the others (p50 / p95)`,
        `${r.clients} cl.`,
        `${fmtMs(r.p50)} / ${fmtMs(r.p95)}`,
        '—',
        '',
        `p95 < ${TARGETS.liveP95Ms} ms, none lost`,
        status(r.p95 !== null && r.p95 < TARGETS.liveP95Ms && r.lost === 0 && r.converged),
        `arrival = integrated into the other clients' documents; in their editor engines: ${fmtMs(r.engineP50)} / ${fmtMs(r.engineP95)}; ${r.rooms} rooms, ${r.changes} changes, ${r.received}/${r.expected} arrivals, ${r.lost} lost, ${r.converged ? 'rooms converged' : 'ROOMS DIFFER'}; max ${fmtMs(r.max)}; client loop delay p95 ${fmtMs(r.clientLoopDelayP95)}`,
      ),
    );
    rows.push(
      row(
        `Live, ${r.label}: server memory per room`,
        '',
        `${round(r.memoryPerRoomKiB / 1024, 2)} MB`,
        '—',
        '',
        '',
        '',
        `JS heap after GC, idle → ${r.rooms} rooms with their clients, ÷ rooms; RSS ${round(r.serverRssIdleKiB / 1024, 0)} → ${round(r.serverRssLoadedKiB / 1024, 0)} MB`,
      ),
    );
  }
  for (const o of live.offline ?? []) {
    rows.push(
      row(
        `Live, ${o.label}: ${o.editsPerSide} offline edits per side, then reconnect`,
        '2 cl.',
        o.na
          ? 'n/a'
          : `${o.found}/${o.expected} kept, ${o.converged ? 'converged' : 'DIFFER'} in ${fmtMs(o.convergeMs)}`,
        '—',
        '',
        'all kept, converged',
        o.na ? 'n/a' : status(o.lost === 0 && o.converged && o.valid),
        o.na ??
          `${o.valid ? 'the merged map passes the schema' : 'THE MERGED MAP FAILS THE SCHEMA'}; ${o.detail}`,
      ),
    );
  }
}

/** The storage cost of versions (lib/versions.mjs): time to save one, bytes per version. */
function versionRows(rows, v) {
  if (v.na) {
    rows.push(row('Save version', '', 'n/a', '—', '', '', '', v.na));
    return;
  }
  rows.push(
    row(
      'Save version: click → "Saved" painted',
      v.cards,
      `${fmtMs(v.saveMs)} median (max ${fmtMs(v.saveMsMax)})`,
      '—',
      '',
      '',
      '',
      `${v.saves.length} saves; longest main-thread task ${fmtMs(v.longestTask)}`,
    ),
    row(
      'Storage per version on disk',
      v.cards,
      fmtKb(v.bytesPerVersion),
      '—',
      '',
      '',
      '',
      `map file ${fmtKb(v.jsonBytes)} as JSON, kept ${v.encodings.join('/')} (${v.compression}× smaller); ${v.versions} versions stored`,
    ),
  );
  if (v.compareMs !== undefined) {
    rows.push(
      row(
        'Compare a version with the map: click → both maps drawn',
        v.cards,
        `${fmtMs(v.compareMs)} (panel shown at ${fmtMs(v.compareShownMs)})`,
        '—',
        '',
        '',
        '',
        `both maps drawn and every difference listed; longest main-thread task ${fmtMs(v.compareLongestTask)}`,
      ),
    );
  }
}

/** Builds the summary rows from `results` (see run.mjs for its shape). */
export function summarise(results) {
  const rows = [];
  const xlSize = results.xl?.size ?? null;
  const sizes = Object.keys(results.sizes ?? {})
    .map(Number)
    .filter((n) => n !== xlSize)
    .sort((a, b) => a - b);
  if (sizes.length) rows.push(section('Open and frames'));
  for (const size of sizes) {
    sizeRows(rows, results.sizes[size], size, { detailSize: results.detailSize });
  }
  const d = results.detail ?? {};
  if (Object.keys(d).length) {
    rows.push(section('Typing, autosave, export'));
    detailRows(rows, d, results.detailSize);
  }
  if (results.xl) {
    rows.push(section(`${(xlSize ?? 0).toLocaleString('en')} cards`));
    xlRows(rows, results);
  }
  if (results.load) {
    rows.push(section(`Under load: CPU throttled ×${results.load.rate} (same figures)`));
    loadRows(rows, results.load, results.detailSize);
  }
  if (results.versions) {
    rows.push(section('Versions (Save version through the Versions panel)'));
    versionRows(rows, results.versions);
  }
  if (results.live) {
    rows.push(section('Live sync (npm run bench:live)'));
    liveRows(rows, results.live);
  }
  const js = results.js;
  if (js) {
    rows.push(section('JavaScript'));
    if (js.na) {
      rows.push(row('First-screen JS (gzip)', '', 'n/a', '—', '', '< 250 KB', 'n/a', js.na));
    } else {
      rows.push(
        row(
          'First-screen JS (gzip)',
          '',
          fmtKb(js.firstScreenGzip),
          js.baseline ? fmtKb(js.baseline.firstScreenGzip) : '—',
          '',
          '< 250 KB',
          status(js.firstScreenGzip < TARGETS.firstScreenJs),
          js.firstScreenChunks.join(', '),
        ),
      );
      rows.push(
        row(
          'All JS (gzip)',
          '',
          fmtKb(js.totalJsGzip),
          js.baseline ? fmtKb(js.baseline.totalJsGzip) : '—',
          '',
          '',
          '',
          `${Object.keys(js.chunks).filter((f) => /\.m?js$/.test(f)).length} chunks`,
        ),
      );
    }
  }
  return rows;
}

function methodNote(runs) {
  const methods = [...new Set(runs.map((r) => r.method).filter(Boolean))];
  return methods.length ? `Waymark via ${methods.join(', ')}` : '';
}

/** One line naming the machine, the browser, the date and how many runs each figure is. */
export function machineLine(meta) {
  const m = meta.machine ?? meta;
  const load = m.loadAverage
    ? `; load average ${m.loadAverage.start ?? '?'} at the start, ${m.loadAverage.end ?? '?'} at the end`
    : '';
  const git = meta.git?.commit
    ? `; commit ${meta.git.commit.slice(0, 10)}${meta.git.dirty ? ' + uncommitted changes' : ''}`
    : '';
  return [
    `Run ${meta.startedAt?.replace('T', ' ').slice(0, 16)} UTC, ${meta.durationS ?? '?'} s${git}.`,
    `Machine: ${m.cpus} cores (${m.cpuModel}), ${m.memoryGb} GB RAM, ${m.os ?? ''}${load}.`,
    meta.chromium
      ? `Chromium ${meta.chromium} headless, --disable-gpu (software rendering); node ${meta.node}.`
      : `No browser in this run; node ${meta.node}.`,
    `Each browser figure: median of ${meta.reps} alternating run(s) (Waymark, baseline, baseline, Waymark, …), opens of ${meta.openReps ?? meta.reps}, unless its note says otherwise; live figures: one run each.`,
  ].join('\n');
}

/** A fixed-width table for the terminal. */
export function formatTable(rows) {
  const head = ['Figure', 'Cards', 'Waymark', 'Baseline', 'vs base', 'Target', 'Result'];
  const body = rows
    .filter((r) => !r.section)
    .map((r) => [
      r.figure,
      String(r.size ?? ''),
      r.waymark,
      r.baseline,
      r.relation,
      r.target,
      r.status,
    ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((line) => line[i].length)));
  const line = (cells) =>
    cells
      .map((c, i) => c.padEnd(widths[i]))
      .join('  ')
      .trimEnd();
  const out = [
    'Frames cells: median / p95 / max rAF delta, and the share of frames over 16.7 ms.',
    line(head),
    widths.map((w) => '─'.repeat(w)).join('  '),
  ];
  for (const r of rows) {
    if (r.section) {
      out.push(`── ${r.section} ${'─'.repeat(Math.max(0, 60 - r.section.length))}`);
      continue;
    }
    out.push(
      line([r.figure, String(r.size ?? ''), r.waymark, r.baseline, r.relation, r.target, r.status]),
    );
    if (r.note) out.push(`${' '.repeat(widths[0] + 2)}↳ ${r.note}`);
  }
  return out.join('\n');
}
