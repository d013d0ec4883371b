import { describe, expect, it } from 'vitest';
import { allSteps } from './edits';
import { idSchema, journeyMapSchema } from './schema';
import { createSampleMap, SAMPLE_MAP_ID } from './sampleMap';
import { CARD_KINDS } from './vocabulary';

const NOW = new Date('2026-01-15T10:30:00.000Z');

describe('createSampleMap', () => {
  const map = createSampleMap(NOW);
  const steps = allSteps(map);

  it('is a valid journey map', () => {
    const result = journeyMapSchema.safeParse(map);
    expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
    expect(map.id).toBe(SAMPLE_MAP_ID);
    expect(map.title).toBe('Independent Living – customer journey');
    expect(map.status).toBe('final');
  });

  it('takes its timestamps from `now` and is deterministic', () => {
    expect(map.createdAt).toBe(NOW.toISOString());
    expect(map.updatedAt).toBe(NOW.toISOString());
    expect(createSampleMap(NOW)).toEqual(map);
  });

  it('has the six journey steps of the report in four phases', () => {
    expect(steps.map((s) => s.id)).toEqual([
      'step-apply',
      'step-resources',
      'step-settle',
      'step-appointments',
      'step-review',
      'step-leave',
    ]);
    expect(map.phases.map((p) => p.id)).toEqual([
      'phase-join',
      'phase-settle',
      'phase-support',
      'phase-leave',
    ]);
    for (const step of steps) expect(step.description.length).toBeGreaterThan(step.title.length);
  });

  it('has 6–8 lanes', () => {
    expect(map.lanes.length).toBeGreaterThanOrEqual(6);
    expect(map.lanes.length).toBeLessThanOrEqual(8);
  });

  it('carries the tallies of the report on one evidence card per step', () => {
    const expected: Record<string, [number, number, number]> = {
      'step-apply': [18, 0, 2],
      'step-resources': [19, 0, 1],
      'step-settle': [18, 0, 2],
      'step-appointments': [16, 2, 2],
      'step-review': [19, 0, 1],
      'step-leave': [19, 0, 1],
    };
    for (const step of steps) {
      const evidence = map.cards.filter((c) => c.kind === 'evidence' && c.stepId === step.id);
      expect(evidence).toHaveLength(1);
      const card = evidence[0];
      if (card?.kind !== 'evidence') throw new Error('expected an evidence card');
      const [positive, neutral, negative] = expected[step.id] ?? [];
      expect(card.tallies).toEqual({ positive, neutral, negative });
      expect(card.participants.of).toBe(20);
      expect(card.basis).toBe('evidenced');
      expect(card.source).toBe('Customer interviews, Q2 2025/26');
      expect(card.quotes.length).toBeGreaterThanOrEqual(1);
      expect(card.quotes.length).toBeLessThanOrEqual(3);
    }
  });

  it('derives each step’s emotion from its evidence', () => {
    expect(steps.map((s) => s.emotionScore)).toEqual([1, 2, 1, 1, 2, 2]);
    for (const step of steps) expect(step.emotionSource).toBe('evidence');
  });

  it('marks exactly three moments of truth', () => {
    const marked = steps.filter((s) => s.momentOfTruth !== null).map((s) => s.id);
    expect(marked).toEqual(['step-apply', 'step-settle', 'step-appointments']);
  });

  it('has the cards of a full map', () => {
    expect(map.cards.filter((c) => c.kind === 'idea').length).toBeGreaterThanOrEqual(6);
    for (const kind of ['touchpoint', 'pain-point', 'love-point', 'evidence', 'recommendation']) {
      expect(
        map.cards.some((c) => c.kind === kind),
        kind,
      ).toBe(true);
    }
    for (const card of map.cards) expect(CARD_KINDS).toContain(card.kind);
  });

  it('points recommendations at pain points that exist', () => {
    const byId = new Map(map.cards.map((c) => [c.id, c]));
    const recommendations = map.cards.filter((c) => c.kind === 'recommendation');
    expect(recommendations.some((r) => r.answers !== null)).toBe(true);
    for (const rec of recommendations) {
      if (rec.answers !== null) expect(byId.get(rec.answers)?.kind).toBe('pain-point');
      expect(rec.owner).not.toBe('');
      expect(rec.targetDate?.startsWith('2026-')).toBe(true);
    }
  });

  it('numbers cards densely within each cell', () => {
    const cells = new Map<string, number[]>();
    for (const card of map.cards) {
      const key = `${card.laneId}|${card.stepId}`;
      cells.set(key, [...(cells.get(key) ?? []), card.order]);
    }
    for (const orders of cells.values()) {
      expect(orders.slice().sort((a, b) => a - b)).toEqual(orders.map((_, i) => i));
    }
  });

  it('uses unique, well-formed ids', () => {
    const ids = [
      ...map.phases.flatMap((p) => [p.id, ...p.steps.map((s) => s.id)]),
      ...map.lanes.map((l) => l.id),
      ...map.cards.map((c) => c.id),
      ...map.personas.map((p) => p.id),
      ...map.research.map((r) => r.id),
    ];
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(idSchema.safeParse(id).success, id).toBe(true);
  });

  it('has one illustrative persona and the interview research', () => {
    expect(map.personas).toHaveLength(1);
    expect(map.personas[0]?.description).toMatch(/illustrative/i);
    expect(map.research).toEqual([
      expect.objectContaining({ method: 'interviews', participants: 20 }),
    ]);
  });
});
