/**
 * What reaches IndexedDB when a map is edited, counted at the IndexedDB level itself: every
 * `IDBObjectStore.put` / `add` that fake-indexeddb receives, whoever called it. A save may write
 * only what changed; above all never the persona pictures (up to 3 MB each) on a keystroke.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { updateCard, updateStep, allSteps } from '../../src/domain/edits';
import { addPersona, movePersona, updatePersona } from '../../src/domain/personas';
import { createSampleMap } from '../../src/domain/sampleMap';
import { LIMITS, type JourneyMap, type Picture } from '../../src/domain/schema';
import { WaymarkDatabase } from '../../src/persistence/db';
import { DexieMapRepository } from '../../src/persistence/dexieRepository';
import { diffMaps } from '../../src/persistence/mapChange';
import { measureMap } from '../../src/persistence/repository';
import { Editor } from '../../src/editor/editor';
import { cards } from '../../src/editor/operations';
import { startAutosave } from '../../src/session/autosave';

const NOW = new Date('2026-01-01T09:00:00.000Z');
const PREFIX = 'data:image/png;base64,';
/** A persona photo as large as a map may hold (LIMITS.pictureBytes: 3,000,000 characters). */
const BIG_PICTURE: Extract<Picture, { kind: 'image' }> = {
  kind: 'image',
  dataUrl: PREFIX + 'QUJD'.repeat((LIMITS.pictureBytes - PREFIX.length) / 4 - 1),
  alt: 'Photo of Jo',
};

interface Write {
  store: string;
  bytes: number;
  hasPicture: boolean;
}

/** Records every row written to IndexedDB from now on, with its size as UTF-8 JSON. */
function recordWrites(): Write[] {
  const writes: Write[] = [];
  const encoder = new TextEncoder();
  const record = (store: IDBObjectStore, value: unknown) => {
    const json = JSON.stringify(value) ?? '';
    writes.push({
      store: store.name,
      bytes: encoder.encode(json).length,
      hasPicture: json.includes(BIG_PICTURE.dataUrl.slice(0, 4_000)),
    });
  };
  for (const method of ['put', 'add'] as const) {
    const original = IDBObjectStore.prototype[method];
    vi.spyOn(IDBObjectStore.prototype, method).mockImplementation(function (
      this: IDBObjectStore,
      value: unknown,
      key?: IDBValidKey,
    ) {
      record(this, value);
      return original.call(this, value, key);
    });
  }
  return writes;
}

const total = (writes: Write[]) => writes.reduce((sum, write) => sum + write.bytes, 0);

let db: WaymarkDatabase;
let repository: DexieMapRepository;
let saved: JourneyMap;
let revision: number;

/** The sample map with a 3 MB photo on its persona, stored and opened again as the editor does. */
beforeEach(async () => {
  db = new WaymarkDatabase(`test-${crypto.randomUUID()}`);
  repository = new DexieMapRepository(db);
  const sample = createSampleMap(NOW);
  const persona = sample.personas[0]!;
  await repository.create(updatePersona(sample, persona.id, { picture: BIG_PICTURE }));
  const loaded = await repository.load(sample.id);
  if (!loaded.ok) throw new Error(loaded.error.message);
  saved = loaded.map;
  revision = loaded.revision;
});

afterEach(async () => {
  vi.restoreAllMocks();
  db.close();
  await db.delete({ disableAutoOpen: true }).catch(() => undefined);
});

/** Saves `edit` applied to the last saved map as the editor does, recording what is written. */
async function saveEdit(edit: (map: JourneyMap) => JourneyMap) {
  const edited = edit(saved);
  const next = { ...edited, updatedAt: new Date(Date.parse(saved.updatedAt) + 1000).toISOString() };
  const writes = recordWrites();
  revision = await repository.save(next, diffMaps(saved, next), revision, measureMap(next));
  vi.restoreAllMocks();
  saved = next;
  return writes;
}

describe('what one keystroke writes to IndexedDB', () => {
  it('the stored map holds the 3 MB picture (so the test below can fail)', async () => {
    expect(JSON.stringify(saved).length).toBeGreaterThan(LIMITS.pictureBytes - 10);
    const writes = recordWrites();
    await repository.create({ ...saved, id: 'copy' });
    expect(writes.filter((write) => write.hasPicture)).toHaveLength(1);
    expect(total(writes)).toBeGreaterThan(LIMITS.pictureBytes - 10);
  });

  it('one character typed in a card title writes that card, the meta row and the summary: under 5 KB, no picture', async () => {
    const card = saved.cards.find((c) => c.kind === 'pain-point')!;
    const writes = await saveEdit((map) => updateCard(map, card.id, { title: `${card.title}s` }));
    expect(writes.map((write) => write.store).sort()).toEqual(['cards', 'maps', 'summaries']);
    expect(writes.some((write) => write.hasPicture)).toBe(false);
    expect(total(writes)).toBeLessThan(5_000);
    // And the keystroke is stored.
    const loaded = await repository.load(saved.id);
    expect(loaded.ok && loaded.map.cards.find((c) => c.id === card.id)?.title).toBe(
      `${card.title}s`,
    );
  });

  it('typing in a persona writes the persona without its picture', async () => {
    const persona = saved.personas[0]!;
    const writes = await saveEdit((map) =>
      updatePersona(map, persona.id, { quote: `${persona.quote}!` }),
    );
    expect(writes.map((write) => write.store).sort()).toEqual(['maps', 'parts', 'summaries']);
    expect(writes.some((write) => write.hasPicture)).toBe(false);
    expect(total(writes)).toBeLessThan(5_000);
    const loaded = await repository.load(saved.id);
    expect(loaded.ok && loaded.map.personas[0]).toEqual({ ...persona, quote: `${persona.quote}!` });
  });

  it('a step title, a new persona and a reordering each leave the picture alone', async () => {
    const step = allSteps(saved)[0]!;
    const stepWrites = await saveEdit((map) => updateStep(map, step.id, { title: 'Hears of it' }));
    const addWrites = await saveEdit((map) => addPersona(map, { id: 'p-2', name: 'Sam' }));
    const moveWrites = await saveEdit((map) => movePersona(map, 'p-2', 0));
    for (const writes of [stepWrites, addWrites, moveWrites]) {
      expect(writes.some((write) => write.hasPicture)).toBe(false);
    }
    const loaded = await repository.load(saved.id);
    expect(loaded.ok && loaded.map.personas.map((p) => p.name)).toEqual([
      'Sam',
      saved.personas[1]!.name,
    ]);
    expect(loaded.ok && loaded.map).toEqual(saved);
  });

  it('a new photo is written once, and taking it away removes it', async () => {
    const persona = saved.personas[0]!;
    const smaller: Picture = { ...BIG_PICTURE, dataUrl: `${PREFIX}QUJD` };
    const replace = await saveEdit((map) => updatePersona(map, persona.id, { picture: smaller }));
    expect(total(replace)).toBeLessThan(5_000);
    await saveEdit((map) => updatePersona(map, persona.id, { picture: null }));
    expect(
      await db.parts
        .where('mapId')
        .equals(saved.id)
        .filter((row) => row.key.startsWith('picture:'))
        .count(),
    ).toBe(0);
    const loaded = await repository.load(saved.id);
    expect(loaded.ok && loaded.map.personas[0]?.picture).toBeNull();
  });
});

describe('through the editor engine and autosave (src/editor, src/session)', () => {
  it('one character typed in a card title writes under 5 KB and never the picture', async () => {
    const editor = new Editor(saved);
    const autosaver = startAutosave({ repository, editor, revision });
    try {
      const card = saved.cards.find((c) => c.kind === 'touchpoint')!;
      const writes = recordWrites();
      expect(
        editor.run(cards.updateCard, { id: card.id, patch: { title: `${card.title}s` } }).ok,
      ).toBe(true);
      await autosaver.flush();
      vi.restoreAllMocks();
      expect(editor.store.getState().save.status).toBe('saved');
      expect(writes.map((write) => write.store).sort()).toEqual(['cards', 'maps', 'summaries']);
      expect(writes.some((write) => write.hasPicture)).toBe(false);
      expect(total(writes)).toBeLessThan(5_000);
    } finally {
      autosaver.dispose();
      editor.destroy();
    }
  });
});
