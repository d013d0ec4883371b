import { describe, expect, it } from 'vitest';
import { cardById, emotionCardsOf } from '../../src/domain/cards';
import { updateCard } from '../../src/domain/edits';
import { warmUpEditing } from '../../src/editor/warmUp';
import { bigMap, gridMap } from '../builders';

describe('cardById and emotionCardsOf: one index per cards array', () => {
  it('finds every card of a big map, and null for one that is not there', () => {
    const map = bigMap(300);
    for (const card of map.cards) expect(cardById(map.cards, card.id)).toBe(card);
    expect(cardById(map.cards, 'no-such-card')).toBeNull();
  });

  it('sees an edit: a new cards array gets its own index', () => {
    const map = gridMap();
    const before = cardById(map.cards, 'c-t1');
    const edited = updateCard(map, 'c-t1', { title: 'Calls the office' });
    expect(cardById(edited.cards, 'c-t1')?.title).toBe('Calls the office');
    expect(cardById(map.cards, 'c-t1')).toBe(before);
  });

  it('lists the emotion cards, the same array for the same cards', () => {
    const map = bigMap(300);
    const emotions = emotionCardsOf(map.cards);
    expect(emotions.length).toBeGreaterThan(0);
    expect(emotions.every((card) => card.kind === 'emotion')).toBe(true);
    expect(emotions).toHaveLength(map.cards.filter((card) => card.kind === 'emotion').length);
    expect(emotionCardsOf(map.cards)).toBe(emotions);
  });
});

describe('warmUpEditing', () => {
  it('runs every edit on a scratch map, once per page', () => {
    expect(warmUpEditing()).toBe(true);
    expect(warmUpEditing()).toBe(false);
  });
});
