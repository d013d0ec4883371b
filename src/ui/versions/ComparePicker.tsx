/**
 * The compare part of the versions panel: pick any two of the map as it is now, its versions
 * and the other maps in the library (its current-state map named as such), and open the
 * comparison; and "Make future state", which copies the map into a new future-state map
 * linked to it (domain/compare/futureState.ts).
 */
import { useId, useState } from 'react';
import { useStore } from 'zustand';
import { useEditorApi } from '../../bindings/EditorProvider';
import { makeFutureState } from '../../domain/compare';
import { formatDateTime } from '../../domain/dates';
import type { JourneyMap } from '../../domain/schema';
import { toStorageError } from '../../persistence/storageError';
import type { VersionInfo } from '../../persistence/versionStore';
import { hrefFor } from '../routes';
import { useServices } from '../services';
import { CompareView } from './CompareView';

/** One side of a comparison: its words and its map. */
export interface CompareSide {
  label: string;
  map: JourneyMap;
}

const NOW = 'now';

/** The picker and the future-state command. */
export function ComparePicker({
  versions,
  onNotice,
}: {
  versions: readonly VersionInfo[];
  onNotice: (notice: { tone: 'success' | 'error'; text: string }) => void;
}) {
  const editor = useEditorApi();
  const { repository, library } = useServices();
  const maps = useStore(library, (s) => s.maps);
  const current = editor.map;
  const [future, setFuture] = useState<{ id: string; title: string } | null>(null);
  const others = maps.filter((m) => m.deletedAt === null && m.id !== current.id);
  // Its current state first (while it is in the library), else its newest version.
  const defaultEarlier = others.some((m) => m.id === current.currentStateMapId)
    ? `m:${current.currentStateMapId}`
    : versions[0]
      ? `v:${versions[0].id}`
      : NOW;
  const [earlier, setEarlier] = useState<string | null>(null);
  const [later, setLater] = useState(NOW);
  const [comparing, setComparing] = useState<{ before: CompareSide; after: CompareSide } | null>(
    null,
  );
  const ids = { earlier: useId(), later: useId(), heading: useId() };
  const extraMap =
    future && !others.some((m) => m.id === future.id)
      ? [{ id: future.id, title: future.title }]
      : [];

  const options = (
    <>
      <option value={NOW}>This map as it is now</option>
      {versions.length > 0 ? (
        <optgroup label="Versions of this map">
          {versions.map((v) => (
            <option key={v.id} value={`v:${v.id}`}>
              {v.name || 'Untitled version'} ({formatDateTime(v.createdAt)})
            </option>
          ))}
        </optgroup>
      ) : null}
      {others.length + extraMap.length > 0 ? (
        <optgroup label="Other maps">
          {[...extraMap, ...others].map((m) => (
            <option key={m.id} value={`m:${m.id}`}>
              {m.title}
              {m.id === current.currentStateMapId ? ' (its current state)' : ''}
              {m.id === future?.id ? ' (its new future state)' : ''}
            </option>
          ))}
        </optgroup>
      ) : null}
    </>
  );

  const load = async (choice: string): Promise<CompareSide> => {
    if (choice === NOW) return { label: 'This map now', map: editor.map };
    const id = choice.slice(2);
    if (choice.startsWith('v:')) {
      const read = await repository.versions.load(id);
      if (!read.ok) throw new Error(read.message);
      return { label: `Version “${read.info.name}”`, map: read.map };
    }
    const read = await repository.load(id);
    if (!read.ok) throw new Error(read.error.message);
    return { label: `“${read.map.title}”`, map: read.map };
  };

  const compare = async () => {
    try {
      const [before, after] = await Promise.all([load(earlier ?? defaultEarlier), load(later)]);
      setComparing({ before, after });
    } catch (failure) {
      onNotice({ tone: 'error', text: toStorageError(failure).message });
    }
  };

  const makeFuture = async () => {
    const map = makeFutureState(editor.map);
    try {
      await repository.create(map);
      await library.getState().refresh();
      setFuture({ id: map.id, title: map.title });
      setEarlier(NOW);
      setLater(`m:${map.id}`);
      onNotice({ tone: 'success', text: `Made the future-state map “${map.title}”.` });
    } catch (failure) {
      onNotice({ tone: 'error', text: toStorageError(failure).message });
    }
  };

  return (
    <section className="compare-picker" aria-labelledby={ids.heading}>
      <h3 id={ids.heading}>Compare</h3>
      <div className="compare-picker__row">
        <label htmlFor={ids.earlier}>Before</label>
        <select
          id={ids.earlier}
          value={earlier ?? defaultEarlier}
          onChange={(e) => setEarlier(e.target.value)}
        >
          {options}
        </select>
        <label htmlFor={ids.later}>After</label>
        <select id={ids.later} value={later} onChange={(e) => setLater(e.target.value)}>
          {options}
        </select>
        <button type="button" className="button--primary" onClick={() => void compare()}>
          Compare
        </button>
      </div>
      <p className="compare-picker__future">
        {current.currentStateMapId ? 'This is a future-state map. ' : ''}
        <button type="button" onClick={() => void makeFuture()}>
          Make future state
        </button>{' '}
        copies this map into a new map for the journey after the changes, linked to this one.
        {future ? (
          <>
            {' '}
            <a href={hrefFor({ page: 'map', mapId: future.id })}>Open “{future.title}”</a>
          </>
        ) : null}
      </p>
      {comparing ? (
        <CompareView
          before={comparing.before}
          after={comparing.after}
          onClose={() => setComparing(null)}
        />
      ) : null}
    </section>
  );
}
