/**
 * Hands the action context (stores, view, clipboard) down to the canvas and the panels, with
 * hooks to read the view state and a command's enabled / checked state.
 */
import {
  createContext,
  useCallback,
  useContext,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import { useStore } from 'zustand';
import type { Command } from './commands';
import type { ActionContext } from './context';
import { commandState, runCommand } from './dispatch';
import type { EditorUiState } from './uiStore';

const ActionsContext = createContext<ActionContext | null>(null);

export function ActionsProvider({
  value,
  children,
}: {
  value: ActionContext;
  children: ReactNode;
}) {
  return <ActionsContext.Provider value={value}>{children}</ActionsContext.Provider>;
}

export function useActionContext(): ActionContext {
  const ctx = useContext(ActionsContext);
  if (!ctx) throw new Error('useActionContext must be used inside <ActionsProvider>');
  return ctx;
}

/** Reads the editor's view state (wrap selectors that build objects in useShallow). */
export function useUi<T>(selector: (state: EditorUiState) => T): T {
  return useStore(useActionContext().ui, selector);
}

/** Whether a command is enabled (and checked, for toggles), kept up to date. */
export function useCommandStatus(command: Command): { enabled: boolean; checked: boolean } {
  const ctx = useActionContext();
  const subscribe = useCallback(
    (onChange: () => void) => {
      const a = ctx.store.subscribe(onChange);
      const b = ctx.ui.subscribe(onChange);
      const c = ctx.store.temporal.subscribe(onChange);
      return () => {
        a();
        b();
        c();
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
  const ctx = useActionContext();
  return useCallback((command: Command) => runCommand(ctx, command), [ctx]);
}
