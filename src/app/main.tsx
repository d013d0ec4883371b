// First: zod's settings (no eval, for the Content-Security-Policy) before any schema is built.
import '../domain/zodConfig';
// Second: the database, the editor's code and a map's lock start coming while the rest loads.
import {
  editorModuleLoading,
  firstRoute,
  opensMap,
  repositoryOpening,
  writerLockAsked,
} from './startEarly';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { setDateLocale } from '../domain/dates';
import { createLibraryStore } from '../ui/library/libraryStore';
import { App } from './App';
import { installCompositionGuard } from './compositionGuard';
import { installOffline } from './offline';
import { installRegistryColours } from './registryColours';
import { addSampleOnFirstRun } from './seedSample';
import '../ui/styles/tokens.css';
import '../ui/styles.css';

installRegistryColours();
// First of all key listeners: keys of an open input-method composition go to the IME only.
installCompositionGuard(window);
// Dates are written in the browser's language when Intl knows it, else UK English.
setDateLocale(navigator.languages);

async function start() {
  const route = firstRoute;
  const [repository, editorModule] = await Promise.all([repositoryOpening, editorModuleLoading]);
  // The map starts opening now, while React shows "Opening map…" (useMapSession takes it).
  if (route.page === 'map' && writerLockAsked) {
    if (editorModule) editorModule.openMapAhead(repository, route.mapId, writerLockAsked);
    else void writerLockAsked.then((lock) => lock.release());
  }
  // A failed sample is no reason not to start; the library shows storage errors itself.
  const sample = addSampleOnFirstRun(repository).catch(() => undefined);
  if (!opensMap) await sample;
  const library = createLibraryStore(repository);
  void library.getState().refresh();
  // The library list follows changes made in other tabs and in the editor.
  window.addEventListener('hashchange', () => void library.getState().refresh());
  window.addEventListener('focus', () => void library.getState().refresh());
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root');
  createRoot(root).render(
    <StrictMode>
      <App services={{ repository, library }} />
    </StrictMode>,
  );
}

void start();
// Offline after the first visit (service worker; registered once the page has loaded).
installOffline();
