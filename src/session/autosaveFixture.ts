/**
 * What autosave's tests share: a fresh database holding one stored map ("map-1", "Repairs"),
 * an editor on it, and the autosave a test starts, flushed and stopped after each test.
 * Call `withStoredMap()` once at the top of a test file; the bindings below are then the
 * current test's (ES module bindings follow their reassignment).
 */
import { afterEach, beforeEach } from 'vitest';
import type { JourneyMap } from '../domain/schema';
import { Editor } from '../editor/editor';
import { details } from '../editor/operations';
import { WaymarkDatabase } from '../persistence/db';
import { DexieMapRepository } from '../persistence/dexieRepository';
import { blankMap } from '../../tests/builders';
import { startAutosave, type Autosaver } from './autosave';

const NOW = new Date('2026-01-01T09:00:00.000Z');

/** The current test's database. */
export let db: WaymarkDatabase;
/** The current test's repository over `db`, holding map-1. */
export let repository: DexieMapRepository;
/** The editor on map-1 as stored. */
export let editor: Editor;
/** The editor's store. */
export let store: Editor['store'];
/** Map-1 as stored before the test. */
export let initial: JourneyMap;
let started: Autosaver | null = null;

/** Sets up and tears down the stored map, its editor and the autosave of each test. */
export function withStoredMap(): void {
  beforeEach(async () => {
    db = new WaymarkDatabase(`test-${crypto.randomUUID()}`);
    await db.open();
    repository = new DexieMapRepository(db);
    initial = blankMap({ id: 'map-1', title: 'Repairs', now: NOW });
    await repository.create(initial);
    editor = new Editor(initial);
    store = editor.store;
    started = null;
  });
  afterEach(async () => {
    if (started) {
      await started.flush();
      started.dispose();
    }
    db.close();
    await db.delete({ disableAutoOpen: true }).catch(() => undefined);
  });
}

/** Keeps `saver` to flush and stop after the test (null: the test stopped it itself). */
export function track<T extends Autosaver | null>(saver: T): T {
  started = saver;
  return saver;
}

/** Starts autosave on map-1 at revision 1, listening on `target` for pagehide and hiding. */
export function start(target?: unknown): Autosaver {
  return track(startAutosave({ repository, editor, revision: 1, target: target as Window }));
}

/** Renames the map through the editor; whether the editor took the change. */
export const rename = (title: string) => editor.run(details.updateDetails, { patch: { title } }).ok;

/** Map-1 as storage holds it now. */
export async function stored() {
  const result = await repository.load('map-1');
  if (!result.ok) throw new Error(result.error.message);
  return result;
}
