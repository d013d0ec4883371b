import { EditorPage } from '../ui/editor/EditorPage';
import { LibraryPage } from '../ui/library/LibraryPage';
import { useRoute } from '../ui/routes';
import { ServicesProvider, type Services } from '../ui/services';

export function App({ services }: { services: Services }) {
  const route = useRoute();
  return (
    <ServicesProvider services={services}>
      {route.page === 'map' ? (
        <EditorPage key={route.mapId} mapId={route.mapId} />
      ) : (
        <LibraryPage />
      )}
    </ServicesProvider>
  );
}
