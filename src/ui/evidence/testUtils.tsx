import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { createSampleMap } from '../../domain/sampleMap';
import type { JourneyMap } from '../../domain/schema';
import { createEditorStore, type EditorStore } from '../../store/editorStore';
import { EditorStoreProvider } from '../../store/EditorStoreContext';

/** Renders `ui` inside an editor store holding the sample map (or `map`). */
export function renderWithStore(ui: ReactElement, map: JourneyMap = createSampleMap()) {
  const store: EditorStore = createEditorStore(map);
  const result = render(<EditorStoreProvider store={store}>{ui}</EditorStoreProvider>);
  return { store, ...result };
}
