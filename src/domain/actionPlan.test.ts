import { describe, expect, it } from 'vitest';
import {
  addProgressUpdate,
  addRecommendation,
  compareSummaries,
  daysSinceLastUpdate,
  deleteProgressUpdate,
  dueDate,
  isDueSoon,
  isIsoDate,
  isOverdue,
  isStale,
  recommendationsOf,
  statusAsOf,
  statusSummary,
} from './actionPlan';
import { deleteLane, updateCard } from './edits';
import { journeyMapSchema, type JourneyMap, type RecommendationCard } from './schema';
import { sampleMap } from '../../tests/builders';

const NOW = new Date('2026-01-15T10:30:00.000Z');
const sample = () => sampleMap(NOW);

function rec(map: JourneyMap, id: string): RecommendationCard {
  const card = map.cards.find((c) => c.id === id);
  if (card?.kind !== 'recommendation') throw new Error(`no recommendation ${id}`);
  return card;
}

const dated = (
  fields: Partial<
    Pick<RecommendationCard, 'status' | 'targetDate' | 'revisedDate' | 'completedDate'>
  >,
) => ({
  status: 'on-track' as const,
  targetDate: null,
  revisedDate: null,
  completedDate: null,
  progress: [],
  ...fields,
});

describe('recommendationsOf', () => {
  it('lists every recommendation in journey order with its phase, step and answered card', () => {
    const items = recommendationsOf(sample());
    expect(items.map((i) => i.card.id)).toEqual([
      'card-rec-referral-form',
      'card-rec-welcome-pack',
      'card-rec-standardised-service',
      'card-rec-staff-turnover',
      'card-rec-cleaning',
    ]);
    const first = items[0]!;
    expect(first.phase.name).toBe('Join');
    expect(first.step.id).toBe('step-apply');
    expect(first.answered?.id).toBe('card-pain-application');
    expect(first.lane?.kind).toBe('recommendations');
    expect(items[2]!.answered).toBeNull();
    expect(items.map((i) => i.stepIndex)).toEqual([0, 1, 1, 3, 5]);
  });

  it('follows the journey when a phase moves, not the order of the cards array', () => {
    const map = sample();
    const moved = { ...map, phases: [...map.phases].reverse(), cards: [...map.cards].reverse() };
    expect(recommendationsOf(moved).map((i) => i.card.id)[0]).toBe('card-rec-cleaning');
  });
});

describe('due dates, with a fixed today', () => {
  it('is overdue only past the revised (else target) date and while not complete', () => {
    expect(isOverdue(dated({ targetDate: '2026-01-31' }), '2026-01-31')).toBe(false);
    expect(isOverdue(dated({ targetDate: '2026-01-31' }), '2026-02-01')).toBe(true);
    expect(
      isOverdue(dated({ targetDate: '2026-01-31', revisedDate: '2026-03-31' }), '2026-02-01'),
    ).toBe(false);
    expect(
      isOverdue(dated({ targetDate: '2026-01-31', revisedDate: '2026-03-31' }), '2026-04-01'),
    ).toBe(true);
    expect(isOverdue(dated({ targetDate: '2026-01-31', status: 'complete' }), '2026-04-01')).toBe(
      false,
    );
    expect(
      isOverdue(dated({ targetDate: '2026-01-31', completedDate: '2026-02-03' }), '2026-04-01'),
    ).toBe(false);
    expect(isOverdue(dated({}), '2030-01-01')).toBe(false);
    expect(dueDate(dated({ targetDate: '2026-01-31', revisedDate: '2026-03-31' }))).toBe(
      '2026-03-31',
    );
  });

  it('is due soon from today up to 14 days ahead (or the days given)', () => {
    const r = dated({ targetDate: '2026-01-31' });
    expect(isDueSoon(r, '2026-01-16')).toBe(false);
    expect(isDueSoon(r, '2026-01-17')).toBe(true);
    expect(isDueSoon(r, '2026-01-31')).toBe(true);
    expect(isDueSoon(r, '2026-02-01')).toBe(false); // overdue instead
    expect(isDueSoon(r, '2026-01-01', 30)).toBe(true);
    expect(isDueSoon({ ...r, status: 'complete' }, '2026-01-20')).toBe(false);
  });

  it('flags the sample map on a fixed day', () => {
    const overdue = recommendationsOf(sample())
      .filter((i) => isOverdue(i.card, '2026-04-01'))
      .map((i) => i.card.id);
    expect(overdue).toEqual([
      'card-rec-referral-form',
      'card-rec-standardised-service',
      'card-rec-cleaning',
    ]);
  });

  it('counts days since the last update and flags stale ones', () => {
    const progress = [
      { id: 'u1', date: '2026-01-02', text: 'Started', status: 'on-track' as const },
      { id: 'u2', date: '2026-01-10', text: 'Slipping', status: 'at-risk' as const },
    ];
    const r = dated({ targetDate: '2026-06-30' });
    expect(daysSinceLastUpdate(r, '2026-02-01')).toBeNull();
    expect(isStale(r, '2027-01-01')).toBe(false);
    const updated = { ...r, progress };
    expect(daysSinceLastUpdate(updated, '2026-01-10')).toBe(0);
    expect(daysSinceLastUpdate(updated, '2026-02-09')).toBe(30);
    expect(isStale(updated, '2026-02-08')).toBe(false);
    expect(isStale(updated, '2026-02-09')).toBe(true);
    expect(isStale(updated, '2026-01-20', 10)).toBe(true);
    expect(isStale({ ...updated, status: 'complete' }, '2026-06-01')).toBe(false);
  });

  it('checks calendar dates', () => {
    expect(isIsoDate('2026-02-28')).toBe(true);
    expect(isIsoDate('2026-02-30')).toBe(false);
    expect(isIsoDate('31/03/2026')).toBe(false);
  });
});

describe('statusAsOf', () => {
  const progress = [
    { id: 'u1', date: '2025-09-15', text: 'Planned', status: 'on-track' as const },
    { id: 'u2', date: '2025-10-20', text: 'Delayed', status: 'at-risk' as const },
    { id: 'u3', date: '2025-10-20', text: 'Blocked', status: 'off-track' as const },
  ];
  it('reads the latest update on or before the date, else not started', () => {
    expect(statusAsOf({ progress }, '2025-09-14')).toBe('not-started');
    expect(statusAsOf({ progress }, '2025-09-15')).toBe('on-track');
    expect(statusAsOf({ progress }, '2025-10-19')).toBe('on-track');
    // Two updates on one day: the one added last wins.
    expect(statusAsOf({ progress }, '2025-10-31')).toBe('off-track');
    expect(statusAsOf({ progress: [] }, '2030-01-01')).toBe('not-started');
  });
});

describe('statusSummary', () => {
  it('counts per theme with totals', () => {
    let map = sample();
    map = updateCard(map, 'card-rec-welcome-pack', { theme: 'Access and referrals' });
    map = updateCard(map, 'card-rec-cleaning', { theme: '', status: 'complete' });
    const summary = statusSummary(recommendationsOf(map), 'theme');
    expect(summary.rows.map((r) => [r.label, r.total])).toEqual([
      ['Access and referrals', 2],
      ['Consistency of service', 1],
      ['Continuity of service', 1],
      ['No theme', 1],
    ]);
    expect(summary.rows[0]!.counts['not-started']).toBe(2);
    expect(summary.rows[3]!.counts.complete).toBe(1);
    expect(summary.totals.total).toBe(5);
    expect(summary.totals.counts).toEqual({
      'not-started': 3,
      'on-track': 1,
      'at-risk': 0,
      'off-track': 0,
      'on-hold': 0,
      complete: 1,
    });
  });

  it('counts per phase in journey order, leaving out phases with none', () => {
    const summary = statusSummary(recommendationsOf(sample()), 'phase');
    expect(summary.rows.map((r) => [r.key, r.label, r.total])).toEqual([
      ['phase-join', 'Join', 3],
      ['phase-support', 'Ongoing support', 1],
      ['phase-leave', 'Leave', 1],
    ]);
    expect(summary.rows[0]!.counts['on-track']).toBe(1);
    expect(summary.totals.total).toBe(5);
  });
});

describe('compareSummaries', () => {
  it('puts the counts carried forward from an earlier date beside the current ones', () => {
    let map = sample();
    map = addProgressUpdate(map, 'card-rec-referral-form', {
      date: '2026-01-05',
      text: 'Form audit started',
      status: 'on-track',
    });
    map = addProgressUpdate(map, 'card-rec-referral-form', {
      date: '2026-02-10',
      text: 'Web team busy',
      status: 'at-risk',
    });
    map = addProgressUpdate(map, 'card-rec-cleaning', {
      date: '2026-01-20',
      text: 'Raised with contractor',
      status: 'on-track',
    });
    map = addProgressUpdate(map, 'card-rec-cleaning', {
      date: '2026-02-12',
      text: 'Resolved',
      status: 'complete',
    });
    const comparison = compareSummaries(map, '2026-02-15', '2026-01-31', 'theme');
    const row = (status: string) => comparison.byStatus.find((r) => r.status === status)!;
    // On 31 Jan: referral on track, cleaning on track; standardised service had no update.
    expect(row('on-track')).toMatchObject({ earlier: 2, current: 1, change: -1 });
    expect(row('at-risk')).toMatchObject({ earlier: 0, current: 1 });
    expect(row('complete')).toMatchObject({ earlier: 0, current: 1 });
    expect(row('not-started')).toMatchObject({ earlier: 3, current: 2 });
    expect(row('at-risk').label).toBe('At risk (amber)');
    expect(comparison.totals).toEqual({ earlier: 5, current: 5 });
    expect(comparison.earlier.rows.map((r) => r.key)).toEqual(
      comparison.current.rows.map((r) => r.key),
    );
    const scheme = comparison.earlier.rows.find((r) => r.label === 'Scheme environment')!;
    expect(scheme.counts['on-track']).toBe(1);
  });
});

describe('progress edits', () => {
  it('adds updates in date order and sets the status from the latest', () => {
    let map = sample();
    map = addProgressUpdate(map, 'card-rec-welcome-pack', {
      id: 'u-b',
      date: '2026-02-01',
      text: 'Draft pack ready',
      status: 'at-risk',
    });
    expect(rec(map, 'card-rec-welcome-pack').status).toBe('at-risk');
    map = addProgressUpdate(map, 'card-rec-welcome-pack', {
      id: 'u-a',
      date: '2026-01-10',
      text: 'Kick-off',
      status: 'on-track',
    });
    const card = rec(map, 'card-rec-welcome-pack');
    expect(card.progress.map((u) => u.id)).toEqual(['u-a', 'u-b']);
    expect(card.status).toBe('at-risk'); // a back-dated update does not change the status
    expect(journeyMapSchema.safeParse(map).success).toBe(true);
  });

  it('completing fills an empty completed date', () => {
    const map = addProgressUpdate(sample(), 'card-rec-cleaning', {
      date: '2026-01-20',
      text: 'Done',
      status: 'complete',
    });
    expect(rec(map, 'card-rec-cleaning')).toMatchObject({
      status: 'complete',
      completedDate: '2026-01-20',
    });
  });

  it('ignores other cards, unknown ids and bad dates, without copying the map', () => {
    const map = sample();
    const update = { date: '2026-01-20', text: 'x', status: 'on-track' as const };
    expect(addProgressUpdate(map, 'card-pain-visits', update)).toBe(map);
    expect(addProgressUpdate(map, 'nope', update)).toBe(map);
    expect(addProgressUpdate(map, 'card-rec-cleaning', { ...update, date: '2026-13-01' })).toBe(
      map,
    );
    expect(deleteProgressUpdate(map, 'card-rec-cleaning', 'nope')).toBe(map);
  });

  it('deleting the latest update puts back the status of the one before', () => {
    let map = sample();
    map = addProgressUpdate(map, 'card-rec-cleaning', {
      id: 'u1',
      date: '2026-01-10',
      text: 'On it',
      status: 'on-track',
    });
    map = addProgressUpdate(map, 'card-rec-cleaning', {
      id: 'u2',
      date: '2026-01-12',
      text: 'Contractor not answering',
      status: 'off-track',
    });
    map = deleteProgressUpdate(map, 'card-rec-cleaning', 'u2');
    expect(rec(map, 'card-rec-cleaning')).toMatchObject({ status: 'on-track' });
    expect(rec(map, 'card-rec-cleaning').progress.map((u) => u.id)).toEqual(['u1']);
    map = deleteProgressUpdate(map, 'card-rec-cleaning', 'u1');
    expect(rec(map, 'card-rec-cleaning').progress).toEqual([]);
    expect(rec(map, 'card-rec-cleaning').status).toBe('on-track');
  });
});

describe('addRecommendation', () => {
  it("places it in the recommendations lane, in the step's column, answering a pain point", () => {
    const map = addRecommendation(sample(), {
      id: 'rec-new',
      stepId: 'step-settle',
      answers: 'card-pain-settle',
      title: 'Settling-in checklist',
    });
    const card = rec(map, 'rec-new');
    expect(card).toMatchObject({
      laneId: 'lane-recommendations',
      stepId: 'step-settle',
      answers: 'card-pain-settle',
      title: 'Settling-in checklist',
      status: 'not-started',
      order: 0,
    });
    expect(journeyMapSchema.safeParse(map).success).toBe(true);
    const item = recommendationsOf(map).find((i) => i.card.id === 'rec-new')!;
    expect(item.phase.id).toBe('phase-settle');
    expect(item.answered?.title).toBe('Little or no help settling in');
  });

  it('creates a recommendations lane when the map has none', () => {
    const bare = deleteLane(sample(), 'lane-recommendations');
    const map = addRecommendation(bare, {
      id: 'rec-new',
      laneId: 'lane-new',
      stepId: 'step-apply',
      title: 'Answer the step',
    });
    expect(map.lanes.at(-1)).toMatchObject({ id: 'lane-new', kind: 'recommendations' });
    expect(rec(map, 'rec-new')).toMatchObject({ laneId: 'lane-new', answers: null });
    expect(journeyMapSchema.safeParse(map).success).toBe(true);
  });

  it('refuses an unknown step or answered card', () => {
    const map = sample();
    expect(addRecommendation(map, { stepId: 'nope', title: 'x' })).toBe(map);
    expect(addRecommendation(map, { stepId: 'step-apply', answers: 'nope', title: 'x' })).toBe(map);
  });
});
