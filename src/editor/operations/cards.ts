/**
 * Operations on cards: add, change, move, delete, duplicate, paste, link. Each wraps a pure
 * edit of src/domain and says what it needs and how it groups in undo (operation.ts).
 */
import {
  type CellRef,
  moveCardsToNeighbour,
  reorderInCell,
  type Direction,
} from '../../domain/cells';
import { pasteCards as pasteCardsEdit, type CardsPayload } from '../../domain/clipboard';
import {
  addCard as addCardEdit,
  changeCardKind as changeCardKindEdit,
  deleteCards as deleteCardsEdit,
  duplicateCards as duplicateCardsEdit,
  moveCards as moveCardsEdit,
  updateCard as updateCardEdit,
  type CardPatch,
} from '../../domain/edits';
import { newId } from '../../domain/ids';
import { LANE_DEFAULT_CARD_KIND, type CardKind } from '../../domain/vocabulary';
import { defineOperation, outcome } from '../operation';

/** A field-level undo key: typing in one field of one card is one step. */
const fieldKey = (prefix: string, id: string, patch: object) =>
  `${prefix}:${id}:${Object.keys(patch).sort().join(',')}`;

/**
 * Adds a card to a cell (of the lane's default kind unless `kind` is given) at `index` (default:
 * the end) and selects it. Result: the new card's id, or null when the cell is not on the map.
 */
export const addCard = defineOperation<
  { cell: CellRef; kind?: CardKind; index?: number; title?: string; id?: string },
  string | null
>({
  name: 'cards.add',
  permission: 'edit',
  apply(map, { cell, kind, index, title, id = newId() }) {
    const lane = map.lanes.find((l) => l.id === cell.laneId);
    const stepOnMap = map.phases.some((p) => p.steps.some((s) => s.id === cell.stepId));
    if (!lane || !stepOnMap) return outcome(map, null);
    const added = addCardEdit(map, {
      kind: kind ?? LANE_DEFAULT_CARD_KIND[lane.kind],
      laneId: cell.laneId,
      stepId: cell.stepId,
      title,
      id,
    });
    const placed = index === undefined ? added : moveCardsEdit(added, [id], { ...cell, index });
    return outcome(placed, id, [id]);
  },
});

/** Changes fields of a card; typing in one field is one undo step. */
export const updateCard = defineOperation<{ id: string; patch: CardPatch }>({
  name: 'cards.update',
  permission: 'edit',
  coalesce: ({ id, patch }) => fieldKey('card', id, patch),
  apply: (map, { id, patch }) => updateCardEdit(map, id, patch),
});

/** Turns a card into another kind, keeping what the kinds share. */
export const changeCardKind = defineOperation<{ id: string; kind: CardKind }>({
  name: 'cards.changeKind',
  permission: 'edit',
  apply: (map, { id, kind }) => changeCardKindEdit(map, id, kind),
});

/** Moves cards into one cell at `index` (a drag and drop, one undo step). */
export const moveCards = defineOperation<{
  ids: readonly string[];
  target: CellRef & { index?: number };
}>({
  name: 'cards.move',
  permission: 'edit',
  apply: (map, { ids, target }) => moveCardsEdit(map, ids, target),
});

/** Moves each card into the neighbouring cell (Alt+arrow keys). */
export const moveCardsToNeighbourCell = defineOperation<{
  ids: readonly string[];
  direction: Direction;
}>({
  name: 'cards.moveToNeighbour',
  permission: 'edit',
  apply: (map, { ids, direction }) => moveCardsToNeighbour(map, ids, direction),
});

/** Moves cards one place up (−1) or down (+1) in their cells. */
export const reorderCards = defineOperation<{ ids: readonly string[]; delta: -1 | 1 }>({
  name: 'cards.reorder',
  permission: 'edit',
  apply: (map, { ids, delta }) => reorderInCell(map, ids, delta),
});

/** Deletes cards with their links, comments and votes, and clears the selection. */
export const deleteCards = defineOperation<{ ids: readonly string[] }>({
  name: 'cards.delete',
  permission: 'edit',
  apply: (map, { ids }) => outcome(deleteCardsEdit(map, ids), undefined, []),
});

/** Copies cards right after their originals and selects the copies. Result: the new ids. */
export const duplicateCards = defineOperation<{ ids: readonly string[] }, string[]>({
  name: 'cards.duplicate',
  permission: 'edit',
  apply(map, { ids }) {
    const result = duplicateCardsEdit(map, ids);
    return outcome(result.map, result.newIds, result.newIds);
  },
});

/** Pastes copied cards into `target` (or their own cells) and selects them. Result: new ids. */
export const pasteCards = defineOperation<
  { payload: Pick<CardsPayload, 'cards' | 'links'>; target: (CellRef & { index?: number }) | null },
  string[]
>({
  name: 'cards.paste',
  permission: 'edit',
  apply(map, { payload, target }) {
    const result = pasteCardsEdit(map, payload, target);
    return outcome(result.map, result.newIds, result.newIds);
  },
});
