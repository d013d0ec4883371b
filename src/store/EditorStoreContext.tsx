import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { EditorState, EditorStore } from './editorStore';

const EditorStoreContext = createContext<EditorStore | null>(null);

/** Hands the store of the open map down to the editor's components. */
export function EditorStoreProvider({
  store,
  children,
}: {
  store: EditorStore;
  children: ReactNode;
}) {
  return <EditorStoreContext.Provider value={store}>{children}</EditorStoreContext.Provider>;
}

export function useEditorStoreApi(): EditorStore {
  const store = useContext(EditorStoreContext);
  if (!store) throw new Error('useEditorStoreApi must be used inside <EditorStoreProvider>');
  return store;
}

/**
 * Reads from the open map's store. Selectors that build new arrays or objects must be wrapped
 * in `useShallow` (zustand/react/shallow) to avoid re-rendering on every change.
 */
export function useEditor<T>(selector: (state: EditorState) => T): T {
  return useStore(useEditorStoreApi(), selector);
}
