import { describe, expect, it } from 'vitest';
import { HEADER_HEIGHT, LAYOUT } from '../../src/canvas/layout';
import { pinnedHeaderEdges, underPinnedHeaders } from '../../src/canvas/pinnedHeaders';

describe('headers pinned to the view', () => {
  it('cover the lane labels and the phase and step headers where the grid starts', () => {
    expect(pinnedHeaderEdges([0, 0, 1])).toEqual({
      right: LAYOUT.laneHeaderWidth,
      bottom: HEADER_HEIGHT,
    });
    // Panned right and down past the grid's corner: the headers stay at the grid's edges.
    expect(pinnedHeaderEdges([120, 80, 0.7])).toEqual(pinnedHeaderEdges([0, 0, 1]));
  });

  it('follow the view when the map is panned left or up, at any zoom', () => {
    // 300 screen px left at 50 %: 600 canvas px of the map are off the left edge.
    expect(pinnedHeaderEdges([-300, -100, 0.5])).toEqual({
      right: 600 + LAYOUT.laneHeaderWidth,
      bottom: 200 + HEADER_HEIGHT,
    });
  });

  it('tell whether a canvas point is under them', () => {
    const panned = [-300, 0, 1] as const; // the first 300 canvas px are off screen
    expect(underPinnedHeaders({ x: 300 + LAYOUT.laneHeaderWidth - 1, y: 400 }, panned)).toBe(true);
    expect(underPinnedHeaders({ x: 300 + LAYOUT.laneHeaderWidth + 1, y: 400 }, panned)).toBe(false);
    expect(underPinnedHeaders({ x: 900, y: HEADER_HEIGHT - 1 }, panned)).toBe(true);
  });
});
