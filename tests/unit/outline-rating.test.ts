/** The outline (the map in words) says a step's rating with its other marks. */
import { describe, expect, it } from 'vitest';
import { outlineOf } from '../../src/domain/outline';
import { gridMap } from '../builders';

describe('the outline', () => {
  it('names a rated step’s rating after its other marks, and nothing for an unrated one', () => {
    const map = gridMap([]);
    const rated = {
      ...map,
      phases: map.phases.map((p, i) =>
        i === 0
          ? { ...p, steps: p.steps.map((s, j) => (j === 0 ? { ...s, rating: 'Good' } : s)) }
          : p,
      ),
    };
    const steps = outlineOf(rated).phases.flatMap((p) => p.steps);
    expect(steps[0]?.marks).toMatch(/(^| · )rating Good$/);
    expect(steps.slice(1).every((s) => !s.marks.includes('rating'))).toBe(true);
  });
});
