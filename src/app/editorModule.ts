/**
 * Loads the editor's code on demand, and remembers it once loaded, so the app can render the
 * editor directly instead of through a Suspense fallback (React holds a revealed fallback for
 * about 300 ms, which would be most of the time it takes to open a map).
 */
import type * as EditorModuleExports from './editorPages';

type EditorModule = typeof EditorModuleExports;

let loaded: EditorModule | null = null;
let loading: Promise<EditorModule> | null = null;

/** Loads the editor's pages (once). */
export function loadEditorModule(): Promise<EditorModule> {
  // A failed load (the network dropped) is forgotten, so the next attempt tries again.
  loading ??= import('./editorPages').then(
    (module) => (loaded = module),
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

/** The editor's module if it has already loaded; null otherwise. */
export function loadedEditorModule(): EditorModule | null {
  return loaded;
}
