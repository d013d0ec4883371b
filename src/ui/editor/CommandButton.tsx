import type { ReactNode } from 'react';
import { useCommandStatus, useRunCommand } from '../../bindings/EditorProvider';
import { getCommand } from '../../commands';
import { ariaShortcut, formatShortcut } from '../../commands/shortcuts';

/**
 * A button for a registry command: its accessible name is the command's label, its tooltip
 * names the shortcut, it is disabled when the command is, and toggles say whether they are on.
 */
export function CommandButton({
  id,
  text,
  icon,
  className,
  hideText = false,
}: {
  id: string;
  /** Visible text, when shorter than the label (the label stays the accessible name). */
  text?: string;
  icon?: ReactNode;
  className?: string;
  hideText?: boolean;
}) {
  const command = getCommand(id);
  const { enabled, checked } = useCommandStatus(command);
  const run = useRunCommand();
  const shortcut = command.shortcut?.[0];
  return (
    <button
      type="button"
      className={['command-button', className].filter(Boolean).join(' ')}
      aria-label={command.label}
      title={shortcut ? `${command.label} (${formatShortcut(shortcut)})` : command.label}
      aria-keyshortcuts={command.shortcut?.map((s) => ariaShortcut(s)).join(' ')}
      aria-pressed={command.isChecked ? checked : undefined}
      disabled={!enabled}
      onClick={() => run(command)}
    >
      {icon ? (
        <span className="command-button__icon" aria-hidden="true">
          {icon}
        </span>
      ) : null}
      {hideText ? null : <span className="command-button__text">{text ?? command.label}</span>}
    </button>
  );
}

/** The "Close" button of a panel. */
export function ClosePanel({ label, onClose }: { label: string; onClose: () => void }) {
  return (
    <button
      type="button"
      className="panel-close"
      aria-label={label}
      title={label}
      onClick={onClose}
    >
      Close
    </button>
  );
}
