/**
 * The minimap's size by canvas width (src/canvas/CanvasMinimap.tsx) and its shown/hidden
 * choice, remembered across reloads (src/ui/editor/rememberedView.ts).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { minimapSize } from '../../src/canvas/CanvasMinimap';
import { createEditorView } from '../../src/editor/view';
import {
  readRememberedView,
  REMEMBERED_VIEW_KEY,
  rememberView,
} from '../../src/ui/editor/rememberedView';

describe('the minimap’s size', () => {
  it('is smaller on a mid-size canvas (a 1280 px laptop) and smallest on a narrow one', () => {
    expect(minimapSize(0)).toEqual({ width: 200, height: 150 }); // not measured yet
    expect(minimapSize(470)).toEqual({ width: 120, height: 90 });
    expect(minimapSize(728)).toEqual({ width: 160, height: 120 });
    expect(minimapSize(1099)).toEqual({ width: 160, height: 120 });
    expect(minimapSize(1100)).toEqual({ width: 200, height: 150 });
  });
});

describe('the remembered minimap', () => {
  beforeEach(() => localStorage.clear());

  it('is shown until a choice is made; a choice is kept and given to the next editor', () => {
    const first = createEditorView();
    const stop = rememberView(first);
    expect(first.getState().minimapOpen).toBe(true);
    first.getState().set({ minimapOpen: false });
    expect(readRememberedView()).toEqual({ minimapOpen: false });
    stop();

    // A reload: a new view store, shown by default, takes the remembered choice.
    const next = createEditorView();
    rememberView(next);
    expect(next.getState().minimapOpen).toBe(false);
    next.getState().set({ minimapOpen: true });
    expect(readRememberedView()).toEqual({ minimapOpen: true });
  });

  it('ignores what it cannot read, and other changes of the view', () => {
    localStorage.setItem(REMEMBERED_VIEW_KEY, '{not json');
    expect(readRememberedView()).toEqual({});
    localStorage.setItem(REMEMBERED_VIEW_KEY, JSON.stringify({ minimapOpen: 'no' }));
    expect(readRememberedView()).toEqual({});
    localStorage.clear();
    const view = createEditorView();
    rememberView(view);
    view.getState().set({ legendOpen: true });
    expect(localStorage.getItem(REMEMBERED_VIEW_KEY)).toBeNull();
  });
});
