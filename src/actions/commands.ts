/**
 * The editor's commands, defined once. The toolbar, the menu, the keyboard shortcuts and the
 * "Keyboard shortcuts" panel all render from this list.
 *
 * A command is data: an id, a label in plain words, optional shortcuts, when it is enabled
 * and what it does. Commands that change the map call `apply` exactly once (one undo step).
 */
import {
  addCard,
  addLink,
  deleteCards,
  deleteLink,
  duplicateCards,
  moveCards,
  updateMapDetails,
} from '../domain/edits';
import { newId } from '../domain/ids';
import { KIND_SHORTCUTS } from '../domain/kinds';
import {
  CARD_KIND_LABELS,
  CARD_KINDS,
  LANE_DEFAULT_CARD_KIND,
  type CardKind,
} from '../domain/vocabulary';
import type { EditorState } from '../store/editorStore';
import { buildPayload, parsePayload, pasteCards, serializePayload } from './clipboard';
import type { ActionContext } from './context';
import { canEditStructure } from './permissions';
import { findMatches } from './search';
import {
  cellExists,
  firstCell,
  moveCardsToNeighbour,
  reorderInCell,
  selectedCards,
  type Direction,
} from './selection';
import { addLaneCommand, addPhaseCommand, addStepCommand } from './structure';
import type { CellRef, EditorUiState } from './uiStore';

/** What `isEnabled` may look at. */
export interface CommandState {
  editor: EditorState;
  ui: EditorUiState;
  canUndo: boolean;
  canRedo: boolean;
}

export type CommandGroup =
  'history' | 'grid' | 'cards' | 'selection' | 'view' | 'research' | 'help';

export const COMMAND_GROUP_LABELS: Record<CommandGroup, string> = {
  history: 'Undo and redo',
  grid: 'Phases, steps and lanes',
  cards: 'Cards',
  selection: 'Selected cards',
  view: 'View',
  research: 'Evidence, action plan and workshops',
  help: 'Help',
};

export interface CommandTrigger {
  /** The native copy / cut / paste event, when the command runs from one. */
  clipboardEvent?: ClipboardEvent;
}

export interface Command {
  id: string;
  /** Plain words, used as the button's or menu item's accessible name. */
  label: string;
  group: CommandGroup;
  /** Shortcuts, the first one shown; see shortcuts.ts for the spelling. */
  shortcut?: readonly string[];
  /**
   * "canvas": the shortcut works only while the keyboard focus is on the map (single-letter
   * keys must not fire while typing elsewhere). "global": anywhere except in a text field.
   */
  scope?: 'global' | 'canvas';
  /** Runs from the browser's own copy / cut / paste events instead of a keydown. */
  clipboardEvent?: 'copy' | 'cut' | 'paste';
  /** Whether the command changes the map (and so is one undo step). */
  edits: boolean;
  isEnabled: (state: CommandState) => boolean;
  /** For toggles: whether it is on now. */
  isChecked?: (state: CommandState) => boolean;
  run: (ctx: ActionContext, trigger?: CommandTrigger) => void | Promise<void>;
}

/** The single-key shortcuts that create a card of a kind in the focused cell (kind registry). */
export { KIND_SHORTCUTS };

const canEdit = (s: CommandState) => canEditStructure(s.editor);
const hasSelection = (s: CommandState) => s.editor.selectedCardIds.length > 0;
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Where a new card goes: the focused cell, else the last selected card's cell, else the first. */
export function targetCell(ctx: ActionContext): CellRef | null {
  const { map, selectedCardIds } = ctx.store.getState();
  const focused = ctx.ui.getState().focusedCell;
  if (cellExists(map, focused)) return focused;
  const lastId = selectedCardIds[selectedCardIds.length - 1];
  const card = lastId === undefined ? undefined : map.cards.find((c) => c.id === lastId);
  if (card) return { laneId: card.laneId, stepId: card.stepId };
  return firstCell(map);
}

/**
 * Adds a card to a cell (of the lane's default kind unless `kind` is given), selects it and
 * starts editing its title. Returns the new card's id.
 */
export function addCardAt(
  ctx: ActionContext,
  cell: CellRef,
  kind?: CardKind,
  index?: number,
): string | null {
  const state = ctx.store.getState();
  if (!canEditStructure(state)) return null;
  const lane = state.map.lanes.find((l) => l.id === cell.laneId);
  if (!lane || !cellExists(state.map, cell)) return null;
  const id = newId();
  const cardKind = kind ?? LANE_DEFAULT_CARD_KIND[lane.kind];
  state.apply(
    (map) => {
      const next = addCard(map, { kind: cardKind, laneId: cell.laneId, stepId: cell.stepId, id });
      return index === undefined ? next : moveCards(next, [id], { ...cell, index });
    },
    { select: [id] },
  );
  ctx.ui.getState().set({
    editingCardId: id,
    focusedCell: cell,
    inspectorTarget: null,
    selectedLinkId: null,
  });
  ctx.view.revealCard(id);
  return id;
}

function addCardCommand(ctx: ActionContext, kind?: CardKind) {
  const cell = targetCell(ctx);
  if (cell) addCardAt(ctx, cell, kind);
}

function deleteSelection(ctx: ActionContext) {
  const state = ctx.store.getState();
  const ui = ctx.ui.getState();
  if (!canEditStructure(state)) return;
  const ids = state.selectedCardIds;
  if (ids.length > 0) {
    state.apply((map) => deleteCards(map, ids), { select: [] });
    ui.announce(`Deleted ${plural(ids.length, 'card')}`);
    return;
  }
  const linkId = ui.selectedLinkId;
  if (linkId) {
    state.apply((map) => deleteLink(map, linkId));
    ui.set({ selectedLinkId: null });
    ui.announce('Deleted the link');
  }
}

function duplicateSelection(ctx: ActionContext) {
  const state = ctx.store.getState();
  if (!canEditStructure(state) || state.selectedCardIds.length === 0) return;
  let newIds: string[] = [];
  state.apply((map) => {
    const result = duplicateCards(map, state.selectedCardIds);
    newIds = result.newIds;
    return result.map;
  });
  ctx.store.getState().select(newIds);
  ctx.ui.getState().announce(`Duplicated ${plural(newIds.length, 'card')}`);
}

async function copySelection(ctx: ActionContext, trigger?: CommandTrigger): Promise<boolean> {
  const { map, selectedCardIds } = ctx.store.getState();
  const payload = buildPayload(map, selectedCardIds);
  if (!payload) return false;
  const text = serializePayload(payload);
  const data = trigger?.clipboardEvent?.clipboardData;
  if (data) {
    data.setData('text/plain', text);
    trigger.clipboardEvent?.preventDefault();
    ctx.clipboard.remember(text);
  } else {
    await ctx.clipboard.write(text);
  }
  ctx.ui.getState().announce(`Copied ${plural(payload.cards.length, 'card')}`);
  return true;
}

async function paste(ctx: ActionContext, trigger?: CommandTrigger) {
  if (!canEditStructure(ctx.store.getState())) return;
  const event = trigger?.clipboardEvent;
  let text: string | null;
  if (event?.clipboardData) {
    text = event.clipboardData.getData('text/plain');
    if (!parsePayload(text)) text = ctx.clipboard.recall();
    event.preventDefault();
  } else {
    text = await ctx.clipboard.read();
  }
  const payload = parsePayload(text);
  if (!payload) {
    ctx.ui.getState().announce('Nothing to paste: the clipboard holds no Waymark cards');
    return;
  }
  const state = ctx.store.getState();
  const { map, selectedCardIds } = state;
  // After the last selected card, else at the end of the focused cell, else in their own cells.
  const lastId = selectedCardIds[selectedCardIds.length - 1];
  const anchor = lastId === undefined ? undefined : map.cards.find((c) => c.id === lastId);
  const focused = ctx.ui.getState().focusedCell;
  let target: (CellRef & { index?: number }) | null = null;
  if (anchor) {
    const inCell = map.cards
      .filter((c) => c.laneId === anchor.laneId && c.stepId === anchor.stepId)
      .sort((a, b) => a.order - b.order);
    const index = inCell.findIndex((c) => c.id === anchor.id) + 1;
    target = { laneId: anchor.laneId, stepId: anchor.stepId, index };
  } else if (cellExists(map, focused)) {
    target = focused;
  }
  let newIds: string[] = [];
  state.apply((m) => {
    const result = pasteCards(m, payload, target);
    newIds = result.newIds;
    return result.map;
  });
  ctx.store.getState().select(newIds);
  const first = newIds[0];
  if (first) ctx.view.revealCard(first);
  ctx.ui.getState().announce(`Pasted ${plural(newIds.length, 'card')}`);
}

function moveSelection(ctx: ActionContext, direction: Direction) {
  const state = ctx.store.getState();
  if (!canEditStructure(state)) return;
  const ids = state.selectedCardIds;
  state.apply((map) => moveCardsToNeighbour(map, ids, direction));
  const first = selectedCards(ctx.store.getState().map, ids)[0];
  if (first) ctx.view.focusCard(first.id);
}

function reorderSelection(ctx: ActionContext, delta: -1 | 1) {
  const state = ctx.store.getState();
  if (!canEditStructure(state)) return;
  const ids = state.selectedCardIds;
  state.apply((map) => reorderInCell(map, ids, delta));
  const first = selectedCards(ctx.store.getState().map, ids)[0];
  if (first) ctx.view.focusCard(first.id);
}

function linkSelection(ctx: ActionContext) {
  const state = ctx.store.getState();
  if (!canEditStructure(state)) return;
  const cards = selectedCards(state.map, state.selectedCardIds);
  const [from, to] = cards;
  if (cards.length !== 2 || !from || !to) return;
  const id = newId();
  const changed = state.apply((map) => addLink(map, { from: from.id, to: to.id, id }));
  ctx.ui.getState().announce(changed ? 'Linked the two cards' : 'These cards are already linked');
}

/** Moves to the next (+1) or previous (−1) search match, selects it and shows it. */
export function stepSearch(ctx: ActionContext, delta: 1 | -1) {
  const ui = ctx.ui.getState();
  const matches = findMatches(ctx.store.getState().map, ui.searchQuery);
  if (matches.length === 0) return;
  const index = (((ui.searchIndex + delta) % matches.length) + matches.length) % matches.length;
  ui.set({ searchIndex: index });
  const id = matches[index];
  if (id !== undefined) {
    ctx.store.getState().select([id]);
    ctx.view.revealCard(id);
  }
}

function toggleSetting(ctx: ActionContext, key: 'showLineOfVisibility' | 'showEmotionCurve') {
  const state = ctx.store.getState();
  if (!canEditStructure(state)) return;
  state.apply((map) =>
    updateMapDetails(map, { settings: { ...map.settings, [key]: !map.settings[key] } }),
  );
}

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

export const COMMANDS: readonly Command[] = [
  // ─── History ───────────────────────────────────────────────────────────────────────────
  {
    id: 'undo',
    label: 'Undo',
    group: 'history',
    shortcut: ['Mod+Z'],
    edits: true,
    isEnabled: (s) => s.canUndo && !s.editor.readOnly,
    run: (ctx) => ctx.store.getState().undo(),
  },
  {
    id: 'redo',
    label: 'Redo',
    group: 'history',
    shortcut: ['Shift+Mod+Z', 'Mod+Y'],
    edits: true,
    isEnabled: (s) => s.canRedo && !s.editor.readOnly,
    run: (ctx) => ctx.store.getState().redo(),
  },
  // ─── Grid ──────────────────────────────────────────────────────────────────────────────
  {
    id: 'addPhase',
    label: 'Add phase',
    group: 'grid',
    edits: true,
    isEnabled: canEdit,
    run: (ctx) => {
      const target = ctx.ui.getState().inspectorTarget;
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
      const { map } = ctx.store.getState();
      const target = ctx.ui.getState().inspectorTarget;
      const cell = targetCell(ctx);
      const stepId = target?.kind === 'step' ? target.id : cell?.stepId;
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
      const target = ctx.ui.getState().inspectorTarget;
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
    run: (ctx) => toggleSetting(ctx, 'showLineOfVisibility'),
  },
  {
    id: 'toggleEmotionCurve',
    label: 'Emotion curve',
    group: 'grid',
    edits: true,
    isEnabled: canEdit,
    isChecked: (s) => s.editor.map.settings.showEmotionCurve,
    run: (ctx) => toggleSetting(ctx, 'showEmotionCurve'),
  },
  // ─── Cards ─────────────────────────────────────────────────────────────────────────────
  {
    id: 'addCard',
    label: 'Add card',
    group: 'cards',
    shortcut: ['N'],
    scope: 'canvas',
    edits: true,
    isEnabled: (s) => canEdit(s) && s.editor.map.lanes.length > 0 && s.editor.map.phases.length > 0,
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
      const id = ctx.store.getState().selectedCardIds[0];
      if (id) ctx.ui.getState().set({ editingCardId: id });
    },
  },
  // ─── Selection ─────────────────────────────────────────────────────────────────────────
  {
    id: 'selectAll',
    label: 'Select all cards',
    group: 'selection',
    shortcut: ['Mod+A'],
    edits: false,
    isEnabled: (s) => s.editor.map.cards.length > 0,
    run: (ctx) => {
      const { map, select } = ctx.store.getState();
      select(map.cards.map((c) => c.id));
      ctx.ui.getState().announce(`Selected ${plural(map.cards.length, 'card')}`);
    },
  },
  {
    id: 'clearSelection',
    label: 'Clear selection',
    group: 'selection',
    shortcut: ['Escape'],
    edits: false,
    isEnabled: (s) => hasSelection(s) || s.ui.selectedLinkId !== null,
    run: (ctx) => {
      ctx.store.getState().select([]);
      ctx.ui.getState().set({ selectedLinkId: null });
    },
  },
  {
    id: 'deleteSelection',
    label: 'Delete selected cards',
    group: 'selection',
    shortcut: ['Delete', 'Backspace'],
    edits: true,
    isEnabled: (s) => canEdit(s) && (hasSelection(s) || s.ui.selectedLinkId !== null),
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
    run: async (ctx, trigger) => {
      await copySelection(ctx, trigger);
    },
  },
  {
    id: 'cut',
    label: 'Cut',
    group: 'selection',
    shortcut: ['Mod+X'],
    clipboardEvent: 'cut',
    edits: true,
    isEnabled: (s) => canEdit(s) && hasSelection(s),
    run: async (ctx, trigger) => {
      const ids = ctx.store.getState().selectedCardIds;
      if (await copySelection(ctx, trigger)) {
        ctx.store.getState().apply((map) => deleteCards(map, ids), { select: [] });
        ctx.ui.getState().announce(`Cut ${plural(ids.length, 'card')}`);
      }
    },
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
  ...(
    [
      ['left', 'Alt+ArrowLeft', 'Move selected cards left'],
      ['right', 'Alt+ArrowRight', 'Move selected cards right'],
      ['up', 'Alt+ArrowUp', 'Move selected cards up a lane'],
      ['down', 'Alt+ArrowDown', 'Move selected cards down a lane'],
    ] as const
  ).map(([direction, shortcut, label]): Command => ({
    id: `move.${direction}`,
    label,
    group: 'selection',
    shortcut: [shortcut],
    edits: true,
    isEnabled: (s) => canEdit(s) && hasSelection(s),
    run: (ctx) => moveSelection(ctx, direction),
  })),
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
  // ─── View ──────────────────────────────────────────────────────────────────────────────
  {
    id: 'zoomIn',
    label: 'Zoom in',
    group: 'view',
    shortcut: ['+', '='],
    edits: false,
    isEnabled: () => true,
    run: (ctx) => ctx.view.zoomIn(),
  },
  {
    id: 'zoomOut',
    label: 'Zoom out',
    group: 'view',
    shortcut: ['-'],
    edits: false,
    isEnabled: () => true,
    run: (ctx) => ctx.view.zoomOut(),
  },
  {
    id: 'fitView',
    label: 'Zoom to fit',
    group: 'view',
    shortcut: ['Shift+1'],
    edits: false,
    isEnabled: () => true,
    run: (ctx) => ctx.view.fitView(),
  },
  {
    id: 'zoomToSelection',
    label: 'Zoom to selection',
    group: 'view',
    shortcut: ['Shift+2'],
    edits: false,
    isEnabled: hasSelection,
    run: (ctx) => ctx.view.zoomToSelection(),
  },
  {
    id: 'toolSelect',
    label: 'Select tool (drag to select)',
    group: 'view',
    shortcut: ['S'],
    scope: 'canvas',
    edits: false,
    isEnabled: () => true,
    isChecked: (s) => s.ui.tool === 'select',
    run: (ctx) => ctx.ui.getState().set({ tool: 'select' }),
  },
  {
    id: 'toolHand',
    label: 'Hand tool (drag to pan)',
    group: 'view',
    shortcut: ['H'],
    scope: 'canvas',
    edits: false,
    isEnabled: () => true,
    isChecked: (s) => s.ui.tool === 'hand',
    run: (ctx) => ctx.ui.getState().set({ tool: 'hand' }),
  },
  {
    id: 'search',
    label: 'Find cards',
    group: 'view',
    shortcut: ['Mod+F'],
    edits: false,
    isEnabled: () => true,
    run: (ctx) => {
      const ui = ctx.ui.getState();
      ui.set({ searchFocusRequest: ui.searchFocusRequest + 1 });
    },
  },
  {
    id: 'searchNext',
    label: 'Next match',
    group: 'view',
    shortcut: ['F3'],
    edits: false,
    isEnabled: (s) => s.ui.searchQuery.trim() !== '',
    run: (ctx) => stepSearch(ctx, 1),
  },
  {
    id: 'searchPrevious',
    label: 'Previous match',
    group: 'view',
    shortcut: ['Shift+F3'],
    edits: false,
    isEnabled: (s) => s.ui.searchQuery.trim() !== '',
    run: (ctx) => stepSearch(ctx, -1),
  },
  {
    id: 'toggleLegend',
    label: 'Legend',
    group: 'view',
    shortcut: ['Shift+L'],
    edits: false,
    isEnabled: () => true,
    isChecked: (s) => s.ui.legendOpen,
    run: (ctx) => ctx.ui.getState().set({ legendOpen: !ctx.ui.getState().legendOpen }),
  },
  {
    id: 'toggleMinimap',
    label: 'Minimap',
    group: 'view',
    shortcut: ['Shift+M'],
    edits: false,
    isEnabled: () => true,
    isChecked: (s) => s.ui.minimapOpen,
    run: (ctx) => ctx.ui.getState().set({ minimapOpen: !ctx.ui.getState().minimapOpen }),
  },
  {
    id: 'toggleInspector',
    label: 'Inspector',
    group: 'view',
    shortcut: ['Shift+I'],
    edits: false,
    isEnabled: () => true,
    isChecked: (s) => s.ui.inspectorOpen,
    run: (ctx) => ctx.ui.getState().set({ inspectorOpen: !ctx.ui.getState().inspectorOpen }),
  },
  // ─── Evidence, action plan and workshops ───────────────────────────────────────────────
  {
    id: 'toggleEvidence',
    label: 'Evidence',
    group: 'research',
    shortcut: ['Shift+E'],
    edits: false,
    isEnabled: () => true,
    isChecked: (s) => s.ui.evidenceOpen,
    run: (ctx) => ctx.ui.getState().set({ evidenceOpen: !ctx.ui.getState().evidenceOpen }),
  },
  {
    id: 'openActionPlan',
    label: 'Action plan',
    group: 'research',
    shortcut: ['Shift+A'],
    edits: false,
    isEnabled: () => true,
    run: (ctx) => ctx.ui.getState().set({ actionPlanOpen: true }),
  },
  {
    id: 'toggleAnnotate',
    label: 'Annotate',
    group: 'research',
    shortcut: ['Shift+N'],
    edits: false,
    isEnabled: () => true,
    isChecked: (s) => s.editor.mode === 'annotate',
    run: (ctx) => {
      const { mode, setMode } = ctx.store.getState();
      setMode(mode === 'annotate' ? 'edit' : 'annotate');
      ctx.ui.getState().set({ editingCardId: null, renaming: null });
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
      const { mode } = ctx.store.getState();
      ctx.ui.getState().set({
        modeBeforePresenting: mode === 'annotate' ? 'annotate' : 'edit',
        editingCardId: null,
      });
      ctx.store.getState().setMode('present');
    },
  },
  // ─── Help ──────────────────────────────────────────────────────────────────────────────
  {
    id: 'showShortcuts',
    label: 'Keyboard shortcuts',
    group: 'help',
    shortcut: ['?'],
    edits: false,
    isEnabled: () => true,
    run: (ctx) => ctx.ui.getState().set({ shortcutsOpen: true }),
  },
];

const byId = new Map(COMMANDS.map((command) => [command.id, command]));

export function getCommand(id: string): Command {
  const command = byId.get(id);
  if (!command) throw new Error(`No command "${id}"`);
  return command;
}
