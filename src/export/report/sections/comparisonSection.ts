/**
 * "Comparison": the map against another (its current state, or a saved version) in the words
 * of domain/compare: how many cards were added, removed, changed and moved, both emotion
 * curves step by step, pain points resolved and new, and recommendations whose status changed.
 * The map the report is about is "after"; the other one is "before".
 */
import { compareMaps } from '../../../domain/compare';
import { RECOMMENDATION_STATUS_LABELS } from '../../../domain/vocabulary';
import type { Block } from '../model';
import { b, cardTitle, cell, count, headerRow, heading, nothing, paragraph, t } from './blocks';
import type { ReportContext } from './context';

const signed = (n: number | null) => (n === null ? '–' : n > 0 ? `+${n}` : String(n));
const average = (n: number | null) => (n === null ? '–' : n.toFixed(1));

/** The comparison section (see the module comment). */
export function comparisonSection({ map, compared }: ReportContext): Block[] {
  if (!compared) {
    return [
      nothing(
        'There is nothing to compare this map with: make a future state of it, or save a version, and choose this section again.',
      ),
    ];
  }
  const c = compareMaps(compared.map, map);
  const { emotions, painPoints, recommendations } = c;
  const blocks: Block[] = [
    paragraph([
      t('This map compared with '),
      b(compared.label),
      t(
        `: ${count(c.added.length, 'card')} added, ${c.removed.length} removed, ${c.changed.length} changed and ${c.moved.length} moved; ${count(painPoints.resolved.length, 'pain point')} resolved and ${painPoints.new.length} new; ${count(recommendations.statusChanged.length, 'recommendation')} changed status.`,
      ),
    ]),
    heading(3, 'Emotion by step', 'comparison-emotion'),
    paragraph(
      `Average emotion ${average(emotions.averageBefore)} before and ${average(emotions.averageAfter)} after (−2 to +2); ${count(emotions.improved, 'step')} better, ${emotions.worsened} worse.`,
      'muted',
    ),
    {
      type: 'table',
      columns: [
        { weight: 2 },
        { weight: 3 },
        ...[1, 1, 1].map(() => ({ weight: 1, align: 'right' as const })),
      ],
      header: [headerRow(['Phase', 'Step', 'Before', 'After', 'Change'])],
      rows: emotions.steps.map((step) => [
        cell(step.phase || 'Untitled phase'),
        cell(
          `${step.title || 'Untitled step'}${step.in === 'before' ? ' (removed)' : step.in === 'after' ? ' (added)' : ''}`,
        ),
        cell(signed(step.before)),
        cell(signed(step.after)),
        cell(signed(step.delta)),
      ]),
      caption: 'Emotion scores before and after',
    },
    heading(3, 'Pain points', 'comparison-pain-points'),
  ];
  const list = (titles: string[], empty: string): Block =>
    titles.length === 0
      ? nothing(empty)
      : { type: 'list', ordered: false, items: titles.map((title) => ({ spans: [t(title)] })) };
  blocks.push(
    paragraph([b('Resolved')]),
    list(painPoints.resolved.map(cardTitle), 'None resolved.'),
    paragraph([b('New')]),
    list(painPoints.new.map(cardTitle), 'None new.'),
    heading(3, 'Recommendations whose status changed', 'comparison-recommendations'),
  );
  if (recommendations.statusChanged.length === 0) {
    blocks.push(nothing('No recommendation changed status.'));
  } else {
    blocks.push({
      type: 'table',
      columns: [{ weight: 4 }, { weight: 2 }, { weight: 2 }],
      header: [headerRow(['Recommendation', 'Before', 'After'])],
      rows: recommendations.statusChanged.map((s) => [
        cell(cardTitle(s.card)),
        cell(RECOMMENDATION_STATUS_LABELS[s.before]),
        cell(RECOMMENDATION_STATUS_LABELS[s.after]),
      ]),
      caption: 'Recommendation status before and after',
    });
  }
  return blocks;
}
