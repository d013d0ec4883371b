import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { createSampleMap } from '../../domain/sampleMap';
import type { JourneyMap } from '../../domain/schema';
import { EditorProvider } from '../../bindings/EditorProvider';
import { Editor } from '../../editor/editor';

/** Renders `ui` inside an editor holding the sample map (or `map`). */
export function renderWithStore(ui: ReactElement, map: JourneyMap = createSampleMap()) {
  const editor = new Editor(map);
  const result = render(<EditorProvider editor={editor}>{ui}</EditorProvider>);
  return { editor, store: editor.store, ...result };
}
