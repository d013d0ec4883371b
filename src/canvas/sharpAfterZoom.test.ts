import { renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { REDRAW_CLASS, useSharpAfterZoom } from './sharpAfterZoom';

function canvas() {
  const wrapper = document.createElement('div');
  const afterMove = vi.fn();
  const { result } = renderHook(() => useSharpAfterZoom({ current: wrapper }, afterMove, 0));
  const move = (from: number, to: number) => {
    result.current.onMoveStart(null, { x: 0, y: 0, zoom: from });
    result.current.onMoveEnd(null, { x: 40, y: 20, zoom: to });
  };
  return { wrapper, afterMove, move };
}

const nextPaint = () =>
  new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

describe('useSharpAfterZoom', () => {
  it('after a zoom, drops the viewport layer for one frame so the map is drawn at the new zoom', async () => {
    const { wrapper, afterMove, move } = canvas();
    move(1, 1.5);
    expect(afterMove).toHaveBeenCalledTimes(1);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(wrapper).toHaveClass(REDRAW_CLASS);
    await nextPaint();
    await nextPaint();
    expect(wrapper).not.toHaveClass(REDRAW_CLASS);
  });

  it('after a pan at the same zoom, keeps the layer (nothing to draw again)', async () => {
    const { wrapper, afterMove, move } = canvas();
    move(0.7, 0.7);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(wrapper).not.toHaveClass(REDRAW_CLASS);
    expect(afterMove).toHaveBeenCalledTimes(1);
  });

  it('waits while the view keeps moving: a zoom in steps is drawn again once, at its end', async () => {
    const wrapper = document.createElement('div');
    const { result } = renderHook(() => useSharpAfterZoom({ current: wrapper }, () => {}, 20));
    const { onMoveStart, onMoveEnd } = result.current;
    onMoveStart(null, { x: 0, y: 0, zoom: 1 });
    onMoveEnd(null, { x: 0, y: 0, zoom: 1.2 });
    onMoveStart(null, { x: 0, y: 0, zoom: 1.2 });
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(wrapper).not.toHaveClass(REDRAW_CLASS);
    onMoveEnd(null, { x: 0, y: 0, zoom: 1.4 });
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(wrapper).toHaveClass(REDRAW_CLASS);
  });

  it('keeps the layer when the zoom came back to where it was drawn (in and out by the wheel)', async () => {
    const { wrapper, move } = canvas();
    move(0.7, 0.7 * (1 + 1e-9));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(wrapper).not.toHaveClass(REDRAW_CLASS);
  });

  it('does not draw the map again while a pointer is pressed on it, but once it is let go', async () => {
    const { wrapper, move } = canvas();
    move(1, 1.5);
    wrapper.dispatchEvent(new Event('pointerdown'));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(wrapper).not.toHaveClass(REDRAW_CLASS);
    window.dispatchEvent(new Event('pointerup'));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(wrapper).toHaveClass(REDRAW_CLASS);
  });
});
