import { describe, expect, it } from 'vitest';
import { panToShow } from '../../src/canvas/pinnedHeaders';

const view = { left: 200, top: 100, right: 1000, bottom: 700 };
const box = (left: number, top: number, width = 100, height = 40) => ({ left, top, width, height });

describe('panning a focused item into view', () => {
  it('leaves an item that is wholly in view where it is', () => {
    expect(panToShow(box(300, 200), view)).toEqual({ dx: 0, dy: 0 });
  });

  it('brings an item in from the side it is hidden on, 16 px clear of the edge', () => {
    // Under the lane labels (left of 200): moved right.
    expect(panToShow(box(120, 200), view)).toEqual({ dx: 96, dy: 0 });
    // Half off the bottom: moved up.
    expect(panToShow(box(300, 680), view)).toEqual({ dx: 0, dy: -36 });
    // Off the right and the top at once.
    expect(panToShow(box(950, 50), view)).toEqual({ dx: -66, dy: 66 });
  });

  it('shows the start of an item larger than the room', () => {
    // A cell taller than the view: its top is brought to 16 px below the top edge.
    expect(panToShow(box(300, 40, 100, 900), view)).toEqual({ dx: 0, dy: 76 });
    expect(panToShow(box(300, 150, 100, 900), view)).toEqual({ dx: 0, dy: -34 });
  });
});
