/**
 * openMapAhead (bindings/useMapSession.ts): a map link opened at start-up starts opening the
 * map before React shows its editor; the editor takes that opening instead of opening again,
 * and an opening no editor takes is closed so its writer lock is let go.
 */
import { renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AHEAD_MS, openMapAhead, useMapSession } from '../../src/bindings/useMapSession';
import { MemoryMapRepository } from '../../src/persistence/memoryRepository';
import { MapSession } from '../../src/session/mapSession';
import type { WriterLock } from '../../src/session/tabLock';
import { sampleMap } from '../builders';

const NOW = new Date('2026-11-30T10:00:00Z');

async function repositoryWithMap() {
  const repository = new MemoryMapRepository();
  const map = sampleMap(NOW);
  await repository.create(map);
  return { repository, map };
}

describe('openMapAhead', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    vi.useRealTimers();
  });

  it('the editor takes the map opened ahead instead of opening it again', async () => {
    const { repository, map } = await repositoryWithMap();
    const open = vi.spyOn(MapSession, 'open');
    openMapAhead(repository, map.id);
    expect(open).toHaveBeenCalledTimes(1);
    const { result, unmount } = renderHook(() => useMapSession(repository, map.id));
    await waitFor(() => expect(result.current.status).toBe('open'));
    expect(open).toHaveBeenCalledTimes(1);
    const state = result.current;
    expect(state.status === 'open' && state.session.editor.map.title).toBe(map.title);
    unmount();
  });

  it('an editor of another map opens its own, and the one opened ahead is closed in time', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { repository, map } = await repositoryWithMap();
    const other = sampleMap(NOW);
    await repository.create({ ...other, id: 'another-map', title: 'Another map' });
    const close = vi.spyOn(MapSession.prototype, 'close');
    const open = vi.spyOn(MapSession, 'open');
    openMapAhead(repository, map.id);
    const { result, unmount } = renderHook(() => useMapSession(repository, 'another-map'));
    await vi.waitFor(() => expect(result.current.status).toBe('open'));
    expect(open).toHaveBeenCalledTimes(2);
    expect(close).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(AHEAD_MS);
    await vi.waitFor(() => expect(close).toHaveBeenCalledTimes(1));
    const state = result.current;
    expect(state.status === 'open' && state.session.editor.map.title).toBe('Another map');
    unmount();
  });

  it('holds the writer lock start-up asked for, and lets it go when the editor closes', async () => {
    const { repository, map } = await repositoryWithMap();
    const release = vi.fn();
    const lock: WriterLock = { held: true, granted: Promise.resolve(), release };
    openMapAhead(repository, map.id, Promise.resolve(lock));
    const { result, unmount } = renderHook(() => useMapSession(repository, map.id));
    await waitFor(() => expect(result.current.status).toBe('open'));
    expect(release).not.toHaveBeenCalled();
    unmount();
    await waitFor(() => expect(release).toHaveBeenCalledTimes(1));
  });

  it('lets a second lock go at once while a map is already opening ahead', async () => {
    const { repository, map } = await repositoryWithMap();
    openMapAhead(repository, map.id);
    const release = vi.fn();
    openMapAhead(
      repository,
      map.id,
      Promise.resolve({ held: true, granted: Promise.resolve(), release }),
    );
    await waitFor(() => expect(release).toHaveBeenCalledTimes(1));
    const { result, unmount } = renderHook(() => useMapSession(repository, map.id));
    await waitFor(() => expect(result.current.status).toBe('open'));
    unmount();
  });
});
