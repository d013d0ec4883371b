/** Test helpers for the workshop components (not shipped: imported by *.test.tsx only). */
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { createSampleMap } from '../../domain/sampleMap';
import { createEditorStore, type EditorMode } from '../../store/editorStore';
import { EditorStoreProvider } from '../../store/EditorStoreContext';
import { PARTICIPANT_NAME_KEY } from './participantName';
import { resetWorkshopSession } from './session';

/** jsdom has <dialog> but not showModal/close: open and close it by attribute. */
export function polyfillDialog(): void {
  const proto = HTMLDialogElement.prototype as Partial<HTMLDialogElement>;
  if (typeof proto.showModal !== 'function') {
    proto.showModal = function (this: HTMLDialogElement) {
      this.setAttribute('open', '');
    };
  }
  if (typeof proto.close !== 'function') {
    proto.close = function (this: HTMLDialogElement) {
      this.removeAttribute('open');
    };
  }
}

export function renderWithStore(
  ui: ReactNode,
  options: { mode?: EditorMode; name?: string; selected?: string[] } = {},
) {
  window.localStorage.setItem(PARTICIPANT_NAME_KEY, options.name ?? 'Sam');
  resetWorkshopSession();
  const store = createEditorStore(createSampleMap(new Date('2026-11-24T10:00:00Z')));
  store.getState().setMode(options.mode ?? 'annotate');
  if (options.selected) store.getState().select(options.selected);
  const result = render(<EditorStoreProvider store={store}>{ui}</EditorStoreProvider>);
  return { store, ...result };
}
