/**
 * "Nothing lost after 200 offline edits per side" (issue 13): two clients of one room, each
 * running the editor engine, go offline; each makes `editsPerSide` edits through named
 * operations, a quarter of each kind:
 *   - add a card (its own new id)                                   → the card is there
 *   - type a token at the end of one of five titles both sides type into (concurrent typing in
 *     the same titles)                                              → the token is in the title
 *   - move one of its own cards to another step                     → the card is in that step
 *   - comment on a card (annotations document)                      → the comment is there
 * then both reconnect. Done when both maps are the same and every edit of both sides is in it;
 * the figures are how many edits were kept, whether the maps converged, the time from reconnect
 * to that, and whether the merged map passes the schema. With two instances, the clients are on
 * different instances, so the merge crosses Redis.
 */
import { performance } from 'node:perf_hooks';
import { sleep } from '../../server/testing/liveClients';
import { createSampleMap } from '../../src/domain/sampleMap';
import { journeyMapSchema, type JourneyMap } from '../../src/domain/schema';
import { cards as cardOps, workshop } from '../../src/editor/operations';
import { createLiveApi } from '../../src/sync/liveApi';
import type { Cluster } from './cluster';
import { connectEngine, sharedView, type EngineClient } from './engineClient';

/** Figures of one offline merge. Times in ms. */
export interface OfflineMergeResult {
  label: string;
  instances: number;
  editsPerSide: number;
  /** Edits made, both sides (each must be in both maps). */
  expected: number;
  /** Edits found in both maps. */
  found: number;
  lost: number;
  converged: boolean;
  /** Reconnect → both maps equal with every edit (or the time waited, when they did not). */
  convergeMs: number;
  /** The merged map passes the journey map schema. */
  valid: boolean;
  detail: string;
}

/** A check that one edit survived, looked up in a map. */
type Expectation = (map: JourneyMap) => boolean;

const SHARED_TITLES = 5;

/** Makes `count` edits on `client` while it is offline; returns how to find each one. */
function editOffline(client: EngineClient, side: 'A' | 'B', count: number): Expectation[] {
  const expectations: Expectation[] = [];
  const start = client.editor.map;
  const steps = start.phases.flatMap((phase) => phase.steps);
  const half = Math.floor(start.cards.length / 2);
  // Each side moves its own half of the cards; both type into the first SHARED_TITLES titles.
  const own = side === 'A' ? start.cards.slice(SHARED_TITLES, half) : start.cards.slice(half);
  const shared = start.cards.slice(0, SHARED_TITLES).map((card) => card.id);
  const lastMove = new Map<string, string>();
  const moved: string[] = [];
  for (let i = 0; i < count; i++) {
    const map = client.editor.map;
    const token = `·${side}${i}`;
    switch (i % 4) {
      case 0: {
        const lane = map.lanes[i % map.lanes.length]!;
        const step = steps[i % steps.length]!;
        const id = `${side.toLowerCase()}-card-${i}`;
        client.editor.run(cardOps.addCard, {
          cell: { laneId: lane.id, stepId: step.id },
          title: `Added offline by ${side} (${i})`,
          id,
        });
        expectations.push((m) => m.cards.some((card) => card.id === id));
        break;
      }
      case 1: {
        const id = shared[i % shared.length]!;
        const card = map.cards.find((c) => c.id === id)!;
        client.editor.run(cardOps.updateCard, { id, patch: { title: `${card.title}${token}` } });
        expectations.push((m) => m.cards.some((c) => c.id === id && c.title.includes(token)));
        break;
      }
      case 2: {
        const card = map.cards.find((c) => c.id === own[i % own.length]!.id)!;
        const at = steps.findIndex((step) => step.id === card.stepId);
        const stepId = steps[(at + 1 + (i % 3)) % steps.length]!.id;
        client.editor.run(cardOps.moveCards, {
          ids: [card.id],
          target: { laneId: card.laneId, stepId },
        });
        lastMove.set(card.id, stepId);
        moved.push(card.id);
        break;
      }
      default: {
        const card = map.cards[i % map.cards.length]!;
        const id = `${side.toLowerCase()}-comment-${i}`;
        client.editor.run(workshop.addComment, {
          target: { kind: 'card', id: card.id },
          author: side,
          text: `Offline comment ${token}`,
          id,
        });
        expectations.push((m) => m.comments.some((comment) => comment.id === id));
      }
    }
  }
  // Each move is kept when its card ends where this side last put it (a later move of the same
  // card by the same side replaces an earlier one, as it would online).
  for (const id of moved) {
    const stepId = lastMove.get(id);
    expectations.push((m) => m.cards.some((c) => c.id === id && c.stepId === stepId));
  }
  return expectations;
}

/** Runs the offline merge on `cluster`; always disconnects its clients. */
export async function runOfflineMerge(
  cluster: Cluster,
  editsPerSide: number,
  timeoutMs = 60_000,
): Promise<OfflineMergeResult> {
  const clients: EngineClient[] = [];
  try {
    const api = createLiveApi(cluster.urls[0]!);
    const room = await api.createRoom();
    const map = createSampleMap(new Date('2026-01-01T09:00:00.000Z'));
    const a = await connectEngine(cluster.urls[0]!, room, 'offline-a', map);
    clients.push(a);
    const b = await connectEngine(cluster.urls[cluster.urls.length - 1]!, room, 'offline-b');
    clients.push(b);

    a.live.socket.disconnect();
    b.live.socket.disconnect();
    await sleep(300);
    const expectations = [
      ...editOffline(a, 'A', editsPerSide),
      ...editOffline(b, 'B', editsPerSide),
    ];
    const kept = () =>
      expectations.filter((check) => check(a.editor.map) && check(b.editor.map)).length;
    const t0 = performance.now();
    void a.live.socket.connect();
    void b.live.socket.connect();
    let found = 0;
    let converged = false;
    while (performance.now() - t0 < timeoutMs) {
      converged = sharedView(a.editor.map) === sharedView(b.editor.map);
      found = converged ? kept() : 0;
      if (converged && found === expectations.length) break;
      await sleep(20);
    }
    const convergeMs = performance.now() - t0;
    if (!converged || found < expectations.length) found = kept();
    const merged = a.editor.map;
    const parsed = journeyMapSchema.safeParse(merged);
    return {
      label: cluster.label,
      instances: cluster.urls.length,
      editsPerSide,
      expected: expectations.length,
      found,
      lost: expectations.length - found,
      converged,
      convergeMs,
      valid: parsed.success,
      detail: `${merged.cards.length} cards, ${merged.comments.length} comments after the merge${
        parsed.success ? '' : `; schema: ${parsed.error.issues[0]?.message ?? 'invalid'}`
      }`,
    };
  } finally {
    for (const client of clients) client.destroy();
  }
}
