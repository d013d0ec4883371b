/** "Keyboard shortcuts" (press ?): every command with a shortcut, from the registry. */
import { useEffect, useRef } from 'react';
import { useCommandContext, useView } from '../../bindings/EditorProvider';
import { COMMAND_GROUP_LABELS, COMMANDS, type CommandGroup } from '../../commands';
import { formatShortcut } from '../../commands/shortcuts';

const GESTURES: readonly [string, string][] = [
  ['Double-click an empty part of a cell', 'Add a card of the lane’s kind'],
  ['Double-click a card, or Enter', 'Edit its title (Enter keeps it, Esc cancels)'],
  ['Drag a card', 'Move it to another place or cell'],
  ['Shift-click, or drag on empty space', 'Select several cards'],
  ['Space and drag, or scroll', 'Pan the map'],
  ['Ctrl and scroll, or pinch', 'Zoom'],
  ['Arrow keys on a cell or card', 'Move between cells and cards'],
  ['Arrow keys on an emotion face', 'Change the emotion; Delete clears it'],
  ['Double-click or Enter on a header', 'Rename a phase, step or lane'],
];

/** The list of keyboard shortcuts, read from the command registry, in a dialog. */
export function ShortcutsDialog() {
  const ctx = useCommandContext();
  const open = useView((s) => s.shortcutsOpen);
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog || !open) return;
    const previous = document.activeElement as HTMLElement | null;
    if (typeof dialog.showModal === 'function' && !dialog.open) dialog.showModal();
    const onCancel = (event: Event) => {
      event.preventDefault();
      ctx.editor.view.getState().set({ shortcutsOpen: false });
    };
    dialog.addEventListener('cancel', onCancel);
    return () => {
      dialog.removeEventListener('cancel', onCancel);
      if (dialog.open) dialog.close();
      previous?.focus?.({ preventScroll: true });
    };
  }, [open, ctx]);
  if (!open) return null;
  const groups = new Map<CommandGroup, (typeof COMMANDS)[number][]>();
  for (const command of COMMANDS) {
    if (!command.shortcut) continue;
    const list = groups.get(command.group) ?? [];
    list.push(command);
    groups.set(command.group, list);
  }
  const close = () => ctx.editor.view.getState().set({ shortcutsOpen: false });
  return (
    <dialog ref={ref} className="dialog shortcuts-dialog" aria-labelledby="shortcuts-title">
      <div className="shortcuts-dialog__head">
        <h2 id="shortcuts-title">Keyboard shortcuts</h2>
        <button type="button" onClick={close} autoFocus>
          Close
        </button>
      </div>
      <div className="shortcuts-dialog__body">
        {[...groups].map(([group, commands]) => (
          <section key={group}>
            <h3>{COMMAND_GROUP_LABELS[group]}</h3>
            <dl>
              {commands.map((command) => (
                <div key={command.id} className="shortcuts-dialog__row">
                  <dt>{command.label}</dt>
                  <dd>
                    {command.shortcut?.map((s, i) => (
                      <span key={s}>
                        {i > 0 ? ' or ' : ''}
                        <kbd>{formatShortcut(s)}</kbd>
                      </span>
                    ))}
                    {command.scope === 'canvas' ? (
                      <span className="shortcuts-dialog__scope"> (on the map)</span>
                    ) : null}
                  </dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
        <section>
          <h3>Mouse and keys on the map</h3>
          <dl>
            {GESTURES.map(([gesture, effect]) => (
              <div key={gesture} className="shortcuts-dialog__row">
                <dt>{effect}</dt>
                <dd>{gesture}</dd>
              </div>
            ))}
          </dl>
        </section>
      </div>
    </dialog>
  );
}
