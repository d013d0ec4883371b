import { describe, expect, it } from 'vitest';
import { dueDate, isDueSoon, isOverdue } from './actionPlan';
import {
  comparePlanDates,
  formatPlanDate,
  normalizePlanDate,
  parsePlanDate,
  PLAN_DATE_TEXT_NOTE,
  planDateNote,
} from './planDates';

const plan = (
  targetDate: string | null,
  fields: { revisedDate?: string; status?: 'complete' } = {},
) => ({
  status: fields.status ?? ('on-track' as const),
  targetDate,
  revisedDate: fields.revisedDate ?? null,
  completedDate: null,
});

describe('plan dates as the seeds write them', () => {
  it('reads days, months, quarters, seasons and years into their spans', () => {
    expect(parsePlanDate('Spring 2023')).toEqual({
      kind: 'season',
      text: 'Spring 2023',
      start: '2023-03-01',
      end: '2023-05-31',
    });
    expect(parsePlanDate('Mar 2025')).toMatchObject({
      kind: 'month',
      start: '2025-03-01',
      end: '2025-03-31',
    });
    expect(parsePlanDate('March 2025')?.text).toBe('Mar 2025');
    expect(parsePlanDate('Sept’ 24')).toMatchObject({ kind: 'month', text: 'Sep 2024' });
    expect(parsePlanDate('June 24')).toMatchObject({ text: 'Jun 2024', end: '2024-06-30' });
    expect(parsePlanDate('Feb 2024')?.end).toBe('2024-02-29');
    expect(parsePlanDate('30/06/2024')).toMatchObject({ kind: 'day', text: '2024-06-30' });
    expect(parsePlanDate('13th November 2024')?.text).toBe('2024-11-13');
    expect(parsePlanDate('2024-06-30')?.kind).toBe('day');
    expect(parsePlanDate('q3 2025')).toMatchObject({
      text: 'Q3 2025',
      start: '2025-07-01',
      end: '2025-09-30',
    });
    expect(parsePlanDate('Winter 2023')).toMatchObject({ start: '2023-12-01', end: '2024-02-29' });
    expect(parsePlanDate('autumn 2025')?.text).toBe('Autumn 2025');
    expect(parsePlanDate('2025')).toMatchObject({ kind: 'year', end: '2025-12-31' });
  });

  it('keeps words that are not a date as written, and says so next to the field', () => {
    expect(parsePlanDate('  Awaiting   timescales. ')).toEqual({
      kind: 'text',
      text: 'Awaiting timescales.',
      start: null,
      end: null,
    });
    expect(parsePlanDate('31/02/2024')?.kind).toBe('text');
    expect(normalizePlanDate('')).toBeNull();
    expect(planDateNote('Awaiting timescales')).toBe(PLAN_DATE_TEXT_NOTE);
    expect(planDateNote('Spring 2023')).toBe(
      'Read as 1 Mar 2023 to 31 May 2023; overdue after 31 May 2023.',
    );
    expect(planDateNote('2024-06-30')).toBe('');
    expect(formatPlanDate('2024-06-30')).toBe('30 Jun 2024');
    expect(formatPlanDate('Spring 2023')).toBe('Spring 2023');
  });

  it('sorts by the last day each can mean, the more precise first, words last', () => {
    const dates = [
      'Awaiting timescales',
      '2025',
      'Mar 2025',
      '2023-05-31',
      'Spring 2023',
      'Q1 2025',
      '2025-03-31',
      null,
      'Autumn Edition 2024',
    ];
    expect([...dates].sort(comparePlanDates)).toEqual([
      '2023-05-31',
      'Spring 2023',
      '2025-03-31',
      'Mar 2025',
      'Q1 2025',
      '2025',
      'Autumn Edition 2024',
      'Awaiting timescales',
      null,
    ]);
  });

  it('counts towards overdue from the day after the span ends; words never', () => {
    expect(isOverdue(plan('Spring 2023'), '2023-05-31')).toBe(false);
    expect(isOverdue(plan('Spring 2023'), '2023-06-01')).toBe(true);
    expect(isOverdue(plan('2022-10-31', { revisedDate: 'Spring 2023' }), '2023-01-01')).toBe(false);
    expect(dueDate(plan('2022-10-31', { revisedDate: 'Spring 2023' }))).toBe('Spring 2023');
    expect(isOverdue(plan('Mar 2025'), '2025-04-01')).toBe(true);
    expect(isOverdue(plan('Mar 2025', { status: 'complete' }), '2025-04-01')).toBe(false);
    expect(isOverdue(plan('Awaiting timescales'), '2099-01-01')).toBe(false);
    expect(isDueSoon(plan('Mar 2025'), '2025-03-20')).toBe(true);
    expect(isDueSoon(plan('Awaiting timescales'), '2025-03-20')).toBe(false);
  });
});
