/**
 * "Versions…" in the editor: save a version (a name and a note), the list of this map's
 * versions (time, name, kind, cards, size), open one read-only, restore one (the map as it is
 * now is kept as a version first: session/versions.ts), delete one, and the storage they use.
 * Comparing and future states start here too (ComparePicker).
 */
import { useState } from 'react';
import { useCan, useEditorApi } from '../../bindings/EditorProvider';
import { formatDateTime } from '../../domain/dates';
import type { JourneyMap } from '../../domain/schema';
import { formatBytes, plural } from '../../domain/words';
import type { VersionKind } from '../../persistence/db';
import { toStorageError } from '../../persistence/storageError';
import {
  VERSION_NAME_MAX,
  VERSION_NOTE_MAX,
  type VersionInfo,
} from '../../persistence/versionStore';
import { restoreVersion, saveVersion } from '../../session/versions';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { HeaderDialogButton } from '../common/HeaderDialogButton';
import { Modal } from '../common/Modal';
import { NameAndNoteForm } from '../common/NameAndNoteForm';
import { useServices } from '../services';
import { ComparePicker } from './ComparePicker';
import { useVersions, type VersionStorage } from './useVersions';
import { VersionViewer } from './VersionViewer';
import './versions.css';

/** What each kind of version is called in the list. */
export const VERSION_KIND_LABELS: Record<VersionKind, string> = {
  manual: 'Saved by you',
  daily: 'Automatic, daily',
  'before-restore': 'Automatic, before a restore',
  'before-import': 'Automatic, before an import',
};

type Notice = { tone: 'success' | 'error'; text: string } | null;
type Asking = { kind: 'restore' | 'delete'; info: VersionInfo } | null;

/** The header button and its panel. */
export function VersionsButton() {
  return (
    <HeaderDialogButton label="Versions…" dialog={(close) => <VersionsPanel onClose={close} />} />
  );
}

/** The versions panel (a modal over the editor). */
export function VersionsPanel({ onClose }: { onClose: () => void }) {
  const editor = useEditorApi();
  const { repository } = useServices();
  const canEdit = useCan('edit');
  const mapId = editor.map.id;
  const { versions, storage, error, refresh } = useVersions(mapId);
  const [notice, setNotice] = useState<Notice>(null);
  const [asking, setAsking] = useState<Asking>(null);
  const [viewing, setViewing] = useState<{ info: VersionInfo; map: JourneyMap } | null>(null);

  const restore = async (info: VersionInfo) => {
    setAsking(null);
    setViewing(null);
    const result = await restoreVersion(repository.versions, editor, info.id);
    setNotice(
      result.ok
        ? {
            tone: 'success',
            text: `Restored “${result.restored.name}”. The map as it was is kept as the version “${result.kept.name}”.`,
          }
        : { tone: 'error', text: result.message },
    );
    await refresh();
  };

  const remove = async (info: VersionInfo) => {
    setAsking(null);
    try {
      await repository.versions.remove(info.id);
      setNotice({ tone: 'success', text: `Deleted the version “${info.name}”.` });
    } catch (failure) {
      setNotice({ tone: 'error', text: toStorageError(failure).message });
    }
    await refresh();
  };

  const open = async (info: VersionInfo) => {
    const loaded = await repository.versions.load(info.id).catch((failure: unknown) => ({
      ok: false as const,
      message: toStorageError(failure).message,
    }));
    if (loaded.ok) setViewing({ info, map: loaded.map });
    else setNotice({ tone: 'error', text: loaded.message });
  };

  return (
    <Modal title="Versions of this map" onClose={onClose} className="modal--wide versions-panel">
      <SaveVersionForm
        onSaved={(text) => {
          setNotice(text);
          void refresh();
        }}
      />
      {notice ? (
        <p
          role={notice.tone === 'error' ? 'alert' : 'status'}
          className={`notice notice--${notice.tone}`}
        >
          {notice.text}
        </p>
      ) : null}
      {error ? (
        <p role="alert" className="notice notice--error">
          {error}
        </p>
      ) : null}
      <StorageLine storage={storage} count={versions?.length ?? 0} />
      {versions === null ? (
        <p role="status">Loading the versions…</p>
      ) : versions.length === 0 ? (
        <p className="versions-panel__empty">No versions of this map yet.</p>
      ) : (
        <table className="versions-table">
          <caption className="visually-hidden">Saved versions, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Saved</th>
              <th scope="col">Name</th>
              <th scope="col">Cards</th>
              <th scope="col">Size</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {versions.map((info) => (
              <tr key={info.id}>
                <td>{formatDateTime(info.createdAt)}</td>
                <th scope="row">
                  <span className="versions-table__name">{info.name || 'Untitled version'}</span>
                  <span className="versions-table__kind">{VERSION_KIND_LABELS[info.kind]}</span>
                  {info.note ? <span className="versions-table__note">{info.note}</span> : null}
                </th>
                <td>{info.cardCount}</td>
                <td>{formatBytes(info.storedBytes)}</td>
                <td className="versions-table__actions">
                  <button
                    type="button"
                    aria-label={`Open “${info.name}”`}
                    onClick={() => void open(info)}
                  >
                    Open
                  </button>
                  <button
                    type="button"
                    aria-label={`Restore “${info.name}”`}
                    disabled={!canEdit}
                    onClick={() => setAsking({ kind: 'restore', info })}
                  >
                    Restore…
                  </button>
                  <button
                    type="button"
                    aria-label={`Delete “${info.name}”`}
                    onClick={() => setAsking({ kind: 'delete', info })}
                  >
                    Delete…
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <ComparePicker versions={versions ?? []} onNotice={setNotice} />
      {viewing ? (
        <VersionViewer
          info={viewing.info}
          map={viewing.map}
          canRestore={canEdit}
          onRestore={() => setAsking({ kind: 'restore', info: viewing.info })}
          onClose={() => setViewing(null)}
        />
      ) : null}
      {asking?.kind === 'restore' ? (
        <ConfirmDialog
          title={`Restore “${asking.info.name}”?`}
          message={`The map becomes as it was on ${formatDateTime(asking.info.createdAt)}. The map as it is now is kept as a version first, so you can go back to it.`}
          confirmLabel="Restore"
          onConfirm={() => void restore(asking.info)}
          onCancel={() => setAsking(null)}
        />
      ) : null}
      {asking?.kind === 'delete' ? (
        <ConfirmDialog
          title={`Delete the version “${asking.info.name}”?`}
          message="The version is deleted for good. The map itself does not change."
          confirmLabel="Delete version"
          danger
          onConfirm={() => void remove(asking.info)}
          onCancel={() => setAsking(null)}
        />
      ) : null}
    </Modal>
  );
}

/** "Save version": a name (required) and a note, saved from the map as it is now. */
function SaveVersionForm({ onSaved }: { onSaved: (notice: Notice) => void }) {
  const editor = useEditorApi();
  const { repository } = useServices();
  const [name, setName] = useState('');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);

  const save = async () => {
    setBusy(true);
    const result = await saveVersion(repository.versions, editor.map, {
      kind: 'manual',
      name,
      note,
    });
    setBusy(false);
    if (result.ok) {
      setName('');
      setNote('');
      onSaved({ tone: 'success', text: `Saved the version “${result.info.name}”.` });
    } else {
      onSaved({ tone: 'error', text: result.message });
    }
  };

  return (
    <NameAndNoteForm
      className="versions-panel__save"
      labels={{ name: 'Version name', note: 'Note (optional)' }}
      maxLength={{ name: VERSION_NAME_MAX, note: VERSION_NOTE_MAX }}
      noteRows={1}
      namePlaceholder="After the March review"
      name={name}
      note={note}
      onNameChange={setName}
      onNoteChange={setNote}
      onSubmit={() => void save()}
      submitLabel="Save version"
      busy={busy}
      canSubmit={name.trim() !== ''}
    />
  );
}

/** How much the versions take: this map's, all of them, and the browser's storage. */
function StorageLine({ storage, count }: { storage: VersionStorage | null; count: number }) {
  if (storage === null) return null;
  const browser =
    storage.usage !== null && storage.quota !== null
      ? ` Waymark uses ${formatBytes(storage.usage)} of the ${formatBytes(storage.quota)} this browser allows.`
      : '';
  return (
    <p className="versions-panel__storage">
      This map’s {plural(count, 'version')}: {formatBytes(storage.mapBytes)}. Every version in this
      browser ({storage.allCount}): {formatBytes(storage.allBytes)}.{browser}
    </p>
  );
}
