/**
 * Test support: the commands of the convergence property test (convergence.test.ts). A command
 * is plain data, so a failing run prints as a list that replays: which client (`c`) does what
 * (`kind`), with numbers (`a`) that pick records by position in that client's map at the time
 * (modulo the list's length, so a command still means something after others changed the map),
 * a short `text` to type, and how far the client's clock moves first (`dt`, ms: below
 * history.ts COALESCE_MS it joins the previous undo step).
 */
import fc from 'fast-check';
import { EDITS, type EditKind } from './editKinds';
import { runEdit } from './edits';
import type { Network } from './network';

export { ANNOTATION_EDITS, STRUCTURE_EDITS, type EditKind } from './editKinds';

/** One step of a run: an edit, an undo or redo, or something the network does. */
export interface Command {
  /** The client (0, 1, 2). */
  c: number;
  kind: CommandKind;
  a: readonly number[];
  text: string;
  /** How far the client's clock moves before an edit (ms). */
  dt: number;
}

const HISTORY = ['undo', 'redo'] as const;
const NETWORK = ['deliver', 'deliverOne', 'disconnect', 'reconnect'] as const;
/** What a command does. */
export type CommandKind =
  (typeof EDITS)[number] | (typeof HISTORY)[number] | (typeof NETWORK)[number];

/** Mostly small numbers, so clients often pick the same record (the interesting case). */
const selector = fc.oneof(
  { arbitrary: fc.nat(3), weight: 4 },
  { arbitrary: fc.nat(40), weight: 1 },
);
const typed = fc.string({ unit: fc.constantFrom('a', 'b', 'é', ' ', '😀'), maxLength: 4 });

/**
 * Commands of three clients: edits (of the given kinds; all by default), undo and redo,
 * deliveries, disconnects, reconnects.
 */
export function commandArbitrary(
  edits: readonly EditKind[] = EDITS,
  clients = 3,
): fc.Arbitrary<Command> {
  const of = (kinds: readonly CommandKind[]) =>
    fc.record({
      c: fc.nat(clients - 1),
      kind: fc.constantFrom(...kinds),
      a: fc.array(selector, { minLength: 4, maxLength: 4 }),
      text: typed,
      dt: fc.constantFrom(300, 5_000),
    });
  return fc.oneof(
    { arbitrary: of(edits), weight: 12 },
    { arbitrary: of(HISTORY), weight: 2 },
    { arbitrary: of(NETWORK.slice(0, 2)), weight: 5 },
    { arbitrary: of(NETWORK.slice(2)), weight: 2 },
  );
}

/** A command as one short line, for the replay list of a failing run. */
export function describeCommand(command: Command): string {
  const text = command.text === '' ? '' : ` ${JSON.stringify(command.text)}`;
  return `${command.c}: ${command.kind} [${command.a.join(',')}]${text} +${command.dt}ms`;
}

/** Runs one command on the network; returns the clients whose documents it may have changed. */
export function runCommand(network: Network, command: Command): number[] {
  const peer = network.peers[command.c];
  if (!peer) throw new Error(`no client ${command.c}`);
  const [a0 = 0, a1 = 0, a2 = 0, a3 = 0] = command.a;
  const other = (n: number) => (command.c + 1 + (n % (network.peers.length - 1))) % 3;
  switch (command.kind) {
    case 'deliver':
      network.deliver(command.c, other(a0), 1 + (a1 % 4));
      return [other(a0)];
    case 'deliverOne':
      network.deliverOne(command.c, other(a0), a1);
      return [other(a0)];
    case 'disconnect':
      network.disconnect(command.c);
      return [];
    case 'reconnect':
      network.reconnect(command.c);
      return network.peers.filter((p) => p.online).map((p) => p.index);
    case 'undo':
      peer.editor.undo();
      return [command.c];
    case 'redo':
      peer.editor.redo();
      return [command.c];
    default:
      peer.clock.ms += command.dt;
      runEdit(peer.editor, command.kind as EditKind, [a0, a1, a2, a3], command.text);
      return [command.c];
  }
}
