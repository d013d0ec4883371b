/**
 * What start-up can begin before the rest of the app's code has run: imported by main.tsx
 * right after zod's settings, so that opening the database, loading the editor's code and
 * asking for a map's writer lock wait on the browser while React and the app's modules are
 * evaluated, and on each other not at all (issue 17: they were one after another, about a
 * fifth of opening a 200-card map).
 */
import { openRepository } from '../persistence/openRepository';
import { requestWriterLock } from '../session/tabLock';
import { parseRoute } from '../ui/routes';
import { loadEditorModule } from './editorModule';

/** The page the app opened at (its location's hash when the page loaded). */
export const firstRoute = parseRoute(window.location.hash);

/** Whether the first page shows a map, and so needs the editor's code. */
export const opensMap =
  firstRoute.page === 'map' || firstRoute.page === 'live' || firstRoute.page === 'join';

/** The map library (IndexedDB, or memory when the browser blocks it), opening. */
export const repositoryOpening = openRepository();

/** The editor's code when the first page needs it (null when it failed to load); else null. */
export const editorModuleLoading = opensMap ? loadEditorModule().catch(() => null) : null;

/**
 * The writer lock of the map at a map link (tabLock.ts), asked for at once; null on other
 * pages. Whoever takes it must release it: openMapAhead, or main.tsx when it cannot.
 */
export const writerLockAsked =
  firstRoute.page === 'map' ? requestWriterLock(firstRoute.mapId) : null;
