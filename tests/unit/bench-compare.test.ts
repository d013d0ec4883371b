/**
 * The bench's regression check (bench/lib/compare.mjs): a figure is called worse only when it
 * moved the wrong way by more than the spread of its runs (or the floors that stand in for it).
 */
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain JavaScript module of the bench, without type declarations
import { compareResults } from '../../bench/lib/compare.mjs';

/** A results file with the open times of Waymark and the baseline at 2,000 cards. */
function run(waymark: number[], baseline: number[] = waymark.map(() => 100)) {
  return {
    meta: {},
    sizes: {
      2000: {
        open: {
          waymark: waymark.map((ms) => ({ ms, status: 'all' })),
          baseline: baseline.map((ms) => ({ ms, status: 'all' })),
        },
      },
    },
  };
}

type Row = { key: string; verdict: string };
const verdict = (reference: object, current: object, key = 'open.ms@2000') =>
  (compareResults(reference, current).rows as Row[]).find((r) => r.key === key)?.verdict;

describe('the bench regression check', () => {
  it('does not call a change within the spread of the runs a regression', () => {
    // Runs 300–360 ms: a median 20 ms slower is inside that spread.
    expect(verdict(run([300, 330, 360]), run([320, 350, 355]))).toBe('same');
  });

  it('calls a change past the spread of the runs worse, and the opposite better', () => {
    expect(verdict(run([300, 310, 320]), run([400, 410, 420]))).toBe('worse');
    expect(verdict(run([400, 410, 420]), run([300, 310, 320]))).toBe('better');
  });

  it('judges the ratio to the baseline run by run', () => {
    // Both get slower alike (a busier machine): the absolute time is worse, the ratio is not.
    const before = run([300, 310, 320], [200, 205, 210]);
    const after = run([600, 620, 640], [400, 410, 420]);
    expect(verdict(before, after)).toBe('worse');
    expect(verdict(before, after, 'open.ratio@2000')).toBe('same');
  });

  it('allows 20 % for a figure measured once, where there is no spread', () => {
    expect(verdict(run([300]), run([350]))).toBe('same');
    expect(verdict(run([300]), run([370]))).toBe('worse');
  });

  it('calls any live change lost a regression', () => {
    const live = (lost: number) => ({
      meta: {},
      live: {
        load: [
          { label: 'one instance', instances: 1, p50: 10, p95: 20, lost, memoryPerRoomKiB: 1 },
        ],
      },
    });
    expect(verdict(live(0), live(1), 'live.1.lost')).toBe('worse');
    expect(verdict(live(0), live(0), 'live.1.lost')).toBe('same');
  });
});
