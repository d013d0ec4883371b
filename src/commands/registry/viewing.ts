/** The commands that change only the view: zoom, tools, search, panels, modes and help. */
import { findMatches } from '../../domain/search';
import type { CommandContext } from '../context';
import type { Command } from '../types';

/** Moves to the next (+1) or previous (−1) search match, selects it and shows it. */
export function stepSearch(ctx: CommandContext, delta: 1 | -1): void {
  const view = ctx.editor.view.getState();
  const matches = findMatches(ctx.editor.map, view.searchQuery);
  if (matches.length === 0) return;
  const index = (((view.searchIndex + delta) % matches.length) + matches.length) % matches.length;
  view.set({ searchIndex: index });
  const id = matches[index];
  if (id !== undefined) {
    ctx.editor.select([id]);
    ctx.canvas.revealCard(id);
  }
}

type PanelFlag = 'legendOpen' | 'minimapOpen' | 'inspectorOpen' | 'evidenceOpen' | 'outlineOpen';

/** A toggle command for one panel of the view. */
function panelToggle(
  id: string,
  label: string,
  shortcut: string,
  flag: PanelFlag,
  group: Command['group'] = 'view',
): Command {
  return {
    id,
    label,
    group,
    shortcut: [shortcut],
    edits: false,
    isEnabled: () => true,
    isChecked: (s) => s.view[flag],
    run: (ctx) => {
      const view = ctx.editor.view.getState();
      view.set({ [flag]: !view[flag] });
    },
  };
}

/** Zoom, tools, search, panels, modes and help. */
export const VIEWING_COMMANDS: readonly Command[] = [
  {
    id: 'zoomIn',
    label: 'Zoom in',
    group: 'view',
    shortcut: ['+', '='],
    edits: false,
    isEnabled: () => true,
    run: (ctx) => ctx.canvas.zoomIn(),
  },
  {
    id: 'zoomOut',
    label: 'Zoom out',
    group: 'view',
    shortcut: ['-'],
    edits: false,
    isEnabled: () => true,
    run: (ctx) => ctx.canvas.zoomOut(),
  },
  {
    id: 'fitView',
    label: 'Zoom to fit',
    group: 'view',
    shortcut: ['Shift+1'],
    edits: false,
    isEnabled: () => true,
    run: (ctx) => ctx.canvas.fitView(),
  },
  {
    id: 'zoomToSelection',
    label: 'Zoom to selection',
    group: 'view',
    shortcut: ['Shift+2'],
    edits: false,
    isEnabled: (s) => s.editor.selectedCardIds.length > 0,
    run: (ctx) => ctx.canvas.zoomToSelection(),
  },
  {
    id: 'toolSelect',
    label: 'Select tool (drag to select)',
    group: 'view',
    shortcut: ['S'],
    scope: 'canvas',
    edits: false,
    isEnabled: () => true,
    isChecked: (s) => s.view.tool === 'select',
    run: (ctx) => ctx.editor.view.getState().set({ tool: 'select' }),
  },
  {
    id: 'toolHand',
    label: 'Hand tool (drag to pan)',
    group: 'view',
    shortcut: ['H'],
    scope: 'canvas',
    edits: false,
    isEnabled: () => true,
    isChecked: (s) => s.view.tool === 'hand',
    run: (ctx) => ctx.editor.view.getState().set({ tool: 'hand' }),
  },
  {
    id: 'search',
    label: 'Find cards',
    group: 'view',
    shortcut: ['Mod+F'],
    edits: false,
    isEnabled: () => true,
    run: (ctx) => {
      const view = ctx.editor.view.getState();
      view.set({ searchFocusRequest: view.searchFocusRequest + 1 });
    },
  },
  {
    id: 'searchNext',
    label: 'Next match',
    group: 'view',
    shortcut: ['F3'],
    edits: false,
    isEnabled: (s) => s.view.searchQuery.trim() !== '',
    run: (ctx) => stepSearch(ctx, 1),
  },
  {
    id: 'searchPrevious',
    label: 'Previous match',
    group: 'view',
    shortcut: ['Shift+F3'],
    edits: false,
    isEnabled: (s) => s.view.searchQuery.trim() !== '',
    run: (ctx) => stepSearch(ctx, -1),
  },
  // The map as headings and tables, for screen readers and keyboard editing (OutlineView).
  panelToggle('toggleOutline', 'Outline', 'Shift+O', 'outlineOpen'),
  panelToggle('toggleLegend', 'Legend', 'Shift+L', 'legendOpen'),
  panelToggle('toggleMinimap', 'Minimap', 'Shift+M', 'minimapOpen'),
  panelToggle('toggleInspector', 'Inspector', 'Shift+I', 'inspectorOpen'),
  panelToggle('toggleEvidence', 'Evidence', 'Shift+E', 'evidenceOpen', 'research'),
  {
    id: 'openActionPlan',
    label: 'Action plan',
    group: 'research',
    shortcut: ['Shift+A'],
    edits: false,
    isEnabled: () => true,
    run: (ctx) => ctx.editor.view.getState().set({ actionPlanOpen: true }),
  },
  {
    id: 'openReport',
    label: 'Report',
    group: 'research',
    shortcut: ['Shift+R'],
    edits: false,
    isEnabled: () => true,
    run: (ctx) => ctx.editor.view.getState().set({ reportOpen: true }),
  },
  {
    id: 'printReport',
    label: 'Print the report',
    group: 'research',
    // Caught before the browser's own Print (ui/report/ReportSlot.tsx), so the page's
    // toolbars are never what is printed.
    shortcut: ['Mod+P'],
    scope: 'global',
    edits: false,
    isEnabled: () => true,
    run: (ctx) => {
      const view = ctx.editor.view.getState();
      view.set({ printRequest: view.printRequest + 1 });
    },
  },
  {
    id: 'toggleAnnotate',
    label: 'Annotate',
    group: 'research',
    shortcut: ['Shift+N'],
    edits: false,
    // A participant of a live session stays in annotation mode: it is all they may do.
    isEnabled: (s) => s.editor.role !== 'participant',
    isChecked: (s) => s.editor.mode === 'annotate',
    run: (ctx) => {
      ctx.editor.setMode(ctx.editor.store.getState().mode === 'annotate' ? 'edit' : 'annotate');
      ctx.editor.view.getState().set({ editingCardId: null, renaming: null });
    },
  },
  {
    id: 'present',
    label: 'Present',
    group: 'research',
    shortcut: ['Shift+F5'],
    edits: false,
    isEnabled: () => true,
    run: (ctx) => {
      const mode = ctx.editor.store.getState().mode;
      ctx.editor.view.getState().set({
        modeBeforePresenting: mode === 'annotate' ? 'annotate' : 'edit',
        editingCardId: null,
      });
      ctx.editor.setMode('present');
    },
  },
  {
    id: 'showShortcuts',
    label: 'Keyboard shortcuts',
    group: 'help',
    shortcut: ['?'],
    edits: false,
    isEnabled: () => true,
    run: (ctx) => ctx.editor.view.getState().set({ shortcutsOpen: true }),
  },
];
