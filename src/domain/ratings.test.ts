import { describe, expect, it } from 'vitest';
import {
  ratingOption,
  judgementBand,
  moveScaleWord,
  ratingDots,
  ratingLine,
  ratingSpoken,
  ratingsOffScale,
  ratingWords,
  readRating,
} from './ratings';
import { DEFAULT_RATING_SCALE } from './schemaReview';

const SCALE = DEFAULT_RATING_SCALE;

describe('a rating against the scale', () => {
  it('reads its place worst first, whatever the case and spaces', () => {
    expect(readRating('Good', SCALE)).toEqual({ word: 'Good', place: 3, of: 4 });
    expect(readRating('  excellent ', SCALE)).toEqual({ word: 'excellent', place: 4, of: 4 });
    expect(readRating(null, SCALE)).toBeNull();
    expect(readRating('  ', SCALE)).toBeNull();
  });

  it('shows filled dots for its place and hollow ones for the rest', () => {
    expect(ratingDots(readRating('Poor', SCALE)!)).toBe('●○○○');
    expect(ratingDots(readRating('Good', SCALE)!)).toBe('●●●○');
    expect(ratingDots(readRating('Great', SCALE)!)).toBe('');
  });

  it('keeps a word off the scale as written and says so', () => {
    const great = readRating('Great', SCALE)!;
    expect(great.place).toBeNull();
    expect(ratingWords(great)).toBe('Great (not on the scale)');
    expect(ratingSpoken(great)).toBe('Great, not on the scale');
    expect(ratingSpoken(readRating('Fair', SCALE)!)).toBe('Fair, 2 of 4');
  });

  it('lists the ratings of cards, steps and criteria no longer on the scale, with counts', () => {
    const map = {
      judgement: {
        overall: '',
        scale: ['Weak', 'Strong'],
        criteria: [{ id: 'c', name: 'Phone', rating: 'Good', note: '' }],
      },
      phases: [{ steps: [{ rating: 'Strong' }, { rating: 'Good' }] }],
      cards: [{ rating: 'Great' }, { rating: null }],
    } as unknown as Parameters<typeof ratingsOffScale>[0];
    expect(ratingsOffScale(map)).toEqual([
      { word: 'Good', count: 2 },
      { word: 'Great', count: 1 },
    ]);
  });

  it('moves a word of the scale up or down, never past an end', () => {
    expect(moveScaleWord(SCALE, 1, 1)).toEqual(['Poor', 'Good', 'Fair', 'Excellent']);
    expect(moveScaleWord(SCALE, 0, -1)).toEqual([...SCALE]);
    expect(moveScaleWord(SCALE, 3, 1)).toEqual([...SCALE]);
  });
});

describe('the option a rating select shows', () => {
  const scale = [...DEFAULT_RATING_SCALE];
  it('is empty when not rated, the scale’s spelling on the scale, the word as written off it', () => {
    expect(ratingOption(readRating(null, scale), scale)).toBe('');
    expect(ratingOption(readRating(' good ', scale), scale)).toBe('Good');
    expect(ratingOption(readRating('Great', scale), scale)).toBe('Great');
  });
});

describe('the judgement band', () => {
  it('shows the overall judgement and every criterion with dots and words, in order', () => {
    const band = judgementBand({
      judgement: {
        overall: ' An improving service ',
        scale: [...SCALE],
        criteria: [
          { id: 'a', name: 'Telephone contact', rating: 'Good', note: '' },
          { id: 'b', name: '', rating: null, note: '' },
          { id: 'c', name: 'Repairs', rating: 'Great', note: '' },
        ],
      },
    });
    expect(band?.overall).toBe('An improving service');
    expect(band?.criteria.map((c) => [c.name, c.dots, c.words, c.spoken])).toEqual([
      ['Telephone contact', '●●●○', 'Good', 'Telephone contact: Good, 3 of 4'],
      ['Criterion 2', '', 'Not rated', 'Criterion 2: not rated'],
      ['Repairs', '', 'Great (not on the scale)', 'Repairs: Great, not on the scale'],
    ]);
  });

  it('is not drawn when the review has no judgement', () => {
    expect(judgementBand({ judgement: { overall: ' ', scale: [...SCALE], criteria: [] } })).toBe(
      null,
    );
  });

  it('writes a rating as a picture line', () => {
    expect(ratingLine('Fair', SCALE)).toBe('●●○○ Rating: Fair');
    expect(ratingLine('Great', SCALE)).toBe('Rating: Great (not on the scale)');
    expect(ratingLine(null, SCALE)).toBeNull();
  });
});
