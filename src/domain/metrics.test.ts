import { describe, expect, it } from 'vitest';
import { describeMetricStatus, metricStatus } from './metrics';

type Direction = 'higher-is-better' | 'lower-is-better';
const metric = (value: number | null, target: number | null, direction: Direction, unit = '') => ({
  value,
  target,
  direction,
  unit,
});

describe('metricStatus', () => {
  // The service standards of a scrutiny review of contact channels (seed 003):
  // 3 of the 6 standards were met at the end of February 2019.
  const standards = [
    { name: '80% of calls answered within 4 minutes', m: metric(70, 80, 'higher-is-better', '%') },
    { name: 'Ring backs within 1 working hour', m: metric(14, 60, 'lower-is-better', 'minutes') },
    {
      name: 'Customer emails within 4 working hours',
      m: metric(13, 4, 'lower-is-better', 'hours'),
    },
    {
      name: 'Colleague emails within 24 working hours',
      m: metric(20, 24, 'lower-is-better', 'hours'),
    },
    { name: 'Web chats within 3 minutes', m: metric(1.53, 3, 'lower-is-better', 'minutes') },
    { name: 'Satisfaction with service higher than 7.4', m: metric(7.1, 7.4, 'higher-is-better') },
  ];

  it('judges the service standards of the scrutiny review as the report did', () => {
    expect(standards.map((s) => [s.name, metricStatus(s.m)])).toEqual([
      ['80% of calls answered within 4 minutes', 'off-track'],
      ['Ring backs within 1 working hour', 'on-track'],
      ['Customer emails within 4 working hours', 'off-track'],
      ['Colleague emails within 24 working hours', 'on-track'],
      ['Web chats within 3 minutes', 'on-track'],
      ['Satisfaction with service higher than 7.4', 'off-track'],
    ]);
    expect(standards.filter((s) => metricStatus(s.m) === 'on-track')).toHaveLength(3);
  });

  it('counts meeting the target exactly as on track, in both directions', () => {
    expect(metricStatus(metric(80, 80, 'higher-is-better'))).toBe('on-track');
    expect(metricStatus(metric(60, 60, 'lower-is-better'))).toBe('on-track');
  });

  it('honours the direction', () => {
    expect(metricStatus(metric(90, 80, 'higher-is-better'))).toBe('on-track');
    expect(metricStatus(metric(90, 80, 'lower-is-better'))).toBe('off-track');
    expect(metricStatus(metric(-1, 0, 'lower-is-better'))).toBe('on-track');
  });

  it('says when there is no target or nothing measured', () => {
    expect(metricStatus(metric(70, null, 'higher-is-better'))).toBe('no-target');
    expect(metricStatus(metric(null, null, 'higher-is-better'))).toBe('no-target');
    expect(metricStatus(metric(null, 80, 'higher-is-better'))).toBe('no-value');
    expect(metricStatus(metric(0, 0, 'higher-is-better'))).toBe('on-track');
  });
});

describe('describeMetricStatus', () => {
  it('says the value, the target and which way is better', () => {
    expect(describeMetricStatus(metric(70, 80, 'higher-is-better', '%'))).toBe(
      'Off track: 70% against a target of 80% (higher is better)',
    );
    expect(describeMetricStatus(metric(1.534, 3, 'lower-is-better', 'minutes'))).toBe(
      'On track: 1.53 minutes against a target of 3 minutes (lower is better)',
    );
    expect(describeMetricStatus(metric(7.1, null, 'higher-is-better'))).toBe(
      'No target: 7.1, no target set',
    );
    expect(describeMetricStatus(metric(null, 7.4, 'higher-is-better'))).toBe(
      'Not measured: the target is 7.4 (higher is better)',
    );
  });
});
