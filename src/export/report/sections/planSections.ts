/**
 * Metrics against their targets (seed 003's service standards), the action plan with every
 * column and the full progress log (seeds 002 and 004), and the status summary by theme or
 * phase with the comparison between two dates (seed 004's month-on-month table).
 */
import {
  recommendationsOf,
  statusAsOf,
  statusSummary,
  type ActionPlanItem,
  type PlanEntry,
  type StatusSummary,
} from '../../../domain/actionPlan';
import { logStatusAsAt, recommendationStatus } from '../../../domain/planStatus';
import { STATUS_COLOURS } from '../../../domain/kinds';
import { METRIC_STATUS_LABELS, metricStatus } from '../../../domain/metrics';
import { journeyOrderComparator } from '../../../domain/painPoints';
import { OFF_MAP_LABEL, orderedThemes } from '../../../domain/planSummary';
import type {
  MetricCard,
  PlanAction,
  ProgressUpdate,
  RecommendationCard,
} from '../../../domain/schema';
import {
  RECOMMENDATION_RESPONSE_LABELS,
  RECOMMENDATION_STATUSES,
  type RecommendationStatus,
} from '../../../domain/vocabulary';
import { actionNumber } from '../../actionPlanExport';
import { reviewBlocks } from './reviewSections';
import { formatNumber } from '../../format';
import type { Block, TableCell } from '../model';
import {
  b,
  cardTitle,
  cell,
  count,
  dateText,
  heading,
  headerRow,
  nothing,
  paragraph,
  placeText,
  statusSpan,
  t,
} from './blocks';
import type { ReportContext } from './context';
import { metricChart } from './metricChart';

/** Met and missed targets in the status colours the editor uses for on and off track. */
const METRIC_COLOURS = {
  'on-track': STATUS_COLOURS['on-track'].ink,
  'off-track': STATUS_COLOURS['off-track'].ink,
} as const;

function valueText(value: number | null, unit: string): string {
  if (value === null) return '–';
  const text = formatNumber(value);
  return unit === '' ? text : unit === '%' ? `${text}%` : `${text} ${unit}`;
}

/** Metrics as a table and a small chart, in journey order. */
export function metricsSection(context: ReportContext): Block[] {
  return [...metricBlocks(context), ...reviewBlocks(context)];
}

function metricBlocks(context: ReportContext): Block[] {
  const { map, places } = context;
  const metrics = map.cards
    .filter((c): c is MetricCard => c.kind === 'metric')
    .sort(journeyOrderComparator(map));
  if (metrics.length === 0) return [nothing('No metrics are on this map.')];
  const rows: TableCell[][] = metrics.map((m) => {
    const status = metricStatus(m);
    const colour =
      status === 'on-track' || status === 'off-track' ? METRIC_COLOURS[status] : undefined;
    return [
      cell([b(cardTitle(m))], ...(m.description.trim() ? [m.description.trim()] : [])),
      cell(placeText(places.get(m.stepId))),
      cell(valueText(m.value, m.unit)),
      cell(valueText(m.target, m.unit)),
      cell([b(METRIC_STATUS_LABELS[status], colour ? { colour } : {})]),
      cell(m.sampleSize === null ? '–' : formatNumber(m.sampleSize)),
      cell(dateText(m.date)),
    ];
  });
  const met = metrics.filter((m) => metricStatus(m) === 'on-track').length;
  const judged = metrics.filter((m) => m.target !== null && m.value !== null).length;
  return [
    paragraph(`${met} of ${count(judged, 'measured metric')} with a target meet it.`),
    {
      type: 'table',
      columns: [
        { weight: 2.4 },
        { weight: 1.8 },
        { weight: 0.9, align: 'right' },
        { weight: 0.9, align: 'right' },
        { weight: 1 },
        { weight: 0.7, align: 'right' },
        { weight: 1 },
      ],
      header: [headerRow(['Metric', 'Where', 'Value', 'Target', 'Status', 'Sample', 'Date'])],
      rows,
    },
    {
      type: 'figure',
      scene: metricChart(metrics),
      alt: metrics
        .map(
          (m) =>
            `${cardTitle(m)}: ${valueText(m.value, m.unit)} against a target of ${valueText(m.target, m.unit)}`,
        )
        .join('; '),
      caption:
        'Each bar is drawn against its own target (the dark mark): green meets the target, red misses it.',
      fit: 'width',
      maxScale: 0.75,
    },
  ];
}

/** The status to report for a recommendation as at a date (today's is the one it has now). */
function statusAt(context: ReportContext): (rec: RecommendationCard) => RecommendationStatus {
  return context.asAt >= context.today
    ? (rec) => recommendationStatus(rec)
    : (rec) => statusAsOf(rec, context.asAt);
}

/** The status to count for an action (or a recommendation without actions) as at a date. */
function entryStatusAt(context: ReportContext): (entry: PlanEntry) => RecommendationStatus {
  return context.asAt >= context.today
    ? (entry) => entry.status
    : (entry) => logStatusAsAt(entry, context.asAt);
}

function groupsOf(items: ActionPlanItem[], by: 'theme' | 'phase', map: ReportContext['map']) {
  const themeOrder = orderedThemes(
    map,
    items.map((item) => item.card.theme),
  );
  const groups = new Map<string, { label: string; items: ActionPlanItem[] }>();
  for (const item of items) {
    const offMap = by === 'phase' && !item.onMap;
    const key = by === 'theme' ? item.card.theme.trim() : offMap ? 'off-map' : item.phase.id;
    const label =
      by === 'theme'
        ? key || 'No theme'
        : offMap
          ? OFF_MAP_LABEL
          : `Phase: ${item.phase.name.trim() || 'Untitled phase'}`;
    const group = groups.get(key) ?? { label, items: [] };
    group.items.push(item);
    groups.set(key, group);
  }
  const list = [...groups.entries()];
  if (by === 'theme') list.sort(([a], [b2]) => themeOrder.indexOf(a) - themeOrder.indexOf(b2));
  return list.map(([key, group]) => ({ key, ...group }));
}

/** The action plan grouped by theme or phase, every column and the progress log to the as-at date. */
export async function actionPlanSection(context: ReportContext): Promise<Block[]> {
  const { map, settings, asAt, pacer, places, painNumbers } = context;
  const items = recommendationsOf(map);
  if (items.length === 0) return [nothing('No recommendations yet: the action plan is empty.')];
  const status = statusAt(context);
  let later = 0;
  const blocks: Block[] = [
    paragraph(
      `${count(items.length, 'recommendation')}, grouped by ${settings.groupBy}. Statuses and progress updates are as at ${dateText(asAt)}.`,
      'muted',
    ),
  ];
  let number = 0;
  const entryStatus = entryStatusAt(context);
  for (const group of groupsOf(items, settings.groupBy, map)) {
    blocks.push(heading(2, group.label, `plan-${settings.groupBy}-${group.key || 'none'}`));
    const rows: TableCell[][] = [];
    for (const item of group.items) {
      await pacer.tick();
      number += 1;
      const rec = item.card;
      const what = [
        [b(cardTitle(rec))],
        ...(rec.description.trim() ? [rec.description.trim()] : []),
        ...(rec.why.trim() ? [[b('Why: '), t(rec.why.trim())]] : []),
        ...(rec.response.answer !== null
          ? [
              [
                b('Response: '),
                t(
                  `${RECOMMENDATION_RESPONSE_LABELS[rec.response.answer]}${rec.response.text.trim() ? ` – ${rec.response.text.trim()}` : ''}`,
                ),
              ],
            ]
          : []),
      ];
      if (item.answered) {
        const n = painNumbers.get(item.answered.id);
        what.push([
          t(`Answers ${n === undefined ? '' : `pain point ${n}: `}${cardTitle(item.answered)}`, {
            italic: true,
          }),
        ]);
      } else what.push([t('Answers the step itself.', { italic: true })]);
      const logOf = (progress: readonly ProgressUpdate[]) => {
        const updates = progress.filter((u) => u.date <= asAt);
        later += progress.length - updates.length;
        return updates.length === 0
          ? [[t('No progress updates yet.', { italic: true })]]
          : updates.map((u) => [
              b(`${dateText(u.date)} · `),
              statusSpan(u.status),
              t(` ${u.text.trim()}`),
            ]);
      };
      const log = logOf(rec.progress);
      const datesOf = (dated: Pick<PlanAction, 'targetDate' | 'revisedDate' | 'completedDate'>) =>
        cell(
          `Target: ${dateText(dated.targetDate)}`,
          `Revised: ${dateText(dated.revisedDate)}`,
          `Completed: ${dateText(dated.completedDate)}`,
        );
      rows.push([
        cell(rec.number.trim() || String(number)),
        cell(...what),
        cell(rec.onMap ? placeText(places.get(rec.stepId)) : 'Action plan only'),
        cell(rec.owner.trim() || 'No owner'),
        datesOf(rec),
        cell([statusSpan(status(rec))]),
        cell(...log),
      ]);
      rec.actions.forEach((action, index) => {
        rows.push([
          cell(actionNumber(rec.number.trim() || String(number), index)),
          cell(
            [t('Action: ', { italic: true }), t(action.title.trim() || 'Untitled action')],
            ...(action.description.trim() ? [action.description.trim()] : []),
          ),
          cell(''),
          cell(action.owner.trim() || 'No owner'),
          datesOf(action),
          cell([statusSpan(entryStatus(action))]),
          cell(...logOf(action.progress)),
        ]);
      });
    }
    blocks.push({
      type: 'table',
      columns: [
        { weight: 0.35, align: 'right' },
        { weight: 2.6 },
        { weight: 1.2 },
        { weight: 1 },
        { weight: 1.25 },
        { weight: 0.9 },
        { weight: 2.6 },
      ],
      header: [
        headerRow(['#', 'Recommendation', 'Where', 'Owner', 'Dates', 'Status', 'Progress updates']),
      ],
      rows,
    });
  }
  if (later > 0)
    blocks.push(
      paragraph(
        `${count(later, 'progress update')} dated after ${dateText(asAt)} ${later === 1 ? 'is' : 'are'} left out.`,
        'muted',
      ),
    );
  return blocks;
}

function summaryTable(summary: StatusSummary, groupLabel: string): Block {
  const statusCells = (counts: Record<RecommendationStatus, number>, bold: boolean) =>
    RECOMMENDATION_STATUSES.map((s) => cell(bold ? [b(String(counts[s]))] : String(counts[s])));
  return {
    type: 'table',
    columns: [
      { weight: 2.2 },
      ...RECOMMENDATION_STATUSES.map(() => ({ weight: 1, align: 'right' as const })),
      { weight: 0.8, align: 'right' },
    ],
    header: [
      [
        cell([b(groupLabel)]),
        ...RECOMMENDATION_STATUSES.map((s) => cell([statusSpan(s)])),
        cell([b('Total')]),
      ],
    ],
    rows: summary.rows.map((row) => [
      cell(row.label),
      ...statusCells(row.counts, false),
      cell([b(String(row.total))]),
    ]),
    footer: [
      cell([b('Total')]),
      ...statusCells(summary.totals.counts, true),
      cell([b(String(summary.totals.total))]),
    ],
  };
}

/** Status counts by theme or phase with totals, then the comparison of two dates. */
export function statusSummarySection(context: ReportContext): Block[] {
  const { map, settings, asAt, compareWith } = context;
  const items = recommendationsOf(map);
  if (items.length === 0)
    return [nothing('No recommendations yet, so there are no statuses to count.')];
  const current = statusSummary(items, settings.groupBy, entryStatusAt(context), map);
  const earlier = statusSummary(
    items,
    settings.groupBy,
    (entry) => logStatusAsAt(entry, compareWith),
    map,
  );
  const rows: TableCell[][] = RECOMMENDATION_STATUSES.map((s) => {
    const change = current.totals.counts[s] - earlier.totals.counts[s];
    return [
      cell([statusSpan(s)]),
      cell(String(earlier.totals.counts[s])),
      cell(String(current.totals.counts[s])),
      cell(change > 0 ? `+${change}` : change < 0 ? `\u2212${-change}` : '0'),
    ];
  });
  return [
    paragraph(`Statuses as at ${dateText(asAt)}, by ${settings.groupBy}.`, 'muted'),
    summaryTable(current, settings.groupBy === 'theme' ? 'Theme' : 'Phase'),
    heading(2, `Compared with ${dateText(compareWith)}`, 'status-comparison'),
    paragraph(
      `Statuses on ${dateText(compareWith)} are read from each recommendation’s progress log (a recommendation with no update by then counts as not started).`,
      'muted',
    ),
    {
      type: 'table',
      columns: [
        { weight: 2 },
        { weight: 1, align: 'right' },
        { weight: 1, align: 'right' },
        { weight: 1, align: 'right' },
      ],
      header: [headerRow(['Status', dateText(compareWith), dateText(asAt), 'Change'])],
      rows,
      footer: [
        cell([b('Total')]),
        cell([b(String(earlier.totals.total))]),
        cell([b(String(current.totals.total))]),
        cell([b(String(current.totals.total - earlier.totals.total))]),
      ],
    },
  ];
}
