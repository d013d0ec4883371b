/**
 * Live sync load test: N clients in M rooms, each running Waymark's editor engine on the room's
 * map (the sample map), type into card titles and move cards, each change a named operation
 * (cards.updateCard, cards.moveCards). For every change, at each other client of the room:
 *   - arrival: the update crossed the socket, the server (and Redis) and the other client's
 *     socket, and Yjs integrated it into the document (the issue's figure, p50 / p95);
 *   - engine: the engine has also read the touched records back, repaired and re-derived the
 *     map: the last step before React renders it. "Paint" is not measured here.
 *
 * How a change is recognised on arrival: a change advances its sender's Yjs clock in the content
 * document; the sender notes (its client id, the clock after the change, the time). When a
 * receiver's document reaches that clock for that sender (after a remote transaction and its
 * observers, the engine's included), the change has arrived there.
 *
 * Server memory per room: growth of the servers' JavaScript heap after a garbage collection, from
 * idle to every room loaded with its clients connected, divided by the number of rooms (RSS is
 * reported too). With two instances, each room's clients are dealt alternately to the two, so
 * every change crosses Redis to reach about half of its receivers.
 *
 * Clients all run in this one Node process, so the figures include this process's own event
 * loop (its delay is reported: high means the client side, not the server, was starved).
 */
import { loadavg } from 'node:os';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import * as Y from 'yjs';
import { waitFor, sleep } from '../../server/testing/liveClients';
import { createSampleMap } from '../../src/domain/sampleMap';
import { cards as cardOps } from '../../src/editor/operations';
import { createLiveApi } from '../../src/sync/liveApi';
import type { Cluster } from './cluster';
import { connectEngine, sharedView, type EngineClient } from './engineClient';

/** What to run. Times in ms. */
export interface LiveLoadOptions {
  clients: number;
  rooms: number;
  /** How long the clients keep changing the map. */
  durationMs: number;
  /** Each client makes one change this often (200 ms ≈ typing 5 characters a second). */
  changeEveryMs: number;
}

/** Figures of one run. Latencies in ms; memory in KiB. */
export interface LiveLoadResult {
  label: string;
  clients: number;
  rooms: number;
  instances: number;
  /** Cards in each room's map. */
  cardsPerRoom: number;
  changes: number;
  /** Arrivals expected: every change at every other client of its room. */
  expected: number;
  received: number;
  /** Arrivals that did not happen within 10 s after the run. */
  lost: number;
  /** Whether every client of each room ended with the same map. */
  converged: boolean;
  /** Change → the update integrated into each other client's document. */
  p50: number | null;
  p95: number | null;
  max: number | null;
  /** Change → each other client's editor engine holds it in its map (one step before React). */
  engineP50: number | null;
  engineP95: number | null;
  serverHeapIdleKiB: number;
  serverHeapLoadedKiB: number;
  serverRssIdleKiB: number;
  serverRssLoadedKiB: number;
  /** Growth of the servers' JavaScript heap (after GC) per room, clients still connected. */
  memoryPerRoomKiB: number;
  /** p95 event-loop delay of this (client) process during the run, ms: high = starved CPU. */
  clientLoopDelayP95: number;
  /** The machine's 1-minute load average when the run started. */
  loadAverage: number;
}

/** The p-th percentile (nearest rank) of `values`, or null when empty. */
export function percentile(values: number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[
    Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
  ]!;
}

const TYPED = 'abcdefghij';

/** One change by `client`: the n-th, typing into a title (even n) or moving a card (odd n). */
function change(client: EngineClient, c: number, n: number): void {
  const map = client.editor.map;
  const card = map.cards[(c * 7 + n) % map.cards.length]!;
  if (n % 2 === 0) {
    // Typing one character; a long title starts again (still an insertion, so it is seen).
    const typed = TYPED[n % TYPED.length]!;
    const title = card.title.length > 300 ? card.title.slice(0, 40) : card.title;
    client.editor.run(cardOps.updateCard, { id: card.id, patch: { title: `${title}${typed}` } });
  } else {
    const steps = map.phases.flatMap((phase) => phase.steps);
    const at = steps.findIndex((step) => step.id === card.stepId);
    const stepId = steps[(at + 1) % steps.length]!.id;
    client.editor.run(cardOps.moveCards, {
      ids: [card.id],
      target: { laneId: card.laneId, stepId },
    });
  }
}

/** Runs one load test on `cluster`; always disconnects its clients. */
export async function runLiveLoad(
  cluster: Cluster,
  options: LiveLoadOptions,
): Promise<LiveLoadResult> {
  const clients: EngineClient[] = [];
  try {
    await sleep(300);
    const idle = await cluster.memory();
    const api = createLiveApi(cluster.urls[0]!);
    const map = createSampleMap(new Date('2026-01-01T09:00:00.000Z'));

    // Rooms, each seeded with the map by its first client; the others join once it is stored.
    const rooms = [];
    for (let r = 0; r < options.rooms; r++) rooms.push(await api.createRoom());
    const roomOf: number[] = [];
    for (let c = 0; c < options.clients; c++) {
      const r = c % options.rooms;
      const url = cluster.urls[Math.floor(c / options.rooms) % cluster.urls.length]!;
      const first = c < options.rooms;
      clients.push(await connectEngine(url, rooms[r]!, `client-${c}`, first ? map : null));
      roomOf.push(r);
    }

    // Sender side: (client id, clock after the change) → when it was made. Receiver side: how
    // far each receiver has got through each sender's changes. A change has arrived when the
    // receiver's document integrated it (Yjs 'beforeObserverCalls': before any observer runs)
    // and is in the engine's map once the observers ran ('afterTransaction').
    const sent = new Map<number, { clock: number; at: number }[]>();
    const seenUpTo = clients.map(() => new Map<number, number>());
    const latencies: number[] = [];
    const engineLatencies: number[] = [];
    clients.forEach((client, i) => {
      let arrived: number[] = [];
      client.live.contentDoc.on('beforeObserverCalls', (transaction: Y.Transaction) => {
        if (transaction.local) return;
        const now = performance.now();
        for (const [sender, clock] of transaction.afterState) {
          if (clock === transaction.beforeState.get(sender)) continue;
          const changes = sent.get(sender);
          if (!changes) continue;
          let next = seenUpTo[i]!.get(sender) ?? 0;
          while (next < changes.length && changes[next]!.clock <= clock) {
            latencies.push(now - changes[next]!.at);
            arrived.push(changes[next]!.at);
            next++;
          }
          seenUpTo[i]!.set(sender, next);
        }
      });
      client.live.contentDoc.on('afterTransaction', () => {
        if (arrived.length === 0) return;
        const now = performance.now();
        for (const at of arrived) engineLatencies.push(now - at);
        arrived = [];
      });
    });

    let changes = 0;
    const loadAverage = loadavg()[0] ?? 0;
    const loopDelay = monitorEventLoopDelay({ resolution: 10 });
    loopDelay.enable();
    const until = performance.now() + options.durationMs;
    await Promise.all(
      clients.map(async (client, c) => {
        await sleep(Math.random() * options.changeEveryMs);
        const mine: { clock: number; at: number }[] = [];
        sent.set(client.clientId, mine);
        for (let n = 0; performance.now() < until; n++) {
          const at = performance.now();
          const before = Y.getState(client.live.contentDoc.store, client.clientId);
          change(client, c, n);
          const clock = Y.getState(client.live.contentDoc.store, client.clientId);
          if (clock > before) {
            mine.push({ clock, at });
            changes += 1;
          }
          await sleep(options.changeEveryMs);
        }
      }),
    );
    loopDelay.disable();
    const perRoom = options.clients / options.rooms;
    const expected = changes * (perRoom - 1);
    await waitFor(() => latencies.length >= expected, 10_000, 'last arrivals').catch(() => {});
    const loaded = await cluster.memory();
    const converged = rooms.every((_, r) => {
      const views = clients.filter((_, c) => roomOf[c] === r).map((x) => sharedView(x.editor.map));
      return views.every((view) => view === views[0]);
    });

    return {
      label: cluster.label,
      clients: options.clients,
      rooms: options.rooms,
      instances: cluster.urls.length,
      cardsPerRoom: map.cards.length,
      changes,
      expected,
      received: latencies.length,
      lost: Math.max(0, expected - latencies.length),
      converged,
      p50: percentile(latencies, 50),
      p95: percentile(latencies, 95),
      max: latencies.length ? Math.max(...latencies) : null,
      engineP50: percentile(engineLatencies, 50),
      engineP95: percentile(engineLatencies, 95),
      serverHeapIdleKiB: Math.round(idle.heapKiB),
      serverHeapLoadedKiB: Math.round(loaded.heapKiB),
      serverRssIdleKiB: Math.round(idle.rssKiB),
      serverRssLoadedKiB: Math.round(loaded.rssKiB),
      memoryPerRoomKiB: Math.round((loaded.heapKiB - idle.heapKiB) / options.rooms),
      clientLoopDelayP95: loopDelay.percentile(95) / 1e6,
      loadAverage,
    };
  } finally {
    for (const client of clients) client.destroy();
  }
}
