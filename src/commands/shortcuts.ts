/**
 * Keyboard shortcuts as plain strings ("Mod+Z", "Shift+Mod+Z", "Alt+ArrowLeft", "?", "N"),
 * matched against keyboard events and shown to people in their platform's words.
 * "Mod" is Ctrl, or ⌘ on a Mac.
 */

/** A shortcut such as "Mod+Shift+Z" in parts; `mod` is Ctrl, or Cmd on a Mac. */
export interface ParsedShortcut {
  key: string;
  mod: boolean;
  shift: boolean;
  alt: boolean;
}

const MODIFIERS = new Set(['Mod', 'Shift', 'Alt']);

/** "Mod+Shift+Z" → its key and modifiers ("+" alone, or last as in "Mod++", is the key). */
export function parseShortcut(shortcut: string): ParsedShortcut {
  // "+" alone, or as the last part ("Mod++"), is the key itself.
  let key: string;
  let rest: string;
  if (shortcut === '+' || shortcut.endsWith('++')) {
    key = '+';
    rest = shortcut.slice(0, -2);
  } else {
    const at = shortcut.lastIndexOf('+');
    key = shortcut.slice(at + 1);
    rest = at < 0 ? '' : shortcut.slice(0, at);
  }
  const mods = new Set(rest.split('+').filter((p) => MODIFIERS.has(p)));
  return { key, mod: mods.has('Mod'), shift: mods.has('Shift'), alt: mods.has('Alt') };
}

/** One spelling per shortcut, for checking that no two commands share one. */
export function normaliseShortcut(shortcut: string): string {
  const p = parseShortcut(shortcut);
  return [p.mod && 'Mod', p.shift && 'Shift', p.alt && 'Alt', p.key.toLowerCase()]
    .filter(Boolean)
    .join('+');
}

/** Keys whose character already depends on Shift ("?" is Shift+/ on many layouts). */
const isSymbol = (key: string) => key.length === 1 && !/[a-z0-9]/i.test(key);

/** The parts of a keyboard event a shortcut is matched against. */
export interface KeyLike {
  key: string;
  code?: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/**
 * True when the key event is the shortcut (Ctrl or Cmd for Mod; digits by key position, as Shift+1
 * types "!" on some layouts).
 */
export function matchesShortcut(event: KeyLike, shortcut: string): boolean {
  const p = parseShortcut(shortcut);
  const mod = event.ctrlKey || event.metaKey;
  if (mod !== p.mod || event.altKey !== p.alt) return false;
  if (/^[0-9]$/.test(p.key)) {
    // Digits by their key position: Shift+1 types "!" on some layouts.
    return event.shiftKey === p.shift && event.code === `Digit${p.key}`;
  }
  if (isSymbol(p.key)) return event.key === p.key;
  if (event.shiftKey !== p.shift) return false;
  if (p.key.length === 1) {
    // With Alt held, macOS types another character (Alt+N is "˜"): compare the key position.
    if (event.altKey && event.code) return event.code === `Key${p.key.toUpperCase()}`;
    return event.key.toLowerCase() === p.key.toLowerCase();
  }
  return event.key === p.key;
}

const isMac = () =>
  typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform || '');

const KEY_NAMES: Record<string, string> = {
  ArrowLeft: '←',
  ArrowRight: '→',
  ArrowUp: '↑',
  ArrowDown: '↓',
  Escape: 'Esc',
  Delete: 'Delete',
  Backspace: 'Backspace',
};

/** "Shift+Mod+Z" → "Ctrl+Shift+Z" (or "⇧⌘Z" on a Mac). */
export function formatShortcut(shortcut: string, mac = isMac()): string {
  const p = parseShortcut(shortcut);
  const key = KEY_NAMES[p.key] ?? (p.key.length === 1 ? p.key.toUpperCase() : p.key);
  if (mac) {
    return `${p.alt ? '⌥' : ''}${p.shift ? '⇧' : ''}${p.mod ? '⌘' : ''}${key}`;
  }
  return [p.mod && 'Ctrl', p.alt && 'Alt', p.shift && 'Shift', key].filter(Boolean).join('+');
}

/** The `aria-keyshortcuts` spelling ("Control+Shift+Z"). */
export function ariaShortcut(shortcut: string, mac = isMac()): string {
  const p = parseShortcut(shortcut);
  const key = p.key === ' ' ? 'Space' : p.key;
  return [p.mod && (mac ? 'Meta' : 'Control'), p.alt && 'Alt', p.shift && 'Shift', key]
    .filter(Boolean)
    .join('+');
}
