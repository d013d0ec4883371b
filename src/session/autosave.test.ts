import { beforeEach, describe, expect, it, vi } from 'vitest';
import { allSteps } from '../domain/edits';
import { StorageError } from '../persistence/storageError';
import { cards } from '../editor/operations';
import { startAutosave, type Autosaver } from './autosave';
import {
  editor,
  rename,
  repository,
  start,
  store,
  stored,
  track,
  withStoredMap,
} from './autosaveFixture';

withStoredMap();
/** The autosave the test started (the fixture flushes and stops it after the test). */
let autosaver: Autosaver | null;
beforeEach(() => {
  autosaver = null;
});

/** Adds a note card to the first cell; whether the editor took the change. */
function addNote(id: string): boolean {
  const map = editor.map;
  const cell = { laneId: map.lanes[0]!.id, stepId: allSteps(map)[0]!.id };
  return editor.run(cards.addCard, { cell, kind: 'note', title: id, id }).ok;
}

/** Records every change of the save status, in order. */
function recordStatuses(): string[] {
  const events: string[] = [];
  store.subscribe((state, previous) => {
    if (state.save !== previous.save) events.push(state.save.status);
  });
  return events;
}

/** Waits for the next task (after this one and its microtasks). */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Waits until the store shows a settled status (saved or error). */
async function settled() {
  await vi.waitFor(() => {
    expect(['saved', 'error']).toContain(store.getState().save.status);
  });
}

describe('autosave', () => {
  it('saves a change without being asked', async () => {
    start();
    rename('Leaks');
    await vi.waitFor(async () => expect((await stored()).map.title).toBe('Leaks'));
    expect((await stored()).revision).toBe(2);
  });

  it('says pending ("Saving…") until the write is committed, and saved only after it', async () => {
    const events = recordStatuses();
    const save = repository.save.bind(repository);
    vi.spyOn(repository, 'save').mockImplementation(async (...args) => {
      const revision = await save(...args);
      events.push('committed');
      return revision;
    });
    start();
    rename('Leaks');
    expect(store.getState().save.status).toBe('pending');
    await settled();
    expect(events).toEqual(['pending', 'committed', 'saved']);
    expect(store.getState().save).toEqual({ status: 'saved', at: expect.any(String) });
  });

  it('several changes in one tick are one save', async () => {
    const save = vi.spyOn(repository, 'save');
    start();
    addNote('one');
    addNote('two');
    rename('Three changes');
    await settled();
    expect(save).toHaveBeenCalledTimes(1);
    const loaded = await stored();
    expect(loaded.map.title).toBe('Three changes');
    expect(loaded.map.cards.map((c) => c.id).sort()).toEqual(['one', 'two']);
  });

  it('writes in a task of its own, after the task of the edit (two short tasks, not one long one)', async () => {
    const save = vi.spyOn(repository, 'save');
    start();
    addNote('one');
    rename('Two changes');
    await Promise.resolve();
    await Promise.resolve();
    expect(save).not.toHaveBeenCalled(); // not in the edit's task, even after its microtasks
    expect(store.getState().save.status).toBe('pending');
    await nextTask();
    expect(save).toHaveBeenCalledTimes(1);
    await settled();
    expect((await stored()).map.title).toBe('Two changes');
  });

  it('flush() resolves once the last change is committed', async () => {
    const flusher = start();
    addNote('first');
    await nextTask(); // the first save is now under way
    addNote('second');
    rename('Last');
    await flusher.flush();
    const loaded = await stored();
    expect(loaded.map.title).toBe('Last');
    expect(loaded.map.cards.map((c) => c.id).sort()).toEqual(['first', 'second']);
    expect(store.getState().save.status).toBe('saved');
  });

  it('flush() with nothing to save resolves without writing', async () => {
    const save = vi.spyOn(repository, 'save');
    await start().flush();
    expect(save).not.toHaveBeenCalled();
  });

  it('a failing save shows the storage message, keeps the map, and a later change retries', async () => {
    const save = vi.spyOn(repository, 'save');
    save.mockRejectedValueOnce(
      new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
    );
    start();
    addNote('lost');
    await settled();
    const status = store.getState().save;
    expect(status).toMatchObject({ status: 'error', kind: 'quota' });
    expect(status.status === 'error' && status.message).toMatch(/storage .*is full/);
    // Nothing is lost on screen, and nothing half-written in storage.
    expect(store.getState().map.cards.map((c) => c.id)).toEqual(['lost']);
    expect(store.getState().readOnly).toBe(false);
    expect((await stored()).map.cards).toEqual([]);

    const events = recordStatuses();
    rename('Space freed');
    await vi.waitFor(() => expect(store.getState().save.status).toBe('saved'));
    expect(save).toHaveBeenCalledTimes(2);
    // The message stays until a save succeeds: no "Saving…" flashing over it while trying again.
    expect(events).toEqual(['saved']);
    const loaded = await stored();
    expect(loaded.map.title).toBe('Space freed');
    expect(loaded.map.cards.map((c) => c.id)).toEqual(['lost']);
  });

  describe('after a failed save (a full disk)', () => {
    const full = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

    it('says that everything saved before is untouched and what to do', async () => {
      vi.spyOn(repository, 'save').mockRejectedValueOnce(full());
      start();
      addNote('lost');
      await settled();
      const status = store.getState().save;
      expect(status.status === 'error' && status.message).toMatch(
        /storage for Waymark is full.*everything saved before is untouched.*download a copy \(JSON\) and free some space/,
      );
    });

    it('tries again by itself, without a new change, and says saved once it could', async () => {
      const save = vi.spyOn(repository, 'save');
      save.mockRejectedValueOnce(full()).mockRejectedValueOnce(full());
      autosaver = track(startAutosave({ repository, editor, revision: 1, retryMs: 20 }));
      addNote('kept');
      await settled();
      expect(store.getState().save.status).toBe('error');
      await vi.waitFor(() => expect(store.getState().save.status).toBe('saved'));
      expect(save).toHaveBeenCalledTimes(3); // failed, failed again, stored
      expect((await stored()).map.cards.map((c) => c.id)).toEqual(['kept']);
    });

    it('a flush (the tab closing or hidden) tries again', async () => {
      vi.spyOn(repository, 'save').mockRejectedValueOnce(full());
      autosaver = track(startAutosave({ repository, editor, revision: 1, retryMs: 60_000 }));
      addNote('kept');
      await settled();
      expect(store.getState().save.status).toBe('error');
      await autosaver.flush();
      expect((await stored()).map.cards.map((c) => c.id)).toEqual(['kept']);
      expect(store.getState().save.status).toBe('saved');
    });

    it('tells each failure, and the failure on show until a save succeeds', async () => {
      vi.spyOn(repository, 'save').mockRejectedValueOnce(full());
      const onFailed = vi.fn();
      const onAllSaved = vi.fn();
      autosaver = track(startAutosave({ repository, editor, revision: 1, onFailed, onAllSaved }));
      addNote('kept');
      await settled();
      expect(onFailed).toHaveBeenCalledTimes(1);
      expect(onFailed.mock.calls[0]![0]).toMatchObject({ kind: 'quota' });
      expect(autosaver.failure()).toBe(onFailed.mock.calls[0]![0]);
      expect(onAllSaved).not.toHaveBeenCalled();
      rename('Space freed');
      await vi.waitFor(() => expect(store.getState().save.status).toBe('saved'));
      expect(autosaver.failure()).toBeNull();
      expect(onAllSaved).toHaveBeenCalledTimes(1);
    });

    it('does not try a conflict again by itself (another tab saved first)', async () => {
      const save = vi.spyOn(repository, 'save');
      autosaver = track(startAutosave({ repository, editor, revision: 1, retryMs: 10 }));
      await repository.rename('map-1', 'Renamed elsewhere'); // revision 2 in storage
      addNote('mine');
      await settled();
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(save).toHaveBeenCalledTimes(1);
      expect(store.getState().save).toMatchObject({ status: 'error', kind: 'conflict' });
    });
  });

  it('a conflict (another tab saved first) makes the editor read-only', async () => {
    start();
    await repository.rename('map-1', 'Renamed elsewhere'); // revision 2 in storage
    addNote('mine');
    await settled();
    expect(store.getState().save).toMatchObject({ status: 'error', kind: 'conflict' });
    expect(store.getState().readOnly).toBe(true);
    expect(addNote('more')).toBe(false);
    expect((await stored()).map.title).toBe('Renamed elsewhere');
  });

  it('reports each committed save', async () => {
    const onSaved = vi.fn();
    autosaver = track(startAutosave({ repository, editor, revision: 1, onSaved }));
    rename('Leaks');
    await autosaver.flush();
    expect(onSaved).toHaveBeenCalledWith(store.getState().map, 2);
  });

  it('a tab taking over a map storage already holds says saved without writing', async () => {
    const save = vi.spyOn(repository, 'save');
    const onAllSaved = vi.fn();
    // What storage holds: the same map, as another object.
    const copy = { ...store.getState().map };
    autosaver = track(startAutosave({ repository, editor, revision: 1, stored: copy, onAllSaved }));
    await autosaver.flush();
    expect(save).not.toHaveBeenCalled();
    expect(store.getState().save).toMatchObject({ status: 'saved', at: expect.any(String) });
    expect(autosaver.isSaved()).toBe(true);
    expect(onAllSaved).toHaveBeenCalledTimes(1);
  });

  it('tells when every change so far is stored, and not before', async () => {
    const onAllSaved = vi.fn();
    autosaver = track(startAutosave({ repository, editor, revision: 1, onAllSaved }));
    expect(autosaver.isSaved()).toBe(true);
    rename('First');
    expect(autosaver.isSaved()).toBe(false);
    rename('Second');
    await autosaver.flush();
    expect(autosaver.isSaved()).toBe(true);
    expect(onAllSaved).toHaveBeenCalledTimes(1);
    expect((await stored()).map.title).toBe('Second');
    autosaver.dispose();
    rename('After closing');
    expect(autosaver.isSaved()).toBe(false);
    autosaver = track(null);
  });

  it('a failed save is a StorageError message, not a raw exception', async () => {
    vi.spyOn(repository, 'save').mockRejectedValueOnce(new Error('disk on fire'));
    start();
    rename('x');
    await settled();
    expect(store.getState().save).toMatchObject({
      status: 'error',
      kind: 'unknown',
      message: 'Saving failed: disk on fire',
    });
    expect(new StorageError('unknown', 'm')).toBeInstanceOf(Error);
  });
});
