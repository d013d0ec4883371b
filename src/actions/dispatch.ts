/** Running commands, from a button, a menu item or a key. */
import { COMMANDS, type Command, type CommandState, type CommandTrigger } from './commands';
import type { ActionContext } from './context';
import { matchesShortcut, type KeyLike } from './shortcuts';

export function commandState(ctx: ActionContext): CommandState {
  const temporal = ctx.store.temporal.getState();
  return {
    editor: ctx.store.getState(),
    ui: ctx.ui.getState(),
    canUndo: temporal.pastStates.length > 0,
    canRedo: temporal.futureStates.length > 0,
  };
}

/** Runs a command if it is enabled now; returns whether it ran. */
export function runCommand(
  ctx: ActionContext,
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
