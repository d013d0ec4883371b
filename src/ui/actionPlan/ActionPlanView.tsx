import {
  Fragment,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type ChangeEvent,
  type KeyboardEvent,
} from 'react';
import {
  daysSinceLastUpdate,
  isDueSoon,
  isOverdue,
  isStale,
  latestUpdate,
  recommendationsOf,
  type ActionPlanItem,
} from '../../domain/actionPlan';
import { formatDate, todayIso } from '../../domain/dates';
import { type CardPatch } from '../../domain/edits';
import { plural } from '../../domain/words';
import type { RecommendationCard } from '../../domain/schema';
import { RECOMMENDATION_STATUSES, type RecommendationStatus } from '../../domain/vocabulary';
import { actionPlanToCsv, type CsvProblem } from '../../export/actionPlanCsv';
import { ACTION_PLAN_READS, readSheetFile } from '../../export/readSheetFile';
import { useEditor, useEditorApi } from '../../bindings/EditorProvider';
import { actionPlan } from '../../editor/operations';
import { downloadBlob, fileNameFor } from '../common/download';
import { AddRecommendationForm } from './AddRecommendationForm';
import { FilterSelect } from './FilterSelect';
import { quoted, statusLabel } from './format';
import { ProgressLog } from './ProgressLog';
import { StatusBadge } from './StatusBadge';
import { StatusSummaryPanel } from './StatusSummaryPanel';
import './actionPlan.css';

export interface ActionPlanViewProps {
  /** Shows the card on the map (the editor closes the view, selects and scrolls to it). */
  onReveal(cardId: string): void;
  onClose(): void;
  /** `YYYY-MM-DD`; defaults to the current date. Tests pass a fixed one. */
  today?: string;
}

/** Days without an update before a recommendation is flagged "No update for N days". */
export const STALE_AFTER_DAYS = 30;
/** Days ahead of the due date a recommendation is flagged "Due soon". */
export const DUE_SOON_DAYS = 14;

type SortKey =
  | 'action'
  | 'theme'
  | 'step'
  | 'answers'
  | 'owner'
  | 'target'
  | 'revised'
  | 'completed'
  | 'status'
  | 'lastUpdate';
type GroupBy = 'none' | 'phase' | 'theme' | 'owner' | 'status';
type FlagFilter = '' | 'overdue' | 'due-soon' | 'stale';

interface Row extends ActionPlanItem {
  /** Position in journey order. */
  index: number;
  overdue: boolean;
  dueSoon: boolean;
  staleDays: number | null;
  lastUpdateDate: string | null;
  lastUpdateText: string;
}

const COLUMNS: { key: SortKey | null; label: string }[] = [
  { key: 'action', label: 'Action' },
  { key: 'theme', label: 'Theme' },
  { key: 'step', label: 'Phase / step' },
  { key: 'answers', label: 'Answers' },
  { key: 'owner', label: 'Owner' },
  { key: 'target', label: 'Target' },
  { key: 'revised', label: 'Revised' },
  { key: 'completed', label: 'Completed' },
  { key: 'status', label: 'Status' },
  { key: 'lastUpdate', label: 'Last update' },
  { key: null, label: 'Flags' },
];

/** The value a column sorts by; null sorts last whichever the direction. */
function sortValue(row: Row, key: SortKey): string | number | null {
  const text = (value: string) => (value.trim() === '' ? null : value.trim().toLowerCase());
  switch (key) {
    case 'action':
      return text(row.card.title);
    case 'theme':
      return text(row.card.theme);
    case 'step':
      return row.index;
    case 'answers':
      return row.answered ? text(row.answered.title) : null;
    case 'owner':
      return text(row.card.owner);
    case 'target':
      return row.card.targetDate;
    case 'revised':
      return row.card.revisedDate;
    case 'completed':
      return row.card.completedDate;
    case 'status':
      return RECOMMENDATION_STATUSES.indexOf(row.card.status);
    case 'lastUpdate':
      return row.lastUpdateDate;
  }
}

function compareRows(a: Row, b: Row, key: SortKey, dir: 'asc' | 'desc'): number {
  const va = sortValue(a, key);
  const vb = sortValue(b, key);
  if (va === null || vb === null) {
    if (va === vb) return a.index - b.index;
    return va === null ? 1 : -1;
  }
  const order =
    typeof va === 'number' && typeof vb === 'number'
      ? va - vb
      : String(va).localeCompare(String(vb));
  return (dir === 'asc' ? order : -order) || a.index - b.index;
}

function groupOf(row: Row, by: GroupBy): { key: string; label: string; sort: string | number } {
  switch (by) {
    case 'phase':
      return { key: row.phase.id, label: row.phase.name || 'Untitled phase', sort: row.phaseIndex };
    case 'theme': {
      const theme = row.card.theme.trim();
      return { key: theme, label: theme || 'No theme', sort: theme === '' ? '\uffff' : theme };
    }
    case 'owner': {
      const owner = row.card.owner.trim();
      return { key: owner, label: owner || 'No owner', sort: owner === '' ? '\uffff' : owner };
    }
    case 'status':
      return {
        key: row.card.status,
        label: statusLabel(row.card.status),
        sort: RECOMMENDATION_STATUSES.indexOf(row.card.status),
      };
    case 'none':
      return { key: 'all', label: '', sort: 0 };
  }
}

const uniqueSorted = (values: string[]) =>
  [...new Set(values.map((v) => v.trim()).filter((v) => v !== ''))].sort((a, b) =>
    a.localeCompare(b),
  );

/**
 * The action plan of the open map: every recommendation in a sortable, filterable, groupable
 * table, edited in place; progress logs; the status summary; CSV export and import.
 * Editable only in edit mode and when this tab holds the map (not read-only).
 */
export function ActionPlanView({ onReveal, onClose, today: todayProp }: ActionPlanViewProps) {
  const map = useEditor((s) => s.map);
  const editor = useEditorApi();
  const editable = useEditor((s) => s.mode === 'edit' && !s.readOnly);
  const readOnly = useEditor((s) => s.readOnly);
  const [defaultToday] = useState(() => todayIso());
  const today = todayProp ?? defaultToday;

  const ids = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const [statusFilter, setStatusFilter] = useState<RecommendationStatus | ''>('');
  const [themeFilter, setThemeFilter] = useState('');
  const [ownerFilter, setOwnerFilter] = useState('');
  const [phaseFilter, setPhaseFilter] = useState('');
  const [flagFilter, setFlagFilter] = useState<FlagFilter>('');
  const [text, setText] = useState('');
  const [groupBy, setGroupBy] = useState<GroupBy>('none');
  const [sort, setSort] = useState<{ key: SortKey; dir: 'asc' | 'desc' }>({
    key: 'step',
    dir: 'asc',
  });
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const [adding, setAdding] = useState(false);
  const [message, setMessage] = useState('');
  const [importError, setImportError] = useState<{
    message: string;
    problems: CsvProblem[];
  } | null>(null);

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  const rows: Row[] = useMemo(
    () =>
      recommendationsOf(map).map((item, index) => {
        const last = latestUpdate(item.card);
        const overdue = isOverdue(item.card, today);
        return {
          ...item,
          index,
          overdue,
          dueSoon: !overdue && isDueSoon(item.card, today, DUE_SOON_DAYS),
          staleDays: isStale(item.card, today, STALE_AFTER_DAYS)
            ? daysSinceLastUpdate(item.card, today)
            : null,
          lastUpdateDate: last?.date ?? null,
          lastUpdateText: last?.text ?? '',
        };
      }),
    [map, today],
  );
  const themes = useMemo(() => uniqueSorted(rows.map((r) => r.card.theme)), [rows]);
  const owners = useMemo(() => uniqueSorted(rows.map((r) => r.card.owner)), [rows]);

  const needle = text.trim().toLowerCase();
  const shown = rows
    .filter((row) => {
      const { card } = row;
      if (statusFilter !== '' && card.status !== statusFilter) return false;
      if (themeFilter !== '' && card.theme.trim() !== themeFilter) return false;
      if (ownerFilter !== '' && card.owner.trim() !== ownerFilter) return false;
      if (phaseFilter !== '' && row.phase.id !== phaseFilter) return false;
      if (flagFilter === 'overdue' && !row.overdue) return false;
      if (flagFilter === 'due-soon' && !row.dueSoon) return false;
      if (flagFilter === 'stale' && row.staleDays === null) return false;
      if (needle === '') return true;
      return [
        card.title,
        card.description,
        card.why,
        card.theme,
        card.owner,
        row.step.title,
        row.phase.name,
        row.answered?.title ?? '',
        ...card.progress.map((u) => u.text),
      ].some((value) => value.toLowerCase().includes(needle));
    })
    .sort((a, b) => compareRows(a, b, sort.key, sort.dir));

  const groups: { key: string; label: string; rows: Row[] }[] = [];
  if (groupBy === 'none') {
    groups.push({ key: 'all', label: '', rows: shown });
  } else {
    const byKey = new Map<
      string,
      { key: string; label: string; sort: string | number; rows: Row[] }
    >();
    for (const row of shown) {
      const group = groupOf(row, groupBy);
      const entry = byKey.get(group.key) ?? { ...group, rows: [] };
      entry.rows.push(row);
      byKey.set(group.key, entry);
    }
    groups.push(
      ...[...byKey.values()].sort((a, b) =>
        typeof a.sort === 'number' && typeof b.sort === 'number'
          ? a.sort - b.sort
          : String(a.sort).localeCompare(String(b.sort)),
      ),
    );
  }

  const edit = (card: RecommendationCard, patch: CardPatch) =>
    editor.run(actionPlan.updateRecommendation, { id: card.id, patch });

  const toggleSort = (key: SortKey) =>
    setSort((current) =>
      current.key === key
        ? { key, dir: current.dir === 'asc' ? 'desc' : 'asc' }
        : { key, dir: 'asc' },
    );

  const toggleExpanded = (id: string) =>
    setExpanded((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const exportCsv = () => {
    const csv = actionPlanToCsv(map);
    downloadBlob(
      new Blob([csv], { type: 'text/csv;charset=utf-8' }),
      fileNameFor(`${map.title} action plan`, 'csv'),
    );
    setMessage(`Exported ${plural(rows.length, 'recommendation')}`);
  };

  const exportXlsx = async () => {
    try {
      const { exportActionPlanXlsx } = await import('../../export/xlsxWrite');
      const { blob, filename } = await exportActionPlanXlsx(map);
      downloadBlob(blob, filename);
      setMessage(`Exported ${plural(rows.length, 'recommendation')}`);
    } catch {
      setImportError({
        message: 'The Excel workbook could not be made. Export CSV instead.',
        problems: [],
      });
    }
  };

  const importCsv = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    // CSV in any encoding and separator Excel writes, or an Excel workbook (export/readSheetFile.ts).
    const read = await readSheetFile(file, ACTION_PLAN_READS, ['Action plan']);
    if (!read.ok) {
      setImportError({ message: read.message, problems: read.problems });
      setMessage('');
      return;
    }
    const ran = editor.run(actionPlan.importActionPlanSheet, { sheet: read.sheet });
    const outcome = ran.ok ? (ran.result ?? null) : null;
    if (outcome === null) {
      setImportError({ message: 'This map cannot be changed here.', problems: [] });
    } else if (!outcome.ok) {
      setImportError({ message: outcome.message, problems: outcome.problems });
      setMessage('');
    } else {
      const updated = `Updated ${plural(outcome.updated, 'recommendation')}`;
      setImportError(
        outcome.problems
          ? { message: `${updated}; check these cells:`, problems: outcome.problems }
          : null,
      );
      setMessage(updated);
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    if ((event.target as HTMLElement).closest('dialog')) return;
    event.preventDefault();
    onClose();
  };

  const dateInput = (
    card: RecommendationCard,
    field: 'targetDate' | 'revisedDate' | 'completedDate',
    label: string,
  ) =>
    editable ? (
      <input
        type="date"
        className="action-plan__date"
        aria-label={`${label} of ${quoted(card.title)}`}
        value={card[field] ?? ''}
        onChange={(e) => edit(card, { [field]: e.target.value === '' ? null : e.target.value })}
      />
    ) : (
      formatDate(card[field])
    );

  const textInput = (card: RecommendationCard, field: 'owner' | 'theme', label: string) =>
    editable ? (
      <input
        type="text"
        className="action-plan__text"
        aria-label={`${label} of ${quoted(card.title)}`}
        value={card[field]}
        maxLength={500}
        list={`${ids}-${field}s`}
        onChange={(e) => edit(card, { [field]: e.target.value })}
      />
    ) : (
      card[field]
    );

  return (
    <section className="action-plan" role="region" aria-label="Action plan" onKeyDown={onKeyDown}>
      <header className="action-plan__header">
        <h2 ref={headingRef} tabIndex={-1}>
          Action plan
        </h2>
        <span className="action-plan__muted">
          {map.title} · {plural(rows.length, 'recommendation')} · today {formatDate(today)}
        </span>
        <div className="action-plan__header-buttons">
          {editable && (
            <button
              type="button"
              aria-expanded={adding}
              onClick={() => setAdding((value) => !value)}
            >
              Add recommendation
            </button>
          )}
          <button type="button" onClick={exportCsv}>
            Export action plan (CSV)
          </button>
          <button type="button" onClick={() => void exportXlsx()}>
            Export action plan (Excel)
          </button>
          {editable && (
            <>
              <button type="button" onClick={() => fileRef.current?.click()}>
                Import action plan (CSV or Excel)
              </button>
              <input
                ref={fileRef}
                type="file"
                accept=".csv,.tsv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                className="visually-hidden"
                tabIndex={-1}
                aria-label="Action plan file (CSV or Excel)"
                onChange={(e) => void importCsv(e)}
              />
            </>
          )}
          <button type="button" onClick={onClose}>
            Close action plan
          </button>
        </div>
      </header>

      {!editable && (
        <p className="action-plan__notice">
          {readOnly
            ? 'This map is open for editing in another tab; here the action plan is view only.'
            : 'View only: switch to Edit mode to change the action plan.'}
        </p>
      )}
      <p role="status" className="action-plan__message">
        {message}
      </p>
      {importError && (
        <div role="alert" className="action-plan__import-error">
          <p>{importError.message}</p>
          {importError.problems.length > 0 && (
            <ul>
              {importError.problems.slice(0, 50).map((p, i) => (
                <li key={i}>
                  Row {p.row}
                  {p.column !== '' && `, column “${p.column}”`}: {p.message}
                </li>
              ))}
              {importError.problems.length > 50 && (
                <li>…and {importError.problems.length - 50} more.</li>
              )}
            </ul>
          )}
          <button type="button" onClick={() => setImportError(null)}>
            Dismiss
          </button>
        </div>
      )}

      {adding && editable && (
        <AddRecommendationForm
          map={map}
          onCancel={() => setAdding(false)}
          onAdded={(_id, title) => {
            setAdding(false);
            setMessage(`Added ${quoted(title)}`);
          }}
        />
      )}

      <div className="action-plan__toolbar" role="group" aria-label="Filter and group">
        <label>
          Search actions
          <input type="search" value={text} onChange={(e) => setText(e.target.value)} />
        </label>
        <FilterSelect
          label="Filter by status"
          allLabel="All statuses"
          value={statusFilter}
          options={RECOMMENDATION_STATUSES.map((s) => [s, statusLabel(s)] as const)}
          onChange={setStatusFilter}
        />
        <FilterSelect
          label="Filter by theme"
          allLabel="All themes"
          value={themeFilter}
          options={themes.map((theme) => [theme, theme] as const)}
          onChange={setThemeFilter}
        />
        <FilterSelect
          label="Filter by owner"
          allLabel="All owners"
          value={ownerFilter}
          options={owners.map((owner) => [owner, owner] as const)}
          onChange={setOwnerFilter}
        />
        <FilterSelect
          label="Filter by phase"
          allLabel="All phases"
          value={phaseFilter}
          options={map.phases.map((phase) => [phase.id, phase.name || 'Untitled phase'] as const)}
          onChange={setPhaseFilter}
        />
        <label>
          Filter by flag
          <select value={flagFilter} onChange={(e) => setFlagFilter(e.target.value as FlagFilter)}>
            <option value="">Any</option>
            <option value="overdue">Overdue</option>
            <option value="due-soon">Due soon</option>
            <option value="stale">No update for {STALE_AFTER_DAYS}+ days</option>
          </select>
        </label>
        <label>
          Group by
          <select value={groupBy} onChange={(e) => setGroupBy(e.target.value as GroupBy)}>
            <option value="none">No grouping</option>
            <option value="phase">Phase</option>
            <option value="theme">Theme</option>
            <option value="owner">Owner</option>
            <option value="status">Status</option>
          </select>
        </label>
      </div>
      <p className="action-plan__muted">
        Showing {shown.length} of {plural(rows.length, 'recommendation')}
      </p>

      <datalist id={`${ids}-themes`}>
        {themes.map((theme) => (
          <option key={theme} value={theme} />
        ))}
      </datalist>
      <datalist id={`${ids}-owners`}>
        {owners.map((owner) => (
          <option key={owner} value={owner} />
        ))}
      </datalist>

      <div className="action-plan__scroll">
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
                        onClick={() => toggleSort(column.key as SortKey)}
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
          {shown.length === 0 && (
            <tbody>
              <tr>
                <td colSpan={COLUMNS.length} className="action-plan__empty">
                  {rows.length === 0
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
                {group.rows.map((row) => {
                  const { card } = row;
                  const open = expanded.has(card.id);
                  const logId = `${ids}-log-${card.id}`;
                  return (
                    <Fragment key={card.id}>
                      <tr className={row.overdue ? 'action-plan__row--overdue' : undefined}>
                        <td className="action-plan__action">
                          <strong>{card.title || 'Untitled recommendation'}</strong>
                          {card.why !== '' && (
                            <span className="action-plan__why">Why: {card.why}</span>
                          )}
                          <div className="action-plan__row-buttons">
                            <button type="button" onClick={() => onReveal(card.id)}>
                              Show on map
                            </button>
                            <button
                              type="button"
                              aria-expanded={open}
                              aria-controls={open ? logId : undefined}
                              onClick={() => toggleExpanded(card.id)}
                            >
                              Updates ({card.progress.length})
                            </button>
                          </div>
                        </td>
                        <td>{textInput(card, 'theme', 'Theme')}</td>
                        <td>
                          {row.phase.name} › {row.step.title || 'Untitled step'}
                        </td>
                        <td>{row.answered ? row.answered.title : <em>The step</em>}</td>
                        <td>{textInput(card, 'owner', 'Owner')}</td>
                        <td>{dateInput(card, 'targetDate', 'Target date')}</td>
                        <td>{dateInput(card, 'revisedDate', 'Revised date')}</td>
                        <td>{dateInput(card, 'completedDate', 'Completed date')}</td>
                        <td>
                          {editable ? (
                            <select
                              aria-label={`Status of ${quoted(card.title)}`}
                              className={`action-plan__status-select action-plan__status--${card.status}`}
                              value={card.status}
                              onChange={(e) =>
                                edit(card, {
                                  status: e.target.value as RecommendationStatus,
                                })
                              }
                            >
                              {RECOMMENDATION_STATUSES.map((s) => (
                                <option key={s} value={s}>
                                  {statusLabel(s)}
                                </option>
                              ))}
                            </select>
                          ) : (
                            <StatusBadge status={card.status} />
                          )}
                        </td>
                        <td className="action-plan__last">
                          {row.lastUpdateDate === null ? (
                            <span className="action-plan__muted">None</span>
                          ) : (
                            <>
                              <span>{formatDate(row.lastUpdateDate)}</span>
                              <span className="action-plan__last-text">{row.lastUpdateText}</span>
                            </>
                          )}
                        </td>
                        <td className="action-plan__flags">
                          {row.overdue && (
                            <span className="action-plan__flag action-plan__flag--overdue">
                              Overdue
                            </span>
                          )}
                          {row.dueSoon && (
                            <span className="action-plan__flag action-plan__flag--soon">
                              Due soon
                            </span>
                          )}
                          {row.staleDays !== null && (
                            <span className="action-plan__flag action-plan__flag--stale">
                              No update for {row.staleDays} days
                            </span>
                          )}
                        </td>
                      </tr>
                      {open && (
                        <tr className="action-plan__log-row">
                          <td colSpan={COLUMNS.length} id={logId}>
                            <ProgressLog
                              card={card}
                              today={today}
                              editable={editable}
                              onMessage={setMessage}
                            />
                          </td>
                        </tr>
                      )}
                    </Fragment>
                  );
                })}
              </tbody>
            ),
          )}
        </table>
      </div>

      <StatusSummaryPanel map={map} today={today} />
    </section>
  );
}
