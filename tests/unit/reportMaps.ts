/**
 * Maps for the report tests: the sample map with a workshop's worth of annotations, progress
 * updates, metrics and text in several scripts added through the domain's own edits.
 */
import { addProgressUpdate } from '../../src/domain/actionPlan';
import { addComment, resolveThread } from '../../src/domain/comments';
import { addCard, addLane, updateCard } from '../../src/domain/edits';
import { createSampleMap } from '../../src/domain/sampleMap';
import { journeyMapSchema, type Card, type JourneyMap } from '../../src/domain/schema';
import { castVote, revealRound, startVoteRound } from '../../src/domain/voting';
import { bigMap } from '../builders';

/** Text in scripts a map may hold: Welsh, Polish, Arabic, Chinese and emoji. */
export const SCRIPTS = {
  welsh: 'Croeso i’r gwasanaeth ŵyr',
  polish: 'Łódź: zgłoszenie przyjęte',
  arabic: 'مرحبا بالعالم',
  chinese: '客户旅程地图',
  emoji: 'Great visit 🦊🧭',
} as const;

const NOW = new Date('2025-10-20T09:00:00Z');

/** The sample map with progress logs, metrics, comments, votes and text in many scripts. */
export function reportSample(): JourneyMap {
  let map = createSampleMap();
  // Progress logs over two months, so "as at" and the comparison have something to read.
  map = addProgressUpdate(map, 'card-rec-referral-form', {
    id: 'pu-1',
    date: '2025-09-10',
    text: 'Audit of the referral form started',
    status: 'on-track',
  });
  map = addProgressUpdate(map, 'card-rec-referral-form', {
    id: 'pu-2',
    date: '2025-10-12',
    text: 'Form redesign delayed by the website review',
    status: 'at-risk',
  });
  map = addProgressUpdate(map, 'card-rec-cleaning', {
    id: 'pu-3',
    date: '2025-10-01',
    text: 'Raised with the cleaning contractor; resolved',
    status: 'complete',
  });
  // Metrics against targets, in a lane of their own.
  map = addLane(map, { kind: 'metrics', id: 'lane-metrics' });
  map = addCard(map, {
    kind: 'metric',
    laneId: 'lane-metrics',
    stepId: 'step-apply',
    id: 'card-metric-calls',
    title: 'Calls answered within 4 minutes',
  });
  map = updateCard(map, 'card-metric-calls', { value: 70, target: 80, unit: '%', sampleSize: 412 });
  map = addCard(map, {
    kind: 'metric',
    laneId: 'lane-metrics',
    stepId: 'step-review',
    id: 'card-metric-ringback',
    title: 'Ring backs within 1 working hour',
  });
  map = updateCard(map, 'card-metric-ringback', {
    value: 14,
    target: 60,
    unit: 'minutes',
    direction: 'lower-is-better',
  });
  // Text in several scripts on cards.
  map = addCard(map, {
    kind: 'thought',
    laneId: 'lane-actions',
    stepId: 'step-leave',
    id: 'card-scripts',
    title: `${SCRIPTS.welsh} · ${SCRIPTS.polish}`,
  });
  map = updateCard(map, 'card-scripts', {
    description: `${SCRIPTS.arabic} · ${SCRIPTS.chinese} · ${SCRIPTS.emoji}`,
  });
  // Comments: one open thread with a reply, one resolved thread.
  const comment = (id: string, cardId: string, text: string, parentId: string | null = null) => {
    map = addComment(map, {
      id,
      target: { kind: 'card', id: cardId },
      author: 'Carley Lewis',
      text,
      parentId,
      now: NOW,
    });
  };
  comment('cm-open', 'card-pain-settle', 'Check the settling-in checklist with the IL team');
  comment('cm-reply', 'card-pain-settle', 'Agreed: on the next team agenda', 'cm-open');
  comment('cm-resolved', 'card-pain-contacts', 'Contact cards reprinted last month');
  map = resolveThread(map, 'cm-resolved', true);
  // A revealed vote and an open one.
  map = startVoteRound(map, {
    id: 'round-1',
    question: 'Which pain point matters most?',
    votesPerParticipant: 2,
    cardKinds: ['pain-point'],
    anonymous: false,
    now: NOW,
  });
  map = castVote(map, 'round-1', 'Sarah', 'card-pain-settle', { id: 'v1' });
  map = castVote(map, 'round-1', 'Danielle', 'card-pain-settle', { id: 'v2' });
  map = castVote(map, 'round-1', 'Katie', 'card-pain-visits', { id: 'v3' });
  map = revealRound(map, 'round-1');
  map = startVoteRound(map, {
    id: 'round-2',
    question: 'Which idea first?',
    votesPerParticipant: 1,
    cardKinds: ['idea'],
    anonymous: true,
    now: new Date('2025-10-21T09:00:00Z'),
  });
  return map;
}

const THEMES = ['Access', 'Communication', 'Repairs', 'Staff', ''];
const STATUSES = [
  'not-started',
  'on-track',
  'at-risk',
  'off-track',
  'on-hold',
  'complete',
] as const;

/**
 * bigMap(2000) with every tenth card a recommendation (200 of them, five themes, each with
 * two progress updates), so the action plan and status summary have volume too.
 */
export function bigReportMap(cardCount = 2000): JourneyMap {
  const map = bigMap(cardCount);
  const cards = map.cards.map((card, i) => {
    if (i % 10 !== 5) return card;
    const { kind: _kind, ...base } = card as Card & Record<string, unknown>;
    const status = STATUSES[i % STATUSES.length] ?? 'not-started';
    return {
      ...base,
      kind: 'recommendation',
      why: 'Customers told us they wait too long for an answer.',
      theme: THEMES[i % THEMES.length],
      owner: `Team ${i % 7}`,
      targetDate: '2026-03-31',
      status,
      progress: [
        { id: `p${i}a`, date: '2025-09-15', text: 'Scoping started', status: 'on-track' },
        { id: `p${i}b`, date: '2025-10-15', text: 'Update for October', status },
      ],
    };
  });
  return journeyMapSchema.parse({ ...map, cards });
}
