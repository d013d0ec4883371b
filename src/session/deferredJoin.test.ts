import { BroadcastChannel as NodeChannel } from 'node:worker_threads';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { bigMap } from '../../tests/builders';
import { createFakeLocks } from '../../tests/support/fakeLocks';
import { createSampleMap } from '../domain/sampleMap';
import { cards } from '../editor/operations';
import { MemoryMapRepository } from '../persistence/memoryRepository';
import { MapSession, type SessionOptions } from './mapSession';

const NOW = new Date('2026-11-30T10:00:00Z');
const channel = (name: string) => new NodeChannel(name) as unknown as BroadcastChannel;
const open: MapSession[] = [];

/** A `later` that holds its tasks until the test runs them (the browser's idle moment). */
function heldTasks() {
  const tasks: (() => void)[] = [];
  const later = (task: () => void) => {
    tasks.push(task);
    return () => tasks.splice(tasks.indexOf(task), 1);
  };
  return { later, runAll: () => tasks.splice(0).forEach((task) => task()), tasks };
}

async function openSession(
  repository: MemoryMapRepository,
  mapId: string,
  options: SessionOptions,
) {
  const result = await MapSession.open(repository, mapId, options);
  if (!result.ok) throw new Error(result.failure.message);
  open.push(result.session);
  return result.session;
}

async function setup() {
  const repository = new MemoryMapRepository();
  const map = createSampleMap(NOW);
  await repository.create(map);
  const options: SessionOptions = { locks: createFakeLocks(), channel, peerTimeoutMs: 3000 };
  return { repository, map, options };
}

afterEach(async () => {
  for (const session of open.splice(0)) await session.close();
});

describe('the map documents built after the first paint (issue 17)', () => {
  it('loses nothing typed before the documents exist: saved, and sent to a tab that opens', async () => {
    const { repository, map, options } = await setup();
    const held = heldTasks();
    const first = await openSession(repository, map.id, { ...options, later: held.later });
    expect(first.editor.mapDocument.isBuilt).toBe(false);
    const card = map.cards[0]!;
    first.editor.run(cards.updateCard, { id: card.id, patch: { title: 'Typed at once' } });
    await vi.waitFor(async () => {
      const stored = await repository.load(map.id);
      expect(stored.ok && stored.map.cards.find((c) => c.id === card.id)?.title).toBe(
        'Typed at once',
      );
    });
    // A second tab opens; the first joins the other tabs at its idle moment, and sends it all.
    const second = openSession(repository, map.id, options);
    held.runAll();
    const peer = await second;
    expect(peer.editor.store.getState().readOnly).toBe(false);
    expect(peer.editor.map.cards.find((c) => c.id === card.id)?.title).toBe('Typed at once');
  });

  it('joins the other tabs at the idle moment: edits then travel both ways', async () => {
    const { repository, map, options } = await setup();
    const held = heldTasks();
    const first = await openSession(repository, map.id, { ...options, later: held.later });
    held.runAll();
    // Made in slices from the idle moment on (one, or a few on a busy machine).
    await vi.waitFor(() => expect(first.editor.mapDocument.isBuilt).toBe(true));
    const second = await openSession(repository, map.id, options);
    const [a, b] = map.cards;
    second.editor.run(cards.updateCard, { id: b!.id, patch: { title: 'From the second tab' } });
    first.editor.run(cards.updateCard, { id: a!.id, patch: { title: 'From the first tab' } });
    await vi.waitFor(() => {
      expect(first.editor.map.cards.find((c) => c.id === b!.id)?.title).toBe('From the second tab');
      expect(second.editor.map.cards.find((c) => c.id === a!.id)?.title).toBe('From the first tab');
    });
    // The first tab stores the second's change and tells it so: the second says "saved".
    await vi.waitFor(async () => {
      const stored = await repository.load(map.id);
      expect(stored.ok && stored.map.cards.find((c) => c.id === b!.id)?.title).toBe(
        'From the second tab',
      );
      expect(second.editor.store.getState().save.status).toBe('saved');
    });
  });

  it('does not join after the map was closed before its idle moment', async () => {
    const { repository, map, options } = await setup();
    const held = heldTasks();
    const first = await openSession(repository, map.id, { ...options, later: held.later });
    await first.close();
    expect(held.tasks).toHaveLength(0);
  });

  it('makes a big map’s documents in slices after the idle moment, then joins the other tabs', async () => {
    const repository = new MemoryMapRepository();
    const map = bigMap(3_000, 30);
    await repository.create(map);
    const options: SessionOptions = { locks: createFakeLocks(), channel, peerTimeoutMs: 3000 };
    const held = heldTasks();
    const first = await openSession(repository, map.id, { ...options, later: held.later });
    held.runAll();
    // One slice of about 12 ms is not enough for 3,000 cards: the rest follows in tasks.
    expect(first.editor.mapDocument.isBuilt).toBe(false);
    await vi.waitFor(() => expect(first.editor.mapDocument.isBuilt).toBe(true));
    const second = await openSession(repository, map.id, options);
    expect(second.editor.map.cards).toHaveLength(3_000);
    const card = map.cards[2_999]!;
    second.editor.run(cards.updateCard, { id: card.id, patch: { title: 'From the second tab' } });
    await vi.waitFor(() =>
      expect(first.editor.map.cards.find((c) => c.id === card.id)?.title).toBe(
        'From the second tab',
      ),
    );
  });

  it('stops making the documents when the map is closed halfway', async () => {
    const repository = new MemoryMapRepository();
    const map = bigMap(3_000, 30);
    await repository.create(map);
    const held = heldTasks();
    const first = await openSession(repository, map.id, {
      locks: createFakeLocks(),
      channel,
      later: held.later,
    });
    held.runAll();
    await first.close();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(first.editor.mapDocument.isBuilt).toBe(false);
    expect(held.tasks).toHaveLength(0);
  });

  it('makes a big map’s documents at once at the idle moment of a hidden page', async () => {
    const repository = new MemoryMapRepository();
    const map = bigMap(3_000, 30);
    await repository.create(map);
    const listen = { addEventListener: () => undefined, removeEventListener: () => undefined };
    // A background tab: its timers may be slowed to one a second, and nobody sees it.
    const hidden = { ...listen, document: { ...listen, hidden: true, visibilityState: 'hidden' } };
    const held = heldTasks();
    const first = await openSession(repository, map.id, {
      locks: createFakeLocks(),
      channel,
      later: held.later,
      window: hidden as unknown as Window,
    });
    expect(first.editor.mapDocument.isBuilt).toBe(false);
    held.runAll();
    expect(first.editor.mapDocument.isBuilt).toBe(true);
  });
});
