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
