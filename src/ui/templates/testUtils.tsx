/** Test helpers for the template, version and comparison panels (imported by *.test.tsx only). */
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { EditorProvider } from '../../bindings/EditorProvider';
import { createSampleMap } from '../../domain/sampleMap';
import type { JourneyMap } from '../../domain/schema';
import { Editor } from '../../editor/editor';
import { MemoryMapRepository } from '../../persistence/memoryRepository';
import { createLibraryStore } from '../library/libraryStore';
import { ServicesProvider } from '../services';
import { polyfillDialog } from '../workshop/testUtils';

/**
 * Renders `ui` with the app's services on an in-memory library holding `map` (the sample map by
 * default), inside an editor of that map; returns both, and the repository.
 */
export async function renderWithServices(ui: ReactNode, map: JourneyMap = createSampleMap()) {
  polyfillDialog();
  const repository = new MemoryMapRepository();
  await repository.create(map);
  const library = createLibraryStore(repository);
  const editor = new Editor(map);
  const result = render(
    <ServicesProvider services={{ repository, library }}>
      <EditorProvider editor={editor}>{ui}</EditorProvider>
    </ServicesProvider>,
  );
  return { repository, library, editor, ...result };
}
