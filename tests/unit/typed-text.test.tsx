import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { appendedTo, useTypedText } from '../../src/bindings/useTypedText';
import { createStore } from 'zustand/vanilla';
import { usePaintedSelection } from '../../src/canvas/usePaintedSelection';

beforeEach(() => {
  vi.useFakeTimers({
    toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'],
  });
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

/** A one-field "map" whose write may be refused or changed, as the editor's can. */
function fakeMap(initial: string, take: (text: string) => string = (text) => text) {
  const map = { value: initial, writes: [] as string[] };
  const write = (text: string) => {
    map.writes.push(text);
    map.value = take(text);
    return map.value;
  };
  return { map, write };
}

describe('useTypedText: a field that shows keys at once and writes after the paint', () => {
  it('shows each key at once and writes the keys of one frame as one write, after it', () => {
    const { map, write } = fakeMap('Call');
    const { result, rerender } = renderHook(() => useTypedText(map.value, write));
    act(() => result.current.type('Call '));
    act(() => result.current.type('Call u'));
    act(() => result.current.type('Call us'));
    expect(result.current.value).toBe('Call us');
    expect(map.writes).toEqual([]); // nothing written before the frame is painted
    act(() => vi.advanceTimersToNextFrame());
    expect(map.writes).toEqual([]); // the frame's callback only posts the write…
    act(() => vi.runOnlyPendingTimers());
    expect(map.writes).toEqual(['Call us']); // …which runs after the paint, once
    rerender();
    expect(result.current.value).toBe('Call us');
  });

  it('writes what is pending when the field is left, closed or the page goes away', () => {
    const { map, write } = fakeMap('A');
    const { result, unmount } = renderHook(() => useTypedText(map.value, write));
    act(() => result.current.type('AB'));
    act(() => result.current.flush());
    expect(map.writes).toEqual(['AB']);
    act(() => result.current.type('ABC'));
    act(() => window.dispatchEvent(new Event('pagehide')));
    expect(map.writes).toEqual(['AB', 'ABC']);
    act(() => result.current.type('ABCD'));
    unmount();
    expect(map.writes).toEqual(['AB', 'ABC', 'ABCD']);
    // Nothing pending: no second write of the same text.
    act(() => vi.runAllTimers());
    expect(map.writes).toHaveLength(3);
  });

  it('shows what the map took when it changed or refused the text', () => {
    const { map, write } = fakeMap('Short', (text) => text.slice(0, 6));
    const { result } = renderHook(() => useTypedText(map.value, write));
    act(() => result.current.type('Shorter text'));
    act(() => result.current.flush());
    expect(result.current.value).toBe('Shorte');
  });

  it('writes at the latest 50 ms after a key when the browser draws no frame', () => {
    vi.spyOn(window, 'requestAnimationFrame').mockImplementation(() => 0); // frames held back
    const { map, write } = fakeMap('A');
    const { result } = renderHook(() => useTypedText(map.value, write));
    act(() => result.current.type('AB'));
    act(() => vi.advanceTimersByTime(49));
    expect(map.writes).toEqual([]);
    act(() => vi.advanceTimersByTime(1));
    expect(map.writes).toEqual(['AB']);
  });

  it('adds keys typed at the end to a text someone else changed meanwhile', () => {
    const { map, write } = fakeMap('Call');
    const { result, rerender } = renderHook(({ value }) => useTypedText(value, write), {
      initialProps: { value: map.value },
    });
    act(() => result.current.type('Call u'));
    // Another tab's letter arrives before this field wrote its own.
    map.value = 'Call!';
    rerender({ value: map.value });
    // The map's new value comes with the write (as the store's does in the editor).
    act(() => {
      result.current.flush();
      rerender({ value: map.value });
    });
    expect(map.writes).toEqual(['Call! u']);
    expect(result.current.value).toBe('Call! u');
  });

  it('takes a value the map got from elsewhere (undo, a collaborator) while nothing is pending', () => {
    const { map, write } = fakeMap('Mine');
    const { result, rerender } = renderHook(({ value }) => useTypedText(value, write), {
      initialProps: { value: map.value },
    });
    rerender({ value: 'Theirs' });
    expect(result.current.value).toBe('Theirs');
    // While keys are pending, the field keeps what is typed (it is written next).
    act(() => result.current.type('Theirs!'));
    rerender({ value: 'Other' });
    expect(result.current.value).toBe('Theirs!');
  });
});

describe('appendedTo: keys typed at the end go after a change made elsewhere', () => {
  it('appends, or leaves the typed text as it is when nothing else changed or it was no append', () => {
    expect(appendedTo('Call', 'Call', 'Call us')).toBe('Call us');
    expect(appendedTo('Call them', 'Call', 'Call us')).toBe('Call them us');
    // Not an append (a letter deleted, a word changed in the middle): the typed text wins.
    expect(appendedTo('Call them', 'Call', 'Cal')).toBe('Cal');
    expect(appendedTo('Call them', 'Call', 'Ball')).toBe('Ball');
  });
});

describe('usePaintedSelection: the canvas follows a change after the frame that shows it', () => {
  const select = (s: { title: string; other: number }) => s.title;
  const same = (a: string, b: string) => a === b;

  it('keeps the old value through the frame, and takes the new one after its paint', () => {
    const store = createStore(() => ({ title: 'first', other: 0 }));
    let renders = 0;
    const { result } = renderHook(() => {
      renders++;
      return usePaintedSelection(store, select, same);
    });
    expect(result.current).toBe('first');
    const before = renders;
    act(() => store.setState({ title: 'second' }));
    // The change itself does not re-render the component…
    expect(renders).toBe(before);
    expect(result.current).toBe('first');
    act(() => vi.advanceTimersToNextFrame());
    expect(result.current).toBe('first');
    // …it shows after the frame's paint.
    act(() => vi.runOnlyPendingTimers());
    expect(result.current).toBe('second');
  });

  it('draws only the latest of several changes within a frame, and ignores other state', () => {
    const store = createStore(() => ({ title: 'a', other: 0 }));
    const seen: string[] = [];
    renderHook(() => {
      const shown = usePaintedSelection(store, select, same);
      seen.push(shown);
      return shown;
    });
    act(() => store.setState({ title: 'b' }));
    act(() => store.setState({ title: 'c' }));
    act(() => vi.advanceTimersToNextFrame());
    act(() => vi.runOnlyPendingTimers());
    expect(seen).not.toContain('b');
    expect(seen[seen.length - 1]).toBe('c');
    const count = seen.length;
    act(() => store.setState({ other: 1 }));
    act(() => vi.advanceTimersToNextFrame());
    act(() => vi.runOnlyPendingTimers());
    expect(seen).toHaveLength(count);
  });

  it('shows an urgent change with the change itself (what the user types into next)', () => {
    const store = createStore(() => ({ title: 'a', other: 0 }));
    const { result } = renderHook(() =>
      usePaintedSelection(store, select, same, (next) => next.startsWith('new')),
    );
    act(() => store.setState({ title: 'b' }));
    expect(result.current).toBe('a');
    // Urgent: drawn now, and the pending frame's value is not shown after it.
    act(() => store.setState({ title: 'new phase' }));
    expect(result.current).toBe('new phase');
    act(() => vi.advanceTimersToNextFrame());
    act(() => vi.runOnlyPendingTimers());
    expect(result.current).toBe('new phase');
  });
});
