/**
 * The action plan of the open map: every recommendation in a sortable, filterable, groupable
 * table, edited in place; progress logs; the status summary; CSV export and import. The
 * rows are plain data (rows.ts); the toolbar, table, row and file buttons are components of
 * their own.
 */
import {
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type RefObject,
} from 'react';
import { useInertOthers } from '../common/useInertOthers';
import { useEditor, useEditorApi } from '../../bindings/EditorProvider';
import { formatDate, todayIso } from '../../domain/dates';
import type { CardPatch } from '../../domain/edits';
import type { RecommendationCard } from '../../domain/schema';
import { plural } from '../../domain/words';
import { actionPlan } from '../../editor/operations';
import { ActionPlanFiles, ImportErrorAlert, type ImportError } from './ActionPlanFiles';
import { ActionPlanFilters } from './ActionPlanFilters';
import { ActionPlanTable } from './ActionPlanTable';
import { AddRecommendationForm } from './AddRecommendationForm';
import { quoted } from './format';
import {
  groupRows,
  rowsOf,
  shownRows,
  uniqueSorted,
  ratingChoices,
  type GroupBy,
  type RowFilters,
  type Sort,
  type SortKey,
} from './rows';
import { StatusSummaryPanel } from './StatusSummaryPanel';
import { ThemesPanel } from './ThemesPanel';
import './actionPlan.css';

export { DUE_SOON_DAYS, STALE_AFTER_DAYS } from './rows';

/** What the editor gives the action plan. */
export interface ActionPlanViewProps {
  /** Shows the card on the map (the editor closes the view, selects and scrolls to it). */
  onReveal(cardId: string): void;
  onClose(): void;
  /** `YYYY-MM-DD`; defaults to today on the user's local calendar. Tests pass a fixed one. */
  today?: string;
}

const NO_FILTERS: RowFilters = {
  status: '',
  theme: '',
  owner: '',
  phase: '',
  flag: '',
  rating: '',
  text: '',
};

/**
 * The action plan view. Editable only in edit mode and when this tab holds the map (not
 * read-only).
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
  // The editor behind the plan is out of reach of the keyboard and screen readers meanwhile.
  const rootRef = useRef<HTMLElement>(null);
  useInertOthers(rootRef);
  useFocusBackOnClose();
  // What sits above the table: its height keeps the table's scroll region inside the window.
  const topRef = useRef<HTMLDivElement>(null);
  useHeightAsProperty(topRef, rootRef, '--plan-top');
  // The form closes after Add or Cancel: focus goes back to its button, not to the page body.
  const addButtonRef = useRef<HTMLButtonElement>(null);
  const refocusAdd = () => requestAnimationFrame(() => addButtonRef.current?.focus());
  const [filters, setFilters] = useState<RowFilters>(NO_FILTERS);
  const [groupBy, setGroupBy] = useState<GroupBy>('none');
  const [sort, setSort] = useState<Sort>({ key: 'step', dir: 'asc' });
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const [adding, setAdding] = useState(false);
  const [message, setMessage] = useState('');
  const [importError, setImportError] = useState<ImportError | null>(null);

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  const rows = useMemo(() => rowsOf(map, today), [map, today]);
  const themes = useMemo(() => uniqueSorted(rows.map((r) => r.card.theme)), [rows]);
  const owners = useMemo(() => uniqueSorted(rows.map((r) => r.card.owner)), [rows]);
  const ratings = useMemo(() => ratingChoices(rows, map.judgement.scale), [rows, map]);
  const shown = shownRows(rows, filters, sort);
  const groups = groupRows(shown, groupBy, map);

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

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    if ((event.target as HTMLElement).closest('dialog')) return;
    event.preventDefault();
    onClose();
  };

  return (
    <section
      ref={rootRef}
      className="action-plan"
      role="region"
      aria-label="Action plan"
      onKeyDown={onKeyDown}
    >
      <div ref={topRef} className="action-plan__top">
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
                ref={addButtonRef}
                type="button"
                aria-expanded={adding}
                onClick={() => setAdding((value) => !value)}
              >
                Add recommendation
              </button>
            )}
            {editable && rows.length > 0 && (
              <button
                type="button"
                onClick={() => {
                  editor.run(actionPlan.renumberRecommendations, {});
                  setMessage('Renumbered the recommendations 1, 2, 3…');
                }}
              >
                Renumber
              </button>
            )}
            <ActionPlanFiles
              map={map}
              count={rows.length}
              editable={editable}
              onMessage={setMessage}
              onImportError={setImportError}
            />
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
          <ImportErrorAlert error={importError} onDismiss={() => setImportError(null)} />
        )}

        {adding && editable && (
          <AddRecommendationForm
            map={map}
            onCancel={() => {
              setAdding(false);
              refocusAdd();
            }}
            onAdded={(id, title) => {
              setAdding(false);
              setMessage(`Added ${quoted(title)}`);
              refocusAdd();
              // The new row is shown where it sorted to, in view (the focus stays on Add).
              requestAnimationFrame(() => {
                const rows = rootRef.current?.querySelectorAll<HTMLElement>(
                  '[data-recommendation-id]',
                );
                const row = Array.from(rows ?? []).find((r) => r.dataset.recommendationId === id);
                // jsdom has no scrollIntoView.
                if (row && 'scrollIntoView' in row) row.scrollIntoView({ block: 'nearest' });
              });
            }}
          />
        )}

        <ActionPlanFilters
          filters={filters}
          onFilter={(change) => setFilters((current) => ({ ...current, ...change }))}
          groupBy={groupBy}
          onGroupBy={setGroupBy}
          themes={themes}
          owners={owners}
          phases={map.phases}
          ratings={ratings}
        />
        <p className="action-plan__muted">
          Showing {shown.length} of {plural(rows.length, 'recommendation')}
        </p>
      </div>

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

      <ActionPlanTable
        groups={groups}
        groupBy={groupBy}
        sort={sort}
        onSort={toggleSort}
        shownCount={shown.length}
        totalCount={rows.length}
        expanded={expanded}
        rowProps={{
          today,
          editable,
          idPrefix: ids,
          onEdit: edit,
          onReveal,
          onToggle: toggleExpanded,
          onMessage: setMessage,
        }}
      />

      <ThemesPanel map={map} editable={editable} />
      <StatusSummaryPanel map={map} today={today} />
    </section>
  );
}

/**
 * When the plan closes, focus goes back to what opened it (the toolbar's "Action plan"), or to
 * the editor when that is gone, never to the page's body (WCAG 2.4.3). Runs after the editor is
 * given back from inert (useInertOthers is called first); a card revealed from the plan takes
 * the focus after this.
 */
function useFocusBackOnClose() {
  // Read while rendering: before the plan's heading takes the focus.
  const [opener] = useState(() =>
    document.activeElement instanceof HTMLElement && document.activeElement !== document.body
      ? document.activeElement
      : null,
  );
  useEffect(
    () => () => {
      const active = document.activeElement;
      if (active !== null && active !== document.body) return;
      const back = opener?.isConnected
        ? opener
        : document.querySelector<HTMLElement>('main.map-editor');
      back?.focus({ preventScroll: true });
    },
    [opener],
  );
}

/** Keeps `target`'s CSS custom property `name` at `source`'s height in px, as it changes. */
function useHeightAsProperty(
  source: RefObject<HTMLElement | null>,
  target: RefObject<HTMLElement | null>,
  name: string,
) {
  useLayoutEffect(() => {
    const from = source.current;
    const to = target.current;
    if (!from || !to) return;
    const update = () => to.style.setProperty(name, `${from.offsetHeight}px`);
    update();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(update);
    observer.observe(from);
    return () => observer.disconnect();
  }, [source, target, name]);
}
