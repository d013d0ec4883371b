/**
 * Ratings on the map's rating scale (format 4): a card, a step or a criterion of the review's
 * judgement may carry one word of the scale (poor / fair / good / excellent unless the review
 * sets its own, seed 003). A word that is not on the scale (the scale changed after it was
 * given, or a file said so) is kept and shown as written, never dropped, and said to be off the
 * scale. How a rating reads everywhere (canvas, pictures, action plan, CSV) comes from here.
 */
import type { JourneyMap } from './schema';

/** Where a rating stands on the scale: its word, its place (1 = worst) and the scale's length. */
export interface RatingReading {
  /** The word as written (trimmed). */
  word: string;
  /** 1-based place on the scale, worst first; null when the word is not on the scale. */
  place: number | null;
  /** How many words the scale has. */
  of: number;
}

/** Reads a rating against `scale` (worst first); null when not rated. Case and spaces aside. */
export function readRating(
  rating: string | null | undefined,
  scale: readonly string[],
): RatingReading | null {
  const word = (rating ?? '').trim();
  if (word === '') return null;
  const key = word.toLocaleLowerCase();
  const index = scale.findIndex((w) => w.trim().toLocaleLowerCase() === key);
  return { word, place: index < 0 ? null : index + 1, of: scale.length };
}

/**
 * The option a rating select shows for `reading`: '' when not rated, the scale's own spelling
 * of the word when it is on the scale ("good" typed in a CSV shows as "Good"), else the word as
 * written (the select then offers it as an extra option, off the scale).
 */
export function ratingOption(reading: RatingReading | null, scale: readonly string[]): string {
  if (reading === null) return '';
  return reading.place === null ? reading.word : (scale[reading.place - 1] ?? '');
}

/** The word of a rating as the user sees it: "Good", or "Great (not on the scale)". */
export function ratingWords(reading: RatingReading): string {
  return reading.place === null ? `${reading.word} (not on the scale)` : reading.word;
}

/**
 * The non-colour cue of a rating: filled dots for its place and hollow ones for the rest of the
 * scale ("●●●○" is Good of four); '' when the word is not on the scale.
 */
export function ratingDots(reading: RatingReading): string {
  if (reading.place === null) return '';
  return '●'.repeat(reading.place) + '○'.repeat(Math.max(0, reading.of - reading.place));
}

/** "Good, 3 of 4" or "Great, not on the scale": a rating in words for screen readers. */
export function ratingSpoken(reading: RatingReading): string {
  return reading.place === null
    ? `${reading.word}, not on the scale`
    : `${reading.word}, ${reading.place} of ${reading.of}`;
}

/** One word given as a rating that the scale no longer has, and how many times it is given. */
export interface OffScaleRating {
  word: string;
  count: number;
}

/**
 * The ratings of the map (cards, steps, criteria) whose word is not on its scale, in the order
 * first met, with how many times each is given: the details panel says them.
 */
export function ratingsOffScale(
  map: Pick<JourneyMap, 'cards' | 'phases' | 'judgement'>,
): OffScaleRating[] {
  const counts = new Map<string, number>();
  const scale = map.judgement.scale;
  const count = (rating: string | null) => {
    const reading = readRating(rating, scale);
    if (reading && reading.place === null)
      counts.set(reading.word, (counts.get(reading.word) ?? 0) + 1);
  };
  for (const c of map.judgement.criteria) count(c.rating);
  for (const phase of map.phases) for (const step of phase.steps) count(step.rating);
  for (const card of map.cards) count(card.rating);
  return [...counts].map(([word, n]) => ({ word, count: n }));
}

/** The scale with `word` moved `by` places (−1: towards the worst end); the same when it cannot. */
export function moveScaleWord(scale: readonly string[], index: number, by: -1 | 1): string[] {
  const to = index + by;
  const out = [...scale];
  if (index < 0 || index >= out.length || to < 0 || to >= out.length) return out;
  [out[index], out[to]] = [out[to] as string, out[index] as string];
  return out;
}

/** One criterion as the judgement band shows it: its name and its rating in dots and words. */
export interface BandCriterion {
  id: string;
  /** The criterion's name, or "Criterion n" when it has none. */
  name: string;
  /** "●●●○", or '' when not rated or off the scale. */
  dots: string;
  /** "Good", "Great (not on the scale)" or "Not rated". */
  words: string;
  /** For screen readers: "Telephone contact: Good, 3 of 4". */
  spoken: string;
  /** Its place on the scale (1 = worst) and the scale's length; place null when not placed. */
  place: number | null;
  of: number;
}

/** The review's judgement as a band over the map (canvas and pictures alike). */
export interface JudgementBand {
  /** "An improving service", or '' when the review gives none. */
  overall: string;
  criteria: BandCriterion[];
}

/**
 * What the judgement band of the canvas and of the SVG/PNG shows: the overall judgement and
 * every criterion with its rating, in the review's order; null when the review has neither
 * (then no band is drawn).
 */
export function judgementBand(map: Pick<JourneyMap, 'judgement'>): JudgementBand | null {
  const { overall, criteria, scale } = map.judgement;
  if (overall.trim() === '' && criteria.length === 0) return null;
  return {
    overall: overall.trim(),
    criteria: criteria.map((c, i) => {
      const name = c.name.trim() || `Criterion ${i + 1}`;
      const reading = readRating(c.rating, scale);
      return {
        id: c.id,
        name,
        dots: reading ? ratingDots(reading) : '',
        words: reading ? ratingWords(reading) : 'Not rated',
        spoken: `${name}: ${reading ? ratingSpoken(reading) : 'not rated'}`,
        place: reading?.place ?? null,
        of: scale.length,
      };
    }),
  };
}

/** A rating as one line of a card or step in a picture: "●●●○ Rating: Good"; null if none. */
export function ratingLine(rating: string | null, scale: readonly string[]): string | null {
  const reading = readRating(rating, scale);
  if (!reading) return null;
  const dots = ratingDots(reading);
  return `${dots ? `${dots} ` : ''}Rating: ${ratingWords(reading)}`;
}
