import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useHeldWhilePressed } from './useHeldWhilePressed';

const fire = (type: string) => act(() => void window.dispatchEvent(new Event(type)));

describe('useHeldWhilePressed', () => {
  it('follows the value at once when no pointer is pressed (the keyboard)', () => {
    const { result, rerender } = renderHook(({ value }) => useHeldWhilePressed(value), {
      initialProps: { value: 'card A' },
    });
    rerender({ value: 'card B' });
    expect(result.current).toBe('card B');
  });

  it('keeps the value of when a press began until the pointer is let go', () => {
    const { result, rerender } = renderHook(({ value }) => useHeldWhilePressed(value), {
      initialProps: { value: 'nothing selected' },
    });
    fire('pointerdown');
    rerender({ value: 'card A' });
    expect(result.current).toBe('nothing selected');
    fire('pointerup');
    expect(result.current).toBe('card A');
  });

  it('lets go when the press is cancelled or the window loses focus', () => {
    const { result, rerender } = renderHook(({ value }) => useHeldWhilePressed(value), {
      initialProps: { value: 1 },
    });
    fire('pointerdown');
    rerender({ value: 2 });
    fire('pointercancel');
    expect(result.current).toBe(2);
    fire('pointerdown');
    rerender({ value: 3 });
    expect(result.current).toBe(2);
    fire('blur');
    expect(result.current).toBe(3);
  });
});
