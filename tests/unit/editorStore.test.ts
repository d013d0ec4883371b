import { describe, expect, it } from 'vitest';
import { createBlankMap } from '../../src/domain/blankMap';
import {
  addCard,
  allSteps,
  deleteCards,
  updateCard,
  updateMapDetails,
} from '../../src/domain/edits';
import { createSampleMap } from '../../src/domain/sampleMap';
import type { JourneyMap } from '../../src/domain/schema';
import { createEditorStore } from '../../src/store/editorStore';

const START = Date.parse('2026-01-01T09:00:00.000Z');

/** A blank map with three cards a, b, c in the first cell. */
function fixtureMap(): JourneyMap {
  let map = createBlankMap({ id: 'map-1', title: 'Repairs', now: new Date(START) });
  for (const id of ['a', 'b', 'c']) {
    map = addCard(map, {
      kind: 'note',
      laneId: map.lanes[0]!.id,
      stepId: allSteps(map)[0]!.id,
      title: id.toUpperCase(),
      id,
    });
  }
  return map;
}

/** A store whose clock the test moves by hand. */
function setup() {
  const clock = { ms: START };
  const map = fixtureMap();
  const store = createEditorStore(map, { now: () => new Date(clock.ms) });
  const state = () => store.getState();
  const steps = () => store.temporal.getState().pastStates.length;
  const title = (id: string) => state().map.cards.find((c) => c.id === id)?.title;
  const cardIds = () => state().map.cards.map((c) => c.id);
  return { clock, map, store, state, steps, title, cardIds };
}

const retitle = (id: string, title: string) => (map: JourneyMap) => updateCard(map, id, { title });

describe('editor store: apply', () => {
  it('applies an edit, stamps updatedAt from the clock and returns true', () => {
    const { clock, state } = setup();
    clock.ms += 5_000;
    expect(state().apply(retitle('a', 'Apple'))).toBe(true);
    expect(state().map.cards[0]?.title).toBe('Apple');
    expect(state().map.updatedAt).toBe(new Date(clock.ms).toISOString());
  });

  it('an edit that changes nothing is no step and returns false', () => {
    const { state, steps, map } = setup();
    expect(state().apply((m) => m)).toBe(false);
    expect(state().map).toBe(map);
    expect(steps()).toBe(0);
  });

  it('selects the cards named in options.select', () => {
    const { state } = setup();
    state().apply(
      (m) =>
        addCard(m, { kind: 'idea', laneId: m.lanes[0]!.id, stepId: allSteps(m)[0]!.id, id: 'new' }),
      { select: ['new'] },
    );
    expect(state().selectedCardIds).toEqual(['new']);
  });
});

describe('editor store: undo and redo', () => {
  it('one apply is one undo step', () => {
    const { state, steps, title, map } = setup();
    state().apply(retitle('a', 'Apple'));
    state().apply(retitle('b', 'Banana'));
    expect(steps()).toBe(2);
    state().undo();
    expect(title('a')).toBe('Apple');
    expect(title('b')).toBe('B');
    state().undo();
    expect(state().map).toBe(map);
    state().undo(); // nothing left: stays put
    expect(state().map).toBe(map);
    state().redo();
    state().redo();
    expect([title('a'), title('b')]).toEqual(['Apple', 'Banana']);
  });

  it('a multi-card delete is undone and redone as a whole', () => {
    const { state, steps, cardIds } = setup();
    state().apply((m) => deleteCards(m, ['a', 'c']));
    expect(cardIds()).toEqual(['b']);
    expect(steps()).toBe(1);
    state().undo();
    expect(cardIds()).toEqual(['a', 'b', 'c']);
    state().redo();
    expect(cardIds()).toEqual(['b']);
  });

  it('a new edit after undo drops the redo history', () => {
    const { state, store, title } = setup();
    state().apply(retitle('a', 'Apple'));
    state().undo();
    state().apply(retitle('b', 'Banana'));
    expect(store.temporal.getState().futureStates).toHaveLength(0);
    state().redo();
    expect(title('a')).toBe('A');
  });

  it('applies with the same coalesceKey within a second are one step', () => {
    const { clock, state, steps, title } = setup();
    for (const text of ['A', 'Ap', 'App', 'Appl', 'Apple']) {
      state().apply(retitle('a', text), { coalesceKey: 'title:a' });
      clock.ms += 400; // each keystroke within a second of the last
    }
    expect(title('a')).toBe('Apple');
    expect(steps()).toBe(1);
    state().undo();
    expect(title('a')).toBe('A');
  });

  it('a different key starts a new step', () => {
    const { clock, state, steps, title } = setup();
    state().apply(retitle('a', 'Apple'), { coalesceKey: 'title:a' });
    clock.ms += 100;
    state().apply(retitle('b', 'Banana'), { coalesceKey: 'title:b' });
    clock.ms += 100;
    state().apply(retitle('b', 'Bananas'), { coalesceKey: 'title:b' });
    expect(steps()).toBe(2);
    state().undo();
    expect([title('a'), title('b')]).toEqual(['Apple', 'B']);
  });

  it('the same key more than a second later starts a new step', () => {
    const { clock, state, steps, title } = setup();
    state().apply(retitle('a', 'Ap'), { coalesceKey: 'title:a' });
    clock.ms += 1_100;
    state().apply(retitle('a', 'Apple'), { coalesceKey: 'title:a' });
    expect(steps()).toBe(2);
    state().undo();
    expect(title('a')).toBe('Ap');
  });

  it('an apply without a key between two keyed ones breaks the group', () => {
    const { clock, state, steps } = setup();
    state().apply(retitle('a', 'Ap'), { coalesceKey: 'title:a' });
    clock.ms += 100;
    state().apply((m) => updateMapDetails(m, { title: 'Leaks' }));
    clock.ms += 100;
    state().apply(retitle('a', 'Apple'), { coalesceKey: 'title:a' });
    expect(steps()).toBe(3);
  });

  it('undo ends a coalescing group: the next keyed apply is its own step', () => {
    const { clock, state, steps, title } = setup();
    state().apply(retitle('a', 'Ap'), { coalesceKey: 'title:a' });
    state().apply(retitle('b', 'Bo'));
    state().undo();
    clock.ms += 100;
    state().apply(retitle('a', 'Apple'), { coalesceKey: 'title:a' });
    expect(steps()).toBe(2);
    state().undo();
    expect(title('a')).toBe('Ap');
  });

  it('undo that removes cards takes them out of the selection', () => {
    const { state } = setup();
    state().apply(
      (m) =>
        addCard(m, { kind: 'idea', laneId: m.lanes[0]!.id, stepId: allSteps(m)[0]!.id, id: 'new' }),
      { select: ['new'] },
    );
    state().select(['a', 'new']);
    state().undo();
    expect(state().selectedCardIds).toEqual(['a']);
    state().redo();
    expect(state().selectedCardIds).toEqual(['a']);
  });

  it('replaceMap is no undo step and prunes the selection', () => {
    const { state, steps, map } = setup();
    state().select(['a', 'b']);
    state().replaceMap({ ...map, cards: map.cards.filter((c) => c.id !== 'b') });
    expect(steps()).toBe(0);
    expect(state().selectedCardIds).toEqual(['a']);
  });

  it('selection changes are no undo steps', () => {
    const { state, steps } = setup();
    state().select(['a']);
    state().toggleSelected('b');
    state().toggleSelected('a');
    expect(state().selectedCardIds).toEqual(['b']);
    state().setMode('annotate');
    expect(steps()).toBe(0);
  });

  it('read-only blocks apply, undo and redo', () => {
    const { state, title, map } = setup();
    state().apply(retitle('a', 'Apple'));
    state().undo();
    state().setReadOnly(true);
    expect(state().apply(retitle('a', 'Nope'))).toBe(false);
    expect(state().map).toBe(map);
    state().redo();
    expect(title('a')).toBe('A');
    state().setReadOnly(false);
    state().redo();
    expect(title('a')).toBe('Apple');
    state().setReadOnly(true);
    state().undo();
    expect(title('a')).toBe('Apple');
  });
});

describe('emotions worked out from evidence', () => {
  it('follow an edit of the tallies in the same undo step', () => {
    const store = createEditorStore(createSampleMap(new Date('2026-01-01T00:00:00Z')));
    const scoreOfApply = () =>
      store.getState().map.phases[0]!.steps.find((s) => s.id === 'step-apply')!.emotionScore;
    expect(scoreOfApply()).toBe(1);
    store
      .getState()
      .apply((m) =>
        updateCard(m, 'card-ev-1', { tallies: { positive: 1, neutral: 0, negative: 19 } }),
      );
    expect(scoreOfApply()).toBe(-2);
    store.getState().undo();
    expect(scoreOfApply()).toBe(1);
  });
});
