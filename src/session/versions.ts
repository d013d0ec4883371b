/**
 * Keeping versions of the open map, so that nothing is ever lost:
 * - `saveVersion`: "Save version" with a name and a note;
 * - `restoreVersion`: first saves the map as it is now as a version, and only when that is
 *   committed puts the chosen version's content in place, through the editor engine (one undo
 *   step; other tabs and a live session see it, autosave stores it);
 * - `saveBeforeImport`: the version Waymark keeps before an import changes the map;
 * - `startDailyVersions`: a version of the map as it was before the first change of the day,
 *   at most once a day (24 hours after the latest version of any kind) while it is edited.
 * A failure (a full disk) comes back as a message and changes nothing.
 */
import type { JourneyMap } from '../domain/schema';
import type { Editor } from '../editor/editor';
import { versions as versionOps } from '../editor/operations';
import { toStorageError } from '../persistence/storageError';
import type { SaveVersionOptions, VersionInfo, VersionStore } from '../persistence/versionStore';

/** At most one automatic daily version per this many milliseconds (24 hours). */
export const DAILY_VERSION_MS = 24 * 60 * 60 * 1000;
/** After a failed daily version (a full disk), wait this long before trying again (ms). */
const DAILY_RETRY_MS = 10 * 60 * 1000;

/** The name of the automatic daily version. */
export const DAILY_VERSION_NAME = 'Automatic (before the day’s first change)';

/** What saving or restoring did: the version saved, or why nothing happened. */
export type VersionResult = { ok: true; info: VersionInfo } | { ok: false; message: string };

/** A failure to store a version, in words: what did not happen and that nothing else did. */
function failureMessage(error: unknown, what: string): string {
  const storage = toStorageError(error);
  if (storage.kind === 'quota') {
    return `Your browser’s storage for Waymark is full, so ${what}. Nothing was changed: the map is as it was. Delete old versions or maps you no longer need, then try again.`;
  }
  return `${what[0]?.toUpperCase() ?? ''}${what.slice(1)}: ${storage.message}`;
}

/** Saves `map` as a version; never throws. */
export async function saveVersion(
  store: VersionStore,
  map: JourneyMap,
  options: SaveVersionOptions,
): Promise<VersionResult> {
  try {
    return { ok: true, info: await store.save(map, options) };
  } catch (error) {
    return { ok: false, message: failureMessage(error, 'the version was not saved') };
  }
}

/** Keeps the map as it is before an import changes it; the import goes ahead only when ok. */
export function saveBeforeImport(
  store: VersionStore,
  map: JourneyMap,
  fileName: string,
): Promise<VersionResult> {
  return saveVersion(store, map, {
    kind: 'before-import',
    name: `Before importing “${fileName}”`,
    note: 'Saved by Waymark before an import changed the map.',
  }).then((result) =>
    result.ok ? result : { ok: false, message: `${result.message} The file was not imported.` },
  );
}

/** What a restore did: the version that keeps the state before it, and the one restored. */
export type RestoreResult =
  { ok: true; kept: VersionInfo; restored: VersionInfo } | { ok: false; message: string };

/** Restores a version into the open map (see the module comment); never throws. */
export async function restoreVersion(
  store: VersionStore,
  editor: Editor,
  versionId: string,
): Promise<RestoreResult> {
  if (!editor.can('edit')) {
    return { ok: false, message: 'This map cannot be changed here, so nothing was restored.' };
  }
  let loaded;
  try {
    loaded = await store.load(versionId);
  } catch (error) {
    return { ok: false, message: failureMessage(error, 'the version could not be read') };
  }
  if (!loaded.ok) return { ok: false, message: loaded.message };
  const name = loaded.info.name || 'the version';
  const kept = await saveVersion(store, editor.map, {
    kind: 'before-restore',
    name: `Before restoring “${name}”`,
    note: 'Saved by Waymark before a version was restored: restore this to undo the restore.',
  });
  if (!kept.ok) {
    return {
      ok: false,
      message: kept.message.replace(
        'the version was not saved',
        'the map as it is now could not be kept as a version first, so nothing was restored',
      ),
    };
  }
  const outcome = editor.run(versionOps.restoreVersion, { map: loaded.map });
  if (!outcome.ok) return { ok: false, message: outcome.refusal };
  return { ok: true, kept: kept.info, restored: loaded.info };
}

/** Resolves at the browser's next idle moment (at the latest after a second), or soon. */
function whenIdle(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function')
      requestIdleCallback(() => resolve(), { timeout: 1000 });
    else setTimeout(resolve, 0);
  });
}

/** The automatic daily versions of one open map (see the module comment). */
export interface DailyVersions {
  /** Resolves when no daily version is being saved (for tests and closing). */
  settled: () => Promise<void>;
  dispose: () => void;
}

/** Starts keeping a daily version of the editor's map while it is edited. */
export function startDailyVersions(options: {
  editor: Editor;
  store: VersionStore;
  now?: () => Date;
  intervalMs?: number;
}): DailyVersions {
  const { editor, store } = options;
  const now = options.now ?? (() => new Date());
  const interval = options.intervalMs ?? DAILY_VERSION_MS;
  let notBefore = 0;
  let running: Promise<void> | null = null;

  const check = async (before: JourneyMap, at: number) => {
    try {
      const latest = (await store.list(before.id))[0];
      const latestAt = latest ? Date.parse(latest.createdAt) : Number.NEGATIVE_INFINITY;
      if (at - latestAt < interval) {
        notBefore = latestAt + interval;
        return;
      }
      // Writing the whole map out (JSON, gzip) is one long task on a big map: it waits for an
      // idle moment, so it never lands in the frames of the edit that started it (issue 17).
      await whenIdle();
      await store.save(before, {
        kind: 'daily',
        name: DAILY_VERSION_NAME,
        note: 'Saved by Waymark: the map as it was before the first change of the day.',
        createdAt: new Date(at).toISOString(),
      });
      notBefore = at + interval;
    } catch {
      // A full disk: the save status already says so; try again later, not on every key.
      notBefore = at + DAILY_RETRY_MS;
    }
  };

  const unsubscribe = editor.store.subscribe((state, previous) => {
    if (state.map === previous.map || running) return;
    const at = now().getTime();
    if (at < notBefore) return;
    running = check(previous.map, at).finally(() => {
      running = null;
    });
  });

  return {
    settled: async () => {
      while (running) await running;
    },
    dispose: unsubscribe,
  };
}
