/**
 * The canvas's bottom-right corner: the minimap, and above it the toggle that hides it or
 * shows it again (as Miro's and Figma's do), so a person whose cards it covers can put it
 * away where they see it. The toggle runs the registry's "Minimap" command (Shift+M, also in
 * the toolbar); the choice is remembered across reloads (ui/editor/rememberedView.ts).
 */
import { Panel } from '@xyflow/react';
import { useCommandStatus, useRunCommand } from '../bindings/EditorProvider';
import { getCommand } from '../commands';
import { ariaShortcut, formatShortcut } from '../commands/shortcuts';
import { CanvasMinimap } from './CanvasMinimap';
import type { CardNode } from './toNodes';

/** The minimap, when shown, under its "Show minimap" toggle (inside `<ReactFlow>`). */
export function MinimapCorner({ nodes }: { nodes: readonly CardNode[] }) {
  const command = getCommand('toggleMinimap');
  const { checked: shown } = useCommandStatus(command);
  const run = useRunCommand();
  const shortcut = command.shortcut?.[0];
  return (
    <Panel position="bottom-right" className="minimap-corner">
      <button
        type="button"
        className="minimap-corner__toggle"
        aria-pressed={shown}
        aria-keyshortcuts={shortcut ? ariaShortcut(shortcut) : undefined}
        title={`${shown ? 'Hide' : 'Show'} the minimap${shortcut ? ` (${formatShortcut(shortcut)})` : ''}`}
        onClick={() => run(command)}
      >
        <span className="minimap-corner__tick" aria-hidden="true" />
        Show minimap
      </button>
      {shown ? <CanvasMinimap nodes={nodes} ariaLabel="Minimap" /> : null}
    </Panel>
  );
}
