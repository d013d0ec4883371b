/**
 * The editor's toolbar: the most used commands as buttons, the search box, and a menu with
 * every command. Everything here renders from the command registry (src/actions/commands.ts).
 */
import { useStore as useFlowStore } from '@xyflow/react';
import { useRef, useState } from 'react';
import { useCommandContext } from '../../bindings/EditorProvider';
import { COMMAND_GROUP_LABELS, COMMANDS, type CommandGroup } from '../../commands';
import { commandState, runCommand } from '../../commands/dispatch';
import { formatShortcut } from '../../commands/shortcuts';
import { PopupMenu, type MenuItem } from '../../canvas/PopupMenu';
import { CommandButton } from './CommandButton';
import { SearchBox } from './SearchBox';

/** The editor's toolbar: buttons for the commands of the registry (undo, redo, tools, zoom …). */
export function Toolbar() {
  return (
    <div className="toolbar" role="toolbar" aria-label="Map tools">
      <div className="toolbar__group">
        <CommandButton id="undo" icon="↶" />
        <CommandButton id="redo" icon="↷" />
      </div>
      <div className="toolbar__group">
        <CommandButton id="addPhase" icon="+" />
        <CommandButton id="addStep" icon="+" />
        <CommandButton id="addLane" icon="+" />
        <CommandButton id="addCard" icon="+" />
      </div>
      <div className="toolbar__group">
        <CommandButton id="deleteSelection" icon="✕" text="Delete" />
        <CommandButton id="duplicateSelection" icon="❐" text="Duplicate" />
        <CommandButton id="linkCards" icon="→" text="Link" />
      </div>
      <div className="toolbar__group" aria-label="Canvas tool">
        <CommandButton id="toolSelect" icon="⬚" text="Select" />
        <CommandButton id="toolHand" icon="✥" text="Pan" />
      </div>
      <div className="toolbar__group">
        <CommandButton id="zoomOut" icon="−" hideText />
        <ZoomLevel />
        <CommandButton id="zoomIn" icon="+" hideText />
        <CommandButton id="fitView" icon="⤢" text="Fit" />
        <CommandButton id="zoomToSelection" icon="◎" text="Selection" />
      </div>
      <SearchBox />
      <div className="toolbar__group" aria-label="Evidence, action plan and workshops">
        <CommandButton id="toggleEvidence" />
        <CommandButton id="openActionPlan" />
        <CommandButton id="toggleAnnotate" />
        <CommandButton id="present" icon="▶" />
      </div>
      <div className="toolbar__group toolbar__group--end">
        <CommandButton id="toggleOutline" />
        <CommandButton id="toggleLegend" />
        <CommandButton id="toggleMinimap" />
        <CommandButton id="toggleInspector" />
        <CommandButton id="showShortcuts" icon="?" text="Shortcuts" />
        <CommandMenu />
      </div>
    </div>
  );
}

function ZoomLevel() {
  const zoom = useFlowStore((s) => s.transform[2]);
  return (
    <span className="toolbar__zoom" aria-label={`Zoom ${Math.round(zoom * 100)}%`} role="status">
      {Math.round(zoom * 100)}%
    </span>
  );
}

/** "Menu": every command of the registry, by group, with its shortcut. */
function CommandMenu() {
  const ctx = useCommandContext();
  const ref = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  const items = (): (MenuItem | 'separator')[] => {
    const state = commandState(ctx);
    const out: (MenuItem | 'separator')[] = [];
    let group: CommandGroup | null = null;
    for (const command of COMMANDS) {
      if (group !== null && command.group !== group) out.push('separator');
      group = command.group;
      out.push({
        label: command.label,
        hint: command.shortcut?.[0] ? formatShortcut(command.shortcut[0]) : undefined,
        disabled: !command.isEnabled(state),
        checked: command.isChecked ? command.isChecked(state) : undefined,
        onSelect: () => runCommand(ctx, command),
      });
    }
    return out;
  };
  return (
    <>
      <button
        ref={ref}
        type="button"
        className="command-button"
        aria-haspopup="menu"
        aria-expanded={open}
        title={`All commands: ${Object.values(COMMAND_GROUP_LABELS).join(', ').toLowerCase()}`}
        onClick={() => setOpen((o) => !o)}
      >
        Menu ▾
      </button>
      {open && ref.current ? (
        <PopupMenu
          label="All commands"
          anchor={ref.current}
          items={items()}
          onClose={() => setOpen(false)}
        />
      ) : null}
    </>
  );
}
