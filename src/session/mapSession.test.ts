import { afterEach, describe, expect, it, vi } from 'vitest';
import { openTab, sessionSetup as setup, storedTitle } from '../../tests/support/sessions';
import { cards, details } from '../editor/operations';
import { MapSession, WAITING_MESSAGE, type SessionOptions } from './mapSession';
import type { MemoryMapRepository } from '../persistence/memoryRepository';

const open: MapSession[] = [];

const openSession = (repository: MemoryMapRepository, mapId: string, options: SessionOptions) =>
  openTab(repository, mapId, options, open);

const cardTitle = (session: MapSession, id: string) =>
  session.editor.map.cards.find((c) => c.id === id)?.title;

afterEach(async () => {
  for (const session of open.splice(0)) await session.close();
});

describe('map session (no React)', () => {
  it('opens a stored map, takes the writer lock and saves an edit without being asked', async () => {
    const { repository, map, locks, options } = await setup();
    const session = await openSession(repository, map.id, options);
    expect(session.editor.map.title).toBe(map.title);
    expect(locks.holders()).toEqual([`waymark-edit-${map.id}`]);
    session.editor.run(details.updateDetails, { patch: { title: 'Renamed' } });
    await vi.waitFor(async () => expect(await storedTitle(repository, map.id)).toBe('Renamed'));
    expect(session.editor.store.getState().save.status).toBe('saved');
  });

  it('saves on close and lets the lock go', async () => {
    const { repository, map, locks, options } = await setup();
    const session = await openSession(repository, map.id, options);
    session.editor.run(details.updateDetails, { patch: { title: 'Last words' } });
    await session.close();
    expect(await storedTitle(repository, map.id)).toBe('Last words');
    expect(locks.holders()).toEqual([]);
  });

  it('says a map that is not in the library cannot be opened, and holds nothing', async () => {
    const { repository, locks, options } = await setup();
    const result = await MapSession.open(repository, 'no-such-map', options);
    expect(result).toMatchObject({
      ok: false,
      failure: { message: 'This map is not in the library.' },
    });
    expect(locks.holders()).toEqual([]);
  });

  it('keeps the map on screen and says why when a save fails', async () => {
    const { repository, map, options } = await setup();
    vi.spyOn(repository, 'save').mockRejectedValueOnce(
      new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
    );
    const session = await openSession(repository, map.id, options);
    session.editor.run(details.updateDetails, { patch: { title: 'Not saved yet' } });
    await vi.waitFor(() =>
      expect(session.editor.store.getState().save).toMatchObject({
        status: 'error',
        kind: 'quota',
      }),
    );
    expect(session.editor.map.title).toBe('Not saved yet');
    expect(await storedTitle(repository, map.id)).toBe(map.title);
  });

  it('makes a second tab a peer: both edit, each sees the other, and only the first saves', async () => {
    const { repository, map, options } = await setup();
    const first = await openSession(repository, map.id, options);
    const second = await openSession(repository, map.id, options);
    expect(second.editor.map.cards.length).toBe(map.cards.length);
    expect(second.editor.store.getState().readOnly).toBe(false);

    const [a, b] = map.cards;
    second.editor.run(cards.updateCard, { id: b!.id, patch: { title: 'From the second tab' } });
    first.editor.run(cards.updateCard, { id: a!.id, patch: { title: 'From the first tab' } });
    await vi.waitFor(() => {
      expect(cardTitle(first, b!.id)).toBe('From the second tab');
      expect(cardTitle(second, a!.id)).toBe('From the first tab');
    });
    await vi.waitFor(async () => {
      const stored = await repository.load(map.id);
      expect(stored.ok && stored.map.cards.find((c) => c.id === b!.id)?.title).toBe(
        'From the second tab',
      );
    });
    // The first tab wrote it; the second never started a save of its own.
    expect(first.editor.store.getState().save).toMatchObject({
      status: 'saved',
      at: expect.any(String),
    });
    expect(second.editor.store.getState().save).toEqual({ status: 'saved', at: null });
  });

  it('makes the second tab the writer when the first closes, and nothing is lost', async () => {
    const { repository, map, options } = await setup();
    const first = await openSession(repository, map.id, options);
    const second = await openSession(repository, map.id, options);
    await first.close();
    second.editor.run(details.updateDetails, { patch: { title: 'Saved by the second tab' } });
    await vi.waitFor(async () =>
      expect(await storedTitle(repository, map.id)).toBe('Saved by the second tab'),
    );
  });

  it('shows the map read-only while a tab that holds it does not answer, then takes over', async () => {
    const { repository, map, options } = await setup();
    // The first tab holds the lock but never answers (no channel to the other tabs).
    const first = await openSession(repository, map.id, { ...options, channel: null });
    const second = await openSession(repository, map.id, { ...options, peerTimeoutMs: 200 });
    expect(second.editor.store.getState()).toMatchObject({
      readOnly: true,
      save: { status: 'error', message: WAITING_MESSAGE },
    });
    await first.close();
    await vi.waitFor(() => expect(second.editor.store.getState().readOnly).toBe(false));
    second.editor.run(details.updateDetails, { patch: { title: 'Mine now' } });
    await vi.waitFor(async () => expect(await storedTitle(repository, map.id)).toBe('Mine now'));
  });
});
