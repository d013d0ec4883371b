/**
 * The shape of one entry of the card kind registry (registry.ts). Plain data and pure
 * functions only: no React, no DOM, so the canvas, the exports, CSV and the inspector can all
 * read the same entry.
 */
import type { CardOfKind } from '../schema';
import type { CardKind } from '../vocabulary';

/** How a card of a kind is outlined on the canvas and in the legend. */
export type CardShape = 'card' | 'bubble' | 'tag' | 'sticky' | 'note';

/**
 * A kind's two colours as CSS hex, the same on screen, in the legend and in PNG/SVG exports.
 */
export interface KindColours {
  /** Border, stripe, icon and kind label. Meets 4.5:1 on white (WCAG 2.2, 1.4.3). */
  accent: string;
  /** The card's background tint. */
  background: string;
}

/** One choice of a select field: the stored value (null for "not set") and its label. */
export interface FieldOption {
  value: string | number | boolean | null;
  label: string;
}

/**
 * How a field is edited. `select`, `text`, `textarea`, `number`, `date` and `url` are plain
 * inputs; the others are small editors of their own: `card` picks another card of the map,
 * `quotes` and `progress` edit lists, `moment-of-truth` is a checkbox with a reason, `tags` a
 * comma-separated list, `research` a research record of the map, `plan-date` an exact or
 * approximate date (domain/planDates.ts), `rating` a word of the map's rating scale
 * (domain/ratings.ts), `response` and `actions` a recommendation's response
 * and actions (edited in the action plan).
 */
export type FieldInput =
  | 'text'
  | 'textarea'
  | 'number'
  | 'date'
  | 'url'
  | 'select'
  | 'card'
  | 'quotes'
  | 'progress'
  | 'moment-of-truth'
  | 'tags'
  | 'research'
  | 'plan-date'
  | 'rating'
  | 'response'
  | 'actions';

/** One field of a card, described as data so an inspector can render it. */
export interface FieldSpec {
  /** Where the value sits in the card: `channel`, `tallies.positive`, `participants.of`. */
  key: string;
  label: string;
  input: FieldInput;
  /** For `select`: every choice, in menu order. */
  options?: readonly FieldOption[];
  /** For `number`: bounds (in the field's own unit), whole numbers only, and whether blank (null) is allowed. */
  min?: number;
  max?: number;
  integer?: boolean;
  nullable?: boolean;
  /** For text inputs: the most characters allowed (the schema's limit). */
  maxLength?: number;
  /** Example input shown while empty, e.g. the units a metric is usually measured in. */
  placeholder?: string;
  /**
   * For `moment-of-truth`: the label of its reason; for `quotes`: the label of a quote's
   * participant (numbered by the inspector, "Participant of quote 2").
   */
  detailLabel?: string;
  /** One sentence under the field. */
  hint?: string;
  /** The inspector section the field belongs to ("Measure", "Source"); none for the top. */
  section?: string;
  /** Fields with the same `row` in a row are shown side by side. */
  row?: string;
  /** For `card`: the kinds of card it may point at, and the label of "no card". */
  targets?: readonly CardKind[];
  blankLabel?: string;
  /** False when the field is set elsewhere (e.g. the research panel), not in the card inspector. */
  inInspector?: boolean;
}

/** One CSV column of a card field: how the cell is read (written cells are the stored value). */
export type CsvColumnSpec =
  | { header: string; path: readonly string[]; type: 'text' | 'date' | 'url' | 'plan-date' }
  /** The id of another card of the map (blank: none, null). */
  | { header: string; path: readonly string[]; type: 'ref' }
  /** Yes or no; the cell is blank for `blank` (the common case) and says the other. */
  | { header: string; path: readonly string[]; type: 'flag'; blank: boolean }
  | { header: string; path: readonly string[]; type: 'number'; blank?: number | null }
  | {
      header: string;
      path: readonly string[];
      type: 'choice';
      values: readonly string[];
      /** Labels a person may type instead of the stored value ("Telephone" for `phone`). */
      labels: Readonly<Record<string, string>>;
      /** The value of a blank cell. */
      blank: string | null;
      /** More words accepted, lower case ("green" → `on-track`). */
      aliases?: Readonly<Record<string, string>>;
    };

/** Facts a card cannot know about itself, for reading it aloud. */
export interface SpeechContext {
  /** The pain point's number in journey order, when it has one. */
  painNumber?: number | null;
}

/** A card in words: its accessible name and description. */
export interface CardSpeech {
  /** "Pain point: Long waits on the phone": kind and title, the text seen first on the card. */
  name: string;
  /** The kind's facts in sentences: "Pain point 3. Severity: high. Moment of truth." */
  description: string;
}

/** Everything the app knows about one card kind. */
export interface CardKindEntry<K extends CardKind = CardKind> {
  kind: K;
  label: string;
  /** A Unicode glyph found in common system fonts; always paired with the label. */
  icon: string;
  colours: KindColours;
  shape: CardShape;
  /** The single key that adds a card of this kind to the focused cell. */
  shortcut: string;
  /** One sentence for the legend. */
  meaning: string;
  /** The fields only this kind has (the shared ones are COMMON_FIELDS). */
  fields: readonly FieldSpec[];
  /** The CSV columns of those fields, in file order. */
  csvColumns: readonly CsvColumnSpec[];
  /** The card in words, for screen readers and speech input. */
  describe(card: CardOfKind<K>, context?: SpeechContext): CardSpeech;
}
