/** Small statistics for the benchmark's figures. */

/** A frame "over budget" took longer than one 60 Hz frame; see FRAME_JITTER_MS in README. */
export const FRAME_BUDGET_MS = 16.7;
/** rAF timestamps jitter by a fraction of a millisecond; a missed frame is ≥ 33 ms. */
export const FRAME_JITTER_MS = 2;

export function median(values) {
  const xs = values.filter((v) => typeof v === 'number' && Number.isFinite(v));
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

export function percentile(values, p) {
  const xs = values.filter((v) => typeof v === 'number' && Number.isFinite(v));
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const rank = Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1));
  return s[rank];
}

export function max(values) {
  const xs = values.filter((v) => typeof v === 'number' && Number.isFinite(v));
  return xs.length ? Math.max(...xs) : null;
}

/** Median, p95, max and share of frames over budget (in %) of rAF deltas. */
export function frameStats(deltas) {
  if (!deltas || deltas.length === 0) return null;
  const over = deltas.filter((d) => d > FRAME_BUDGET_MS + FRAME_JITTER_MS).length;
  return {
    frames: deltas.length,
    median: median(deltas),
    p95: percentile(deltas, 95),
    max: max(deltas),
    overBudgetShare: (100 * over) / deltas.length,
  };
}

/** Median of each numeric field over runs that produced a value (ignores n/a runs). */
export function medianOf(runs, field) {
  return median(runs.filter((r) => r && !r.na).map((r) => r[field]));
}

export const round = (v, digits = 1) =>
  v === null || v === undefined || !Number.isFinite(v) ? null : Number(v.toFixed(digits));
