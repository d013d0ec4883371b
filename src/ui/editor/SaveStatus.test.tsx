import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CommandProvider } from '../../bindings/EditorProvider';
import { createClipboard } from '../../commands/clipboard';
import { noCanvas } from '../../commands/context';
import { createSampleMap } from '../../domain/sampleMap';
import { Editor, type SaveState } from '../../editor/editor';
import { SAVED_ANNOUNCEMENT_MS, SaveStatus } from './SaveStatus';

function withSaveStatus(persistent = true) {
  const editor = new Editor(createSampleMap());
  render(
    <CommandProvider value={{ editor, canvas: noCanvas, clipboard: createClipboard() }}>
      <SaveStatus persistent={persistent} />
    </CommandProvider>,
  );
  const set = (save: SaveState) => act(() => editor.setSave(save));
  const wait = (ms: number) => act(() => vi.advanceTimersByTime(ms));
  /** One keystroke's save: pending, saving, saved. */
  const keystroke = () => {
    set({ status: 'pending' });
    set({ status: 'saving' });
    set({ status: 'saved', at: null });
  };
  return { set, wait, keystroke, live: () => screen.getByRole('status') };
}

describe('SaveStatus', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('shows Saving… and Saved without reading them out at every keystroke', () => {
    const { set, wait, keystroke, live } = withSaveStatus();
    const observer = new MutationObserver(() => {});
    observer.observe(live(), { childList: true, characterData: true, subtree: true });
    for (let key = 0; key < 5; key++) {
      set({ status: 'pending' });
      expect(screen.getByText('Saving…')).toBeVisible();
      keystroke();
      expect(screen.getByText('Saved')).toBeVisible();
      wait(SAVED_ANNOUNCEMENT_MS / 4);
    }
    expect(live().textContent).toBe('');
    expect(observer.takeRecords()).toHaveLength(0);
    observer.disconnect();
  });

  it('says "All changes saved" once, when the map has stayed saved after the typing paused', () => {
    const { wait, keystroke, live } = withSaveStatus();
    keystroke();
    wait(SAVED_ANNOUNCEMENT_MS - 1);
    expect(live().textContent).toBe('');
    wait(1);
    expect(live()).toHaveTextContent('All changes saved');
    // Nothing changed since: saying it again would be noise.
    wait(SAVED_ANNOUNCEMENT_MS * 3);
    expect(live()).toHaveTextContent('All changes saved');
    // The next change clears it, and its save is said again after the pause.
    keystroke();
    expect(live().textContent).toBe('');
    wait(SAVED_ANNOUNCEMENT_MS);
    expect(live()).toHaveTextContent('All changes saved');
  });

  it('alerts a failed save at once, and says when everything is saved again', () => {
    const { set, wait, live } = withSaveStatus();
    set({ status: 'error', kind: 'quota', message: 'The disk is full.' });
    expect(screen.getByRole('alert')).toHaveTextContent('The disk is full.');
    set({ status: 'saved', at: null });
    expect(screen.queryByRole('alert')).toBeNull();
    wait(SAVED_ANNOUNCEMENT_MS);
    expect(live()).toHaveTextContent('All changes saved');
  });

  it('never says "All changes saved" where the browser keeps nothing', () => {
    const { wait, keystroke, live } = withSaveStatus(false);
    keystroke();
    wait(SAVED_ANNOUNCEMENT_MS * 2);
    expect(screen.getByText('Not saved: this browser blocks storage')).toBeVisible();
    expect(live().textContent).toBe('');
  });
});
