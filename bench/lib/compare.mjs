/**
 * The regression check: the figures of a run against those of a reference run (by default the
 * committed bench/results/latest.json), each judged against the run-to-run noise.
 *
 * A figure got WORSE when its value moved the wrong way by more than its threshold:
 *   threshold = max(spread of the reference's runs, spread of this run's runs,
 *                   5 % of the reference value, the unit's floor (UNIT_FLOOR))
 * where a spread is max − min over the repetitions (each figure is the median of ≥ 3 alternating
 * runs, so the spread is how far runs of one machine state disagree). A figure measured once in
 * either run has no spread: 20 % of the reference value stands in for it (2 % for JS sizes,
 * which do not vary; 0 for counts such as changes lost, where any increase is a regression).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { figuresOf } from './figures.mjs';
import { round } from './stats.mjs';

/** Differences smaller than these are never called a regression, whatever the noise. */
// pts: one frame of the ~45 a gesture records is 2.2 points of "frames over 16.7 ms".
export const UNIT_FLOOR = { ms: 1, pts: 2.5, '×': 0.05, MB: 0.5, KB: 0.5, count: 0 };
const RELATIVE_FLOOR = 0.05;
const ONE_RUN_NOISE = 0.2;

const spread = (runs) => (runs.length > 1 ? Math.max(...runs) - Math.min(...runs) : null);

/** The threshold a change of `before` → `after` (figures of figuresOf) must exceed. */
export function thresholdOf(before, after) {
  const oneRun = before.runs.length < 2 || after.runs.length < 2;
  const relative = oneRun
    ? (before.oneRunNoise ?? (before.unit === 'count' ? 0 : ONE_RUN_NOISE))
    : RELATIVE_FLOOR;
  const parts = [
    spread(before.runs) ?? 0,
    spread(after.runs) ?? 0,
    relative * Math.abs(before.value),
    UNIT_FLOOR[before.unit] ?? 0,
  ];
  return { threshold: Math.max(...parts), oneRun };
}

/**
 * Compares two results objects (run.mjs's JSON). Returns { rows, worse, better, same, onlyIn }
 * where each row is { key, label, unit, before, after, change, threshold, oneRun, verdict }.
 */
export function compareResults(reference, current) {
  const before = new Map(figuresOf(reference).map((f) => [f.key, f]));
  const after = new Map(figuresOf(current).map((f) => [f.key, f]));
  const rows = [];
  for (const [key, a] of after) {
    const b = before.get(key);
    if (!b) continue;
    const { threshold, oneRun } = thresholdOf(b, a);
    const change = a.better === 'lower' ? a.value - b.value : b.value - a.value;
    const verdict = change > threshold ? 'worse' : -change > threshold ? 'better' : 'same';
    rows.push({
      key,
      label: a.label,
      unit: a.unit,
      before: b.value,
      after: a.value,
      change: a.value - b.value,
      threshold,
      oneRun,
      verdict,
    });
  }
  return {
    rows,
    worse: rows.filter((r) => r.verdict === 'worse'),
    better: rows.filter((r) => r.verdict === 'better'),
    same: rows.filter((r) => r.verdict === 'same'),
    onlyInReference: [...before.keys()].filter((k) => !after.has(k)),
    onlyInCurrent: [...after.keys()].filter((k) => !before.has(k)),
  };
}

const fmt = (v, unit) => `${round(v, Math.abs(v) < 10 ? 2 : 0)}${unit === '×' ? '×' : ` ${unit}`}`;

const describe = (m) =>
  `run ${m?.startedAt ?? '?'}, ${m?.cpus ?? '?'} cores, Chromium ${m?.chromium ?? '?'}, load average ${m?.loadAverage?.start ?? 'not recorded'}`;

/** The comparison as text for the terminal; the metas say which machine states are compared. */
export function formatComparison(comparison, referenceMeta, referenceName, currentMeta = null) {
  const lines = [
    `Regression check against ${referenceName} (${describe(referenceMeta)}):`,
    `${comparison.rows.length} figures compared: ${comparison.worse.length} worse, ${comparison.better.length} better, ${comparison.same.length} within the noise.`,
  ];
  if (currentMeta) {
    lines.splice(1, 0, `This run: ${describe(currentMeta)}.`);
    const [a, b] = [referenceMeta?.loadAverage?.start, currentMeta.loadAverage?.start];
    if (typeof a !== 'number' || typeof b !== 'number' || Math.abs(a - b) > 1)
      lines.splice(
        2,
        0,
        'The machine may have been busier in one run than in the other: trust the ratios and differences to the baseline more than absolute times.',
      );
  }
  const line = (r) =>
    `  ${r.verdict === 'worse' ? 'WORSE ' : 'better'}  ${r.label}: ${fmt(r.before, r.unit)} → ${fmt(r.after, r.unit)} (${r.change >= 0 ? '+' : ''}${fmt(r.change, r.unit)}; noise ±${fmt(r.threshold, r.unit)}${r.oneRun ? ', one run' : ''})`;
  for (const r of comparison.worse) lines.push(line(r));
  for (const r of comparison.better) lines.push(line(r));
  if (comparison.onlyInCurrent.length)
    lines.push(`  new figures, nothing to compare with: ${comparison.onlyInCurrent.length}`);
  if (comparison.onlyInReference.length)
    lines.push(`  figures of the reference not measured now: ${comparison.onlyInReference.length}`);
  return lines.join('\n');
}

/**
 * Reads a reference run: a file path, or `git:<rev>` / `HEAD` for bench/results/latest.json as
 * committed at that revision. Throws an Error saying what could not be read.
 */
export function readReference(source, root) {
  if (source === 'HEAD' || source.startsWith('git:')) {
    const rev = source === 'HEAD' ? 'HEAD' : source.slice(4);
    const text = execFileSync('git', ['show', `${rev}:bench/results/latest.json`], {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return { name: `bench/results/latest.json at ${rev}`, results: JSON.parse(text) };
  }
  return { name: source, results: JSON.parse(readFileSync(source, 'utf8')) };
}
