import { lazy, Suspense, useEffect, useState } from 'react';
import { LibraryPage } from '../ui/library/LibraryPage';
import { useRoute } from '../ui/routes';
import { ServicesProvider, type Services } from '../ui/services';
import { loadedEditorModule, loadEditorModule } from './editorModule';
import { onUpdateReady } from './offline';

// The editor (canvas, model validation, export) loads only when a map is opened, so the
// library opens fast.
const LazyEditorPage = lazy(() =>
  loadEditorModule().then((module) => ({ default: module.EditorPage })),
);
const LazyLivePage = lazy(() =>
  loadEditorModule().then((module) => ({ default: module.LivePage })),
);
const LazyJoinPage = lazy(() =>
  loadEditorModule().then((module) => ({ default: module.JoinPage })),
);

const prefetchEditor = () => void loadEditorModule().catch(() => undefined);

/**
 * The app: the library, or the editor of the map the address names (`#/map/<id>`), loaded on
 * demand.
 */
export function App({ services }: { services: Services }) {
  const route = useRoute();
  // Already loaded (a map link opened at start-up): no Suspense round.
  const EditorPage = loadedEditorModule()?.EditorPage ?? LazyEditorPage;
  const LivePage = loadedEditorModule()?.LivePage ?? LazyLivePage;
  const JoinPage = loadedEditorModule()?.JoinPage ?? LazyJoinPage;
  return (
    <ServicesProvider services={services}>
      <UpdateBanner />
      {route.page === 'live' || route.page === 'join' ? (
        <Suspense fallback={<p role="status">Opening the live session…</p>}>
          {route.page === 'live' ? (
            <LivePage key={`${route.roomId}:${route.token}`} route={route} />
          ) : (
            <JoinPage initialCode={route.code} />
          )}
        </Suspense>
      ) : route.page === 'map' ? (
        <Suspense
          fallback={
            <p className="editor-page--message" role="status">
              Opening map…
            </p>
          }
        >
          <EditorPage key={route.mapId} mapId={route.mapId} />
        </Suspense>
      ) : (
        // A pointer or the keyboard moving over the library is likely to open a map next:
        // fetch the editor then, so opening it does not wait.
        <div onPointerOver={prefetchEditor} onFocusCapture={prefetchEditor}>
          <LibraryPage />
        </div>
      )}
    </ServicesProvider>
  );
}

/** "A new version of Waymark is ready": shown when the service worker has newer code waiting. */
function UpdateBanner() {
  const [reload, setReload] = useState<(() => void) | null>(null);
  useEffect(() => onUpdateReady((fn) => setReload(() => fn)), []);
  if (!reload) return null;
  return (
    <div className="update-banner" role="status">
      A new version of Waymark is ready.{' '}
      <button type="button" onClick={reload}>
        Reload to use it
      </button>{' '}
      <button type="button" onClick={() => setReload(null)}>
        Later
      </button>
    </div>
  );
}
