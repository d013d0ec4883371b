/**
 * The cover, the map on one page, the map across pages and the personas.
 */
import { PERSONA_LISTS } from '../../../domain/personas';
import { REPORT_PRESET_DEFINITIONS } from '../../../domain/reportSettings';
import type { Card, Phase } from '../../../domain/schema';
import { stepEmotion } from '../../../domain/stepEmotion';
import type { MAP_STATUSES } from '../../../domain/vocabulary';
import { EMOTION_LABELS, LANE_KIND_LABELS } from '../../../domain/vocabulary';
import { formatDateRange, formatScore } from '../../format';
import { kindDetails, kindLine } from '../../layoutCard';
import { CARD_KIND_REGISTRY } from '../../../domain/kinds';
import { LANE_FILL, PHASE_FILL, PHASE_INK, STEP_FILL } from '../../theme';
import { MIN_CARD_TEXT_PT, mapTiles, overviewFigure } from '../mapPages';
import { opensWithoutCover, type Block, type Para, type TableCell } from '../model';
import { contentBox } from '../pages';
import {
  b,
  cardTitle,
  cell,
  count,
  dateText,
  heading,
  nothing,
  paragraph,
  phaseName,
  stepTitle,
  t,
} from './blocks';
import type { ReportContext } from './context';

const MAP_STATUS_LABELS: Record<(typeof MAP_STATUSES)[number], string> = {
  draft: 'Draft',
  'in-review': 'In review',
  final: 'Final',
};

/** The share of the page the one-page map's picture takes, and what the title above it takes. */
const ONE_PAGE_SHARE = 0.74;
const TITLE_SHARE = 0.06;

/** Cover: title, the report's kind, the map's details and its description as the summary. */
export function coverSection({ map, settings, asAt }: ReportContext): Block[] {
  const details = [
    { label: 'Service', value: map.service.trim() },
    { label: 'Journey type', value: map.journeyType.trim() },
    { label: 'Owner', value: map.owner.trim() },
    { label: 'Status', value: MAP_STATUS_LABELS[map.status] },
    { label: 'Dates', value: formatDateRange(map.startDate, map.endDate) },
    { label: 'As at', value: dateText(asAt) },
    { label: 'Tags', value: map.tags.join(', ') },
  ].map((item) => ({ ...item, value: item.value || 'Not given' }));
  return [
    paragraph([t(REPORT_PRESET_DEFINITIONS[settings.preset].title)], 'lead'),
    { type: 'keyValues', items: details },
    map.description.trim()
      ? paragraph(map.description.trim())
      : nothing('No summary yet: the map has no description.'),
  ];
}

/** The whole map on one page, with what it leaves out when the map is big. */
export function mapOverviewSection({ map, page, warnings, settings }: ReportContext): Block[] {
  if (map.phases.length === 0 || map.lanes.length === 0) {
    return [nothing('The map is empty: it has no phases or lanes yet, so there is no picture.')];
  }
  // The one-page map (seed 001) keeps room below the figure for the pain points, and above it
  // for the map's title when the report has no cover (model.ts): they stay on the map's page.
  const pageShare =
    settings.preset === 'one-page-map'
      ? ONE_PAGE_SHARE - (opensWithoutCover(settings.sections) ? TITLE_SHARE : 0)
      : 1;
  const overview = overviewFigure(map, page, pageShare);
  const blocks: Block[] = [
    {
      type: 'figure',
      scene: overview.scene,
      alt: overview.alt,
      caption: `The whole journey map: ${count(map.cards.length, 'card')} in ${count(map.lanes.length, 'lane')} across ${count(map.phases.length, 'phase')}.`,
      fit: 'page',
      maxScale: 1,
      pageShare,
    },
  ];
  if (overview.cardTextDropped) {
    blocks.push(
      paragraph(
        'The map is too big for its card text to be read on one page, so the cards are shown as coloured boxes here; the map across pages shows every card at 8 pt or larger.',
        'muted',
      ),
    );
  } else if (overview.cardTextPt !== null && overview.cardTextPt < MIN_CARD_TEXT_PT) {
    const text = `On this page card text prints at ${overview.cardTextPt} pt, below the 8 pt that reads comfortably: zoom in on screen, or add “The map across pages” for legible card text on paper.`;
    blocks.push(paragraph(text, 'muted'));
    warnings.push(text);
  }
  return blocks;
}

/** One card as a paragraph styled like the card on the canvas (kind colour and stripe). */
function cardPara(card: Card, painNumbers: ReadonlyMap<string, number>): Para {
  const { accent, background } = CARD_KIND_REGISTRY[card.kind].colours;
  const number = painNumbers.get(card.id);
  const spans = [
    b(`${number === undefined ? '' : `${number} · `}${kindLine(card)}`, {
      colour: accent,
    }),
    t(card.momentOfTruth ? ' ★ Moment of truth' : ''),
    b(`\n${cardTitle(card)}`),
  ];
  if (card.description.trim()) spans.push(t(`\n${card.description.trim()}`));
  if (card.kind === 'recommendation' && card.why.trim()) spans.push(t(`\nWhy: ${card.why.trim()}`));
  for (const line of kindDetails(card)) spans.push(t(`\n${line}`));
  return { spans: spans.filter((s) => s.text !== ''), fill: background, accent };
}

/** The map as Word tables: phases and steps as repeated header rows, one row per lane. */
function mapTables(context: ReportContext): Extract<Block, { type: 'table' }>[] {
  const { map, page, painNumbers } = context;
  const perTable = Math.max(1, Math.floor((contentBox(page).width - 90) / 110));
  const cells = new Map<string, Card[]>();
  for (const card of map.cards) {
    const key = `${card.laneId}|${card.stepId}`;
    const list = cells.get(key);
    if (list) list.push(card);
    else cells.set(key, [card]);
  }
  for (const list of cells.values()) list.sort((x, y) => x.order - y.order);
  // Groups of steps, cut between phases when a phase fits in one table.
  const groups: { phase: Phase; steps: Phase['steps'] }[][] = [];
  let group: { phase: Phase; steps: Phase['steps'] }[] = [];
  let used = 0;
  for (const phase of map.phases) {
    for (let i = 0; i < phase.steps.length; i += perTable) {
      const steps = phase.steps.slice(i, i + perTable);
      if (used > 0 && used + steps.length > perTable) {
        groups.push(group);
        group = [];
        used = 0;
      }
      group.push({ phase, steps });
      used += steps.length;
    }
  }
  if (group.length > 0) groups.push(group);
  return groups.map((parts) => {
    const steps = parts.flatMap((p) => p.steps);
    const phaseRow: TableCell[] = [
      { ...cell([b('Phase')]), fill: LANE_FILL },
      ...parts.map((p) => ({
        ...cell([b(phaseName(p.phase), { colour: PHASE_INK })]),
        colSpan: p.steps.length,
        fill: PHASE_FILL,
      })),
    ];
    const stepRow: TableCell[] = [
      { ...cell([b('Lane / step')]), fill: LANE_FILL },
      ...steps.map((step) => {
        // The step's own score, else its emotion cards' (domain/stepEmotion.ts).
        const emotion = stepEmotion(step, map.cards).score;
        const score =
          emotion === null
            ? 'No emotion score'
            : `Emotion ${formatScore(emotion)} (${EMOTION_LABELS[emotion].toLowerCase()})`;
        const spans = [b(stepTitle(step)), t(`\n${score}`)];
        if (step.momentOfTruth) spans.push(t('\n★ Moment of truth'));
        return { ...cell(spans), fill: STEP_FILL };
      }),
    ];
    const rows = map.lanes.map((lane) => [
      {
        ...cell([b(lane.name.trim() || LANE_KIND_LABELS[lane.kind])]),
        fill: LANE_FILL,
      },
      ...steps.map((step) => {
        const list = cells.get(`${lane.id}|${step.id}`) ?? [];
        return { paras: list.map((card) => cardPara(card, painNumbers)) };
      }),
    ]);
    return {
      type: 'table' as const,
      columns: [{ weight: 0.9 }, ...steps.map(() => ({ weight: 1 }))],
      header: [phaseRow, stepRow],
      rows,
      caption: parts.map((p) => phaseName(p.phase)).join(', '),
    };
  });
}

/** The map across pages: tiles for PDF and print, tables for Word. */
export async function mapPagesSection(context: ReportContext): Promise<Block[]> {
  const { map, page, settings, pacer } = context;
  if (map.phases.length === 0 || map.lanes.length === 0) {
    return [nothing('The map is empty: it has no phases or lanes yet.')];
  }
  const { tiles, scale } = await mapTiles(map, page, settings.mapSplit, pacer);
  const cardPt = Math.max(MIN_CARD_TEXT_PT, Math.round(scale * 10 * 10) / 10);
  return [
    paragraph(
      `The map across pages, ${settings.mapSplit === 'phase' ? 'cut between phases' : 'as many steps as fit on a page'}. ` +
        `Lane and phase headers repeat on every page, and card text prints at ${cardPt} pt or larger. ` +
        'Pain points carry the same numbers as on the map.',
      'muted',
    ),
    { type: 'mapPages', tiles, tables: mapTables(context) },
  ];
}

/** Each persona in full: picture, quote, description and the four lists. */
export function personasSection({ map }: ReportContext): Block[] {
  if (map.personas.length === 0) return [nothing('This map has no personas.')];
  const blocks: Block[] = [];
  for (const persona of map.personas) {
    const name = persona.name.trim() || 'Unnamed persona';
    blocks.push(heading(2, name, `persona-${persona.id}`));
    if (persona.picture?.kind === 'image') {
      blocks.push({
        type: 'image',
        dataUrl: persona.picture.dataUrl,
        alt: persona.picture.alt.trim() || `Picture of ${name}`,
        width: 96,
        height: 96,
      });
    }
    if (persona.quote.trim()) blocks.push(paragraph(`“${persona.quote.trim()}”`, 'quote'));
    if (persona.description.trim()) blocks.push(paragraph(persona.description.trim()));
    for (const list of PERSONA_LISTS) {
      blocks.push(heading(3, list.label, `persona-${persona.id}-${list.key}`));
      const items = persona[list.key as keyof typeof persona] as string[];
      blocks.push(
        items.length === 0
          ? nothing(`No ${list.label.toLowerCase()} recorded.`)
          : { type: 'list', ordered: false, items: items.map((text) => ({ spans: [t(text)] })) },
      );
    }
  }
  return blocks;
}
