/**
 * The React side of the editor engine: one provider hands the editor and the command context
 * (editor, canvas, clipboard) down; a few hooks subscribe to the engine's state. Components
 * read through these hooks and change the map only by running operations or commands.
 */
import {
  createContext,
  useCallback,
  useContext,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import { useStore } from 'zustand';
import type { CommandContext } from '../commands/context';
import { commandState, runCommand } from '../commands/dispatch';
import type { Command } from '../commands/types';
import type { Editor, EditorState } from '../editor/editor';
import type { Permission } from '../editor/operation';
import { can } from '../editor/permissions';
import type { EditorViewState } from '../editor/view';

const EditorValue = createContext<Editor | null>(null);
const CommandContextValue = createContext<CommandContext | null>(null);

/** Hands the open map's editor down to the whole editor page. */
export function EditorProvider({ editor, children }: { editor: Editor; children: ReactNode }) {
  return <EditorValue.Provider value={editor}>{children}</EditorValue.Provider>;
}

/**
 * Hands the command context (editor, canvas, clipboard) down to the canvas and the panels;
 * the map editor provides it once the canvas is there.
 */
export function CommandProvider({
  value,
  children,
}: {
  value: CommandContext;
  children: ReactNode;
}) {
  return (
    <EditorValue.Provider value={value.editor}>
      <CommandContextValue.Provider value={value}>{children}</CommandContextValue.Provider>
    </EditorValue.Provider>
  );
}

/** The command context (editor, canvas, clipboard) of the open map. */
export function useCommandContext(): CommandContext {
  const ctx = useContext(CommandContextValue);
  if (!ctx) throw new Error('useCommandContext must be used inside <CommandProvider>');
  return ctx;
}

/** The editor engine of the open map (to run operations). */
export function useEditorApi(): Editor {
  const editor = useContext(EditorValue);
  if (!editor) throw new Error('useEditorApi must be used inside <EditorProvider>');
  return editor;
}

/**
 * Reads from the editor's state. Selectors that build new arrays or objects must be wrapped in
 * `useShallow` (zustand/react/shallow) to avoid re-rendering on every change.
 */
export function useEditor<T>(selector: (state: EditorState) => T): T {
  return useStore(useEditorApi().store, selector);
}

/** Reads the editor's view state (panels, focus, search). */
export function useView<T>(selector: (state: EditorViewState) => T): T {
  return useStore(useEditorApi().view, selector);
}

/** Whether an operation needing `permission` may run now (kept up to date). */
export function useCan(permission: Permission): boolean {
  return useEditor((state) => can(state, permission));
}

/** Whether a command is enabled (and checked, for toggles), kept up to date. */
export function useCommandStatus(command: Command): { enabled: boolean; checked: boolean } {
  const ctx = useCommandContext();
  const subscribe = useCallback(
    (onChange: () => void) => {
      const a = ctx.editor.store.subscribe(onChange);
      const b = ctx.editor.view.subscribe(onChange);
      return () => {
        a();
        b();
      };
    },
    [ctx],
  );
  const snapshot = useSyncExternalStore(subscribe, () => {
    const state = commandState(ctx);
    return (command.isEnabled(state) ? 1 : 0) + (command.isChecked?.(state) ? 2 : 0);
  });
  return { enabled: (snapshot & 1) === 1, checked: (snapshot & 2) === 2 };
}

/** A stable function that runs a command by its object. */
export function useRunCommand(): (command: Command) => boolean {
  const ctx = useCommandContext();
  return useCallback((command: Command) => runCommand(ctx, command), [ctx]);
}
