/** The commands that change the map: undo and redo, the grid, cards and the selection. */
import { KIND_SHORTCUTS } from '../../domain/kinds';
import { CARD_KIND_LABELS, CARD_KINDS } from '../../domain/vocabulary';
import { details } from '../../editor/operations';
import { can } from '../../editor/permissions';
import {
  addCardCommand,
  copySelection,
  cutSelection,
  deleteSelection,
  duplicateSelection,
  linkSelection,
  moveSelection,
  paste,
  reorderSelection,
  targetCell,
} from '../cardCommands';
import { addLaneCommand, addPhaseCommand, addStepCommand } from '../gridCommands';
import type { Command, CommandState } from '../types';
import { plural } from '../../domain/words';

const canEdit = (s: CommandState) => can(s.editor, 'edit');
const hasSelection = (s: CommandState) => s.editor.selectedCardIds.length > 0;
const gridReady = (s: CommandState) =>
  s.editor.map.lanes.length > 0 && s.editor.map.phases.length > 0;

const kindCommands: Command[] = CARD_KINDS.map((kind) => ({
  id: `addCard.${kind}`,
  label: `Add ${CARD_KIND_LABELS[kind].toLowerCase()} card`,
  group: 'cards',
  shortcut: [KIND_SHORTCUTS[kind]],
  scope: 'canvas',
  edits: true,
  isEnabled: canEdit,
  run: (ctx) => addCardCommand(ctx, kind),
}));

const moveCommands: Command[] = (
  [
    ['left', 'Alt+ArrowLeft', 'Move selected cards left'],
    ['right', 'Alt+ArrowRight', 'Move selected cards right'],
    ['up', 'Alt+ArrowUp', 'Move selected cards up a lane'],
    ['down', 'Alt+ArrowDown', 'Move selected cards down a lane'],
  ] as const
).map(([direction, shortcut, label]) => ({
  id: `move.${direction}`,
  label,
  group: 'selection',
  shortcut: [shortcut],
  edits: true,
  isEnabled: (s) => canEdit(s) && hasSelection(s),
  run: (ctx) => moveSelection(ctx, direction),
}));

/** Undo, redo, the grid, cards and the selection. */
export const EDITING_COMMANDS: readonly Command[] = [
  {
    id: 'undo',
    label: 'Undo',
    group: 'history',
    shortcut: ['Mod+Z'],
    edits: true,
    isEnabled: (s) => s.editor.canUndo && !s.editor.readOnly,
    run: (ctx) => void ctx.editor.undo(),
  },
  {
    id: 'redo',
    label: 'Redo',
    group: 'history',
    shortcut: ['Shift+Mod+Z', 'Mod+Y'],
    edits: true,
    isEnabled: (s) => s.editor.canRedo && !s.editor.readOnly,
    run: (ctx) => void ctx.editor.redo(),
  },
  {
    id: 'addPhase',
    label: 'Add phase',
    group: 'grid',
    edits: true,
    isEnabled: canEdit,
    run: (ctx) => {
      const target = ctx.editor.view.getState().inspectorTarget;
      addPhaseCommand(ctx, target?.kind === 'phase' ? target.id : null);
    },
  },
  {
    id: 'addStep',
    label: 'Add step',
    group: 'grid',
    edits: true,
    isEnabled: (s) => canEdit(s) && s.editor.map.phases.length > 0,
    run: (ctx) => {
      const map = ctx.editor.map;
      const target = ctx.editor.view.getState().inspectorTarget;
      const stepId = target?.kind === 'step' ? target.id : targetCell(ctx)?.stepId;
      const phase =
        (target?.kind === 'phase' && map.phases.find((p) => p.id === target.id)) ||
        map.phases.find((p) => p.steps.some((s) => s.id === stepId)) ||
        map.phases[map.phases.length - 1];
      if (phase) addStepCommand(ctx, phase.id, target?.kind === 'phase' ? null : stepId);
    },
  },
  {
    id: 'addLane',
    label: 'Add lane',
    group: 'grid',
    edits: true,
    isEnabled: canEdit,
    run: (ctx) => {
      const target = ctx.editor.view.getState().inspectorTarget;
      addLaneCommand(ctx, 'custom', target?.kind === 'lane' ? target.id : null);
    },
  },
  {
    id: 'toggleLineOfVisibility',
    label: 'Line of visibility',
    group: 'grid',
    edits: true,
    isEnabled: canEdit,
    isChecked: (s) => s.editor.map.settings.showLineOfVisibility,
    run: (ctx) => void ctx.editor.run(details.toggleSetting, { key: 'showLineOfVisibility' }),
  },
  {
    id: 'toggleEmotionCurve',
    label: 'Emotion curve',
    group: 'grid',
    edits: true,
    isEnabled: canEdit,
    isChecked: (s) => s.editor.map.settings.showEmotionCurve,
    run: (ctx) => void ctx.editor.run(details.toggleSetting, { key: 'showEmotionCurve' }),
  },
  {
    id: 'addCard',
    label: 'Add card',
    group: 'cards',
    shortcut: ['N'],
    scope: 'canvas',
    edits: true,
    isEnabled: (s) => canEdit(s) && gridReady(s),
    run: (ctx) => addCardCommand(ctx),
  },
  ...kindCommands,
  {
    id: 'editTitle',
    label: 'Edit card title',
    group: 'cards',
    shortcut: ['Enter', 'F2'],
    scope: 'canvas',
    edits: true,
    isEnabled: (s) => canEdit(s) && s.editor.selectedCardIds.length === 1,
    run: (ctx) => {
      const id = ctx.editor.selectedCardIds[0];
      if (id) ctx.editor.view.getState().set({ editingCardId: id });
    },
  },
  {
    id: 'selectAll',
    label: 'Select all cards',
    group: 'selection',
    shortcut: ['Mod+A'],
    edits: false,
    isEnabled: (s) => s.editor.map.cards.length > 0,
    run: (ctx) => {
      const all = ctx.editor.map.cards;
      ctx.editor.select(all.map((c) => c.id));
      ctx.editor.view.getState().announce(`Selected ${plural(all.length, 'card')}`);
    },
  },
  {
    id: 'clearSelection',
    label: 'Clear selection',
    group: 'selection',
    shortcut: ['Escape'],
    edits: false,
    isEnabled: (s) => hasSelection(s) || s.view.selectedLinkId !== null,
    run: (ctx) => {
      ctx.editor.select([]);
      ctx.editor.view.getState().set({ selectedLinkId: null });
    },
  },
  {
    id: 'deleteSelection',
    label: 'Delete selected cards',
    group: 'selection',
    shortcut: ['Delete', 'Backspace'],
    edits: true,
    isEnabled: (s) => canEdit(s) && (hasSelection(s) || s.view.selectedLinkId !== null),
    run: deleteSelection,
  },
  {
    id: 'duplicateSelection',
    label: 'Duplicate selected cards',
    group: 'selection',
    shortcut: ['Mod+D'],
    edits: true,
    isEnabled: (s) => canEdit(s) && hasSelection(s),
    run: duplicateSelection,
  },
  {
    id: 'copy',
    label: 'Copy',
    group: 'selection',
    shortcut: ['Mod+C'],
    clipboardEvent: 'copy',
    edits: false,
    isEnabled: hasSelection,
    run: async (ctx, trigger) => void (await copySelection(ctx, trigger)),
  },
  {
    id: 'cut',
    label: 'Cut',
    group: 'selection',
    shortcut: ['Mod+X'],
    clipboardEvent: 'cut',
    edits: true,
    isEnabled: (s) => canEdit(s) && hasSelection(s),
    run: cutSelection,
  },
  {
    id: 'paste',
    label: 'Paste',
    group: 'selection',
    shortcut: ['Mod+V'],
    clipboardEvent: 'paste',
    edits: true,
    isEnabled: canEdit,
    run: paste,
  },
  ...moveCommands,
  {
    id: 'reorder.up',
    label: 'Move selected cards up in their cell',
    group: 'selection',
    shortcut: ['Alt+Shift+ArrowUp'],
    edits: true,
    isEnabled: (s) => canEdit(s) && hasSelection(s),
    run: (ctx) => reorderSelection(ctx, -1),
  },
  {
    id: 'reorder.down',
    label: 'Move selected cards down in their cell',
    group: 'selection',
    shortcut: ['Alt+Shift+ArrowDown'],
    edits: true,
    isEnabled: (s) => canEdit(s) && hasSelection(s),
    run: (ctx) => reorderSelection(ctx, 1),
  },
  {
    id: 'linkCards',
    label: 'Link cards',
    group: 'selection',
    shortcut: ['Shift+K'],
    edits: true,
    isEnabled: (s) => canEdit(s) && s.editor.selectedCardIds.length === 2,
    run: linkSelection,
  },
];
