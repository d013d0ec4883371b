/**
 * How versions and templates are stored (issue 18): whole maps, compressed, read back the way
 * a file is read; gone with their map when it is deleted for good; carried by a JSON file only
 * when asked, and read back from one.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSampleMap } from '../../src/domain/sampleMap';
import type { JourneyMap } from '../../src/domain/schema';
import { templateFromMap } from '../../src/domain/templates';
import { importFile } from '../../src/export/importFile';
import { exportMapJson } from '../../src/export/json';
import { WaymarkDatabase } from '../../src/persistence/db';
import { DexieMapRepository } from '../../src/persistence/dexieRepository';
import { readMapFileWithExtras, serializeMapFile } from '../../src/persistence/fileExtras';
import { FORMAT_NAME } from '../../src/persistence/format';
import { decodeMap, encodeMap } from '../../src/persistence/mapText';
import { MemoryMapRepository } from '../../src/persistence/memoryRepository';
import type { MapRepository } from '../../src/persistence/repository';
import { bigMap } from '../builders';

const NOW = new Date('2026-03-02T09:00:00.000Z');
const byId = (map: JourneyMap): JourneyMap => ({
  ...map,
  cards: map.cards.slice().sort((a, b) => a.id.localeCompare(b.id)),
});

let db: WaymarkDatabase;

beforeEach(async () => {
  db = new WaymarkDatabase(`test-${crypto.randomUUID()}`);
  await db.open();
});

afterEach(async () => {
  db.close();
  await db.delete();
});

describe('a map kept whole (versions, templates)', () => {
  it('is compressed: a 2,000-card map takes a fraction of its JSON, and comes back equal', async () => {
    const map = bigMap(2000);
    const encoded = await encodeMap(map);
    expect(encoded.encoding).toBe('gzip');
    expect(encoded.storedBytes).toBeLessThan(encoded.jsonBytes / 5);
    const read = await decodeMap(encoded);
    expect(read.ok && read.map).toEqual(map);
  });

  it('saved by an older format opens migrated, and a damaged one says so', async () => {
    const sample = createSampleMap(NOW);
    // Format 1 kept a step's emotion as a word.
    const v1 = {
      format: FORMAT_NAME,
      formatVersion: 1,
      map: {
        ...sample,
        phases: sample.phases.map((p) => ({
          ...p,
          steps: p.steps.map(({ emotionScore: _s, emotionSource: _e, ...s }) => ({
            ...s,
            emotion: 'positive',
          })),
        })),
      },
    };
    const read = await decodeMap({ encoding: 'json', data: JSON.stringify(v1) });
    expect(read.ok && read.map.phases[0]?.steps[0]?.emotionScore).toBe(1);
    const damaged = await decodeMap({ encoding: 'gzip', data: new Uint8Array([31, 139, 8, 0, 1]) });
    expect(damaged.ok).toBe(false);
  });
});

describe.each([
  ['IndexedDB', () => new DexieMapRepository(db)],
  ['memory', () => new MemoryMapRepository()],
] as const)('versions and templates in %s', (_name, make: () => MapRepository) => {
  it('versions: newest first, each with its name, note, kind and sizes', async () => {
    const repository = make();
    const map = createSampleMap(NOW);
    const a = await repository.versions.save(map, {
      kind: 'manual',
      name: '  After the March review ',
      note: 'Before the re-interview',
      createdAt: '2026-03-01T10:00:00.000Z',
    });
    const b = await repository.versions.save(map, {
      kind: 'daily',
      name: 'Automatic',
      createdAt: '2026-03-02T10:00:00.000Z',
    });
    const list = await repository.versions.list(map.id);
    expect(list.map((v) => v.id)).toEqual([b.id, a.id]);
    expect(list[1]).toMatchObject({
      name: 'After the March review',
      note: 'Before the re-interview',
      kind: 'manual',
      title: map.title,
      cardCount: map.cards.length,
    });
    expect(list[1]!.jsonBytes).toBeGreaterThan(1000);
    expect(list[1]!.storedBytes).toBeLessThanOrEqual(list[1]!.jsonBytes);
    expect((await repository.versions.usage()).count).toBe(2);
    expect(await repository.versions.list('another-map')).toEqual([]);
  });

  it('deleting a map for good deletes its versions, and only its own', async () => {
    const repository = make();
    const map = createSampleMap(NOW);
    const other = { ...map, id: 'other', title: 'Other' };
    await repository.create(map);
    await repository.create(other);
    await repository.versions.save(map, { kind: 'manual', name: 'A' });
    const kept = await repository.versions.save(other, { kind: 'manual', name: 'B' });
    await repository.purge(map.id);
    expect(await repository.versions.list(map.id)).toEqual([]);
    expect(await repository.versions.list(other.id)).toEqual([kept]);
  });

  it('templates: saved with a name, listed, read back and deleted', async () => {
    const repository = make();
    const sample = createSampleMap(NOW);
    const grid = templateFromMap(sample, { withCards: false });
    const record = await repository.templates.save(grid, {
      name: 'Our house template',
      description: 'Six steps, eight lanes',
    });
    expect(record).toMatchObject({ name: 'Our house template', cardCount: 0 });
    expect((await repository.templates.list()).map((t) => t.name)).toEqual(['Our house template']);
    const read = await repository.templates.load(record.id);
    expect(read.ok && byId(read.map)).toEqual(byId(grid));
    await repository.templates.remove(record.id);
    expect(await repository.templates.list()).toEqual([]);
    expect((await repository.templates.load(record.id)).ok).toBe(false);
  });
});

describe('versions in a JSON file', () => {
  const map = createSampleMap(NOW);
  const earlier = { ...map, title: 'Earlier title', cards: map.cards.slice(3) };

  it('travel only when asked, and come back with their name, note, kind and time', async () => {
    const plain = JSON.parse(await exportMapJson(map).blob.text()) as Record<string, unknown>;
    expect('versions' in plain).toBe(false);
    const version = {
      createdAt: '2026-02-01T09:00:00.000Z',
      name: 'February',
      note: 'Before the review',
      kind: 'manual' as const,
      map: earlier,
    };
    const file = exportMapJson(map, { versions: [version] });
    const read = readMapFileWithExtras(await file.blob.text());
    if (!read.ok) throw new Error(read.error.message);
    expect(read.versions).toEqual([version]);
    expect(read.template).toBeNull();
  });

  it('a version that cannot be read is left out and named; the map still imports', async () => {
    const text = serializeMapFile(map, {
      versions: [
        { createdAt: '2026-02-01T09:00:00.000Z', name: 'Good', note: '', kind: 'manual', map },
        {
          createdAt: '2026-02-02T09:00:00.000Z',
          name: 'Broken',
          note: '',
          kind: 'manual',
          map: { ...map, phases: 'not a list' } as unknown as JourneyMap,
        },
      ],
    });
    const result = await importFile(new File([text], 'with-versions.json'));
    if (!result.ok) throw new Error(result.message);
    expect(result.versions?.map((v) => v.name)).toEqual(['Good']);
    expect(result.problems).toContainEqual({
      where: 'versions[1]',
      message: expect.stringMatching(/^“Broken” was left out: /),
    });
    expect(result.map.id).not.toBe(map.id);
  });

  it('a template file imports as a template', async () => {
    const text = serializeMapFile(templateFromMap(map, { withCards: false }), {
      template: { name: 'House template', description: 'Ours' },
    });
    const result = await importFile(new File([text], 'house.json'));
    expect(result.ok && result.template).toEqual({
      name: 'House template',
      description: 'Ours',
    });
  });
});
