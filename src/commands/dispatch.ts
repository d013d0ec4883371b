/** Running commands, from a button, a menu item or a key. */
import type { CommandContext } from './context';
import { COMMANDS } from './index';
import { matchesShortcut, type KeyLike } from './shortcuts';
import type { Command, CommandState, CommandTrigger } from './types';

/** What a command's `isEnabled` and `isChecked` see now. */
export function commandState(ctx: CommandContext): CommandState {
  return { editor: ctx.editor.store.getState(), view: ctx.editor.view.getState() };
}

/** Runs a command if it is enabled now; returns whether it ran. */
export function runCommand(
  ctx: CommandContext,
  command: Command,
  trigger?: CommandTrigger,
): boolean {
  if (!command.isEnabled(commandState(ctx))) return false;
  void command.run(ctx, trigger);
  return true;
}

/**
 * The command a key press asks for, if any. `onCanvas` says whether keyboard focus is on the
 * map itself (a cell, a card, the pane), where single-key shortcuts work. Copy, cut and paste
 * are left to the browser's clipboard events.
 */
export function commandForKey(event: KeyLike, onCanvas: boolean): Command | null {
  for (const command of COMMANDS) {
    if (!command.shortcut || command.clipboardEvent) continue;
    if (command.scope === 'canvas' && !onCanvas) continue;
    if (command.shortcut.some((shortcut) => matchesShortcut(event, shortcut))) return command;
  }
  return null;
}
