/**
 * Runs the editing code once on a throwaway map, so the first real edit does not pay for it.
 * A browser compiles a function the first time it runs: the first drop or keystroke after
 * opening a map ran the document transaction, the projection's rebuild and the records'
 * validation for the first time, one task about 17 ms longer than the next ones at 2,000 cards
 * (issue 17: the longest frame while dragging). The model's schemas are built here too: they
 * are built on first use (domain/lazySchema.ts), and opening a stored map uses none of them.
 * Called once per page, at an idle moment.
 */
import { createBlankMap } from '../domain/blankMap';
import { cardSchema, journeyMapSchema } from '../domain/schema';
import { Editor } from './editor';
import { cards } from './operations';

let warmed = false;

/**
 * Adds, retitles and moves a card in a scratch editor, then drops it (once per page). Returns
 * whether it ran every edit (false on later calls).
 */
export function warmUpEditing(): boolean {
  if (warmed) return false;
  warmed = true;
  const map = createBlankMap({ title: 'Warm-up' });
  // Every schema of the model is built by the first parse of a map and of a card.
  journeyMapSchema.safeParse(map);
  const editor = new Editor(map);
  try {
    const [first, second] = map.phases;
    const lane = map.lanes[0];
    const from = first?.steps[0];
    const to = second?.steps[0];
    if (!lane || !from || !to) return false;
    const added = editor.run(cards.addCard, { cell: { laneId: lane.id, stepId: from.id } });
    const id = added.ok ? added.result : null;
    if (!id) return false;
    const edits = [
      editor.run(cards.updateCard, { id, patch: { title: 'Warm' } }),
      editor.run(cards.updateCard, { id, patch: { title: 'Warm-up' } }),
      editor.run(cards.moveCards, { ids: [id], target: { laneId: lane.id, stepId: to.id } }),
    ];
    cardSchema.safeParse(editor.map.cards[0]);
    return edits.every((edit) => edit.ok && edit.changed);
  } finally {
    editor.destroy();
  }
}
