import { useState } from 'react';
import { EditorProvider, useEditorApi } from '../../bindings/EditorProvider';
import { useMapSession } from '../../bindings/useMapSession';
import { hrefFor } from '../routes';
import { ExportDialog } from '../export/ExportDialog';
import { useServices } from '../services';
import { MapEditor } from './MapEditor';
import { PanelsAfterFirstPaint } from './panelsAfterFirstPaint';
import { SaveStatus } from './SaveStatus';
import { MapTitleField } from './MapTitleField';
import type { MapSession } from '../../session/mapSession';
import { LiveDialog } from '../live/LiveDialog';
import { LiveStatusBadge } from '../live/LiveStatusBadge';
import { SaveAsTemplateButton } from '../templates/SaveAsTemplate';
import { VersionsButton } from '../versions/VersionsPanel';
import { loadFileVersions } from '../versions/fileVersions';

/** The editor for one map: header (back, title, save status) and the map editor itself. */
export function EditorPage({ mapId }: { mapId: string }) {
  const { repository } = useServices();
  const open = useMapSession(repository, mapId);

  if (open.status === 'loading') {
    return (
      <main className="editor-page editor-page--message">
        <p role="status">Opening map…</p>
      </main>
    );
  }
  if (open.status === 'error') {
    return (
      <main className="editor-page editor-page--message">
        <h1>This map could not be opened</h1>
        <p role="alert">{open.message}</p>
        {open.problems.length > 0 && (
          <ul>
            {open.problems.slice(0, 5).map((p) => (
              <li key={`${p.path}:${p.message}`}>
                <code>{p.path}</code>: {p.message}
              </li>
            ))}
          </ul>
        )}
        <a href={hrefFor({ page: 'library' })}>Back to the library</a>
      </main>
    );
  }
  return (
    <EditorProvider editor={open.session.editor}>
      <div className="editor-page">
        <header className="editor-header">
          <a className="editor-header__back" href={hrefFor({ page: 'library' })}>
            ← Library
          </a>
          <MapTitleField />
          <SaveStatus persistent={repository.persistent} />
          <LiveStatusBadge />
          <ShareLiveButton session={open.session} />
          <VersionsButton />
          <SaveAsTemplateButton />
          <ReportButton />
          <ExportButton />
        </header>
        <PanelsAfterFirstPaint>
          <MapEditor />
        </PanelsAfterFirstPaint>
      </div>
    </EditorProvider>
  );
}

/** "Share live…": starts or shows the map's live session (see LiveDialog). */
function ShareLiveButton({ session }: { session: MapSession }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="editor-header__share" onClick={() => setOpen(true)}>
        Share live…
      </button>
      {open && <LiveDialog session={session} onClose={() => setOpen(false)} />}
    </>
  );
}

/** "Report…": the report builder (Word, PDF, print), as the Report command opens it. */
function ReportButton() {
  const editor = useEditorApi();
  return (
    <button
      type="button"
      className="editor-header__export"
      onClick={() => editor.view.getState().set({ reportOpen: true })}
    >
      Report…
    </button>
  );
}

/** "Export…": the map as JSON, CSV, PNG or SVG, from the map as it is now. */
function ExportButton() {
  const [open, setOpen] = useState(false);
  const editor = useEditorApi();
  const { repository } = useServices();
  return (
    <>
      <button type="button" className="editor-header__export" onClick={() => setOpen(true)}>
        Export…
      </button>
      {open && (
        <ExportDialog
          map={editor.map}
          onClose={() => setOpen(false)}
          loadVersions={() => loadFileVersions(repository.versions, editor.map.id)}
        />
      )}
    </>
  );
}
