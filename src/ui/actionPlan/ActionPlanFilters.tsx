import type { Phase } from '../../domain/schema';
import { RECOMMENDATION_STATUSES } from '../../domain/vocabulary';
import { FilterSelect } from './FilterSelect';
import { statusLabel } from './format';
import { STALE_AFTER_DAYS, type FlagFilter, type GroupBy, type RowFilters } from './rows';

/**
 * The action plan's toolbar: search, a filter for each of status, theme, owner, phase, rating
 * and due-date flag, and what to group the rows by.
 */
export function ActionPlanFilters({
  filters,
  onFilter,
  groupBy,
  onGroupBy,
  themes,
  owners,
  phases,
  ratings,
}: {
  filters: RowFilters;
  onFilter: (change: Partial<RowFilters>) => void;
  groupBy: GroupBy;
  onGroupBy: (groupBy: GroupBy) => void;
  /** The themes and owners in use, for their filters. */
  themes: readonly string[];
  owners: readonly string[];
  phases: readonly Phase[];
  /** The rating filter's choices, [value, text] (rows.ts `ratingChoices`). */
  ratings: readonly (readonly [string, string])[];
}) {
  return (
    <div className="action-plan__toolbar" role="group" aria-label="Filter and group">
      <label>
        Search actions
        <input
          type="search"
          value={filters.text}
          onChange={(e) => onFilter({ text: e.target.value })}
        />
      </label>
      <FilterSelect
        label="Filter by status"
        allLabel="All statuses"
        value={filters.status}
        options={RECOMMENDATION_STATUSES.map((s) => [s, statusLabel(s)] as const)}
        onChange={(status) => onFilter({ status })}
      />
      <FilterSelect
        label="Filter by theme"
        allLabel="All themes"
        value={filters.theme}
        options={themes.map((theme) => [theme, theme] as const)}
        onChange={(theme) => onFilter({ theme })}
      />
      <FilterSelect
        label="Filter by owner"
        allLabel="All owners"
        value={filters.owner}
        options={owners.map((owner) => [owner, owner] as const)}
        onChange={(owner) => onFilter({ owner })}
      />
      <FilterSelect
        label="Filter by phase"
        allLabel="All phases"
        value={filters.phase}
        options={phases.map((phase) => [phase.id, phase.name || 'Untitled phase'] as const)}
        onChange={(phase) => onFilter({ phase })}
      />
      <FilterSelect
        label="Filter by rating"
        allLabel="Any rating"
        value={filters.rating}
        options={ratings}
        onChange={(rating) => onFilter({ rating })}
      />
      <label>
        Filter by flag
        <select
          value={filters.flag}
          onChange={(e) => onFilter({ flag: e.target.value as FlagFilter })}
        >
          <option value="">Any</option>
          <option value="overdue">Overdue</option>
          <option value="due-soon">Due soon</option>
          <option value="stale">No update for {STALE_AFTER_DAYS}+ days</option>
        </select>
      </label>
      <label>
        Group by
        <select value={groupBy} onChange={(e) => onGroupBy(e.target.value as GroupBy)}>
          <option value="none">No grouping</option>
          <option value="phase">Phase</option>
          <option value="theme">Theme</option>
          <option value="owner">Owner</option>
          <option value="status">Status</option>
        </select>
      </label>
    </div>
  );
}
