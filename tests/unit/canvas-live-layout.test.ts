import { describe, expect, it } from 'vitest';
import { computeLayout } from '../../src/canvas/layout';
import { cardTextMeasurer } from '../../src/canvas/cardText';
import { LiveLayout } from '../../src/canvas/liveLayout';
import { Editor } from '../../src/editor/editor';
import { cards } from '../../src/editor/operations';
import { gridMap } from '../builders';

/** Comparable form of a layout (its maps as entries). */
const plain = (layout: ReturnType<typeof computeLayout>) => ({
  grid: layout.grid,
  cards: [...layout.cards.entries()],
  order: layout.order,
});

describe('LiveLayout: the layout of the editor’s map now, made when asked for', () => {
  it('keeps the layout object while typing in a card through the editor', () => {
    const editor = new Editor(gridMap());
    const live = new LiveLayout(() => editor.store.getState());
    const first = live.current;
    editor.run(cards.updateCard, { id: 'c-t1', patch: { title: 'Phone calls' } });
    editor.run(cards.updateCard, { id: 'c-t1', patch: { title: 'Phone calls.' } });
    expect(live.current).toBe(first);
    editor.destroy();
  });

  it('is the new layout at once after a move, before anything is drawn', () => {
    const editor = new Editor(gridMap());
    const live = new LiveLayout(() => editor.store.getState());
    const before = live.current;
    const card = editor.map.cards.find((c) => c.id === 'c-t1')!;
    const other = editor.map.phases.flatMap((p) => p.steps).find((s) => s.id !== card.stepId)!;
    editor.run(cards.moveCards, {
      ids: ['c-t1'],
      target: { laneId: card.laneId, stepId: other.id },
    });
    const after = live.current;
    expect(after).not.toBe(before);
    expect(after.cards.get('c-t1')!.x).not.toBe(before.cards.get('c-t1')!.x);
    expect(plain(after)).toEqual(plain(computeLayout(editor.map, null, cardTextMeasurer())));
    editor.destroy();
  });

  it('gives the same object for the drawn map as for the map now, when they are one', () => {
    const editor = new Editor(gridMap());
    const live = new LiveLayout(() => editor.store.getState());
    expect(live.of({ map: editor.map, annotating: false })).toBe(live.current);
    editor.destroy();
  });
});
