/**
 * The map as an outline, in journey order: phase → step → the step's cards, lane by lane from
 * top to bottom, then by order in the cell (the order of domain/painPoints.ts). The editor's
 * Outline view and the report's "The map in words" both read this one model, so what a
 * screen-reader user hears in the editor and what a report says in place of its picture are
 * the same words. Pure: no React, no DOM.
 */
import { commentCounts } from './comments';
import { CARD_KIND_REGISTRY, describeCard, emotionText } from './kinds';
import { phaseDisplayName, stepDisplayNames } from './names';
import { numberPainPoints } from './painPoints';
import type { Card, JourneyMap, Lane, Phase, Step } from './schema';
import { plural } from './words';
import { latestRound, voteCounts } from './voting';

/** The parts of a map the outline reads. */
export type OutlineSource = Pick<
  JourneyMap,
  'phases' | 'lanes' | 'cards' | 'links' | 'comments' | 'voteRounds'
>;

/** One card in the outline: the card and what it shows, in words. */
export interface OutlineCard {
  card: Card;
  /** The card's title, or "Untitled". */
  title: string;
  /** The kind's label ("Pain point"). */
  kind: string;
  lane: Lane;
  /** The lane's name, or "Untitled lane". */
  laneName: string;
  /** Its pain point number (1 … n in journey order), or null. */
  painNumber: number | null;
  /** What the card shows as colour or glyphs, in words (channel, severity, …), or "". */
  details: string;
  /** Open comments on the card. */
  comments: number;
  /** Votes in the latest round, once its results are revealed. */
  votes: number;
  /** The cards this card links to, with their titles. */
  linksTo: { id: string; title: string }[];
}

/** One step in the outline with its cards in journey order. */
export interface OutlineStep {
  step: Step;
  /** The step's name as shown everywhere (domain/names.ts). */
  name: string;
  /** The step's emotion, moment of truth and rating in words ("emotion positive (+1)"), or "". */
  marks: string;
  cards: OutlineCard[];
}

/** One phase in the outline. */
export interface OutlinePhase {
  phase: Phase;
  /** The phase's name, or "Untitled phase". */
  name: string;
  steps: OutlineStep[];
}

/** The whole map as an outline, with its counts. */
export interface MapOutline {
  phases: OutlinePhase[];
  counts: { phases: number; steps: number; lanes: number; cards: number };
}

/** A lane's name as shown, or "Untitled lane". */
export function laneDisplayName(lane: Pick<Lane, 'name'>): string {
  return lane.name.trim() || 'Untitled lane';
}

/** "2 comments, 3 votes", or "" when the card has neither. */
export function tallyText(counts: { comments: number; votes: number }): string {
  const parts: string[] = [];
  if (counts.comments > 0) parts.push(plural(counts.comments, 'comment'));
  if (counts.votes > 0) parts.push(plural(counts.votes, 'vote'));
  return parts.join(', ');
}

function stepMarks(step: Step): string {
  const parts: string[] = [];
  if (step.emotionScore !== null) {
    const sign = step.emotionScore > 0 ? '+' : '';
    parts.push(
      `emotion ${emotionText(step.emotionScore).toLowerCase()} (${sign}${step.emotionScore})`,
    );
  }
  if (step.momentOfTruth) parts.push('moment of truth');
  if (step.rating) parts.push(`rating ${step.rating}`);
  return parts.join(' · ');
}

/**
 * The outline of `map` (see the file comment). Cards in a lane or step that is not on the map
 * are left out (a valid map has none).
 */
export function outlineOf(map: OutlineSource): MapOutline {
  const lanes = new Map(map.lanes.map((lane, index) => [lane.id, { lane, index }]));
  const painNumbers = numberPainPoints(map);
  const comments = commentCounts(map);
  const round = latestRound(map);
  const votes = round?.status === 'revealed' ? voteCounts(round) : new Map<string, number>();
  const titles = new Map(map.cards.map((c) => [c.id, c.title.trim() || 'Untitled']));
  const linksFrom = new Map<string, { id: string; title: string }[]>();
  for (const link of map.links) {
    const list = linksFrom.get(link.from) ?? [];
    list.push({ id: link.to, title: titles.get(link.to) ?? 'Untitled' });
    linksFrom.set(link.from, list);
  }
  const byStep = new Map<string, Card[]>();
  for (const card of map.cards) {
    if (!lanes.has(card.laneId)) continue;
    const list = byStep.get(card.stepId);
    if (list) list.push(card);
    else byStep.set(card.stepId, [card]);
  }
  const laneIndex = (card: Card) => lanes.get(card.laneId)?.index ?? 0;
  const stepNames = stepDisplayNames(map.phases);
  const outlineCard = (card: Card): OutlineCard => {
    const lane = lanes.get(card.laneId)?.lane as Lane;
    const painNumber = painNumbers.get(card.id) ?? null;
    return {
      card,
      title: titles.get(card.id) ?? 'Untitled',
      kind: CARD_KIND_REGISTRY[card.kind].label,
      lane,
      laneName: laneDisplayName(lane),
      painNumber,
      details: describeCard(card, { painNumber }).description,
      comments: comments.get(card.id) ?? 0,
      votes: votes.get(card.id) ?? 0,
      linksTo: linksFrom.get(card.id) ?? [],
    };
  };
  const phases = map.phases.map((phase) => ({
    phase,
    name: phaseDisplayName(phase),
    steps: phase.steps.map((step) => ({
      step,
      name: stepNames.get(step.id) ?? 'Untitled step',
      marks: stepMarks(step),
      cards: (byStep.get(step.id) ?? [])
        .slice()
        .sort((a, b) => laneIndex(a) - laneIndex(b) || a.order - b.order)
        .map(outlineCard),
    })),
  }));
  return {
    phases,
    counts: {
      phases: map.phases.length,
      steps: stepNames.size,
      lanes: map.lanes.length,
      cards: phases.reduce((n, p) => n + p.steps.reduce((m, s) => m + s.cards.length, 0), 0),
    },
  };
}

/**
 * One card of the outline as a sentence: "Pain point: Long waits (lane Pain points). High
 * severity … 2 comments. Links to: Phone line." The report's map in words uses it.
 */
export function outlineCardText(item: OutlineCard): string {
  const parts = [`${item.kind}: ${item.title} (lane ${item.laneName}).`];
  if (item.details) parts.push(/[.!?]$/.test(item.details) ? item.details : `${item.details}.`);
  const tally = tallyText(item);
  if (tally) parts.push(`${tally[0]?.toUpperCase()}${tally.slice(1)}.`);
  if (item.linksTo.length > 0)
    parts.push(`Links to: ${item.linksTo.map((link) => link.title).join(', ')}.`);
  return parts.join(' ');
}
