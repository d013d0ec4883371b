/** Small maps for the canvas, actions and history tests, built through the schema. */
import { journeyMapSchema, type JourneyMap, type JourneyMapInput } from '../../src/domain/schema';

type CardInput = NonNullable<JourneyMapInput['cards']>[number];

const NOW = '2025-03-01T10:00:00.000Z';

/**
 * Two phases (p1: s1, s2; p2: s3) and three lanes (touchpoints, pain points, emotions).
 * Cards: two touchpoints in s1, one pain point in s1, one in s3, one in s2.
 */
export function gridMap(extraCards: CardInput[] = []): JourneyMap {
  const input: JourneyMapInput = {
    id: 'map-1',
    title: 'Test map',
    createdAt: NOW,
    updatedAt: NOW,
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
      { id: 'l-touch', name: 'Touchpoints', kind: 'touchpoints' },
      { id: 'l-pain', name: 'Pain points', kind: 'pain-points' },
      { id: 'l-emo', name: 'Emotions', kind: 'emotions' },
    ],
    cards: [
      {
        id: 'c-t1',
        kind: 'touchpoint',
        laneId: 'l-touch',
        stepId: 's1',
        order: 0,
        title: 'Phone call',
        channel: 'phone',
      },
      {
        id: 'c-t2',
        kind: 'touchpoint',
        laneId: 'l-touch',
        stepId: 's1',
        order: 1,
        title: 'Letter',
      },
      {
        id: 'c-p1',
        kind: 'pain-point',
        laneId: 'l-pain',
        stepId: 's1',
        order: 0,
        title: 'Long wait',
      },
      {
        id: 'c-p3',
        kind: 'pain-point',
        laneId: 'l-pain',
        stepId: 's3',
        order: 0,
        title: 'No-show',
      },
      {
        id: 'c-p2',
        kind: 'pain-point',
        laneId: 'l-pain',
        stepId: 's2',
        order: 0,
        title: 'No news',
      },
      ...extraCards,
    ],
  };
  return journeyMapSchema.parse(input);
}

/** A map with `count` cards spread over `steps` steps and `lanes` lanes. */
export function bigMap(count: number, steps = 40, lanes = 10): JourneyMap {
  const input: JourneyMapInput = {
    id: 'big',
    title: 'Big map',
    createdAt: NOW,
    updatedAt: NOW,
    phases: Array.from({ length: steps / 4 }, (_, p) => ({
      id: `p${p}`,
      name: `Phase ${p}`,
      steps: Array.from({ length: 4 }, (_, s) => ({
        id: `s${p * 4 + s}`,
        title: `Step ${p * 4 + s}`,
      })),
    })),
    lanes: Array.from({ length: lanes }, (_, l) => ({
      id: `l${l}`,
      name: `Lane ${l}`,
      kind: 'custom' as const,
    })),
    cards: Array.from({ length: count }, (_, i) => ({
      id: `c${i}`,
      kind: 'note' as const,
      laneId: `l${i % lanes}`,
      stepId: `s${Math.floor(i / lanes) % steps}`,
      order: Math.floor(i / (lanes * steps)),
      title: `Card ${i}`,
    })),
  };
  return journeyMapSchema.parse(input);
}
