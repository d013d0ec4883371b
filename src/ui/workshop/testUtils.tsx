/** Test helpers for the workshop components (not shipped: imported by *.test.tsx only). */
import { render } from '@testing-library/react';
import userEvent, { PointerEventsCheckLevel } from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { createSampleMap } from '../../domain/sampleMap';
import { EditorProvider } from '../../bindings/EditorProvider';
import { Editor } from '../../editor/editor';
import type { EditorMode } from '../../editor/permissions';
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

/**
 * jsdom reads its default stylesheet on the first getComputedStyle of a file (~250 ms, before
 * Testing Library's first query by role can tell what is hidden): done in `beforeAll`, that
 * one-off cost of the environment is not counted against the first test's time.
 */
export function warmUpComputedStyle(): void {
  window.getComputedStyle(document.body).getPropertyValue('display');
}

/**
 * userEvent for the workshop tests, without two costs that test nothing here: the pause after
 * every key and click (`delay: 0` waits a timer each time: hundreds per test) and the
 * pointer-events check (getComputedStyle on the target and each ancestor at every click, slow in
 * jsdom; unit tests load no stylesheet, so it could never find `pointer-events: none`).
 */
export function setupUser() {
  return userEvent.setup({ delay: null, pointerEventsCheck: PointerEventsCheckLevel.Never });
}

/**
 * Renders `ui` in an editor of the sample map (annotate mode unless said), with "Sam" as this
 * device's participant.
 */
export function renderWithStore(
  ui: ReactNode,
  options: { mode?: EditorMode; name?: string; selected?: string[] } = {},
) {
  window.localStorage.setItem(PARTICIPANT_NAME_KEY, options.name ?? 'Sam');
  resetWorkshopSession();
  const editor = new Editor(createSampleMap(new Date('2026-11-24T10:00:00Z')), {
    mode: options.mode ?? 'annotate',
  });
  if (options.selected) editor.select(options.selected);
  const result = render(<EditorProvider editor={editor}>{ui}</EditorProvider>);
  return { editor, store: editor.store, ...result };
}
