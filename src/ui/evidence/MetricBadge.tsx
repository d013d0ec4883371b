import { describeMetricStatus, METRIC_STATUS_LABELS, metricStatus } from '../../domain/metrics';
import type { MetricCard } from '../../domain/schema';
import './evidence.css';

/** The metric whose status the badge shows. */
export interface MetricBadgeProps {
  card: Pick<MetricCard, 'value' | 'target' | 'direction' | 'unit'>;
}

const ICONS = { 'on-track': '✓', 'off-track': '✗', 'no-target': '–', 'no-value': '?' } as const;

/**
 * "On track" / "Off track" / "No target" / "Not measured" for a metric card, with a mark that
 * does not rely on colour and the full sentence ("Off track: 70% against a target of 80%
 * (higher is better)") for screen readers and as a tooltip.
 */
export function MetricBadge({ card }: MetricBadgeProps) {
  const status = metricStatus(card);
  const description = describeMetricStatus(card);
  return (
    <span className={`ev-metric-badge ev-metric-badge--${status}`} title={description}>
      <span aria-hidden="true">
        {ICONS[status]} {METRIC_STATUS_LABELS[status]}
      </span>
      <span className="visually-hidden">{description}</span>
    </span>
  );
}
