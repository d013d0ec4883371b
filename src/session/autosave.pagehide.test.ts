/** Autosave when the page is hidden or goes away: nothing typed just before is lost. */
import { describe, expect, it, vi } from 'vitest';
import { DexieMapRepository } from '../persistence/dexieRepository';
import { StorageError } from '../persistence/storageError';
import {
  db,
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

describe('when the page is hidden or closed', () => {
  function fakeTarget() {
    const target = new EventTarget() as EventTarget & {
      document: EventTarget & { visibilityState: string };
    };
    target.document = Object.assign(new EventTarget(), { visibilityState: 'visible' });
    return target;
  }

  it('pagehide starts a save at once, without waiting for the next tick', () => {
    const target = fakeTarget();
    const save = vi.spyOn(repository, 'save');
    start(target);
    rename('Closing');
    expect(save).not.toHaveBeenCalled();
    target.dispatchEvent(new Event('pagehide'));
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('the tab being hidden starts a save at once', () => {
    const target = fakeTarget();
    const save = vi.spyOn(repository, 'save');
    start(target);
    rename('Hidden');
    target.document.dispatchEvent(new Event('visibilitychange'));
    expect(save).not.toHaveBeenCalled(); // still visible
    target.document.visibilityState = 'hidden';
    target.document.dispatchEvent(new Event('visibilitychange'));
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('pagehide writes what is not saved in a transaction of its own, made at once', async () => {
    await repository.load('map-1'); // as a session opens a map
    const target = fakeTarget();
    const save = vi.spyOn(repository, 'save');
    const exit = vi.spyOn(repository, 'saveOnExit');
    start(target);
    rename('Closing');
    target.dispatchEvent(new Event('pagehide'));
    expect(exit).toHaveReturnedWith(true);
    expect(save).not.toHaveBeenCalled();
    const reopened = await new DexieMapRepository(db).load('map-1');
    expect(reopened).toMatchObject({ ok: true, revision: 2, map: { title: 'Closing' } });
  });

  it('text typed in place and not yet in the map is written first, whatever listened first', async () => {
    await repository.load('map-1');
    const target = fakeTarget();
    start(target); // listening before the field, as when a map opens
    let typed: string | null = 'Typed, shown, not yet written';
    const stop = editor.addPendingWriter(() => {
      if (typed !== null) rename(typed);
      typed = null;
    });
    target.dispatchEvent(new Event('pagehide'));
    stop();
    const reopened = await new DexieMapRepository(db).load('map-1');
    expect(reopened).toMatchObject({ ok: true, map: { title: 'Typed, shown, not yet written' } });
  });

  it('a save under way when the page goes away is replaced, not reported as failed', async () => {
    await repository.load('map-1');
    const target = fakeTarget();
    let giveUp: (error: unknown) => void = () => undefined;
    vi.spyOn(repository, 'save').mockImplementationOnce(
      () => new Promise<number>((_, reject) => (giveUp = reject)),
    );
    const saver = start(target);
    rename('First');
    const underWay = saver.flush();
    rename('Second');
    target.dispatchEvent(new Event('pagehide'));
    giveUp(new StorageError('unknown', 'The transaction was aborted.'));
    await underWay;
    expect(store.getState().save.status).toBe('saved');
    expect(await stored()).toMatchObject({ revision: 3, map: { title: 'Second' } });
    rename('Back from the cache'); // a page kept for going back saves on from there
    await saver.flush();
    expect(await stored()).toMatchObject({ revision: 4, map: { title: 'Back from the cache' } });
  });

  it('works with a real window, and stops listening after dispose', async () => {
    const save = vi.spyOn(repository, 'save');
    const saver = start(window);
    rename('Window');
    window.dispatchEvent(new Event('pagehide'));
    expect(save).toHaveBeenCalledTimes(1);
    await saver.flush();
    expect((await stored()).map.title).toBe('Window');
    saver.dispose();
    track(null);
    rename('After dispose');
    window.dispatchEvent(new Event('pagehide'));
    await Promise.resolve();
    await Promise.resolve();
    expect(save).toHaveBeenCalledTimes(1);
  });
});
