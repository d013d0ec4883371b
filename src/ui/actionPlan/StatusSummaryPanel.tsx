import { useId, useMemo, useState } from 'react';
import {
  compareSummaries,
  type StatusCounts,
  type SummaryGrouping,
  type SummaryRow,
} from '../../domain/actionPlan';
import type { JourneyMap } from '../../domain/schema';
import { RECOMMENDATION_STATUSES } from '../../domain/vocabulary';
import { formatDate, isIsoDate } from '../../domain/dates';
import { statusLabel } from './format';

/**
 * The status summary table by theme (in the plan's theme order) or by phase, with totals, now
 * or "as at" a chosen date; "Compare with…" an earlier date puts the counts of then beside
 * them and adds the month-on-month table of seed 004 ("carried forward from the September
 * update" against October). Statuses on a date are read from the progress logs and carried
 * forward (domain/planStatus.ts); each action, or recommendation without actions, counts once.
 */
export function StatusSummaryPanel({ map, today }: { map: JourneyMap; today: string }) {
  const headingId = useId();
  const [by, setBy] = useState<SummaryGrouping>('theme');
  const [compareWith, setCompareWith] = useState('');
  const [asAtInput, setAsAt] = useState('');
  const asAt = isIsoDate(asAtInput) ? asAtInput : null;
  const comparing = isIsoDate(compareWith);
  const comparison = useMemo(
    () => compareSummaries(map, today, comparing ? compareWith : (asAt ?? today), by, asAt),
    [map, today, compareWith, comparing, by, asAt],
  );
  const when = asAt === null ? `Now (${formatDate(today)})` : formatDate(asAt);
  const earlierRows = new Map(comparison.earlier.rows.map((row) => [row.key, row]));
  const groupName = by === 'theme' ? 'Theme' : 'Phase';
  const then = formatDate(compareWith);

  const counts = (row: SummaryRow, earlier: StatusCounts | undefined, earlierTotal?: number) => (
    <>
      {RECOMMENDATION_STATUSES.map((status) => (
        <td key={status} className={row.counts[status] === 0 ? 'action-plan__zero' : undefined}>
          {row.counts[status]}
          {comparing && earlier && (
            <span className="action-plan__was"> (was {earlier[status]})</span>
          )}
        </td>
      ))}
      <td>
        {row.total}
        {comparing && earlierTotal !== undefined && (
          <span className="action-plan__was"> (was {earlierTotal})</span>
        )}
      </td>
    </>
  );

  return (
    <section className="action-plan__summary" aria-labelledby={headingId}>
      <h3 id={headingId}>Status summary</h3>
      <div className="action-plan__toolbar">
        <fieldset className="action-plan__radios">
          <legend>Summarise by</legend>
          {(['theme', 'phase'] as const).map((value) => (
            <label key={value}>
              <input
                type="radio"
                name={`${headingId}-by`}
                value={value}
                checked={by === value}
                onChange={() => setBy(value)}
              />
              {value === 'theme' ? 'Theme' : 'Phase'}
            </label>
          ))}
        </fieldset>
        <label>
          As at
          <input type="date" value={asAtInput} onChange={(e) => setAsAt(e.target.value)} />
        </label>
        {asAt !== null && (
          <button type="button" onClick={() => setAsAt('')}>
            Show now
          </button>
        )}
        <label>
          Compare with…
          <input
            type="date"
            value={compareWith}
            max={asAt ?? today}
            onChange={(e) => setCompareWith(e.target.value)}
          />
        </label>
        {comparing && (
          <button type="button" onClick={() => setCompareWith('')}>
            Stop comparing
          </button>
        )}
      </div>
      <div className="action-plan__scroll">
        <table className="action-plan__summary-table">
          <caption>
            Status by {by}
            {asAt !== null && ` as at ${formatDate(asAt)}`}
            {comparing && `, ${asAt === null ? 'now ' : ''}and (in brackets) on ${then}`}
          </caption>
          <thead>
            <tr>
              <th scope="col">{groupName}</th>
              {RECOMMENDATION_STATUSES.map((status) => (
                <th key={status} scope="col">
                  {statusLabel(status)}
                </th>
              ))}
              <th scope="col">Total</th>
            </tr>
          </thead>
          <tbody>
            {comparison.current.rows.length === 0 && (
              <tr>
                <td colSpan={RECOMMENDATION_STATUSES.length + 2}>No recommendations yet.</td>
              </tr>
            )}
            {comparison.current.rows.map((row) => {
              const earlier = earlierRows.get(row.key);
              return (
                <tr key={row.key}>
                  <th scope="row">{row.label}</th>
                  {counts(row, earlier?.counts, earlier?.total)}
                </tr>
              );
            })}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">Total</th>
              {counts(
                comparison.current.totals,
                comparison.earlier.totals.counts,
                comparison.earlier.totals.total,
              )}
            </tr>
          </tfoot>
        </table>
      </div>
      {comparing && (
        <div className="action-plan__scroll">
          <table className="action-plan__summary-table action-plan__comparison">
            <caption>Month on month</caption>
            <thead>
              <tr>
                <th scope="col">Status</th>
                <th scope="col">Carried forward from {then}</th>
                <th scope="col">{when}</th>
                <th scope="col">Change</th>
              </tr>
            </thead>
            <tbody>
              {comparison.byStatus.map((row) => (
                <tr key={row.status}>
                  <th scope="row">{row.label}</th>
                  <td>{row.earlier}</td>
                  <td>{row.current}</td>
                  <td>{row.change > 0 ? `+${row.change}` : row.change}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">Total</th>
                <td>{comparison.totals.earlier}</td>
                <td>{comparison.totals.current}</td>
                <td>{comparison.totals.current - comparison.totals.earlier}</td>
              </tr>
            </tfoot>
          </table>
          <p className="action-plan__muted">
            Each action (or recommendation without actions) counts once. Its status on a date is the
            one of its latest progress update on or before it, carried forward; with no update by
            then it counts as not started.
          </p>
        </div>
      )}
    </section>
  );
}
