/**
 * The card kind registry: one entry per kind (vocabulary.ts CARD_KINDS) with everything the
 * app knows about it: label, icon, colours, shape, shortcut key, legend meaning, its own
 * fields, its CSV columns and how it reads aloud. The canvas, the exports, CSV, the legend,
 * the palette, the shortcuts and the inspector all read from here, so a kind looks and behaves
 * the same everywhere. Each concern is one file of this folder; this one puts them together.
 */
import type { Card } from '../schema';
import { CARD_KINDS, LANE_DEFAULT_CARD_KIND, type CardKind, type LaneKind } from '../vocabulary';
import { KIND_CSV_COLUMNS } from './csvColumns';
import { KIND_FIELDS } from './fields';
import { KIND_LOOKS } from './looks';
import { KIND_SPEECH } from './speech';
import type { CardKindEntry, CardSpeech, SpeechContext } from './types';

/** The registry's type: every kind has an entry typed for its own cards. */
export type CardKindRegistry = { readonly [K in CardKind]: CardKindEntry<K> };

function entry<K extends CardKind>(kind: K): CardKindEntry<K> {
  return {
    kind,
    ...KIND_LOOKS[kind],
    fields: KIND_FIELDS[kind],
    csvColumns: KIND_CSV_COLUMNS[kind],
    describe: KIND_SPEECH[kind] as CardKindEntry<K>['describe'],
  };
}

/** Every card kind's entry. */
export const CARD_KIND_REGISTRY: CardKindRegistry = Object.freeze(
  Object.fromEntries(CARD_KINDS.map((kind) => [kind, entry(kind)])) as unknown as CardKindRegistry,
);

/** The entry of a kind, typed loosely for code that handles any card. */
export function kindEntry(kind: CardKind): CardKindEntry {
  return CARD_KIND_REGISTRY[kind] as unknown as CardKindEntry;
}

/** Any card in words: its accessible name and description (see speech.ts). */
export function describeCard(card: Card, context: SpeechContext = {}): CardSpeech {
  const speech = (kindEntry(card.kind).describe as (c: Card, x: SpeechContext) => CardSpeech)(
    card,
    context,
  );
  // A rating (any kind, format 4) is said after the kind's facts, as written.
  const rating = card.rating?.trim();
  if (!rating) return speech;
  const said = `Rating: ${rating}.`;
  return { ...speech, description: speech.description ? `${speech.description} ${said}` : said };
}

/** The single-key shortcuts that add a card of each kind to the focused cell. */
export const KIND_SHORTCUTS: { readonly [K in CardKind]: string } = Object.fromEntries(
  CARD_KINDS.map((kind) => [kind, KIND_LOOKS[kind].shortcut]),
) as { readonly [K in CardKind]: string };

/** A custom lane takes any card; it has its own glyph and a neutral accent. */
export const CUSTOM_LANE_LOOK = { icon: '☰', accent: '#475467' } as const;

/** The glyph of a lane header: its default card kind's icon (the emotion curve has its own). */
export const LANE_ICONS: { readonly [L in LaneKind]: string } = Object.fromEntries(
  Object.entries(LANE_DEFAULT_CARD_KIND).map(([lane, kind]) => [
    lane,
    lane === 'emotions' ? '∿' : lane === 'custom' ? CUSTOM_LANE_LOOK.icon : KIND_LOOKS[kind].icon,
  ]),
) as { readonly [L in LaneKind]: string };

/** The accent colour of a lane header: its default card kind's accent. */
export function laneAccent(kind: LaneKind): string {
  return kind === 'custom'
    ? CUSTOM_LANE_LOOK.accent
    : KIND_LOOKS[LANE_DEFAULT_CARD_KIND[kind]].colours.accent;
}
