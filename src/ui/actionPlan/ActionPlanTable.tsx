import type { ComponentProps } from 'react';
import { ActionPlanRow } from './ActionPlanRow';
import { COLUMNS, type GroupBy, type RowGroup, type Sort, type SortKey } from './rows';
import './planTableScroll.css';

/** What every row of the table gets, besides its own row and whether it is expanded. */
type RowProps = Omit<ComponentProps<typeof ActionPlanRow>, 'row' | 'expanded'>;

/**
 * The table of recommendations: sortable column headers (`aria-sort` on the sorted one), the
 * groups under their headings, and a sentence when no row is shown. It scrolls inside a region
 * of its own, no taller than the window (its scroll bars stay on screen; the keyboard scrolls
 * it once focused), with the header row and the number and action columns pinned
 * (planTableScroll.css).
 */
export function ActionPlanTable({
  groups,
  groupBy,
  sort,
  onSort,
  shownCount,
  totalCount,
  expanded,
  rowProps,
}: {
  groups: readonly RowGroup[];
  groupBy: GroupBy;
  sort: Sort;
  onSort: (key: SortKey) => void;
  /** Rows shown after the filters, and rows in all. */
  shownCount: number;
  totalCount: number;
  /** What is open: progress logs (by card id), responses and action logs (see the row). */
  expanded: ReadonlySet<string>;
  rowProps: RowProps;
}) {
  return (
    // A focusable, named scroll region (WCAG 2.1.1): the arrow keys scroll it.
    <div
      className="action-plan__scroll"
      role="region"
      aria-label="Recommendations table"
      tabIndex={0}
    >
      <table className="action-plan__table">
        <caption className="visually-hidden">Recommendations</caption>
        <thead>
          <tr>
            {COLUMNS.map((column) => {
              const sorted = column.key !== null && sort.key === column.key;
              return (
                <th
                  key={column.label}
                  scope="col"
                  aria-sort={
                    column.key === null
                      ? undefined
                      : sorted
                        ? sort.dir === 'asc'
                          ? 'ascending'
                          : 'descending'
                        : 'none'
                  }
                >
                  {column.key === null ? (
                    column.label
                  ) : (
                    <button
                      type="button"
                      className="action-plan__sort"
                      onClick={() => onSort(column.key as SortKey)}
                    >
                      {column.label}
                      <span aria-hidden="true">
                        {sorted ? (sort.dir === 'asc' ? ' ▲' : ' ▼') : ''}
                      </span>
                    </button>
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        {shownCount === 0 && (
          <tbody>
            <tr>
              <td colSpan={COLUMNS.length} className="action-plan__empty">
                {totalCount === 0
                  ? 'No recommendations yet. Add one to start the action plan.'
                  : 'No recommendation matches these filters.'}
              </td>
            </tr>
          </tbody>
        )}
        {groups.map((group) =>
          group.rows.length === 0 ? null : (
            <tbody key={group.key}>
              {groupBy !== 'none' && (
                <tr className="action-plan__group">
                  <th scope="rowgroup" colSpan={COLUMNS.length}>
                    {group.label} ({group.rows.length})
                  </th>
                </tr>
              )}
              {group.rows.map((row) => (
                <ActionPlanRow key={row.card.id} row={row} expanded={expanded} {...rowProps} />
              ))}
            </tbody>
          ),
        )}
      </table>
    </div>
  );
}
