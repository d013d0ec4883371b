/**
 * Maps for the export tests: a small map with every card kind, and a big generated one.
 * Built through the schema so defaults are filled exactly as a loaded file would be.
 */
import { journeyMapSchema, type JourneyMap, type JourneyMapInput } from '../../src/domain/schema';
import { CARD_KINDS, LANE_DEFAULT_CARD_KIND, LANE_KINDS } from '../../src/domain/vocabulary';

const NOW = '2025-03-01T10:00:00.000Z';

type CardInput = NonNullable<JourneyMapInput['cards']>[number];

/** A map with two phases, every lane kind and one card of every kind, with links and notes. */
export function richMap(): JourneyMap {
  const cards: CardInput[] = [
    {
      id: 'c-touch',
      kind: 'touchpoint',
      laneId: 'l-touchpoints',
      stepId: 's-call',
      order: 0,
      title: 'Phone call',
      channel: 'phone',
    },
    {
      id: 'c-touch2',
      kind: 'touchpoint',
      laneId: 'l-touchpoints',
      stepId: 's-call',
      order: 1,
      title: 'Letter, "confirming" visit',
      channel: 'letter',
      description: 'Sent within 2 days\nby post',
    },
    {
      id: 'c-action',
      kind: 'action',
      laneId: 'l-actions',
      stepId: 's-call',
      order: 0,
      title: 'Reports a leak',
    },
    {
      id: 'c-thought',
      kind: 'thought',
      laneId: 'l-thoughts',
      stepId: 's-wait',
      order: 0,
      title: 'Will anyone come?',
    },
    {
      id: 'c-emotion',
      kind: 'emotion',
      laneId: 'l-emotions',
      stepId: 's-wait',
      order: 0,
      title: 'Anxious',
      score: -2,
    },
    {
      id: 'c-pain1',
      kind: 'pain-point',
      laneId: 'l-pain-points',
      stepId: 's-call',
      order: 0,
      title: 'Long hold times',
      severity: 'high',
      momentOfTruth: { reason: 'First contact decides trust' },
    },
    {
      id: 'c-pain2',
      kind: 'pain-point',
      laneId: 'l-pain-points',
      stepId: 's-visit',
      order: 0,
      title: 'No-show',
      severity: null,
    },
    {
      id: 'c-love',
      kind: 'love-point',
      laneId: 'l-love-points',
      stepId: 's-visit',
      order: 0,
      title: 'Friendly operative',
    },
    {
      id: 'c-need',
      kind: 'need',
      laneId: 'l-needs',
      stepId: 's-wait',
      order: 0,
      title: 'Know when they come',
    },
    {
      id: 'c-idea',
      kind: 'idea',
      laneId: 'l-opportunities',
      stepId: 's-wait',
      order: 0,
      title: 'SMS reminders',
    },
    {
      id: 'c-team',
      kind: 'team',
      laneId: 'l-teams',
      stepId: 's-call',
      order: 0,
      title: 'Contact centre',
    },
    {
      id: 'c-system',
      kind: 'system',
      laneId: 'l-systems',
      stepId: 's-call',
      order: 0,
      title: 'CRM',
    },
    {
      id: 'c-metric',
      kind: 'metric',
      laneId: 'l-metrics',
      stepId: 's-call',
      order: 0,
      title: 'Answered in 60 s',
      value: 72.5,
      target: 80,
      unit: '%',
      sampleSize: 1200,
      date: '2025-02-01',
      direction: 'higher-is-better',
    },
    {
      id: 'c-evidence',
      kind: 'evidence',
      laneId: 'l-evidence',
      stepId: 's-call',
      order: 0,
      title: 'Hold music is loud',
      tallies: { positive: 3, neutral: 1, negative: 12 },
      participants: { count: 12, of: 20 },
      source: 'Interviews Q2',
      sourceUrl: 'https://example.org/report',
      quotes: [{ id: 'q1', text: 'I waited 40 minutes', participant: 'P07' }],
      basis: 'evidenced',
    },
    {
      id: 'c-rec',
      kind: 'recommendation',
      laneId: 'l-recommendations',
      stepId: 's-call',
      order: 0,
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
    },
    {
      id: 'c-note',
      kind: 'note',
      laneId: 'l-custom',
      stepId: 's-visit',
      order: 0,
      title: '=HYPERLINK("http://evil")',
      basis: 'assumed',
      tags: ['check'],
    },
  ];
  const input: JourneyMapInput = {
    id: 'map-rich',
    title: 'Repairs: reporting a leak',
    description: 'From first call to fix',
    createdAt: NOW,
    updatedAt: NOW,
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
    lanes: LANE_KINDS.map((kind) => ({
      id: `l-${kind}`,
      name: `${kind} lane`,
      kind,
      side:
        kind === 'teams' || kind === 'systems' ? ('backstage' as const) : ('frontstage' as const),
    })),
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
        createdAt: NOW,
      },
      {
        id: 'm2',
        target: { kind: 'card', id: 'c-pain1' },
        parentId: 'm1',
        author: 'Jo',
        text: '+1',
        createdAt: NOW,
      },
    ],
    voteRounds: [
      {
        id: 'v1',
        question: 'Fix first?',
        votesPerParticipant: 3,
        cardKinds: ['pain-point'],
        status: 'revealed',
        createdAt: NOW,
        votes: [
          { id: 'vv1', participant: 'Sam', cardId: 'c-pain1' },
          { id: 'vv2', participant: 'Jo', cardId: 'c-pain1' },
        ],
      },
    ],
  };
  return journeyMapSchema.parse(input);
}

/**
 * A big map for timings: `cardCount` cards spread over `steps` steps (in phases of 5) and
 * every lane kind, cycling through the card kinds, with a link for every tenth card.
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
  const lanes = LANE_KINDS.slice(0, 10).map((kind) => ({ id: `l-${kind}`, name: kind, kind }));
  const cards: CardInput[] = [];
  for (let i = 0; i < cardCount; i++) {
    const lane = lanes[i % lanes.length]!;
    const kind =
      i % 7 === 0 ? CARD_KINDS[i % CARD_KINDS.length]! : LANE_DEFAULT_CARD_KIND[lane.kind];
    cards.push({
      id: `c${i}`,
      kind,
      laneId: lane.id,
      stepId: `s${Math.floor(i / lanes.length) % steps}`,
      order: i,
      title: `Card ${i}: customer waits for a reply about the repair`,
      description:
        i % 3 === 0 ? 'Some longer description text that wraps over a few lines of the card.' : '',
    });
  }
  const links = cards
    .filter((_, i) => i % 10 === 0 && i + 11 < cardCount)
    .map((card, i) => ({ id: `k${i}`, from: card.id, to: `c${Number(card.id.slice(1)) + 11}` }));
  return journeyMapSchema.parse({
    id: 'map-big',
    title: `Big map (${cardCount} cards)`,
    createdAt: NOW,
    updatedAt: NOW,
    phases,
    lanes,
    cards,
    links,
  });
}
