/**
 * Storage figures in node, without a browser: how long `repository.load()` takes to open a
 * stored map of 200 / 2,000 / 5,000 cards (and 2,000 with a 3 MB persona photo), and what one
 * keystroke in a card title writes to IndexedDB (bytes, and the time `save` takes).
 *
 *   node bench/storageOpen.mjs                         this checkout
 *   WAYMARK_ROOT=/path/before,/path/after node bench/storageOpen.mjs   two, run alternately
 *   STORAGE_OPEN_REPS=5 …                              cold runs per case (default 3)
 *
 * IndexedDB is fake-indexeddb (a JavaScript implementation, slower than Chromium's), so the
 * figures compare code, not browsers. "Cold" is the first load in a fresh node process, as a
 * page open is the first in a fresh page (zod compiles its validators on first use); each cold
 * figure is the median of STORAGE_OPEN_REPS processes. "Warm" is the median of five more loads.
 * Not a test and not part of `npm run bench`: a tool for comparing two versions of the code.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateMap } from './generateMap.mjs';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const ROOT = process.env.WAYMARK_ROOT ?? join(HERE, '..');
const SIZES = [200, 2000, 5000];
const PICTURE = `data:image/png;base64,${'QUJD'.repeat(749_990)}`;
const median = (values) => values.slice().sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** The map of one case: `2000p` is 2,000 cards and a persona with a 3 MB photo. */
function mapFor(name) {
  const map = generateMap(parseInt(name, 10));
  if (!name.endsWith('p')) return map;
  const persona = {
    id: 'persona-1',
    name: 'Jo',
    picture: { kind: 'image', dataUrl: PICTURE, alt: '' },
    quote: '',
    description: '',
    demographics: [],
    behaviours: [],
    needsAndChallenges: [],
    goalsAndMotivations: [],
  };
  return { ...map, personas: [persona] };
}

async function child(name) {
  await import('fake-indexeddb/auto');
  const { runnerImport } = await import('vite');
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const load = async (file) =>
    (
      await runnerImport(join(ROOT, 'src', 'persistence', file), {
        root: ROOT,
        configFile: false,
        logLevel: 'silent',
        define: { __APP_VERSION__: JSON.stringify(pkg.version) },
      })
    ).module;
  const { WaymarkDatabase } = await load('db.ts');
  const { DexieMapRepository } = await load('dexieRepository.ts');
  const { diffMaps } = await load('mapChange.ts');
  const rows = await load('storedRows.ts').catch(() => null);
  const db = new WaymarkDatabase(`open-${name}`);
  const repository = new DexieMapRepository(db);
  const map = mapFor(name);
  if (rows) {
    // Written as create() writes it, minus its validation, so that zod is still cold below.
    const r = rows.storedRowsOf(map, { check: 'validated' });
    await db.transaction('rw', db.tables, async () => {
      await db.table('parts').bulkPut(r.parts);
      await db.table('cards').bulkPut(r.cards);
      await db.table('maps').put(r.meta);
      await db.table('summaries').put(r.summary);
    });
  } else {
    await repository.create(map); // the version-1 layout validates nothing on create
  }
  const timed = async () => {
    const start = performance.now();
    const result = await repository.load(map.id);
    if (!result.ok) throw new Error(result.error.message);
    return { ms: performance.now() - start, result };
  };
  const cold = await timed();
  const warm = [];
  for (let i = 0; i < 5; i++) warm.push((await timed()).ms);
  // Reading the rows alone (every table that holds this map), to tell reading from checking.
  const reads = [];
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    await db.transaction('r', db.tables, () =>
      Promise.all(
        db.tables.map((table) =>
          table.schema.indexes.some((index) => index.name === 'mapId')
            ? table.where('mapId').equals(map.id).toArray()
            : table.get(map.id),
        ),
      ),
    );
    reads.push(performance.now() - start);
  }

  // One character typed in a card title, saved as autosave does; every put/add counted.
  const { map: saved, revision } = (await timed()).result;
  const card = saved.cards[0];
  const next = {
    ...saved,
    cards: saved.cards.map((c) => (c === card ? { ...c, title: `${c.title}s` } : c)),
    updatedAt: new Date(Date.parse(saved.updatedAt) + 1000).toISOString(),
  };
  let bytes = 0;
  const encoder = new TextEncoder();
  for (const method of ['put', 'add']) {
    const original = IDBObjectStore.prototype[method];
    IDBObjectStore.prototype[method] = function (value, key) {
      bytes += encoder.encode(JSON.stringify(value)).length;
      return original.call(this, value, key);
    };
  }
  let start = performance.now();
  let rev = await repository.save(next, diffMaps(saved, next), revision, 1);
  const firstSave = performance.now() - start;
  const written = bytes;
  // Four more keystrokes: the save time once everything is warm.
  const saves = [];
  let current = next;
  for (let i = 0; i < 4; i++) {
    const typed = {
      ...current,
      cards: current.cards.map((c) => (c.id === card.id ? { ...c, title: `${c.title}s` } : c)),
      updatedAt: new Date(Date.parse(current.updatedAt) + 1000).toISOString(),
    };
    start = performance.now();
    rev = await repository.save(typed, diffMaps(current, typed), rev, 1);
    saves.push(performance.now() - start);
    current = typed;
  }
  const result = {
    cold: cold.ms,
    warm: median(warm),
    read: median(reads),
    bytes: written,
    firstSave,
    save: median(saves),
  };
  process.stdout.write(JSON.stringify(result));
}

/** One child process: the figures of one case on one checkout. */
function runChild(root, name) {
  const out = spawnSync(process.execPath, [fileURLToPath(import.meta.url), name], {
    env: { ...process.env, STORAGE_OPEN_CHILD: '1', WAYMARK_ROOT: root },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (out.status !== 0) throw new Error(out.stderr);
  return JSON.parse(out.stdout.trim().split('\n').pop());
}

function main() {
  // Several checkouts (comma-separated) are run alternately, case by case, so that a machine
  // busy at one moment weighs on all of them alike.
  const roots = ROOT.split(',');
  const reps = Number(process.env.STORAGE_OPEN_REPS ?? 3);
  const runs = new Map(roots.map((root) => [root, new Map()]));
  const cases = [...SIZES.map(String), '2000p'];
  for (const name of cases) {
    for (let i = 0; i < reps; i++) {
      for (const root of roots) {
        const byCase = runs.get(root);
        byCase.set(name, [...(byCase.get(name) ?? []), runChild(root, name)]);
      }
    }
  }
  for (const root of roots) {
    console.log(`\n${root} (node ${process.version}, fake-indexeddb, median of ${reps})`);
    console.log(
      'case        open: cold     warm  (rows read)   keystroke: bytes written, save ms first / warm',
    );
    for (const name of cases) {
      const all = runs.get(root).get(name);
      const pick = (key) => median(all.map((run) => run[key])).toFixed(1);
      const label = name.endsWith('p') ? `${parseInt(name, 10)} + 3 MB` : name;
      console.log(
        `${label.padEnd(11)} ${pick('cold').padStart(8)} ms ${pick('warm').padStart(6)} ms` +
          ` (${pick('read').padStart(5)} ms)` +
          `   ${String(median(all.map((run) => run.bytes))).padStart(9)} B,` +
          ` ${pick('firstSave')} / ${pick('save')} ms`,
      );
    }
  }
}

if (process.env.STORAGE_OPEN_CHILD) await child(process.argv[2]);
else main();
