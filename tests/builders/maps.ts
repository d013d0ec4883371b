/**
 * Named maps shared by the unit tests: a small grid (canvas, actions, history), a rich map with
 * one card of every kind (exports), and a big generated one (timings, layout limits).
 */
import type { JourneyMap } from '../../src/domain/schema';
import {
  CARD_KINDS,
  LANE_DEFAULT_CARD_KIND,
  LANE_KINDS,
  type LaneKind,
} from '../../src/domain/vocabulary';
import { BUILT_AT, buildMap, card, lane, type CardSpec } from './buildMap';

/**
 * Two phases (p1 "Join": s1 "Apply", s2 "Wait" 300 px wide; p2 "Use": s3 "Visit") and three
 * lanes (l-touch, l-pain, l-emo). Cards: touchpoints c-t1 "Phone call" (phone) and c-t2
 * "Letter" in s1, pain points c-p1 "Long wait" in s1, c-p3 "No-show" in s3, c-p2 "No news" in
 * s2; then `extraCards`.
 */
export function gridMap(extraCards: readonly CardSpec[] = []): JourneyMap {
  return buildMap({
    id: 'map-1',
    title: 'Test map',
    phases: [
      {
        id: 'p1',
        name: 'Join',
        steps: [
          { id: 's1', title: 'Apply' },
          { id: 's2', title: 'Wait', width: 300 },
        ],
      },
      { id: 'p2', name: 'Use', steps: [{ id: 's3', title: 'Visit' }] },
    ],
    lanes: [
      lane('touchpoints', { id: 'l-touch' }),
      lane('pain-points', { id: 'l-pain' }),
      lane('emotions', { id: 'l-emo' }),
    ],
    cards: [
      card('touchpoint', { id: 'c-t1', stepId: 's1', title: 'Phone call', channel: 'phone' }),
      card('touchpoint', { id: 'c-t2', stepId: 's1', title: 'Letter' }),
      card('pain-point', { id: 'c-p1', stepId: 's1', title: 'Long wait' }),
      card('pain-point', { id: 'c-p3', stepId: 's3', title: 'No-show' }),
      card('pain-point', { id: 'c-p2', stepId: 's2', title: 'No news' }),
      ...extraCards,
    ],
  });
}

/**
 * "Repairs: reporting a leak": two phases (ph-report: s-call, s-wait; ph-fix: s-visit), one
 * lane of every lane kind (id `l-<kind>`), one card of every kind (and a second touchpoint
 * with a quoted, multi-line text), a persona, links, a comment thread and a revealed vote.
 */
export function richMap(): JourneyMap {
  const cards: CardSpec[] = [
    card('touchpoint', { id: 'c-touch', stepId: 's-call', title: 'Phone call', channel: 'phone' }),
    card('touchpoint', {
      id: 'c-touch2',
      stepId: 's-call',
      title: 'Letter, "confirming" visit',
      channel: 'letter',
      description: 'Sent within 2 days\nby post',
    }),
    card('action', { id: 'c-action', stepId: 's-call', title: 'Reports a leak' }),
    card('thought', { id: 'c-thought', stepId: 's-wait', title: 'Will anyone come?' }),
    card('emotion', { id: 'c-emotion', stepId: 's-wait', title: 'Anxious', score: -2 }),
    card('pain-point', {
      id: 'c-pain1',
      stepId: 's-call',
      title: 'Long hold times',
      severity: 'high',
      momentOfTruth: { reason: 'First contact decides trust' },
    }),
    card('pain-point', { id: 'c-pain2', stepId: 's-visit', title: 'No-show', severity: null }),
    card('love-point', { id: 'c-love', stepId: 's-visit', title: 'Friendly operative' }),
    card('need', { id: 'c-need', stepId: 's-wait', title: 'Know when they come' }),
    card('idea', { id: 'c-idea', stepId: 's-wait', title: 'SMS reminders' }),
    card('team', { id: 'c-team', stepId: 's-call', title: 'Contact centre' }),
    card('system', { id: 'c-system', stepId: 's-call', title: 'CRM' }),
    card('metric', {
      id: 'c-metric',
      stepId: 's-call',
      title: 'Answered in 60 s',
      value: 72.5,
      target: 80,
      unit: '%',
      sampleSize: 1200,
      date: '2025-02-01',
      direction: 'higher-is-better',
    }),
    card('evidence', {
      id: 'c-evidence',
      stepId: 's-call',
      title: 'Hold music is loud',
      tallies: { positive: 3, neutral: 1, negative: 12 },
      participants: { count: 12, of: 20 },
      source: 'Interviews Q2',
      sourceUrl: 'https://example.org/report',
      quotes: [{ id: 'q1', text: 'I waited 40 minutes', participant: 'P07' }],
      basis: 'evidenced',
    }),
    card('recommendation', {
      id: 'c-rec',
      stepId: 's-call',
      title: 'Call-back option',
      why: 'Cuts hold time',
      theme: 'Contact',
      owner: 'Head of CX',
      targetDate: '2025-06-30',
      revisedDate: '2025-07-31',
      completedDate: null,
      status: 'at-risk',
      answers: 'c-pain1',
      progress: [{ id: 'pu1', date: '2025-03-01', text: 'Vendor chosen', status: 'on-track' }],
    }),
    card('note', {
      id: 'c-note',
      stepId: 's-visit',
      title: '=HYPERLINK("http://evil")',
      basis: 'assumed',
      tags: ['check'],
    }),
  ];
  return buildMap({
    id: 'map-rich',
    title: 'Repairs: reporting a leak',
    description: 'From first call to fix',
    personas: [
      {
        id: 'p-ann',
        name: 'Ann, 72',
        quote: 'I just want it fixed.',
        demographics: ['Lives alone', 'Tenant 20 years'],
      },
    ],
    phases: [
      {
        id: 'ph-report',
        name: 'Report',
        startDate: '2025-01-01',
        endDate: '2025-01-14',
        steps: [
          {
            id: 's-call',
            title: 'Calls',
            emotionScore: -1,
            momentOfTruth: { reason: 'First contact' },
          },
          { id: 's-wait', title: 'Waits', emotionScore: 0 },
        ],
      },
      { id: 'ph-fix', name: 'Fix', steps: [{ id: 's-visit', title: 'Visit', emotionScore: 2 }] },
    ],
    lanes: LANE_KINDS.map((kind) =>
      lane(kind, {
        name: `${kind} lane`,
        side: kind === 'teams' || kind === 'systems' ? 'backstage' : 'frontstage',
      }),
    ),
    cards,
    links: [
      { id: 'k1', from: 'c-touch', to: 'c-pain1', kind: 'cause', label: 'leads to' },
      { id: 'k2', from: 'c-action', to: 'c-love' },
      { id: 'k3', from: 'c-pain2', to: 'c-touch' },
    ],
    comments: [
      {
        id: 'm1',
        target: { kind: 'card', id: 'c-pain1' },
        author: 'Sam',
        text: 'Agreed',
        createdAt: BUILT_AT,
      },
      {
        id: 'm2',
        target: { kind: 'card', id: 'c-pain1' },
        parentId: 'm1',
        author: 'Jo',
        text: '+1',
        createdAt: BUILT_AT,
      },
    ],
    voteRounds: [
      {
        id: 'v1',
        question: 'Fix first?',
        votesPerParticipant: 3,
        cardKinds: ['pain-point'],
        status: 'revealed',
        createdAt: BUILT_AT,
        votes: [
          { id: 'vv1', participant: 'Sam', cardId: 'c-pain1' },
          { id: 'vv2', participant: 'Jo', cardId: 'c-pain1' },
        ],
      },
    ],
  });
}

/**
 * A big map for timings and limits: `cardCount` cards (ids `c0`, `c1`, …) over `steps` steps
 * (phases of 5, ids `s0`, `s1`, …) and the first ten lane kinds (ids `l-<kind>`), each card of
 * its lane's kind except every seventh (cycling through every kind), every third with a
 * description, and a link from every tenth card to the card eleven after it.
 */
export function bigMap(cardCount: number, steps = 100): JourneyMap {
  const phaseCount = Math.ceil(steps / 5);
  const phases = Array.from({ length: phaseCount }, (_, p) => ({
    id: `ph${p}`,
    name: `Phase ${p + 1}`,
    steps: Array.from({ length: Math.min(5, steps - p * 5) }, (_, s) => ({
      id: `s${p * 5 + s}`,
      title: `Step ${p * 5 + s + 1}`,
      emotionScore: ((p * 5 + s) % 5) - 2,
    })),
  }));
  const lanes = LANE_KINDS.slice(0, 10).map((kind: LaneKind) => lane(kind, { name: kind }));
  const cards = Array.from({ length: cardCount }, (_, i): CardSpec => {
    const laneAt = lanes[i % lanes.length]!;
    const kind =
      i % 7 === 0 ? CARD_KINDS[i % CARD_KINDS.length]! : LANE_DEFAULT_CARD_KIND[laneAt.kind];
    return card(kind, {
      id: `c${i}`,
      laneId: laneAt.id,
      stepId: `s${Math.floor(i / lanes.length) % steps}`,
      order: i,
      title: `Card ${i}: customer waits for a reply about the repair`,
      description:
        i % 3 === 0 ? 'Some longer description text that wraps over a few lines of the card.' : '',
    });
  });
  const links = cards
    .filter((_, i) => i % 10 === 0 && i + 11 < cardCount)
    .map((c, i) => ({ id: `k${i}`, from: c.id!, to: `c${Number(c.id!.slice(1)) + 11}` }));
  return buildMap({
    id: 'map-big',
    title: `Big map (${cardCount} cards)`,
    phases,
    lanes,
    cards,
    links,
  });
}
