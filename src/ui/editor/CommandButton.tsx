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
  // The name holds the visible words (WCAG 2.5.3): the label, unless the text says more.
  const shown = hideText ? '' : (text ?? command.label);
  const name = command.label.toLowerCase().includes(shown.toLowerCase()) ? command.label : shown;
  return (
    <button
      type="button"
      className={['command-button', className].filter(Boolean).join(' ')}
      aria-label={name}
      title={shortcut ? `${command.label} (${formatShortcut(shortcut)})` : command.label}
      aria-keyshortcuts={command.shortcut?.map((s) => ariaShortcut(s)).join(' ')}
      aria-pressed={command.isChecked ? checked : undefined}
      data-command={id}
      disabled={!enabled}
      onClick={() => run(command)}
    >
      {icon ? (
        // A text glyph is generated content, so it is not part of the visible label (2.5.3).
        <span
          className="command-button__icon"
          aria-hidden="true"
          data-glyph={typeof icon === 'string' ? icon : undefined}
        >
          {typeof icon === 'string' ? null : icon}
        </span>
      ) : null}
      {hideText ? null : <span className="command-button__text">{text ?? command.label}</span>}
    </button>
  );
}

/** The toolbar's button of a command (`data-command`), when it is on the page. */
export function commandButtonOf(id: string): HTMLElement | null {
  return document.querySelector<HTMLElement>(`.toolbar [data-command="${id}"]`);
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
