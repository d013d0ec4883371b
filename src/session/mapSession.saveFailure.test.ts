/**
 * A failed save (a full disk) seen from every tab of the map ("nothing is lost"): a tab that
 * does not write says what the writer says (what is wrong, that what was saved is untouched,
 * what to do) instead of "Saving…" for ever, keeps its change, and says "Saved" once a later
 * save stores it; when the writer closes while its saves fail, the next writer tries again
 * and no tab says "Saved" before the change is stored.
 */
import { describe, expect, it, vi } from 'vitest';
import type { MemoryMapRepository } from '../persistence/memoryRepository';
import {
  openTab,
  pause,
  rename,
  saveOf,
  sessionSetup,
  sessionsClosedAfterEach,
  slowHandover,
  storedTitle,
} from '../../tests/support/sessions';

const open = sessionsClosedAfterEach();

/** The shared storage of the test's tabs, made to refuse every save as a full disk does. */
function disk(repository: MemoryMapRepository) {
  const save = repository.save.bind(repository);
  const control = {
    full: false,
    saves: vi.spyOn(repository, 'save').mockImplementation(async (...args) => {
      if (control.full)
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return save(...args);
    }),
  };
  return control;
}

const FULL = {
  status: 'error',
  kind: 'quota',
  message: expect.stringMatching(
    /storage for Waymark is full.*everything saved before is untouched/,
  ),
};

describe('a failed save, in the tabs that do not write', () => {
  it('shows the writer’s message for a change typed there, keeps it, and says saved once a later save stores it', async () => {
    const { repository, map, options } = await sessionSetup();
    const storage = disk(repository);
    const writer = await openTab(repository, map.id, options, open);
    const peer = await openTab(repository, map.id, options, open);
    await vi.waitFor(() => expect(saveOf(peer)).toEqual({ status: 'saved', at: null }));

    storage.full = true;
    rename(peer, 'Typed while the disk is full');
    await vi.waitFor(() => expect(saveOf(writer)).toMatchObject(FULL));
    await vi.waitFor(() => expect(saveOf(peer)).toMatchObject(FULL));
    expect(saveOf(peer)).toEqual(saveOf(writer)); // the same words in both tabs
    // Nothing is lost here, and what was saved before is as it was.
    expect(peer.editor.map.title).toBe('Typed while the disk is full');
    expect(await storedTitle(repository, map.id)).toBe(map.title);

    // More typing while the disk is full: the message stays (no "Saving…" in between).
    rename(peer, 'Typed while the disk is full, and more');
    await pause(50);
    expect(saveOf(peer)).toMatchObject(FULL);

    storage.full = false;
    rename(peer, 'Saved once there is space');
    await vi.waitFor(() => expect(saveOf(peer)).toEqual({ status: 'saved', at: null }));
    expect(saveOf(writer)).toMatchObject({ status: 'saved', at: expect.any(String) });
    expect(await storedTitle(repository, map.id)).toBe('Saved once there is space');
  });

  it('says saved when the writer tries again by itself after space is freed (no new change)', async () => {
    const setup = await sessionSetup();
    const { repository, map } = setup;
    const options = { ...setup.options, saveRetryMs: 30 };
    const storage = disk(repository);
    await openTab(repository, map.id, options, open);
    const peer = await openTab(repository, map.id, options, open);
    await vi.waitFor(() => expect(saveOf(peer).status).toBe('saved'));

    storage.full = true;
    rename(peer, 'Typed while the disk is full');
    await vi.waitFor(() => expect(saveOf(peer)).toMatchObject(FULL));
    storage.full = false;
    await vi.waitFor(() => expect(saveOf(peer)).toEqual({ status: 'saved', at: null }));
    expect(await storedTitle(repository, map.id)).toBe('Typed while the disk is full');
  });

  it('a tab that opens the map while the writer’s saves fail is told so', async () => {
    const { repository, map, options } = await sessionSetup();
    const storage = disk(repository);
    const writer = await openTab(repository, map.id, options, open);
    storage.full = true;
    rename(writer, 'Not stored: the disk is full');
    await vi.waitFor(() => expect(saveOf(writer)).toMatchObject(FULL));

    const peer = await openTab(repository, map.id, options, open);
    expect(peer.editor.map.title).toBe('Not stored: the disk is full');
    await vi.waitFor(() => expect(saveOf(peer)).toMatchObject(FULL));
  });
});

describe('the writer closes while its saves fail', () => {
  it('the next writer tries again; no tab says saved before the change is stored', async () => {
    const setup = await sessionSetup();
    const { repository, map } = setup;
    const handover = slowHandover(setup.locks);
    const options = { ...setup.options, locks: handover.locks, saveRetryMs: 30 };
    const storage = disk(repository);
    const writer = await openTab(repository, map.id, options, open);
    const heir = await openTab(repository, map.id, options, open); // queued first: writes next
    const typist = await openTab(repository, map.id, options, open);
    await vi.waitFor(() => expect(saveOf(typist).status).toBe('saved'));

    storage.full = true;
    rename(typist, 'Typed while the disk is full');
    await vi.waitFor(() => {
      expect(saveOf(heir)).toMatchObject(FULL);
      expect(saveOf(typist)).toMatchObject(FULL);
    });

    await writer.close(); // its last try on close fails too
    await pause(100); // nobody writes until the browser hands the lock over
    expect(saveOf(heir)).toMatchObject(FULL);
    expect(saveOf(typist)).toMatchObject(FULL);

    const before = storage.saves.mock.calls.length;
    handover.grant();
    // The heir tries again at once, still on a full disk: it says so itself, as does the typist.
    await vi.waitFor(() => expect(storage.saves.mock.calls.length).toBeGreaterThan(before));
    await pause(50);
    expect(saveOf(heir)).toMatchObject(FULL);
    expect(saveOf(typist)).toMatchObject(FULL);
    expect(await storedTitle(repository, map.id)).toBe(map.title);
    // The heir says so to a tab that opens now (the first writer is gone).
    const late = await openTab(repository, map.id, options, open);
    await vi.waitFor(() => expect(saveOf(late)).toMatchObject(FULL));

    storage.full = false; // space freed: the heir's next try stores the change
    await vi.waitFor(() =>
      expect(saveOf(heir)).toMatchObject({ status: 'saved', at: expect.any(String) }),
    );
    await vi.waitFor(() => expect(saveOf(typist)).toEqual({ status: 'saved', at: null }));
    await vi.waitFor(() => expect(saveOf(late)).toEqual({ status: 'saved', at: null }));
    expect(await storedTitle(repository, map.id)).toBe('Typed while the disk is full');
  });

  it('a tab that takes over with space freed stores the change and says saved', async () => {
    const setup = await sessionSetup();
    const { repository, map } = setup;
    const handover = slowHandover(setup.locks);
    const options = { ...setup.options, locks: handover.locks, saveRetryMs: 60_000 };
    const storage = disk(repository);
    const writer = await openTab(repository, map.id, options, open);
    const peer = await openTab(repository, map.id, options, open);
    await vi.waitFor(() => expect(saveOf(peer).status).toBe('saved'));

    storage.full = true;
    rename(peer, 'Typed while the disk is full');
    await vi.waitFor(() => expect(saveOf(peer)).toMatchObject(FULL));
    await writer.close();
    storage.full = false;
    await pause(50);
    expect(saveOf(peer)).toMatchObject(FULL); // still not stored: no writer yet

    handover.grant();
    await vi.waitFor(() =>
      expect(saveOf(peer)).toMatchObject({ status: 'saved', at: expect.any(String) }),
    );
    expect(await storedTitle(repository, map.id)).toBe('Typed while the disk is full');
  });
});
