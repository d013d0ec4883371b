/**
 * Metric cards against their targets, as in a scrutiny report's service standards table
 * ("80% of calls answered within 4 minutes — 70%": off track).
 */
import type { MetricCard } from './schema';

/**
 * - `on-track`: the value meets or beats the target (meeting it exactly counts as on track).
 * - `off-track`: the value misses the target.
 * - `no-target`: no target is set, so there is nothing to judge against.
 * - `no-value`: a target is set but nothing has been measured yet.
 */
export type MetricStatus = 'on-track' | 'off-track' | 'no-target' | 'no-value';

/** Each metric status in words. */
export const METRIC_STATUS_LABELS: Record<MetricStatus, string> = {
  'on-track': 'On track',
  'off-track': 'Off track',
  'no-target': 'No target',
  'no-value': 'Not measured',
};

/**
 * Whether a metric meets its target, honouring its direction: for `higher-is-better` (a
 * satisfaction score, a share of calls answered) the value must be at least the target; for
 * `lower-is-better` (minutes to ring back, hours to answer an email) at most the target.
 * Value and target must be in the same unit (the card has one `unit` for both).
 */
export function metricStatus(
  card: Pick<MetricCard, 'value' | 'target' | 'direction'>,
): MetricStatus {
  if (card.target === null) return 'no-target';
  if (card.value === null) return 'no-value';
  const met =
    card.direction === 'lower-is-better' ? card.value <= card.target : card.value >= card.target;
  return met ? 'on-track' : 'off-track';
}

function formatNumber(value: number, unit: string): string {
  const text = Number.isInteger(value) ? String(value) : String(Math.round(value * 100) / 100);
  if (unit === '') return text;
  return unit === '%' ? `${text}%` : `${text} ${unit}`;
}

const AMOUNT = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 4 });

/** A metric's number with its unit, as cards show it: "70%", "70 % of calls", "1,250". */
export function metricAmount(value: number, unit: string): string {
  const text = AMOUNT.format(value);
  if (unit === '') return text;
  return unit === '%' ? `${text}%` : `${text} ${unit}`;
}

/**
 * A metric's value against its target, as the canvas card and the exported map both write it:
 * "70 % of calls (target 80 % of calls)", "– (target 80%)" before anything is measured, "70%"
 * with no target; empty when neither is set.
 */
export function metricReading(card: Pick<MetricCard, 'value' | 'target' | 'unit'>): string {
  if (card.value === null && card.target === null) return '';
  const value = card.value === null ? '–' : metricAmount(card.value, card.unit);
  const target = card.target === null ? '' : ` (target ${metricAmount(card.target, card.unit)})`;
  return `${value}${target}`;
}

/** The on/off-track judgement in words with a mark that does not rely on colour: "✗ Off track". */
export function metricVerdict(card: Pick<MetricCard, 'value' | 'target' | 'direction'>): string {
  const status = metricStatus(card);
  if (status === 'on-track') return `✓ ${METRIC_STATUS_LABELS[status]}`;
  if (status === 'off-track') return `✗ ${METRIC_STATUS_LABELS[status]}`;
  return '';
}

/**
 * The status in a sentence, for a badge's text alternative:
 * "Off track: 70% against a target of 80% (higher is better)".
 */
export function describeMetricStatus(
  card: Pick<MetricCard, 'value' | 'target' | 'direction' | 'unit'>,
): string {
  const status = metricStatus(card);
  const label = METRIC_STATUS_LABELS[status];
  const better = card.direction === 'lower-is-better' ? 'lower is better' : 'higher is better';
  if (card.target === null) {
    return card.value === null
      ? `${label}: no value and no target yet`
      : `${label}: ${formatNumber(card.value, card.unit)}, no target set`;
  }
  const target = formatNumber(card.target, card.unit);
  if (card.value === null) return `${label}: the target is ${target} (${better})`;
  return `${label}: ${formatNumber(card.value, card.unit)} against a target of ${target} (${better})`;
}
