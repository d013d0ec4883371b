/**
 * Geometry of the emotion curve: each step's score (−2 … +2) as a point in the emotions
 * lane's band, and a smooth path through them that breaks where a step has no score.
 */
import type { EmotionScore } from '../domain/vocabulary';

/** Space above +2 and below −2 inside the band, for the faces and their labels. */
export const EMOTION_PADDING = { top: 24, bottom: 34 } as const;

/**
 * The y (px from the band's top) of a score from −2 to +2 in a band `bandHeight` px tall: +2 at the
 * top.
 */
export function emotionY(score: number, bandHeight: number): number {
  const span = bandHeight - EMOTION_PADDING.top - EMOTION_PADDING.bottom;
  return EMOTION_PADDING.top + ((2 - score) / 4) * span;
}

/** The score nearest to a y inside the band, clamped to −2 … +2. */
export function scoreAtY(y: number, bandHeight: number): EmotionScore {
  const span = bandHeight - EMOTION_PADDING.top - EMOTION_PADDING.bottom;
  const raw = 2 - ((y - EMOTION_PADDING.top) / span) * 4;
  // `|| 0` turns −0 into 0.
  return (Math.max(-2, Math.min(2, Math.round(raw))) || 0) as EmotionScore;
}

/** One step's point of the curve, in canvas px. */
export interface CurvePoint {
  x: number;
  /** null: the step has no score, the curve has a gap here. */
  y: number | null;
}

/**
 * An SVG path through the points, left to right: smooth (horizontal tangents, so it never
 * overshoots a score) and broken at points without a y. A lone point makes no segment.
 */
export function emotionPath(points: readonly CurvePoint[]): string {
  const parts: string[] = [];
  let previous: { x: number; y: number } | null = null;
  for (const point of points) {
    if (point.y === null) {
      previous = null;
      continue;
    }
    if (previous === null) {
      parts.push(`M${round(point.x)} ${round(point.y)}`);
    } else {
      const mid = (previous.x + point.x) / 2;
      parts.push(
        `C${round(mid)} ${round(previous.y)} ${round(mid)} ${round(point.y)} ${round(point.x)} ${round(point.y)}`,
      );
    }
    previous = { x: point.x, y: point.y };
  }
  // Drop moves that start no segment (isolated points).
  return parts
    .filter(
      (part, i) =>
        !(part.startsWith('M') && (parts[i + 1] === undefined || parts[i + 1]?.startsWith('M'))),
    )
    .join(' ');
}

const round = (n: number) => Math.round(n * 10) / 10;
