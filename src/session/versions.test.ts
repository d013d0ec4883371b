import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { JourneyMap } from '../domain/schema';
import { Editor } from '../editor/editor';
import { cards, grid } from '../editor/operations';
import { WaymarkDatabase } from '../persistence/db';
import { DexieMapRepository } from '../persistence/dexieRepository';
import { sampleMap } from '../../tests/builders';
import {
  DAILY_VERSION_MS,
  restoreVersion,
  saveBeforeImport,
  saveVersion,
  startDailyVersions,
} from './versions';

const START = Date.parse('2026-03-02T09:00:00.000Z');

/** What a user sees of a map: everything but the time it was last edited, cards by id. */
const content = (map: JourneyMap) => ({
  ...map,
  updatedAt: '',
  cards: map.cards.slice().sort((a, b) => a.id.localeCompare(b.id)),
});

let db: WaymarkDatabase;
let repository: DexieMapRepository;
const clock = { ms: START };

beforeEach(async () => {
  clock.ms = START;
  db = new WaymarkDatabase(`test-${crypto.randomUUID()}`);
  await db.open();
  repository = new DexieMapRepository(db);
});

afterEach(async () => {
  vi.restoreAllMocks();
  db.close();
  await db.delete();
});

function openEditor() {
  return new Editor(sampleMap(new Date(START)), { now: () => new Date(clock.ms) });
}

/** Changes cards the way a user would: renames one, deletes two, renames a lane. */
function changeCards(editor: Editor) {
  editor.run(cards.updateCard, { id: 'card-tp-ppp', patch: { title: 'Online application' } });
  editor.run(cards.deleteCards, { ids: ['card-pain-cleaning', 'card-idea-cleaning'] });
  editor.run(grid.updateLane, { id: 'lane-ideas', patch: { name: 'Staff ideas' } });
}

describe('versions of the open map never lose the current state', () => {
  it('save, change, restore, then restore the restore: each state exactly as it was', async () => {
    const { versions } = repository;
    const editor = openEditor();
    const first = editor.map;
    const saved = await saveVersion(versions, first, { kind: 'manual', name: 'Review 1' });
    if (!saved.ok) throw new Error(saved.message);

    changeCards(editor);
    const second = editor.map;
    expect(content(second)).not.toEqual(content(first));

    const restored = await restoreVersion(versions, editor, saved.info.id);
    if (!restored.ok) throw new Error(restored.message);
    expect(content(editor.map)).toEqual(content(first));
    expect(restored.kept.name).toBe('Before restoring “Review 1”');
    const kept = await versions.load(restored.kept.id);
    expect(kept.ok && content(kept.map)).toEqual(content(second));

    const back = await restoreVersion(versions, editor, restored.kept.id);
    if (!back.ok) throw new Error(back.message);
    expect(content(editor.map)).toEqual(content(second));
    const list = await versions.list(first.id);
    expect(list.map((v) => v.name).sort()).toEqual([
      'Before restoring “Before restoring “Review 1””',
      'Before restoring “Review 1”',
      'Review 1',
    ]);
    // Every state the map was ever in is still a version.
    const states = await Promise.all(list.map((v) => versions.load(v.id)));
    const contents = states.map((s) => (s.ok ? content(s.map) : null));
    expect(contents).toContainEqual(content(first));
    expect(contents).toContainEqual(content(second));
  });

  it('a restore is one undo step, and keeps the map’s own id and creation time', async () => {
    const { versions } = repository;
    const editor = openEditor();
    const saved = await saveVersion(versions, editor.map, { kind: 'manual', name: 'Before' });
    if (!saved.ok) throw new Error(saved.message);
    changeCards(editor);
    const changed = editor.map;
    const depth = editor.undoDepth;
    await restoreVersion(versions, editor, saved.info.id);
    expect(editor.undoDepth).toBe(depth + 1);
    expect(editor.map.id).toBe(changed.id);
    expect(editor.map.createdAt).toBe(changed.createdAt);
    editor.undo();
    expect(content(editor.map)).toEqual(content(changed));
  });

  it('deleting a version leaves the map and the other versions as they were', async () => {
    const { versions } = repository;
    const editor = openEditor();
    const a = await saveVersion(versions, editor.map, { kind: 'manual', name: 'A' });
    changeCards(editor);
    const b = await saveVersion(versions, editor.map, { kind: 'manual', name: 'B', note: 'why' });
    if (!a.ok || !b.ok) throw new Error('not saved');
    const now = editor.map;
    await versions.remove(a.info.id);
    expect((await versions.list(now.id)).map((v) => [v.name, v.note])).toEqual([['B', 'why']]);
    expect(editor.map).toBe(now);
    const stillB = await versions.load(b.info.id);
    expect(stillB.ok && content(stillB.map)).toEqual(content(now));
    expect((await versions.load(a.info.id)).ok).toBe(false);
  });

  it('on a full disk, a restore saves nothing, restores nothing and says why', async () => {
    const { versions } = repository;
    const editor = openEditor();
    const saved = await saveVersion(versions, editor.map, { kind: 'manual', name: 'A' });
    if (!saved.ok) throw new Error(saved.message);
    changeCards(editor);
    const current = editor.map;
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    vi.spyOn(db.versions, 'add').mockRejectedValue(quota);
    const result = await restoreVersion(versions, editor, saved.info.id);
    expect(result).toMatchObject({
      ok: false,
      message: expect.stringMatching(/storage .*is full/),
    });
    expect(result.ok || result.message).toMatch(/nothing was restored/);
    expect(editor.map).toBe(current);
    vi.restoreAllMocks();
    expect((await versions.list(current.id)).map((v) => v.name)).toEqual(['A']);
    expect(await db.versionData.count()).toBe(1);
  });

  it('an import into the map goes ahead only once the map is kept as a version', async () => {
    const { versions } = repository;
    const editor = openEditor();
    const kept = await saveBeforeImport(versions, editor.map, 'plan.csv');
    expect(kept.ok && kept.info).toMatchObject({
      kind: 'before-import',
      name: 'Before importing “plan.csv”',
    });
    vi.spyOn(db.versionData, 'add').mockRejectedValue(
      new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
    );
    const refused = await saveBeforeImport(versions, editor.map, 'plan.csv');
    expect(refused.ok || refused.message).toMatch(/The file was not imported\.$/);
  });

  it('a read-only map is never restored, and nothing is saved for it', async () => {
    const { versions } = repository;
    const editor = openEditor();
    const saved = await saveVersion(versions, editor.map, { kind: 'manual', name: 'A' });
    if (!saved.ok) throw new Error(saved.message);
    editor.setReadOnly(true);
    const result = await restoreVersion(versions, editor, saved.info.id);
    expect(result.ok).toBe(false);
    expect(await versions.list(editor.map.id)).toHaveLength(1);
  });
});

describe('automatic daily versions', () => {
  it('keeps the map as it was before the first change, at most once a day', async () => {
    const { versions } = repository;
    const editor = openEditor();
    const before = editor.map;
    const daily = startDailyVersions({ editor, store: versions, now: () => new Date(clock.ms) });

    changeCards(editor);
    await daily.settled();
    clock.ms += 60 * 60 * 1000;
    editor.run(cards.updateCard, { id: 'card-tp-ppp', patch: { title: 'Later the same day' } });
    await daily.settled();
    let list = await versions.list(before.id);
    expect(list.map((v) => v.kind)).toEqual(['daily']);
    const first = await versions.load(list[0]!.id);
    expect(first.ok && content(first.map)).toEqual(content(before));

    clock.ms = START + DAILY_VERSION_MS + 1;
    const yesterday = editor.map;
    editor.run(cards.updateCard, { id: 'card-tp-ppp', patch: { title: 'The next day' } });
    await daily.settled();
    list = await versions.list(before.id);
    expect(list.map((v) => v.kind)).toEqual(['daily', 'daily']);
    const second = await versions.load(list[0]!.id);
    expect(second.ok && content(second.map)).toEqual(content(yesterday));
    daily.dispose();
  });

  it('counts a version the user saved: no daily version within a day of it', async () => {
    const { versions } = repository;
    const editor = openEditor();
    await saveVersion(versions, editor.map, { kind: 'manual', name: 'Mine' });
    const daily = startDailyVersions({ editor, store: versions, now: () => new Date(clock.ms) });
    changeCards(editor);
    await daily.settled();
    expect((await versions.list(editor.map.id)).map((v) => v.name)).toEqual(['Mine']);
    daily.dispose();
  });
});
