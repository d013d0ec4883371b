/**
 * The editor's commands, defined once. The toolbar, the menu, the keyboard shortcuts and the
 * "Keyboard shortcuts" help all render from this list, in this order.
 */
import { EDITING_COMMANDS } from './registry/editing';
import { VIEWING_COMMANDS } from './registry/viewing';
import type { Command } from './types';

export { KIND_SHORTCUTS } from '../domain/kinds';
export { stepSearch } from './registry/viewing';
export { COMMAND_GROUP_LABELS } from './types';
export type { Command, CommandGroup, CommandState, CommandTrigger } from './types';

/** Every command, grouped as the menu shows them. */
export const COMMANDS: readonly Command[] = [...EDITING_COMMANDS, ...VIEWING_COMMANDS];

const byId = new Map(COMMANDS.map((command) => [command.id, command]));

/** The command with this id; throws for an unknown id (a typo in code, not user input). */
export function getCommand(id: string): Command {
  const command = byId.get(id);
  if (!command) throw new Error(`No command "${id}"`);
  return command;
}
