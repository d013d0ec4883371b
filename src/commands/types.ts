/**
 * The shape of a command: what the toolbar, the menu, the keyboard shortcuts and the
 * "Keyboard shortcuts" help render from (Excalidraw's `{ name, label, keyTest, predicate,
 * perform }`). Commands that change the map run editor operations; they never edit it.
 */
import type { EditorState } from '../editor/editor';
import type { EditorViewState } from '../editor/view';
import type { CommandContext } from './context';

/** What `isEnabled` and `isChecked` may look at. */
export interface CommandState {
  editor: EditorState;
  view: EditorViewState;
}

/** The groups of the menu and the help, in order. */
export type CommandGroup =
  'history' | 'grid' | 'cards' | 'selection' | 'view' | 'research' | 'help';

/** The groups' headings. */
export const COMMAND_GROUP_LABELS: Record<CommandGroup, string> = {
  history: 'Undo and redo',
  grid: 'Phases, steps and lanes',
  cards: 'Cards',
  selection: 'Selected cards',
  view: 'View',
  research: 'Evidence, action plan and workshops',
  help: 'Help',
};

/** What started a command, when that matters. */
export interface CommandTrigger {
  /** The native copy / cut / paste event, when the command runs from one. */
  clipboardEvent?: ClipboardEvent;
}

/** One command of the editor. */
export interface Command {
  id: string;
  /** Plain words, used as the button's or menu item's accessible name. */
  label: string;
  group: CommandGroup;
  /** Shortcuts, the first one shown; see shortcuts.ts for the spelling. */
  shortcut?: readonly string[];
  /**
   * "canvas": the shortcut works only while the keyboard focus is on the map (single-letter
   * keys must not fire while typing elsewhere). "global": anywhere except in a text field.
   */
  scope?: 'global' | 'canvas';
  /** Runs from the browser's own copy / cut / paste events instead of a keydown. */
  clipboardEvent?: 'copy' | 'cut' | 'paste';
  /** Whether the command changes the map (and so is one undo step). */
  edits: boolean;
  isEnabled: (state: CommandState) => boolean;
  /** For toggles: whether it is on now. */
  isChecked?: (state: CommandState) => boolean;
  run: (ctx: CommandContext, trigger?: CommandTrigger) => void | Promise<void>;
}
