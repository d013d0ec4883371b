import { lazy, Suspense } from 'react';
import { LibraryPage } from '../ui/library/LibraryPage';
import { useRoute } from '../ui/routes';
import { ServicesProvider, type Services } from '../ui/services';

// The editor (canvas, model validation, export) loads only when a map is opened, so the
// library opens fast.
const EditorPage = lazy(() =>
  import('../ui/editor/EditorPage').then((module) => ({ default: module.EditorPage })),
);

export function App({ services }: { services: Services }) {
  const route = useRoute();
  return (
    <ServicesProvider services={services}>
      {route.page === 'map' ? (
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
        <LibraryPage />
      )}
    </ServicesProvider>
  );
}
