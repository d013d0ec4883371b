/**
 * The library's state: the list of maps and the commands on whole maps (create, rename,
 * duplicate, trash, restore, delete for good). Every command writes through the repository
 * and then re-reads the list, so the screen shows only what was committed.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { createBlankMap } from '../../domain/blankMap';
import { newId } from '../../domain/ids';
import type { JourneyMap } from '../../domain/schema';
import { mapFromTemplate } from '../../domain/templates/apply';
import type { FileVersion } from '../../persistence/fileExtras';
import type { MapSummary } from '../../persistence/db';
import type { MapRepository } from '../../persistence/repository';
import { toStorageError } from '../../persistence/storageError';

/** The order of the library's list: last edited first, or by title. */
export type LibrarySort = 'updated' | 'title';

/** The library: the stored maps' summaries, the last failure, and what can be done with them. */
export interface LibraryState {
  maps: MapSummary[];
  loaded: boolean;
  /** The last failure, in plain words; null when all is well. */
  error: string | null;
  refresh: () => Promise<void>;
  /** Creates a blank map and returns its id. */
  createMap: (title?: string) => Promise<string | null>;
  /** Adds a ready map (imported, sample) to the library. */
  addMap: (map: JourneyMap) => Promise<boolean>;
  /**
   * Adds an imported map with the versions its file carried (each keeps its name, note, kind
   * and time); a version that cannot be stored is left out and counted in `versionsLeftOut`.
   * A title the library already has gets " (imported)" (see importedTitle); `title` is the one
   * the map was added under.
   */
  addImported: (
    map: JourneyMap,
    versions: readonly FileVersion[],
  ) => Promise<{ added: boolean; versionsLeftOut: number; title: string }>;
  /** Creates a map from a template's map (templates/apply.ts) and returns its id. */
  createFromTemplate: (template: JourneyMap, title?: string) => Promise<string | null>;
  rename: (id: string, title: string) => Promise<void>;
  duplicate: (id: string) => Promise<string | null>;
  trash: (id: string) => Promise<void>;
  restore: (id: string) => Promise<void>;
  purge: (id: string) => Promise<void>;
  dismissError: () => void;
}

/** The library's store (zustand). */
export type LibraryStore = StoreApi<LibraryState>;

/**
 * The title an imported map is added under: its own, or "… (imported)", "… (imported 2)"… when
 * the library already has a map of that title (a backup brought back beside its original, which
 * could not be told apart in the list).
 */
export function importedTitle(title: string, taken: ReadonlySet<string>): string {
  if (!taken.has(title)) return title;
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? `${title} (imported)` : `${title} (imported ${n})`;
    if (!taken.has(candidate)) return candidate;
  }
}

/**
 * A library store over `repository`; a failed write becomes its visible `error`, never a thrown
 * one.
 */
export function createLibraryStore(repository: MapRepository): LibraryStore {
  const store = createStore<LibraryState>()((set, get) => {
    /** Runs a write, then reloads the list; a failure becomes the visible error. */
    const write = async <T>(action: () => Promise<T>): Promise<T | null> => {
      try {
        const result = await action();
        await get().refresh();
        return result;
      } catch (error) {
        set({ error: toStorageError(error).message });
        return null;
      }
    };
    return {
      maps: [],
      loaded: false,
      error: null,
      async refresh() {
        try {
          set({ maps: await repository.list(), loaded: true });
        } catch (error) {
          set({ loaded: true, error: toStorageError(error).message });
        }
      },
      createMap: (title) =>
        write(async () => {
          const map = createBlankMap({ title });
          await repository.create(map);
          return map.id;
        }),
      addMap: async (map) => (await write(() => repository.create(map))) !== null,
      addImported: async (imported, versions) => {
        // Maps in the trash do not count: a backup brought back for a trashed map keeps its title.
        const taken = new Set(
          get()
            .maps.filter((m) => m.deletedAt === null)
            .map((m) => m.title),
        );
        const map = { ...imported, title: importedTitle(imported.title, taken) };
        const added = (await write(() => repository.create(map))) !== null;
        let versionsLeftOut = added ? 0 : versions.length;
        for (const version of added ? versions : []) {
          const { map: content, ...meta } = version;
          // Each version belongs to the new map: the file's map got a new id on import.
          await repository.versions
            .save({ ...content, id: map.id }, meta)
            .catch(() => (versionsLeftOut += 1));
        }
        return { added, versionsLeftOut, title: map.title };
      },
      createFromTemplate: (template, title) =>
        write(async () => {
          const map = mapFromTemplate(template, { title });
          await repository.create(map);
          return map.id;
        }),
      rename: async (id, title) => {
        const clean = title.trim();
        if (clean === '') return;
        await write(() => repository.rename(id, clean));
      },
      duplicate: (id) =>
        write(async () => {
          const source = get().maps.find((m) => m.id === id);
          const copyId = newId();
          await repository.duplicate(id, {
            newId: copyId,
            title: `Copy of ${source?.title ?? 'map'}`,
          });
          return copyId;
        }),
      trash: async (id) => {
        await write(() => repository.trash(id));
      },
      restore: async (id) => {
        await write(() => repository.restore(id));
      },
      purge: async (id) => {
        await write(() => repository.purge(id));
      },
      dismissError: () => set({ error: null }),
    };
  });
  return store;
}

/** Filters by title (case- and accent-insensitive) and sorts, for the library list. */
export function visibleMaps(
  maps: readonly MapSummary[],
  query: string,
  sort: LibrarySort,
): MapSummary[] {
  const fold = (text: string) =>
    text
      .normalize('NFD')
      .replace(/\p{Diacritic}/gu, '')
      .toLowerCase();
  const needle = fold(query.trim());
  const matching = maps.filter((m) => needle === '' || fold(m.title).includes(needle));
  return matching.sort((a, b) =>
    sort === 'title'
      ? a.title.localeCompare(b.title, undefined, { sensitivity: 'base' })
      : b.updatedAt.localeCompare(a.updatedAt),
  );
}
