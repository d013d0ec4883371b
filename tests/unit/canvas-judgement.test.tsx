/**
 * The review's judgement band on the canvas (canvas/JudgementBand.tsx): the overall judgement
 * and every criterion's rating in words (dots hidden, the place said), above the grid in room
 * the layout keeps for it (layout.ts `above`), none without a judgement.
 */
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { EditorProvider } from '../../src/bindings/EditorProvider';
import { JudgementBand } from '../../src/canvas/JudgementBand';
import { computeLayout } from '../../src/canvas/layout';
import { JUDGEMENT_GAP } from '../../src/canvas/judgementRoom';
import { estimateTextWidth } from '../../src/export/text';
import type { JourneyMap } from '../../src/domain/schema';
import { Editor } from '../../src/editor/editor';
import { gridMap } from '../builders';

function judged(map: JourneyMap): JourneyMap {
  return {
    ...map,
    judgement: {
      overall: 'An improving service',
      scale: ['Poor', 'Fair', 'Good', 'Excellent'],
      criteria: [
        { id: 'k1', name: 'Telephone contact', rating: 'Good', note: '' },
        { id: 'k2', name: 'Repairs', rating: 'Great', note: '' },
        { id: 'k3', name: '', rating: null, note: '' },
      ],
    },
  };
}

describe('the judgement band on the canvas', () => {
  it('says the overall judgement and each criterion’s rating, its place in words', () => {
    const editor = new Editor(judged(gridMap([])));
    render(
      <EditorProvider editor={editor}>
        <JudgementBand gridRight={900} />
      </EditorProvider>,
    );
    const band = screen.getByRole('region', { name: 'Judgement' });
    expect(within(band).getByRole('heading')).toHaveTextContent('Judgement: An improving service');
    expect(
      within(band)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Telephone contact ●●●○ Good, 3 of 4',
      'Repairs Great (not on the scale)',
      'Criterion 3 Not rated',
    ]);
    // The dots are for the eye: screen readers hear the place instead.
    expect(band.querySelector('.judgement-band__dots')).toHaveAttribute('aria-hidden', 'true');
  });

  it('is not drawn, and takes no room, without a judgement', () => {
    const editor = new Editor(gridMap([]));
    const { container } = render(
      <EditorProvider editor={editor}>
        <JudgementBand gridRight={900} />
      </EditorProvider>,
    );
    expect(container).toBeEmptyDOMElement();
    expect(computeLayout(gridMap([]), null, estimateTextWidth).above).toBe(0);
  });

  it('has room above the grid: more criteria than fit a row take more', () => {
    const map = judged(gridMap([]));
    const above = computeLayout(map, null, estimateTextWidth).above;
    expect(above).toBeGreaterThan(JUDGEMENT_GAP + 40);
    const many: JourneyMap = {
      ...map,
      judgement: {
        ...map.judgement,
        criteria: Array.from({ length: 12 }, (_, i) => ({
          id: `c${i}`,
          name: `Criterion ${i}`,
          rating: 'Fair',
          note: '',
        })),
      },
    };
    expect(computeLayout(many, null, estimateTextWidth).above).toBeGreaterThan(above);
  });
});
