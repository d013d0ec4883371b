/**
 * How each card kind looks and is reached, side by side so the palette can be judged as a
 * whole: label, icon, colours, shape, shortcut key and what the legend says.
 *
 * Colours: one palette for the canvas, the legend and the PNG/SVG exports. Every accent meets
 * 4.5:1 on white (tests/unit/kinds-registry.test.ts computes it). Icons are plain Unicode
 * glyphs found in common system fonts (DejaVu, Segoe UI Symbol), so cards need no icon font.
 */
import { CARD_KIND_LABELS, type CardKind } from '../vocabulary';
import type { CardShape, KindColours } from './types';

/** The look of one kind (the part of a registry entry that is not about its fields). */
export interface KindLook {
  label: string;
  icon: string;
  colours: KindColours;
  shape: CardShape;
  shortcut: string;
  meaning: string;
}

const look = (
  kind: CardKind,
  icon: string,
  accent: string,
  background: string,
  shape: CardShape,
  shortcut: string,
  meaning: string,
): KindLook => ({
  label: CARD_KIND_LABELS[kind],
  icon,
  colours: { accent, background },
  shape,
  shortcut,
  meaning,
});

/** Every kind's look, in the vocabulary's order. */
export const KIND_LOOKS: { readonly [K in CardKind]: KindLook } = {
  touchpoint: look(
    'touchpoint',
    '◉',
    '#175cd3',
    '#eff8ff',
    'card',
    'T',
    'Where the customer meets the service, with its channel.',
  ),
  action: look(
    'action',
    '▶',
    '#107569',
    '#f0fdf9',
    'card',
    'A',
    'What the customer does at this step.',
  ),
  thought: look(
    'thought',
    '☁',
    '#6938ef',
    '#f4f3ff',
    'bubble',
    'K',
    'What the customer thinks or says.',
  ),
  emotion: look(
    'emotion',
    '☺',
    '#c11574',
    '#fdf2fa',
    'bubble',
    'E',
    'How the customer feels, from very negative to very positive.',
  ),
  'pain-point': look(
    'pain-point',
    '⚠',
    '#b42318',
    '#fef3f2',
    'tag',
    'P',
    'A problem for the customer, numbered in journey order.',
  ),
  'love-point': look(
    'love-point',
    '♥',
    '#067647',
    '#ecfdf3',
    'tag',
    'L',
    'Something the customer values or enjoys.',
  ),
  need: look(
    'need',
    '◆',
    '#93370d',
    '#fffaeb',
    'card',
    'W',
    'What the customer needs or wants here.',
  ),
  idea: look(
    'idea',
    '✦',
    '#854a0e',
    '#fef7c3',
    'sticky',
    'I',
    'An opportunity or an idea for improvement.',
  ),
  team: look(
    'team',
    '⚇',
    '#3538cd',
    '#eef4ff',
    'card',
    'M',
    'A team or group behind the scenes (backstage).',
  ),
  system: look(
    'system',
    '⚙',
    '#475467',
    '#f2f4f7',
    'card',
    'Y',
    'A system, tool, form or letter used here.',
  ),
  metric: look(
    'metric',
    '◔',
    '#026aa2',
    '#f0f9ff',
    'card',
    'R',
    'A measure with its value and target.',
  ),
  evidence: look(
    'evidence',
    '❝',
    '#b93815',
    '#fff6ed',
    'card',
    'V',
    'A research finding: tallies of positive, neutral and negative comments, quotes.',
  ),
  recommendation: look(
    'recommendation',
    '☑',
    '#1d2939',
    '#ffffff',
    'card',
    'C',
    'An improvement to make, coloured by its status.',
  ),
  note: look('note', '✎', '#475467', '#fcfcfd', 'note', 'O', 'A free note.'),
};
