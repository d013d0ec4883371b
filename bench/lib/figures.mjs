/**
 * The bench's figures as a flat list, for the regression check (compare.mjs): each figure has a
 * stable key, its unit, which way is better, the value the table reports and the per-run values
 * its noise is estimated from. Read from the raw runs, so a results file written by an older
 * bench (with the same raw shape) can be compared too.
 */
import { max, median } from './stats.mjs';

const MB = 1024 * 1024;
const finite = (v) => typeof v === 'number' && Number.isFinite(v);
/** A figure recorded as one object by older benches, as a list of runs by this one. */
const asRuns = (x) => (Array.isArray(x) ? x : x ? [x] : []);
const good = (runs) => asRuns(runs).filter((r) => r && !r.na);
const field = (runs, key) => good(runs).map((r) => r[key]);

/** Per-run values of Waymark minus / over the baseline, run by run (runs alternate in pairs). */
function paired(w, b, fn) {
  const out = [];
  for (let i = 0; i < Math.min(w?.length ?? 0, b?.length ?? 0); i++) {
    if (!w[i] || !b[i] || w[i].na || b[i].na) continue;
    const v = fn(w[i], b[i]);
    if (finite(v)) out.push(v);
  }
  return out;
}

/**
 * The figures of `results`: [{ key, label, unit, better, value, runs }]. `value` is the median of
 * `runs` unless the table reports another statistic (a maximum), `better` is always 'lower'.
 */
export function figuresOf(results) {
  const out = [];
  const add = (key, label, unit, runs, statistic = median, oneRunNoise = undefined) => {
    const xs = runs.filter(finite);
    if (xs.length === 0) return;
    const figure = { key, label, unit, better: 'lower', value: statistic(xs), runs: xs };
    if (oneRunNoise !== undefined) figure.oneRunNoise = oneRunNoise;
    out.push(figure);
  };

  const sizeFigures = (store, keyPrefix, labelPrefix) => {
    for (const [size, s] of Object.entries(store ?? {})) {
      const at = `${labelPrefix}${Number(size).toLocaleString('en')} cards`;
      const w = s.open?.waymark ?? [];
      const b = s.open?.baseline ?? [];
      add(`${keyPrefix}open.ms@${size}`, `open → painted (${at})`, 'ms', field(w, 'ms'));
      add(
        `${keyPrefix}open.ratio@${size}`,
        `open, Waymark ÷ baseline (${at})`,
        '×',
        paired(w, b, (x, y) => (y.ms ? x.ms / y.ms : null)),
      );
      add(
        `${keyPrefix}open.longestTask@${size}`,
        `longest task while opening (${at})`,
        'ms',
        good(w).map((r) => r.longTasks?.longest),
        max,
      );
      add(
        `${keyPrefix}openAfterGc.ms@${size}`,
        `open right after a forced GC (${at})`,
        'ms',
        field(s.openAfterGc?.waymark, 'ms'),
      );
      add(
        `${keyPrefix}heap@${size}`,
        `JS heap after opening (${at})`,
        'MB',
        field(s.memory?.waymark, 'usedBytes').map((v) => v / MB),
      );
      for (const kind of ['pan', 'zoom', 'drag']) {
        if (!s[kind]) continue;
        const wr = s[kind].waymark ?? [];
        const br = s[kind].baseline ?? [];
        add(
          `${keyPrefix}${kind}.over@${size}`,
          `${kind}: frames over 16.7 ms (${at})`,
          'pts',
          field(wr, 'overBudgetShare'),
        );
        add(
          `${keyPrefix}${kind}.overVsBaseline@${size}`,
          `${kind}: frames over, Waymark − baseline (${at})`,
          'pts',
          paired(wr, br, (x, y) => x.overBudgetShare - y.overBudgetShare),
        );
        add(
          `${keyPrefix}${kind}.p95@${size}`,
          `${kind}: p95 frame (${at})`,
          'ms',
          field(wr, 'p95'),
        );
        if (kind === 'drag')
          add(
            `${keyPrefix}drag.max@${size}`,
            `drag: longest frame (${at})`,
            'ms',
            field(wr, 'max'),
            max,
          );
        if (kind === 'pan')
          add(
            `${keyPrefix}pan.longestTask@${size}`,
            `pan: longest task (${at})`,
            'ms',
            field(wr, 'longestTask'),
            max,
          );
      }
    }
  };

  const typingFigures = (runs, keyPrefix, labelPrefix) => {
    add(
      `${keyPrefix}typing.median`,
      `${labelPrefix}typing: keypress → paint, median`,
      'ms',
      field(runs, 'median'),
    );
    add(
      `${keyPrefix}typing.p95`,
      `${labelPrefix}typing: keypress → paint, p95`,
      'ms',
      field(runs, 'p95'),
    );
  };
  const autosaveFigures = (runs, keyPrefix, labelPrefix) => {
    add(
      `${keyPrefix}autosave.block`,
      `${labelPrefix}autosave: longest task per save`,
      'ms',
      field(runs, 'blockMedian'),
    );
    add(
      `${keyPrefix}autosave.commit`,
      `${labelPrefix}autosave: keypress → "Saved"`,
      'ms',
      field(runs, 'commitMedian'),
    );
  };

  sizeFigures(results.sizes, '', '');
  const d = results.detail ?? {};
  typingFigures(d.typing, '', '');
  autosaveFigures(d.autosave, '', '');
  add(
    'writes.bytesPerKeystroke',
    'bytes written per title keystroke (max)',
    'KB',
    asRuns(d.autosave)
      .filter((r) => r && finite(r.bytesMax) && !r.writesNa)
      .map((r) => r.bytesMax / 1024),
    max,
  );
  add('png.ms', 'PNG export (Waymark)', 'ms', field(d.png?.waymark, 'ms'));
  add('report.pdf.ms', 'report as PDF', 'ms', field(d.report?.pdf, 'ms'));
  add('report.word.ms', 'report as Word', 'ms', field(d.report?.word, 'ms'));
  add('json.export.ms', 'JSON export', 'ms', field(d.json?.export, 'ms'));
  add('json.import.ms', 'JSON import', 'ms', field(d.json?.import, 'ms'));

  if (results.xl) {
    add(
      'xl.search.ms',
      'search at the big map: query → count painted',
      'ms',
      field(results.xl.search, 'median'),
    );
    add('xl.png.ms', 'PNG export at the big map', 'ms', field(results.xl.png, 'ms'));
  }
  if (results.load) {
    const p = `×${results.load.rate} CPU: `;
    sizeFigures(results.load.sizes, 'load.', p);
    typingFigures(results.load.typing, 'load.', p);
    autosaveFigures(results.load.autosave, 'load.', p);
  }
  for (const r of results.live?.load ?? []) {
    if (r.na) continue;
    const key = `live.${r.instances}`;
    add(`${key}.p50`, `live (${r.label}): change → others, p50`, 'ms', [r.p50]);
    add(`${key}.p95`, `live (${r.label}): change → others, p95`, 'ms', [r.p95]);
    add(`${key}.engineP95`, `live (${r.label}): change → others' engine, p95`, 'ms', [r.engineP95]);
    add(`${key}.lost`, `live (${r.label}): changes lost`, 'count', [r.lost]);
    add(`${key}.memoryPerRoom`, `live (${r.label}): server memory per room`, 'MB', [
      r.memoryPerRoomKiB / 1024,
    ]);
  }
  for (const o of results.live?.offline ?? []) {
    if (o.na) continue;
    add(`live.offline.${o.instances}.lost`, `offline edits lost (${o.label})`, 'count', [o.lost]);
    add(`live.offline.${o.instances}.convergeMs`, `reconnect → converged (${o.label})`, 'ms', [
      o.convergeMs,
    ]);
  }
  if (results.js && !results.js.na) {
    // Sizes do not vary from run to run: 2 % is a real change.
    const js = results.js;
    add(
      'js.firstScreen',
      'first-screen JS (gzip)',
      'KB',
      [js.firstScreenGzip / 1024],
      median,
      0.02,
    );
    add('js.total', 'all JS (gzip)', 'KB', [js.totalJsGzip / 1024], median, 0.02);
  }
  return out;
}
