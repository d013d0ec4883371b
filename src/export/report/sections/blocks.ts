/**
 * Builders for report blocks (model.ts) and the plain-language bits every section shares:
 * dates, statuses, places in the journey.
 */
import type { Card, JourneyMap, Phase, Step } from '../../../domain/schema';
import {
  CARD_KIND_LABELS,
  RECOMMENDATION_STATUS_LABELS,
  type RecommendationStatus,
} from '../../../domain/vocabulary';
import { plural } from '../../../domain/words';
import { formatDate } from '../../format';
import { CARD_KIND_REGISTRY, STATUS_COLOURS } from '../../../domain/kinds';
import type { Block, Para, Span, TableCell } from '../model';

/** A span of plain text. */
export const t = (text: string, style: Omit<Span, 'text'> = {}): Span => ({ text, ...style });
/** A bold span. */
export const b = (text: string, style: Omit<Span, 'text'> = {}): Span => ({
  text,
  bold: true,
  ...style,
});

/** A paragraph block. */
export function paragraph(
  spans: Span[] | string,
  style: Extract<Block, { type: 'paragraph' }>['style'] = 'normal',
): Block {
  return { type: 'paragraph', spans: typeof spans === 'string' ? [t(spans)] : spans, style };
}

/** The words that stand where a section or part has nothing to show. */
export function nothing(text: string): Block {
  return paragraph([t(text, { italic: true })], 'empty');
}

/** A heading block; its anchor is made from `id` so links can reach it. */
export function heading(level: 1 | 2 | 3, text: string, id: string): Block {
  return { type: 'heading', level, text, anchor: anchorOf(id) };
}

/** `section-Findings per step` → `section-findings-per-step` (letters, digits and dashes). */
export function anchorOf(id: string): string {
  const clean = id
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return clean || 'part';
}

/** A table cell of one or more paragraphs. */
export function cell(...paras: (Para | Span[] | string)[]): TableCell {
  return {
    paras: paras.map((p) =>
      typeof p === 'string' ? { spans: [t(p)] } : Array.isArray(p) ? { spans: p } : p,
    ),
  };
}

/** Header cells from labels. */
export function headerRow(labels: string[]): TableCell[] {
  return labels.map((label) => cell([b(label)]));
}

/** `2025-03-01` → `1 Mar 2025`; null → the dash of an empty table cell. */
export function dateText(iso: string | null, empty = '–'): string {
  return iso === null ? empty : formatDate(iso);
}

/** A status word in its traffic-light colour ("On track (green)"), as the editor shows it. */
export function statusSpan(status: RecommendationStatus): Span {
  return b(RECOMMENDATION_STATUS_LABELS[status], { colour: STATUS_COLOURS[status].ink });
}

/** The kind of a card in its editor colour ("Pain point"), from the kind registry. */
export function kindSpan(card: Pick<Card, 'kind'>): Span {
  return b(CARD_KIND_LABELS[card.kind], { colour: CARD_KIND_REGISTRY[card.kind].colours.accent });
}

/** Where each step sits: its phase and its position in the journey. */
export interface StepPlace {
  phase: Phase;
  step: Step;
  index: number;
}

/** Step id → its phase and position. */
export function stepPlaces(map: JourneyMap): Map<string, StepPlace> {
  const places = new Map<string, StepPlace>();
  let index = 0;
  for (const phase of map.phases) {
    for (const step of phase.steps) places.set(step.id, { phase, step, index: index++ });
  }
  return places;
}

/** "Join › Apply or referred" for a step. */
export function placeText(place: StepPlace | undefined): string {
  if (!place) return 'Not on a journey step';
  return `${phaseName(place.phase)} › ${stepTitle(place.step)}`;
}

/** A phase's name, or "Untitled phase". */
export const phaseName = (phase: Phase) => phase.name.trim() || 'Untitled phase';
/** A step's title, or "Untitled step". */
export const stepTitle = (step: Step) => step.title.trim() || 'Untitled step';
/** A card's title, or "Untitled card". */
export const cardTitle = (card: Pick<Card, 'title'>) => card.title.trim() || 'Untitled card';

/** "1 comment", "3 comments", "1,200 replies": domain/words.ts's `plural`. */
export const count = plural;
