/**
 * A small menu that opens next to its button, outside the zoomed canvas so it stays legible.
 * Arrow keys move between items, Esc closes and returns focus to the button.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';

/** One command of a popup menu. */
export interface MenuItem {
  label: string;
  onSelect: () => void;
  disabled?: boolean;
  danger?: boolean;
  /** A shortcut hint shown on the right. */
  hint?: string;
  /** For on/off items (a menuitemcheckbox). */
  checked?: boolean;
}

/** A popup menu named `label`, placed under `anchor`, with its items and separators. */
export interface PopupMenuProps {
  label: string;
  anchor: HTMLElement;
  items: readonly (MenuItem | 'separator')[];
  onClose: () => void;
}

/**
 * A menu of commands under its button: the arrow keys move between items, Esc closes it and
 * returns focus to the button, a press outside closes it.
 */
export function PopupMenu({ label, anchor, items, onClose }: PopupMenuProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [place, setPlace] = useState<{ left: number; top: number } | null>(null);

  useLayoutEffect(() => {
    const rect = anchor.getBoundingClientRect();
    const menu = ref.current;
    const width = menu?.offsetWidth ?? 220;
    const height = menu?.offsetHeight ?? 200;
    const left = Math.max(8, Math.min(rect.left, window.innerWidth - width - 8));
    const below = rect.bottom + 4;
    const top =
      below + height > window.innerHeight - 8 ? Math.max(8, rect.top - height - 4) : below;
    setPlace({ left, top });
  }, [anchor]);

  // The first item takes focus once the menu is placed: while it is still hidden (before its
  // place is known) focus() would do nothing and leave focus on the page.
  const focused = useRef(false);
  useEffect(() => {
    if (!place || focused.current) return;
    focused.current = true;
    ref.current
      ?.querySelector<HTMLButtonElement>('[role^="menuitem"]:not(:disabled)')
      ?.focus({ preventScroll: true });
  }, [place]);

  useEffect(() => {
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!ref.current?.contains(target) && !anchor.contains(target)) onClose();
    };
    document.addEventListener('pointerdown', onPointerDown, true);
    return () => document.removeEventListener('pointerdown', onPointerDown, true);
  }, [anchor, onClose]);

  const close = () => {
    onClose();
    anchor.focus({ preventScroll: true });
  };

  const onKeyDown = (event: React.KeyboardEvent) => {
    const buttons = Array.from(
      ref.current?.querySelectorAll<HTMLButtonElement>('[role^="menuitem"]:not(:disabled)') ?? [],
    );
    const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const focusAt = (i: number) => buttons[(i + buttons.length) % buttons.length]?.focus();
    switch (event.key) {
      case 'ArrowDown':
        focusAt(index + 1);
        break;
      case 'ArrowUp':
        focusAt(index - 1);
        break;
      case 'Home':
        focusAt(0);
        break;
      case 'End':
        focusAt(buttons.length - 1);
        break;
      case 'Escape':
        close();
        break;
      case 'Tab':
        // The menu is at the end of the page: back to its button rather than to the page's end.
        close();
        break;
      default:
        return;
    }
    event.preventDefault();
    event.stopPropagation();
  };

  return createPortal(
    <div
      ref={ref}
      className="popup-menu"
      role="menu"
      aria-label={label}
      style={place ? { left: place.left, top: place.top } : { visibility: 'hidden' }}
      onKeyDown={onKeyDown}
    >
      {items.map((item, i) =>
        item === 'separator' ? (
          <div key={`sep-${i}`} role="separator" className="popup-menu__separator" />
        ) : (
          <button
            key={item.label}
            type="button"
            role={item.checked === undefined ? 'menuitem' : 'menuitemcheckbox'}
            aria-checked={item.checked}
            className={
              item.danger ? 'popup-menu__item popup-menu__item--danger' : 'popup-menu__item'
            }
            disabled={item.disabled}
            onClick={() => {
              onClose();
              item.onSelect();
            }}
          >
            <span>
              {item.checked === undefined ? null : (
                <span aria-hidden="true">{item.checked ? '✓ ' : '\u2003'}</span>
              )}
              {item.label}
            </span>
            {item.hint ? <kbd>{item.hint}</kbd> : null}
          </button>
        ),
      )}
    </div>,
    document.body,
  );
}
