import { lazy, Suspense, useCallback, useRef, useState } from 'react';
import type { JourneyMap } from '../../domain/schema';
import { FileDropZone } from '../export/FileDropZone';
import { ImportButton } from '../export/ImportButton';
import { ImportProblems } from '../export/ImportProblems';
import { useMapImport, type ImportExtras } from '../export/useMapImport';
import { templateFromMap } from '../../domain/templates/apply';
import { plural } from '../../domain/words';
import { useStore } from 'zustand';
import { visibleMaps, type LibrarySort } from './libraryStore';
import { hrefFor } from '../routes';
import { useServices } from '../services';
import { MapRow } from './MapRow';
import { TrashList } from './TrashList';
import { UndoToast, type UndoOffer } from './UndoToast';

// Loaded when "New map" is chosen: the templates and their pictures stay off the first screen.
const TemplateGallery = lazy(() =>
  import('../templates/TemplateGallery').then((m) => ({ default: m.TemplateGallery })),
);

/** The first screen: every map in this browser, with search, sort and whole-map commands. */
export function LibraryPage() {
  const { library, repository } = useServices();
  const maps = useStore(library, (s) => s.maps);
  const loaded = useStore(library, (s) => s.loaded);
  const error = useStore(library, (s) => s.error);
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<LibrarySort>('updated');
  const [undo, setUndo] = useState<UndoOffer | null>(null);
  const [imported, setImported] = useState<{
    id: string;
    title: string;
    versions: number;
    versionsLeftOut: number;
  } | null>(null);
  const [importedTemplate, setImportedTemplate] = useState<string | null>(null);
  const [galleryOpen, setGalleryOpen] = useState(false);
  const addImported = useCallback(
    async (map: JourneyMap, extras: ImportExtras) => {
      setImported(null);
      setImportedTemplate(null);
      if (extras.template) {
        // A template file joins the gallery, not the list of maps.
        const record = await repository.templates.save(
          templateFromMap(map, { withCards: true }),
          extras.template,
        );
        setImportedTemplate(record.name);
        return;
      }
      const versions = extras.versions ?? [];
      const { added, versionsLeftOut, title } = await library.getState().addImported(map, versions);
      if (!added) throw new Error('it could not be saved');
      setImported({ id: map.id, title, versions: versions.length, versionsLeftOut });
    },
    [library, repository],
  );
  const importer = useMapImport(addImported);
  const importButton = useRef<HTMLButtonElement>(null);
  // A new import clears the last one's message: an old "Imported…" never sits over a new error.
  const importFile = (file: File) => {
    setImported(null);
    setImportedTemplate(null);
    void importer.importFile(file);
  };

  const live = maps.filter((m) => m.deletedAt === null);
  const trashed = maps.filter((m) => m.deletedAt !== null);
  const shown = visibleMaps(live, query, sort);

  return (
    <FileDropZone onFile={importFile}>
      <main className="library">
        <header className="library__header">
          <h1>
            <span className="brand">Waymark</span>{' '}
            <span className="library__subtitle">Journey maps</span>
          </h1>
          <div className="library__actions">
            <button
              type="button"
              className="button--primary"
              aria-haspopup="dialog"
              onClick={() => setGalleryOpen(true)}
            >
              New map
            </button>
            <ImportButton busy={importer.importing} onFile={importFile} buttonRef={importButton} />
          </div>
        </header>
        {!repository.persistent && (
          <p className="notice notice--warning" role="alert">
            This browser does not let Waymark store anything (private mode or blocked storage). You
            can still make and export maps, but they are gone when you close this tab: export them
            as JSON to keep them.
          </p>
        )}
        {importer.failure && (
          <ImportProblems
            failure={importer.failure}
            onDismiss={() => {
              importer.clearFailure();
              // The dismissed message took the focus with it: give it back to where it began.
              importButton.current?.focus();
            }}
          />
        )}
        {imported && (
          <p className="notice notice--success" role="status">
            Imported “{imported.title}” as a new map
            {imported.versions > 0
              ? `, with ${plural(imported.versions - imported.versionsLeftOut, 'version')}`
              : ''}
            {imported.versionsLeftOut > 0
              ? ` (${plural(imported.versionsLeftOut, 'version')} could not be stored)`
              : ''}
            . <a href={hrefFor({ page: 'map', mapId: imported.id })}>Open it</a>
          </p>
        )}
        {importedTemplate !== null && (
          <p className="notice notice--success" role="status">
            Added the template “{importedTemplate}” to the gallery: choose “New map” to use it.
          </p>
        )}
        {error && (
          <div className="notice notice--error" role="alert">
            <p>{error}</p>
            <button type="button" onClick={() => library.getState().dismissError()}>
              Dismiss
            </button>
          </div>
        )}
        <div className="library__tools">
          <label>
            Search maps
            <input
              type="search"
              value={query}
              placeholder="Title contains…"
              onChange={(e) => setQuery(e.target.value)}
            />
          </label>
          <label>
            Sort by
            <select
              value={sort}
              onChange={(e) => setSort(e.target.value === 'title' ? 'title' : 'updated')}
            >
              <option value="updated">Last edited</option>
              <option value="title">Title</option>
            </select>
          </label>
        </div>
        {!loaded ? (
          <p role="status">Loading your maps…</p>
        ) : shown.length === 0 ? (
          <p className="library__empty">
            {live.length === 0
              ? 'No maps yet. Choose “New map” to start one.'
              : `No map title contains “${query}”.`}
          </p>
        ) : (
          <ul className="library__list" aria-label="Journey maps">
            {shown.map((summary) => (
              <MapRow
                key={summary.id}
                summary={summary}
                onTrashed={() => setUndo({ id: summary.id, title: summary.title })}
              />
            ))}
          </ul>
        )}
        <TrashList maps={trashed} />
        {galleryOpen && (
          <Suspense fallback={<p role="status">Opening the templates…</p>}>
            <TemplateGallery onClose={() => setGalleryOpen(false)} />
          </Suspense>
        )}
        {undo && (
          <UndoToast
            offer={undo}
            onUndo={() => {
              void library.getState().restore(undo.id);
              setUndo(null);
            }}
            onDismiss={() => setUndo(null)}
          />
        )}
      </main>
    </FileDropZone>
  );
}
