/**
 * Ratings and the review's judgement in the SVG and PNG (format 4): the judgement band over the
 * grid with every criterion's rating in dots and words, a rated card and a rated step.
 */
import { describe, expect, it } from 'vitest';
import { layoutMap } from '../../src/export/layout';
import { renderMapSvg } from '../../src/export/svg';
import type { JourneyMap } from '../../src/domain/schema';
import { richMap } from '../builders';

function texts(svg: string): string[] {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  return Array.from(doc.getElementsByTagName('text'), (t) => t.textContent ?? '');
}

function judged(map: JourneyMap): JourneyMap {
  return {
    ...map,
    judgement: {
      overall: 'An improving service',
      scale: ['Poor', 'Fair', 'Good', 'Excellent'],
      criteria: [
        { id: 'crit-1', name: 'Telephone contact', rating: 'Good', note: '' },
        { id: 'crit-2', name: 'Complaints handling', rating: 'Fair', note: '' },
        { id: 'crit-3', name: 'Repairs', rating: 'Brilliant', note: '' },
      ],
    },
  };
}

describe('the judgement band in the pictures', () => {
  it('shows the overall judgement and each criterion with its rating, above the grid', () => {
    const plain = layoutMap(richMap());
    const layout = layoutMap(judged(richMap()));
    expect(plain.judgement).toBeNull();
    const band = layout.judgement;
    expect(band).not.toBeNull();
    if (!band) return;
    // The grid moves down to make room: nothing is drawn over it.
    expect(layout.grid.y).toBeGreaterThanOrEqual(band.y + band.h);
    expect(layout.height - plain.height).toBe(layout.grid.y - plain.grid.y);
    const words = texts(renderMapSvg(judged(richMap()), { background: 'white' }).svg);
    expect(words).toContain('Judgement: An improving service');
    expect(words).toEqual(
      expect.arrayContaining([
        'Telephone contact',
        '●●●○ Good',
        'Complaints handling',
        '●●○○ Fair',
        'Repairs',
        'Brilliant (not on the scale)',
      ]),
    );
    expect(band.cells).toHaveLength(3);
    // The legend says what the dots count, on this scale; a map without ratings does not.
    expect(layout.legend?.items.map((i) => i.label)).toContain(
      'Rating: filled dots for its place on Poor → Fair → Good → Excellent',
    );
    expect(plain.legend?.items.map((i) => i.key)).not.toContain('rating');
  });

  it('follows the review’s own scale', () => {
    const map = judged(richMap());
    map.judgement.scale = ['Poor', 'Fair', 'Good', 'Very good', 'Excellent'];
    const words = texts(renderMapSvg(map, { background: 'white' }).svg);
    expect(words).toContain('●●●○○ Good');
  });
});

describe('a rated card and step in the pictures', () => {
  it('draw their rating in dots and words, and grow to hold it', () => {
    const map = richMap();
    const card = map.cards[0]!;
    const step = map.phases[0]!.steps[0]!;
    const before = layoutMap(map);
    const rated: JourneyMap = {
      ...map,
      cards: map.cards.map((c) => (c.id === card.id ? { ...c, rating: 'Excellent' } : c)),
      phases: map.phases.map((p, i) =>
        i === 0
          ? { ...p, steps: p.steps.map((s, j) => (j === 0 ? { ...s, rating: 'Poor' } : s)) }
          : p,
      ),
    };
    const after = layoutMap(rated);
    const box = after.cards.find((c) => c.id === card.id)!;
    const words = box.items.filter((i) => i.type === 'text').map((i) => i.text);
    expect(words).toEqual(expect.arrayContaining(['●●●●', 'Rating: Excellent']));
    // The dots sit on the first line of the words, before them.
    const dots = box.items.find((i) => i.type === 'text' && i.text === '●●●●');
    const rating = box.items.find((i) => i.type === 'text' && i.text === 'Rating: Excellent');
    expect(dots?.y).toBe(rating?.y);
    expect(dots!.x).toBeLessThan(rating!.x);
    expect(box.h).toBeGreaterThan(before.cards.find((c) => c.id === card.id)!.h);
    const stepBox = after.steps.find((s) => s.id === step.id)!;
    expect(stepBox.lines.map((l) => l.text)).toContain('●○○○ Rating: Poor');
    // Every line of the step header is inside it.
    for (const line of stepBox.lines) expect(line.y).toBeLessThan(stepBox.y + stepBox.h);
  });
});
