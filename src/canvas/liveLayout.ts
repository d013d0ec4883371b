/**
 * The layout of the map the editor holds now, made when first asked for after a change rather
 * than on every change. The view API, the pointer handlers and the drop target read it through
 * `current` (so they never act on a stale grid); the canvas asks for the layout of the map it
 * draws, a frame after each change (useCanvasNodes). Both ask the same memo, so a change is laid
 * out once, and typing keeps the layout object (layoutUpdate.ts).
 */
import type { EditorState } from '../editor/editor';
import type { JourneyMap } from '../domain/schema';
import { cardTextMeasurer, workshopRoom } from './cardText';
import type { MapLayout } from './layout';
import { updateLayout } from './layoutUpdate';

/** What a layout is made from: the editor's map and whether it is in annotation mode. */
export interface LayoutSource {
  map: JourneyMap;
  annotating: boolean;
}

/** The parts of a map (and mode) the layout reads, compared by identity. */
interface LayoutKey {
  cards: JourneyMap['cards'];
  phases: JourneyMap['phases'];
  lanes: JourneyMap['lanes'];
  showCurve: boolean;
  judgement: JourneyMap['judgement'];
  comments: JourneyMap['comments'];
  voteRounds: JourneyMap['voteRounds'];
  annotating: boolean;
}

const keyOf = ({ map, annotating }: LayoutSource): LayoutKey => ({
  cards: map.cards,
  phases: map.phases,
  lanes: map.lanes,
  showCurve: map.settings.showEmotionCurve,
  judgement: map.judgement,
  comments: map.comments,
  voteRounds: map.voteRounds,
  annotating,
});

const sameKey = (a: LayoutKey, b: LayoutKey) =>
  (Object.keys(a) as (keyof LayoutKey)[]).every((k) => a[k] === b[k]);

/** The editor's map and mode as a layout source. */
export const layoutSourceOf = (state: Pick<EditorState, 'map' | 'mode'>): LayoutSource => ({
  map: state.map,
  annotating: state.mode === 'annotate',
});

/** The live layout of an editor's map; `current` is read like a ref's. */
export class LiveLayout {
  private last: { key: LayoutKey; layout: MapLayout } | null = null;

  /** `read` gives the editor's state now (`editor.store.getState`). */
  constructor(private readonly read: () => Pick<EditorState, 'map' | 'mode'>) {}

  /** The layout of the map as it is now. */
  get current(): MapLayout {
    return this.of(layoutSourceOf(this.read()));
  }

  /** The layout of `source` (laid out again only when what the layout reads changed). */
  of(source: LayoutSource): MapLayout {
    const key = keyOf(source);
    const last = this.last;
    if (last && sameKey(last.key, key)) return last.layout;
    // Room below the text of cards that show comment or vote badges or the vote button.
    const workshop = workshopRoom(source.map, source.annotating);
    const layout = updateLayout(source.map, last?.layout ?? null, cardTextMeasurer(), workshop);
    this.last = { key, layout };
    return layout;
  }
}
