/**
 * What the research found: findings per step (seed 000's "Customer feedback from
 * interviews"), moments of truth with their reasons, pain points explained with the numbers
 * they carry on the map (seed 001), and how much of the map rests on evidence.
 */
import {
  COVERAGE_EXCLUDED_KINDS,
  RESEARCH_METHOD_LABELS,
  describeCoverage,
  deriveEmotionScore,
  evidenceCoverage,
  sentimentByStep,
} from '../../../domain/evidence';
import { momentsOfTruthInOrder, USUAL_MOMENTS_OF_TRUTH } from '../../../domain/momentsOfTruth';
import { painPointsInJourneyOrder } from '../../../domain/painPoints';
import { STATUS_COLOURS } from '../../../domain/kinds';
import type { Card, EvidenceCard } from '../../../domain/schema';
import { stepEmotion } from '../../../domain/stepEmotion';
import { CARD_KIND_LABELS, EMOTION_LABELS, type EmotionScore } from '../../../domain/vocabulary';
import { formatDateRange, formatScore } from '../../format';
import type { Block, TableCell } from '../model';
import {
  b,
  cardTitle,
  cell,
  count,
  heading,
  headerRow,
  kindSpan,
  nothing,
  paragraph,
  phaseName,
  placeText,
  stepTitle,
  t,
} from './blocks';
import type { ReportContext } from './context';

const SEVERITY_WORDS = { low: 'low', medium: 'medium', high: 'high' } as const;

function researchTable(context: ReportContext): Block[] {
  const { research } = context.map;
  if (research.length === 0) return [nothing('No research is recorded for this map.')];
  return [
    {
      type: 'table',
      columns: [{ weight: 1 }, { weight: 0.8, align: 'right' }, { weight: 1.3 }, { weight: 1.5 }],
      header: [headerRow(['Method', 'Participants', 'Dates', 'Conducted by'])],
      rows: research.map((r) => [
        cell(RESEARCH_METHOD_LABELS[r.method]),
        cell(r.participants === null ? '–' : r.participants.toLocaleString('en-GB')),
        cell(formatDateRange(r.startDate, r.endDate) || '–'),
        cell(r.conductedBy.trim() || '–'),
      ]),
    },
  ];
}

function scoreWords(score: number | null): string {
  if (score === null) return 'no score';
  return `${formatScore(score)} (${EMOTION_LABELS[score as EmotionScore].toLowerCase()})`;
}

/** One evidence card: what was found, its tallies and n of N, its source, its quotes. */
function evidenceBlocks(card: EvidenceCard): Block[] {
  const { positive, neutral, negative } = card.tallies;
  const spans = [b(cardTitle(card))];
  if (card.description.trim()) spans.push(t(` ${card.description.trim()}`));
  const blocks: Block[] = [paragraph(spans)];
  const facts: string[] = [];
  if (positive + neutral + negative > 0)
    facts.push(`${positive} positive, ${neutral} neutral, ${negative} problems`);
  if (card.participants.count !== null)
    facts.push(
      `${card.participants.count}${card.participants.of === null ? '' : ` of ${card.participants.of}`} participants`,
    );
  if (card.source.trim()) facts.push(`source: ${card.source.trim()}`);
  if (facts.length > 0) blocks.push(paragraph(facts.join(' · '), 'muted'));
  for (const quote of card.quotes) {
    const who = quote.participant.trim() ? ` — ${quote.participant.trim()}` : '';
    blocks.push(paragraph(`“${quote.text.trim()}”${who}`, 'quote'));
  }
  return blocks;
}

/** Findings per step: tallies, the emotion score and the evidence behind it, quotes. */
export async function findingsSection(context: ReportContext): Promise<Block[]> {
  const { map, pacer } = context;
  const blocks: Block[] = [heading(2, 'Research', 'findings-research'), ...researchTable(context)];
  if (map.phases.length === 0) return [...blocks, nothing('This map has no steps yet.')];
  const sentiment = sentimentByStep(map);
  const evidenceByStep = new Map<string, EvidenceCard[]>();
  const ideasByStep = new Map<string, Card[]>();
  for (const card of [...map.cards].sort((x, y) => x.order - y.order)) {
    if (card.kind === 'idea') {
      const ideas = ideasByStep.get(card.stepId);
      if (ideas) ideas.push(card);
      else ideasByStep.set(card.stepId, [card]);
    }
    if (card.kind !== 'evidence') continue;
    const list = evidenceByStep.get(card.stepId);
    if (list) list.push(card);
    else evidenceByStep.set(card.stepId, [card]);
  }
  for (const phase of map.phases) {
    blocks.push(heading(2, phaseName(phase), `findings-${phase.id}`));
    for (const step of phase.steps) {
      await pacer.tick();
      blocks.push(heading(3, stepTitle(step), `findings-${step.id}`));
      if (step.description.trim()) blocks.push(paragraph(step.description.trim(), 'muted'));
      const tally = sentiment.get(step.id) ?? { positive: 0, neutral: 0, negative: 0, total: 0 };
      const cards = (evidenceByStep.get(step.id) ?? []).sort((x, y) => x.order - y.order);
      const asked = Math.max(0, ...cards.map((c) => c.participants.of ?? 0));
      if (tally.total > 0) {
        blocks.push(
          paragraph([
            b(`${count(tally.positive, 'positive comment')}`, {
              colour: STATUS_COLOURS['on-track'].ink,
            }),
            t(', '),
            t(`${tally.neutral} neutral`),
            t(' and '),
            b(count(tally.negative, 'problem'), { colour: STATUS_COLOURS['off-track'].ink }),
            t(asked > 0 ? ` from ${count(asked, 'participant')}.` : '.'),
          ]),
        );
      }
      const derived = deriveEmotionScore(tally);
      const shown = stepEmotion(step, map.cards);
      const why =
        shown.origin === 'cards'
          ? `from the step’s emotion ${shown.cardScores.length === 1 ? 'card' : `cards (the average of ${shown.cardScores.length})`}.`
          : step.emotionSource === 'evidence'
            ? tally.total > 0
              ? `from the evidence: net share (${tally.positive} − ${tally.negative}) ÷ ${tally.total} = ${((tally.positive - tally.negative) / tally.total).toFixed(2)}, which gives ${scoreWords(derived)}.`
              : 'from the evidence, which has no tallies yet, so the step has no score.'
            : tally.total > 0
              ? `set by the team; the evidence alone would give ${scoreWords(derived)}.`
              : 'set by the team, with no evidence behind it.';
      blocks.push(paragraph([b('Emotion: '), t(`${scoreWords(shown.score)}, ${why}`)]));
      if (step.momentOfTruth)
        blocks.push(
          paragraph([
            b('Moment of truth. '),
            t(step.momentOfTruth.reason.trim() || 'No reason given.'),
          ]),
        );
      if (cards.length === 0) blocks.push(nothing('No evidence is recorded for this step.'));
      for (const card of cards) blocks.push(...evidenceBlocks(card));
      // Ideas for improvement at this step, as seed 000 lists them under each journey step.
      const ideas = ideasByStep.get(step.id) ?? [];
      if (ideas.length > 0)
        blocks.push(paragraph([b('Ideas for improvement')]), {
          type: 'list',
          ordered: false,
          items: ideas.map((idea) => ({
            spans: [
              b(`${cardTitle(idea)}${idea.description.trim() ? ': ' : ''}`),
              t(idea.description.trim()),
            ],
          })),
        });
    }
  }
  return blocks;
}

/** Moments of truth in journey order, each with its reason. */
export function momentsSection({ map }: ReportContext): Block[] {
  const moments = momentsOfTruthInOrder(map);
  if (moments.length === 0) return [nothing('No moments of truth are marked on this map.')];
  const blocks: Block[] = [
    paragraph(
      'The points where customers decide whether they are satisfied, in journey order.',
      'muted',
    ),
    {
      type: 'list',
      ordered: true,
      items: moments.map((m) => ({
        spans: [
          b(m.title.trim() || (m.kind === 'step' ? 'Untitled step' : 'Untitled card')),
          t(
            ` — ${m.kind === 'step' ? 'the step' : `${m.cardKind ? CARD_KIND_LABELS[m.cardKind].toLowerCase() : 'card'} at ${m.stepTitle.trim() || 'Untitled step'}`} in ${m.phaseName.trim() || 'Untitled phase'}. `,
          ),
          t(m.reason.trim() || 'No reason given.', { italic: !m.reason.trim() }),
        ],
      })),
    },
  ];
  if (moments.length > USUAL_MOMENTS_OF_TRUTH)
    blocks.push(
      paragraph(
        `There are ${moments.length} moments of truth; most maps have one to three, so some may be worth a second look.`,
        'muted',
      ),
    );
  return blocks;
}

/** Pain points numbered as on the map, each explained, with what answers it. */
export function painPointsSection(context: ReportContext): Block[] {
  const { map, places } = context;
  const pains = painPointsInJourneyOrder(map);
  if (pains.length === 0) return [nothing('No pain points are on this map.')];
  const answeredBy = new Map<string, string[]>();
  for (const card of map.cards) {
    if (card.kind !== 'recommendation' || card.answers === null) continue;
    answeredBy.set(card.answers, [...(answeredBy.get(card.answers) ?? []), cardTitle(card)]);
  }
  return [
    {
      type: 'list',
      ordered: true,
      items: pains.map((card) => {
        const spans = [b(cardTitle(card))];
        if (card.severity) spans.push(t(` (severity: ${SEVERITY_WORDS[card.severity]})`));
        spans.push(t(` — ${placeText(places.get(card.stepId))}.`));
        if (card.description.trim()) spans.push(t(` ${card.description.trim()}`));
        const answers = answeredBy.get(card.id);
        if (answers) spans.push(t(` Answered by: ${answers.join('; ')}.`, { italic: true }));
        return { spans };
      }),
    },
  ];
}

/** Evidenced against assumed, per step and in all, with the assumptions to test. */
export function coverageSection(context: ReportContext): Block[] {
  const { map } = context;
  const coverage = evidenceCoverage(map);
  if (coverage.total === 0)
    return [nothing('There are no cards to weigh yet: the map has no cards that make claims.')];
  const perStep = new Map<string, { evidenced: number; assumed: number; unset: number }>();
  const assumed: Card[] = [];
  for (const card of map.cards) {
    if (COVERAGE_EXCLUDED_KINDS.includes(card.kind)) continue;
    const row = perStep.get(card.stepId) ?? { evidenced: 0, assumed: 0, unset: 0 };
    if (card.basis === 'evidenced') row.evidenced += 1;
    else if (card.basis === 'assumed') {
      row.assumed += 1;
      assumed.push(card);
    } else row.unset += 1;
    perStep.set(card.stepId, row);
  }
  const pct = (n: number, total: number) =>
    total === 0 ? '–' : `${Math.round((100 * n) / total)}%`;
  const rows: TableCell[][] = [];
  for (const phase of map.phases) {
    for (const step of phase.steps) {
      const row = perStep.get(step.id) ?? { evidenced: 0, assumed: 0, unset: 0 };
      const total = row.evidenced + row.assumed + row.unset;
      rows.push([
        cell(`${phaseName(phase)} › ${stepTitle(step)}`),
        cell(String(row.evidenced)),
        cell(String(row.assumed)),
        cell(String(row.unset)),
        cell(pct(row.evidenced, total)),
      ]);
    }
  }
  const order = new Map([...context.places].map(([id, place]) => [id, place.index]));
  assumed.sort((x, y) => (order.get(x.stepId) ?? 0) - (order.get(y.stepId) ?? 0));
  return [
    paragraph(describeCoverage(coverage)),
    {
      type: 'table',
      columns: [
        { weight: 3 },
        { weight: 1, align: 'right' },
        { weight: 1, align: 'right' },
        { weight: 1, align: 'right' },
        { weight: 1, align: 'right' },
      ],
      header: [headerRow(['Step', 'Evidenced', 'Assumed', 'Not said', 'Evidenced share'])],
      rows,
      footer: [
        cell([b('All cards')]),
        cell([b(String(coverage.evidenced))]),
        cell([b(String(coverage.assumed))]),
        cell([b(String(coverage.unset))]),
        cell([b(pct(coverage.evidenced, coverage.total))]),
      ],
    },
    heading(2, 'Assumptions to test', 'coverage-assumptions'),
    assumed.length === 0
      ? nothing('No card is marked as an assumption.')
      : {
          type: 'list',
          ordered: false,
          items: assumed.map((card) => ({
            spans: [
              kindSpan(card),
              t(': '),
              b(cardTitle(card)),
              t(` — ${placeText(context.places.get(card.stepId))}`),
            ],
          })),
        },
  ];
}
