/**
 * Commands on cards and the selection: add, delete, duplicate, copy, cut, paste, move with the
 * keyboard, link. Each runs one editor operation and then moves the view or announces what
 * happened for screen readers.
 */
import {
  cellExists,
  firstCell,
  selectedCards,
  type CellRef,
  type Direction,
} from '../domain/cells';
import { buildPayload, parsePayload, serializePayload } from '../domain/clipboard';
import { newId } from '../domain/ids';
import type { CardKind } from '../domain/vocabulary';
import { plural } from '../domain/words';
import { cards, links } from '../editor/operations';
import type { CommandContext } from './context';
import type { CommandTrigger } from './types';

/**
 * Where a new card goes: the focused cell, else the last selected card's cell, else the first
 * cell of `kind`'s own lane (or of the first lane).
 */
export function targetCell(ctx: CommandContext, kind?: CardKind): CellRef | null {
  const { map, selectedCardIds } = ctx.editor.store.getState();
  const focused = ctx.editor.view.getState().focusedCell;
  if (cellExists(map, focused)) return focused;
  const lastId = selectedCardIds[selectedCardIds.length - 1];
  const card = lastId === undefined ? undefined : map.cards.find((c) => c.id === lastId);
  if (card) return { laneId: card.laneId, stepId: card.stepId };
  return firstCell(map, kind);
}

/**
 * Adds a card to a cell (of the lane's default kind unless `kind` is given), selects it and
 * starts editing its title. Returns the new card's id.
 */
export function addCardAt(
  ctx: CommandContext,
  cell: CellRef,
  kind?: CardKind,
  index?: number,
): string | null {
  const id = ctx.editor.run(cards.addCard, { cell, kind, index }).result ?? null;
  if (id === null) return null;
  ctx.editor.view.getState().set({
    editingCardId: id,
    focusedCell: cell,
    inspectorTarget: null,
    selectedLinkId: null,
  });
  ctx.canvas.revealCard(id, { nearest: true });
  return id;
}

/** Adds a card in the target cell (see targetCell). */
export function addCardCommand(ctx: CommandContext, kind?: CardKind): void {
  const cell = targetCell(ctx, kind);
  if (cell) addCardAt(ctx, cell, kind);
}

/** Deletes the selected cards, or else the selected link. */
export function deleteSelection(ctx: CommandContext): void {
  const view = ctx.editor.view.getState();
  const ids = ctx.editor.selectedCardIds;
  if (ids.length > 0) {
    if (ctx.editor.run(cards.deleteCards, { ids }).changed) {
      view.announce(`Deleted ${plural(ids.length, 'card')}`);
    }
    return;
  }
  const linkId = view.selectedLinkId;
  if (linkId && ctx.editor.run(links.deleteLink, { id: linkId }).changed) {
    view.set({ selectedLinkId: null });
    view.announce('Deleted the link');
  }
}

/** Duplicates the selected cards and selects the copies. */
export function duplicateSelection(ctx: CommandContext): void {
  const ids = ctx.editor.selectedCardIds;
  if (ids.length === 0) return;
  const copies = ctx.editor.run(cards.duplicateCards, { ids }).result ?? [];
  if (copies.length > 0)
    ctx.editor.view.getState().announce(`Duplicated ${plural(copies.length, 'card')}`);
}

/** Copies the selected cards (and the links between them) to the clipboard. */
export async function copySelection(
  ctx: CommandContext,
  trigger?: CommandTrigger,
): Promise<boolean> {
  const payload = buildPayload(ctx.editor.map, ctx.editor.selectedCardIds);
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
  ctx.editor.view.getState().announce(`Copied ${plural(payload.cards.length, 'card')}`);
  return true;
}

/** Copies the selected cards, then deletes them. */
export async function cutSelection(ctx: CommandContext, trigger?: CommandTrigger): Promise<void> {
  const ids = ctx.editor.selectedCardIds;
  if (!(await copySelection(ctx, trigger))) return;
  if (ctx.editor.run(cards.deleteCards, { ids }).changed) {
    ctx.editor.view.getState().announce(`Cut ${plural(ids.length, 'card')}`);
  }
}

/**
 * Pastes cards: after the last selected card, else at the end of the focused cell, else each
 * in its own cell. Selects and shows the pasted cards.
 */
export async function paste(ctx: CommandContext, trigger?: CommandTrigger): Promise<void> {
  if (!ctx.editor.can('edit')) return;
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
  const view = ctx.editor.view.getState();
  if (!payload) {
    view.announce('Nothing to paste: the clipboard holds no Waymark cards');
    return;
  }
  const { map, selectedCardIds } = ctx.editor.store.getState();
  const lastId = selectedCardIds[selectedCardIds.length - 1];
  const anchor = lastId === undefined ? undefined : map.cards.find((c) => c.id === lastId);
  let target: (CellRef & { index?: number }) | null = null;
  if (anchor) {
    const inCell = map.cards
      .filter((c) => c.laneId === anchor.laneId && c.stepId === anchor.stepId)
      .sort((a, b) => a.order - b.order);
    const index = inCell.findIndex((c) => c.id === anchor.id) + 1;
    target = { laneId: anchor.laneId, stepId: anchor.stepId, index };
  } else if (cellExists(map, view.focusedCell)) {
    target = view.focusedCell;
  }
  const newIds = ctx.editor.run(cards.pasteCards, { payload, target }).result ?? [];
  const first = newIds[0];
  if (first) ctx.canvas.revealCard(first);
  view.announce(`Pasted ${plural(newIds.length, 'card')}`);
}

/** Moves the selected cards into the neighbouring cells (Alt+arrow keys). */
export function moveSelection(ctx: CommandContext, direction: Direction): void {
  const ids = ctx.editor.selectedCardIds;
  ctx.editor.run(cards.moveCardsToNeighbourCell, { ids, direction });
  const first = selectedCards(ctx.editor.map, ids)[0];
  if (first) ctx.canvas.focusCard(first.id);
}

/** Moves the selected cards one place up or down in their cells. */
export function reorderSelection(ctx: CommandContext, delta: -1 | 1): void {
  const ids = ctx.editor.selectedCardIds;
  ctx.editor.run(cards.reorderCards, { ids, delta });
  const first = selectedCards(ctx.editor.map, ids)[0];
  if (first) ctx.canvas.focusCard(first.id);
}

/** Links the two selected cards, in journey order. */
export function linkSelection(ctx: CommandContext): void {
  const [from, to, ...rest] = selectedCards(ctx.editor.map, ctx.editor.selectedCardIds);
  if (!from || !to || rest.length > 0) return;
  const outcome = ctx.editor.run(links.addLink, { from: from.id, to: to.id, id: newId() });
  if (!outcome.ok) return;
  ctx.editor.view
    .getState()
    .announce(outcome.changed ? 'Linked the two cards' : 'These cards are already linked');
}
