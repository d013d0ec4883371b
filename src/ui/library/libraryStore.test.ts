import { describe, expect, it, vi } from 'vitest';
import type { MapSummary } from '../../persistence/db';
import { MemoryMapRepository } from '../../persistence/memoryRepository';
import { StorageError } from '../../persistence/storageError';
import { createLibraryStore, importedTitle, visibleMaps } from './libraryStore';
import { blankMap } from '../../../tests/builders';

function summary(id: string, title: string, updatedAt: string): MapSummary {
  return {
    id,
    title,
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt,
    deletedAt: null,
    cardCount: 0,
    sizeBytes: 100,
  };
}

const MAPS: readonly MapSummary[] = Object.freeze([
  summary('cafe', 'Café opening hours', '2026-01-03T00:00:00.000Z'),
  summary('repairs', 'repairs: reporting a leak', '2026-01-05T00:00:00.000Z'),
  summary('zebra', 'Zebra crossing', '2026-01-01T00:00:00.000Z'),
  summary('eclair', 'Éclair deliveries', '2026-01-04T00:00:00.000Z'),
  summary('adopt', 'Adoption journey', '2026-01-02T00:00:00.000Z'),
]);

const idsOf = (maps: readonly MapSummary[]) => maps.map((m) => m.id);

describe('visibleMaps', () => {
  it('with no query shows every map, most recently changed first', () => {
    expect(idsOf(visibleMaps(MAPS, '', 'updated'))).toEqual([
      'repairs',
      'eclair',
      'cafe',
      'adopt',
      'zebra',
    ]);
  });

  it('sorts by title ignoring case and accents', () => {
    expect(idsOf(visibleMaps(MAPS, '', 'title'))).toEqual([
      'adopt',
      'cafe',
      'eclair',
      'repairs',
      'zebra',
    ]);
  });

  it('finds titles whatever the case and accents of query and title', () => {
    expect(idsOf(visibleMaps(MAPS, 'CAFE', 'updated'))).toEqual(['cafe']);
    expect(idsOf(visibleMaps(MAPS, 'café', 'updated'))).toEqual(['cafe']);
    expect(idsOf(visibleMaps(MAPS, 'eclair', 'updated'))).toEqual(['eclair']);
    expect(idsOf(visibleMaps(MAPS, 'Repairs', 'updated'))).toEqual(['repairs']);
  });

  it('matches anywhere in the title and trims the query', () => {
    expect(idsOf(visibleMaps(MAPS, '  ing ', 'title'))).toEqual(['cafe', 'repairs', 'zebra']);
    expect(idsOf(visibleMaps(MAPS, 'nothing like this', 'title'))).toEqual([]);
  });

  it('does not reorder the list it was given', () => {
    const before = idsOf(MAPS);
    visibleMaps(MAPS, '', 'title');
    expect(idsOf(MAPS)).toEqual(before);
  });
});

describe('library store', () => {
  function setup() {
    const repository = new MemoryMapRepository();
    const store = createLibraryStore(repository);
    const titles = () =>
      store
        .getState()
        .maps.map((m) => m.title)
        .sort();
    return { repository, store, state: () => store.getState(), titles };
  }

  it('refresh lists what the repository holds', async () => {
    const { repository, state } = setup();
    expect(state().loaded).toBe(false);
    await repository.create(blankMap({ id: 'm1', title: 'Stored' }));
    await state().refresh();
    expect(state().loaded).toBe(true);
    expect(idsOf(state().maps)).toEqual(['m1']);
  });

  it('createMap adds a blank map and returns its id', async () => {
    const { repository, state } = setup();
    const id = await state().createMap('Leaks');
    expect(id).toEqual(expect.any(String));
    expect(state().maps).toMatchObject([{ id, title: 'Leaks', deletedAt: null }]);
    const loaded = await repository.load(id!);
    expect(loaded.ok && loaded.map.phases).toHaveLength(5);
    const untitled = await state().createMap();
    expect(state().maps.find((m) => m.id === untitled)?.title).toBe('Untitled journey map');
  });

  it('addMap adds a ready map', async () => {
    const { state } = setup();
    expect(await state().addMap(blankMap({ id: 'imported', title: 'Imported' }))).toBe(true);
    expect(idsOf(state().maps)).toEqual(['imported']);
  });

  it('addImported adds a map with the versions its file carried, under the new map', async () => {
    const { repository, state } = setup();
    const map = blankMap({ id: 'new-id', title: 'Imported' });
    const old = { ...blankMap({ id: 'file-id', title: 'As it was in March' }) };
    const result = await state().addImported(map, [
      {
        createdAt: '2026-03-01T10:00:00.000Z',
        name: 'March review',
        note: 'n',
        kind: 'manual',
        map: old,
      },
    ]);
    expect(result).toEqual({ added: true, versionsLeftOut: 0, title: 'Imported' });
    const versions = await repository.versions.list('new-id');
    expect(versions).toMatchObject([
      { name: 'March review', createdAt: '2026-03-01T10:00:00.000Z', title: 'As it was in March' },
    ]);
  });

  it('addImported names a map "… (imported)" when the library has its title already', async () => {
    const { state, titles } = setup();
    await state().createMap('Leaks');
    const first = await state().addImported(blankMap({ id: 'a', title: 'Leaks' }), []);
    const second = await state().addImported(blankMap({ id: 'b', title: 'Leaks' }), []);
    expect([first.title, second.title]).toEqual(['Leaks (imported)', 'Leaks (imported 2)']);
    expect(titles()).toEqual(['Leaks', 'Leaks (imported 2)', 'Leaks (imported)']);
    expect(importedTitle('Damp', new Set(['Leaks']))).toBe('Damp');
  });

  it('createFromTemplate makes a new map from a template, titled as asked', async () => {
    const { repository, state } = setup();
    const template = blankMap({ id: 'template', title: 'House style' });
    const id = (await state().createFromTemplate(template, ' Leaks '))!;
    expect(id).not.toBe('template');
    const loaded = await repository.load(id);
    expect(loaded.ok && loaded.map.title).toBe('Leaks');
    expect(loaded.ok && loaded.map.lanes.map((l) => l.id)).toEqual(template.lanes.map((l) => l.id));
  });

  it('rename changes the title, trimmed; a blank title is ignored', async () => {
    const { state } = setup();
    const id = (await state().createMap('Leaks'))!;
    await state().rename(id, '  Burst pipes  ');
    expect(state().maps[0]?.title).toBe('Burst pipes');
    await state().rename(id, '   ');
    expect(state().maps[0]?.title).toBe('Burst pipes');
  });

  it('duplicate adds "Copy of …" with a new id', async () => {
    const { state, titles } = setup();
    const id = (await state().createMap('Leaks'))!;
    const copy = await state().duplicate(id);
    expect(copy).not.toBeNull();
    expect(copy).not.toBe(id);
    expect(titles()).toEqual(['Copy of Leaks', 'Leaks']);
    expect(state().maps.find((m) => m.id === copy)?.title).toBe('Copy of Leaks');
  });

  it('trash and restore move a map in and out of the trash; purge removes it', async () => {
    const { state } = setup();
    const keep = (await state().createMap('Keep'))!;
    const id = (await state().createMap('Leaks'))!;
    await state().trash(id);
    expect(state().maps.find((m) => m.id === id)?.deletedAt).toEqual(expect.any(String));
    expect(state().maps.find((m) => m.id === keep)?.deletedAt).toBeNull();
    await state().restore(id);
    expect(state().maps.find((m) => m.id === id)?.deletedAt).toBeNull();
    await state().trash(id);
    await state().purge(id);
    expect(idsOf(state().maps)).toEqual([keep]);
  });

  it('a failed write shows a plain error and leaves the list as it was', async () => {
    const { repository, state } = setup();
    await state().createMap('Leaks');
    const before = state().maps;
    vi.spyOn(repository, 'create').mockRejectedValueOnce(
      new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
    );
    expect(await state().createMap('Another')).toBeNull();
    expect(state().error).toMatch(/storage .*is full/);
    expect(state().maps).toBe(before);
    state().dismissError();
    expect(state().error).toBeNull();
  });

  it('a conflict error from the repository is shown as its message', async () => {
    const { repository, state } = setup();
    vi.spyOn(repository, 'rename').mockRejectedValueOnce(
      new StorageError('conflict', 'Changed elsewhere.'),
    );
    await state().rename('x', 'Y');
    expect(state().error).toBe('Changed elsewhere.');
  });
});
