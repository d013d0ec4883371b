import { describe, expect, it } from 'vitest';
import { COMMANDS, getCommand, KIND_SHORTCUTS, type CommandState } from '../../src/commands';
import { commandForKey } from '../../src/commands/dispatch';
import { can } from '../../src/editor/permissions';
import {
  formatShortcut,
  matchesShortcut,
  normaliseShortcut,
  parseShortcut,
} from '../../src/commands/shortcuts';
import { Editor } from '../../src/editor/editor';
import { CARD_KINDS } from '../../src/domain/vocabulary';
import { gridMap } from '../builders';

const key = (
  k: string,
  mods: Partial<{ ctrl: boolean; meta: boolean; shift: boolean; alt: boolean }> = {},
  code?: string,
) => ({
  key: k,
  code,
  ctrlKey: mods.ctrl ?? false,
  metaKey: mods.meta ?? false,
  shiftKey: mods.shift ?? false,
  altKey: mods.alt ?? false,
});

function state(
  patch: { mode?: 'edit' | 'annotate' | 'present'; readOnly?: boolean; selected?: string[] } = {},
): CommandState {
  const editor = new Editor(gridMap(), { mode: patch.mode, readOnly: patch.readOnly });
  editor.select(patch.selected ?? []);
  return {
    editor: { ...editor.store.getState(), canUndo: true, canRedo: true },
    view: editor.view.getState(),
  };
}

describe('command registry', () => {
  it('gives every command a unique id and a label in plain words', () => {
    const ids = COMMANDS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const command of COMMANDS) {
      expect(command.label.trim().length, command.id).toBeGreaterThan(2);
      expect(command.label, command.id).toMatch(/^[A-Z]/);
    }
  });

  it('never gives two commands the same shortcut', () => {
    const seen = new Map<string, string>();
    for (const command of COMMANDS) {
      for (const shortcut of command.shortcut ?? []) {
        const normal = normaliseShortcut(shortcut);
        expect(seen.get(normal), `${shortcut} of ${command.id}`).toBeUndefined();
        seen.set(normal, command.id);
      }
    }
  });

  it('has the commands the toolbar, menus and tests rely on', () => {
    for (const id of [
      'undo',
      'redo',
      'addPhase',
      'addStep',
      'addLane',
      'addCard',
      'deleteSelection',
      'duplicateSelection',
      'copy',
      'cut',
      'paste',
      'selectAll',
      'zoomIn',
      'zoomOut',
      'fitView',
      'zoomToSelection',
      'toggleLegend',
      'toggleMinimap',
      'showShortcuts',
      'search',
      'linkCards',
      'move.left',
      'move.right',
      'move.up',
      'move.down',
    ]) {
      expect(() => getCommand(id)).not.toThrow();
    }
    expect(getCommand('addPhase').label).toBe('Add phase');
    expect(getCommand('addLane').label).toBe('Add lane');
    expect(getCommand('deleteSelection').label).toBe('Delete selected cards');
    expect(getCommand('fitView').label).toBe('Zoom to fit');
  });

  it('has a create command and a distinct key for every card kind', () => {
    for (const kind of CARD_KINDS)
      expect(getCommand(`addCard.${kind}`).shortcut).toEqual([KIND_SHORTCUTS[kind]]);
    expect(new Set(Object.values(KIND_SHORTCUTS)).size).toBe(CARD_KINDS.length);
  });

  it('disables every edit in a read-only map and in annotate mode', () => {
    for (const blocked of [
      state({ readOnly: true, selected: ['c-t1'] }),
      state({ mode: 'annotate', selected: ['c-t1'] }),
    ]) {
      expect(can(blocked.editor, 'edit')).toBe(false);
      for (const command of COMMANDS.filter((c) => c.edits && c.id !== 'undo' && c.id !== 'redo')) {
        expect(command.isEnabled(blocked), command.id).toBe(false);
      }
      expect(getCommand('copy').isEnabled(blocked)).toBe(true);
      expect(getCommand('zoomIn').isEnabled(blocked)).toBe(true);
    }
    const open = state({ selected: ['c-t1'] });
    expect(can(open.editor, 'edit')).toBe(true);
    expect(getCommand('deleteSelection').isEnabled(open)).toBe(true);
    expect(getCommand('deleteSelection').isEnabled(state())).toBe(false);
    expect(getCommand('linkCards').isEnabled(open)).toBe(false);
    expect(getCommand('linkCards').isEnabled(state({ selected: ['c-t1', 'c-p1'] }))).toBe(true);
  });
});

describe('shortcuts', () => {
  it('parses modifiers and the key', () => {
    expect(parseShortcut('Shift+Mod+Z')).toEqual({ key: 'Z', mod: true, shift: true, alt: false });
    expect(parseShortcut('+')).toEqual({ key: '+', mod: false, shift: false, alt: false });
    expect(parseShortcut('Mod++')).toEqual({ key: '+', mod: true, shift: false, alt: false });
    expect(parseShortcut('Alt+ArrowLeft')).toEqual({
      key: 'ArrowLeft',
      mod: false,
      shift: false,
      alt: true,
    });
  });

  it('matches key presses, with Ctrl or ⌘ as Mod', () => {
    expect(matchesShortcut(key('z', { ctrl: true }), 'Mod+Z')).toBe(true);
    expect(matchesShortcut(key('z', { meta: true }), 'Mod+Z')).toBe(true);
    expect(matchesShortcut(key('Z', { ctrl: true, shift: true }), 'Mod+Z')).toBe(false);
    expect(matchesShortcut(key('Z', { ctrl: true, shift: true }), 'Shift+Mod+Z')).toBe(true);
    expect(matchesShortcut(key('?', { shift: true }), '?')).toBe(true);
    expect(matchesShortcut(key('!', { shift: true }, 'Digit1'), 'Shift+1')).toBe(true);
    expect(matchesShortcut(key('n'), 'N')).toBe(true);
    expect(matchesShortcut(key('n', { ctrl: true }), 'N')).toBe(false);
    expect(matchesShortcut(key('˜', { alt: true }, 'KeyN'), 'Alt+N')).toBe(true);
  });

  it('finds the command for a key, single letters only on the map', () => {
    expect(commandForKey(key('z', { ctrl: true }), false)?.id).toBe('undo');
    expect(commandForKey(key('y', { ctrl: true }), false)?.id).toBe('redo');
    expect(commandForKey(key('Delete'), false)?.id).toBe('deleteSelection');
    expect(commandForKey(key('p'), true)?.id).toBe('addCard.pain-point');
    expect(commandForKey(key('p'), false)).toBeNull();
    expect(commandForKey(key('ArrowLeft', { alt: true }), true)?.id).toBe('move.left');
    // Copy, cut and paste come from the browser's clipboard events, not keydown.
    expect(commandForKey(key('c', { ctrl: true }), true)).toBeNull();
  });

  it('shows shortcuts in the platform’s words', () => {
    expect(formatShortcut('Shift+Mod+Z', false)).toBe('Ctrl+Shift+Z');
    expect(formatShortcut('Shift+Mod+Z', true)).toBe('⇧⌘Z');
    expect(formatShortcut('Alt+ArrowUp', false)).toBe('Alt+↑');
  });
});
