/**
 * The convergence guarantee of a live workshop (issue 13), as a property: three clients, each an
 * editor on its own shared documents, run random interleavings of operations on one journey map
 * while the network delivers, holds, reorders and loses their updates and they drop off and come
 * back. After every step each client's map passes the schema and is exactly what its documents
 * hold; once everyone has everything, the three maps are the same.
 *
 * A failure prints the fast-check seed and path and the commands, one a line. To replay it:
 *   CONVERGENCE_SEED=<seed> CONVERGENCE_PATH=<path> \
 *     npx vitest run src/editor/document/convergence.test.ts -t '<the failing test's name>'
 * CONVERGENCE_RUNS=<n> sets the number of runs (the default 50 makes 450 in all, the sample
 * map's once, the small maps' twice, each focused property's three times).
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { jsonEqual } from '../../domain/equality';
import { journeyMapSchema, type JourneyMap } from '../../domain/schema';
import { MapDocument } from './mapDocument';
import {
  ANNOTATION_EDITS,
  commandArbitrary,
  describeCommand,
  runCommand,
  STRUCTURE_EDITS,
  type Command,
  type EditKind,
} from './testing/scenario';
import { Network, type Peer } from './testing/network';
import { buildSmallMap, smallMapShape } from './testing/smallMap';
import { sampleMap } from '../../../tests/builders';

// Fixed ids make a run replay exactly (ids break ties in the documents' order).
const ids = vi.hoisted(() => ({ next: 0 }));
vi.mock('../../domain/ids', () => ({ newId: () => `n${(ids.next++).toString(36)}` }));

const RUNS = Number(process.env.CONVERGENCE_RUNS ?? 50);
const replay = {
  seed: process.env.CONVERGENCE_SEED ? Number(process.env.CONVERGENCE_SEED) : undefined,
  path: process.env.CONVERGENCE_PATH,
};
/** Operations and runs actually covered, reported at the end of the file. */
const covered = { runs: 0, commands: 0 };

const withoutTime = (map: JourneyMap) => ({ ...map, updatedAt: '' });

function problemsOf(map: JourneyMap): string | null {
  const parsed = journeyMapSchema.safeParse(map);
  if (parsed.success) return null;
  return parsed.error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.join('.')}: ${issue.message}`)
    .join('; ');
}

/** The client's map passes the schema and is what its documents hold, read afresh. */
function checkPeer(peer: Peer, when: string): void {
  const shown = peer.editor.map;
  const problems = problemsOf(shown);
  if (problems) throw new Error(`client ${peer.index} ${when}: invalid map: ${problems}`);
  const { content, annotations } = peer.editor.mapDocument;
  const read = MapDocument.read(content, annotations, shown.updatedAt);
  if (read !== null && jsonEqual(withoutTime(shown), withoutTime(read))) return;
  expect(withoutTime(shown), `client ${peer.index} ${when}: map ≠ its documents`).toEqual(
    read && withoutTime(read),
  );
}

function runScenario(start: JourneyMap, commands: readonly Command[]): void {
  ids.next = 0;
  const network = new Network(start);
  try {
    commands.forEach((command, i) => {
      for (const index of runCommand(network, command)) {
        const peer = network.peers[index];
        if (peer) checkPeer(peer, `after command ${i} (${describeCommand(command)})`);
      }
    });
    network.settle();
    for (const peer of network.peers) checkPeer(peer, 'after everyone synced');
    const [first, ...others] = network.peers.map((peer) => withoutTime(peer.editor.map));
    for (const [i, map] of others.entries()) {
      if (!jsonEqual(map, first)) {
        expect(map, `client ${i + 1} ≠ client 0 after everyone synced`).toEqual(first);
      }
    }
    covered.runs += 1;
    covered.commands += commands.length;
  } catch (error) {
    const list = commands.map((command, i) => `  ${i}. ${describeCommand(command)}`).join('\n');
    throw new Error(`${(error as Error).message}\ncommands:\n${list}`, { cause: error });
  } finally {
    network.destroy();
  }
}

const commandsOf = (edits?: readonly EditKind[]) =>
  fc.array(commandArbitrary(edits), { minLength: 1, maxLength: 60, size: 'max' });
const commands = commandsOf();

describe('three clients converge', () => {
  it('on the sample map, through random edits, undo, delivery orders and disconnects', () => {
    const sample = sampleMap(new Date('2026-03-01T08:00:00.000Z'));
    fc.assert(
      fc.property(commands, (list) => runScenario(sample, list)),
      { numRuns: RUNS, ...replay },
    );
  }, 120_000);

  it('on small generated maps, where clients meet on the same records all the time', () => {
    fc.assert(
      fc.property(smallMapShape, commands, (shape, list) =>
        runScenario(buildSmallMap(shape), list),
      ),
      { numRuns: RUNS * 2, ...replay },
    );
  }, 120_000);

  it('when they restructure the grid and move cards into what others delete', () => {
    fc.assert(
      fc.property(smallMapShape, commandsOf(STRUCTURE_EDITS), (shape, list) =>
        runScenario(buildSmallMap(shape), list),
      ),
      { numRuns: RUNS * 3, ...replay },
    );
  }, 120_000);

  it('when they comment, vote past their limit and change the cards others annotate', () => {
    fc.assert(
      fc.property(smallMapShape, commandsOf(ANNOTATION_EDITS), (shape, list) =>
        runScenario(buildSmallMap(shape), list),
      ),
      { numRuns: RUNS * 3, ...replay },
    );
  }, 120_000);

  it('covered the runs it says (reported for the record)', () => {
    console.info(`convergence: ${covered.runs} runs, ${covered.commands} commands`);
    if (replay.seed === undefined) expect(covered.runs).toBe(RUNS * 9);
  });
});
