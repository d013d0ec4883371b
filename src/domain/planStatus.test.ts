import { describe, expect, it } from 'vitest';
import { OCTOBER, SEED_004_THEMES, SEPTEMBER, seed004Map } from '../../tests/builders';
import { compareSummaries, recommendationsOf, statusAsOf, statusSummary } from './actionPlan';
import {
  addAction,
  addActionProgress,
  compareNumbers,
  renumberRecommendations,
  setThemes,
  updateAction,
} from './planEdits';
import { recommendationStatus, rollUpStatus } from './planStatus';
import { journeyMapSchema, type RecommendationCard } from './schema';

describe('the roll-up rule', () => {
  it('complete only when every action is', () => {
    expect(rollUpStatus(['complete', 'complete'])).toBe('complete');
    expect(rollUpStatus(['complete', 'not-started'])).toBe('on-track');
  });
  it('the worst RAG status of the open actions', () => {
    expect(rollUpStatus(['on-track', 'off-track', 'complete'])).toBe('off-track');
    expect(rollUpStatus(['on-track', 'at-risk'])).toBe('at-risk');
    expect(rollUpStatus(['on-hold', 'on-track'])).toBe('on-track');
  });
  it('on hold when every open action is, not started otherwise, none without actions', () => {
    expect(rollUpStatus(['on-hold', 'on-hold'])).toBe('on-hold');
    expect(rollUpStatus(['on-hold', 'not-started'])).toBe('not-started');
    expect(rollUpStatus(['complete', 'on-hold'])).toBe('on-track');
    expect(rollUpStatus([])).toBeNull();
    expect(recommendationStatus({ status: 'at-risk', actions: [] })).toBe('at-risk');
  });
});

describe('seed 004: September against October, with carry-forward', () => {
  const map = seed004Map();

  it('is a valid map of 26 actions under five themes, in the action plan only', () => {
    expect(journeyMapSchema.safeParse(map).success).toBe(true);
    expect(recommendationsOf(map).flatMap((i) => i.card.actions)).toHaveLength(26);
    // Not on a journey step: one row "Not on a journey step" by phase.
    expect(
      statusSummary(recommendationsOf(map), 'phase').rows.map((r) => [r.label, r.total]),
    ).toEqual([['Not on a journey step', 26]]);
  });

  it('lists plans on the journey first, then those kept in the action plan only', () => {
    const mixed = {
      ...map,
      cards: map.cards.map((c) => (c.id === 'rec-2' ? { ...c, onMap: true } : c)),
    };
    expect(recommendationsOf(mixed).map((i) => [i.card.id, i.onMap])[0]).toEqual(['rec-2', true]);
  });

  it('reproduces the seed’s status table between the two dates', () => {
    const c = compareSummaries(map, '2021-11-15', SEPTEMBER, 'theme', OCTOBER);
    const byStatus = Object.fromEntries(c.byStatus.map((r) => [r.status, [r.earlier, r.current]]));
    expect(byStatus).toEqual({
      'on-track': [16, 10],
      'at-risk': [4, 6],
      'off-track': [0, 0],
      'not-started': [4, 2],
      'on-hold': [2, 2],
      complete: [0, 6],
    });
    expect(c.totals).toEqual({ earlier: 26, current: 26 });
  });

  it('counts by theme in the plan’s theme order, as at October', () => {
    const c = compareSummaries(map, '2021-11-15', SEPTEMBER, 'theme', OCTOBER);
    expect(
      c.current.rows.map((r) => [
        r.label,
        r.counts['on-track'],
        r.counts['at-risk'],
        r.counts['on-hold'],
        r.counts['not-started'],
        r.counts.complete,
        r.total,
      ]),
    ).toEqual([
      ['Experience', 1, 1, 2, 0, 0, 4],
      ['Complaints handling', 4, 2, 0, 2, 6, 14],
      ['Customer Ethos', 2, 2, 0, 0, 0, 4],
      ['Emotional Connection', 2, 1, 0, 0, 0, 3],
      ['Ethics', 1, 0, 0, 0, 0, 1],
    ]);
    // Reordering the themes reorders the summary.
    const reordered = setThemes(map, [...map.themes].reverse());
    expect(
      statusSummary(recommendationsOf(reordered), 'theme', undefined, reordered).rows.map(
        (r) => r.label,
      ),
    ).toEqual([...SEED_004_THEMES].reverse());
  });

  it('a recommendation’s status on a date rolls up its actions’ carried-forward statuses', () => {
    const ethos = recommendationsOf(map).find((i) => i.card.theme === 'Customer Ethos')!.card;
    expect(statusAsOf(ethos, '2021-09-01')).toBe('not-started');
    expect(statusAsOf(ethos, SEPTEMBER)).toBe('at-risk');
    expect(statusAsOf(ethos, '2030-01-01')).toBe('at-risk');
    expect(recommendationStatus(ethos)).toBe('at-risk');
  });
});

describe('actions and numbers', () => {
  it('an update to an action sets its status and fills the actual date when complete', () => {
    let map = seed004Map();
    map = addAction(map, 'rec-4', {
      id: 'new',
      title: 'Who’s who directory',
      targetDate: 'Mar 2022',
    });
    map = addActionProgress(map, 'rec-4', 'new', {
      date: '2022-03-20',
      text: 'Live',
      status: 'complete',
    });
    map = updateAction(map, 'rec-4', 'new', { owner: 'Head of Housing Services' });
    const rec = map.cards.find((c) => c.id === 'rec-4') as RecommendationCard;
    expect(rec.actions[1]).toMatchObject({
      status: 'complete',
      completedDate: '2022-03-20',
      owner: 'Head of Housing Services',
    });
  });

  it('numbers sort as people read them and renumber without losing sub-numbers', () => {
    expect(['10', '2a', '', '1', '2', 'x'].sort(compareNumbers)).toEqual([
      '1',
      '2',
      '2a',
      '10',
      'x',
      '',
    ]);
    let map = seed004Map();
    const ids = ['rec-0', 'rec-1', 'rec-2', 'rec-3', 'rec-4'];
    const numbers = ['1', '2', '2a', '4', ''];
    map = {
      ...map,
      cards: map.cards.map((c) =>
        c.kind === 'recommendation' ? { ...c, number: numbers[ids.indexOf(c.id)]! } : c,
      ),
    };
    const renumbered = renumberRecommendations(map);
    expect(
      ids.map((id) => (renumbered.cards.find((c) => c.id === id) as RecommendationCard).number),
    ).toEqual(['1', '2', '2a', '3', '4']);
  });
});
