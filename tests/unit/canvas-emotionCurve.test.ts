import { describe, expect, it } from 'vitest';
import { EMOTION_PADDING, emotionPath, emotionY, scoreAtY } from '../../src/canvas/emotionCurve';

const BAND = 132;

describe('emotion curve geometry', () => {
  it('puts +2 at the top and −2 at the bottom of the band', () => {
    expect(emotionY(2, BAND)).toBe(EMOTION_PADDING.top);
    expect(emotionY(-2, BAND)).toBe(BAND - EMOTION_PADDING.bottom);
    expect(emotionY(0, BAND)).toBeCloseTo(
      (EMOTION_PADDING.top + BAND - EMOTION_PADDING.bottom) / 2,
    );
  });

  it('snaps a y to the nearest whole score, within −2 … +2', () => {
    for (const score of [-2, -1, 0, 1, 2])
      expect(scoreAtY(emotionY(score, BAND) + 3, BAND)).toBe(score);
    expect(scoreAtY(-500, BAND)).toBe(2);
    expect(scoreAtY(500, BAND)).toBe(-2);
  });

  it('draws a smooth path that breaks where a step has no score', () => {
    const path = emotionPath([
      { x: 0, y: 10 },
      { x: 100, y: 50 },
      { x: 200, y: null },
      { x: 300, y: 20 },
      { x: 400, y: 30 },
    ]);
    expect(path).toBe('M0 10 C50 10 50 50 100 50 M300 20 C350 20 350 30 400 30');
  });

  it('draws nothing for lone points', () => {
    expect(
      emotionPath([
        { x: 0, y: 10 },
        { x: 100, y: null },
        { x: 200, y: 5 },
      ]),
    ).toBe('');
  });
});
