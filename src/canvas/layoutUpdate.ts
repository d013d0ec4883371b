/**
 * The layout after a change, without laying the whole map out again when only the text of a
 * few cards changed and their heights did not (issue 17: typing a title laid out every card of
 * the map on every keystroke). Anything else — a card moved, added or deleted, a height that
 * changed, the grid, the workshop rows — takes `computeLayout`, so the result is always what
 * `computeLayout` gives for the same map.
 */
import { isOnMap } from '../domain/cards';
import type { Card, JourneyMap } from '../domain/schema';
import type { TextMeasurer } from '../export/text';
import { cardTextMeasurer } from './cardText';
import { cardHeight, computeLayout, type MapLayout } from './layout';

/** What a layout was computed from (the parts of the map `computeLayout` reads). */
interface LayoutInputs {
  cards: readonly Card[];
  phases: JourneyMap['phases'];
  lanes: JourneyMap['lanes'];
  showCurve: boolean;
  /** The review's judgement: its band's height and the rating scale card heights read. */
  judgement: JourneyMap['judgement'];
  measure: TextMeasurer;
  workshop: ReadonlyMap<string, number>;
}

const inputsOf = new WeakMap<MapLayout, LayoutInputs>();
const NO_ROOM: ReadonlyMap<string, number> = new Map();

/**
 * `computeLayout(map, previous, measure, workshop)`, but `previous` itself (the same object)
 * when the change left every card box where it was: same grid, same cards in the same cells and
 * order, the same judgement (band and rating scale), and every changed card as tall as before. Costs one pass over the cards' identities.
 */
export function updateLayout(
  map: JourneyMap,
  previous: MapLayout | null,
  measure: TextMeasurer = cardTextMeasurer(),
  workshop: ReadonlyMap<string, number> = NO_ROOM,
): MapLayout {
  const inputs: LayoutInputs = {
    cards: map.cards,
    phases: map.phases,
    lanes: map.lanes,
    showCurve: map.settings.showEmotionCurve,
    judgement: map.judgement,
    measure,
    workshop,
  };
  const before = previous ? inputsOf.get(previous) : undefined;
  if (previous && before && boxesKept(before, inputs, previous)) {
    inputsOf.set(previous, inputs);
    return previous;
  }
  const layout = computeLayout(map, previous, measure, workshop);
  inputsOf.set(layout, inputs);
  return layout;
}

/** Whether `layout` (made from `before`) is also the layout of `after`. */
function boxesKept(before: LayoutInputs, after: LayoutInputs, layout: MapLayout): boolean {
  if (
    before.phases !== after.phases ||
    before.lanes !== after.lanes ||
    before.showCurve !== after.showCurve ||
    before.judgement !== after.judgement ||
    before.measure !== after.measure ||
    before.cards.length !== after.cards.length ||
    !sameRoom(before.workshop, after.workshop)
  ) {
    return false;
  }
  for (let i = 0; i < after.cards.length; i++) {
    const card = after.cards[i] as Card;
    const old = before.cards[i] as Card;
    if (card === old) continue;
    if (
      card.id !== old.id ||
      card.laneId !== old.laneId ||
      card.stepId !== old.stepId ||
      card.order !== old.order ||
      isOnMap(card) !== isOnMap(old)
    ) {
      return false;
    }
    const box = layout.cards.get(card.id);
    if (!box) continue; // not drawn before, and in the same (missing) place now
    const height =
      cardHeight(card, box.width, after.measure, after.judgement.scale) +
      (after.workshop.get(card.id) ?? 0);
    if (height !== box.height) return false;
  }
  return true;
}

function sameRoom(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): boolean {
  if (a === b) return true;
  if (a.size !== b.size) return false;
  for (const [id, px] of a) if (b.get(id) !== px) return false;
  return true;
}
