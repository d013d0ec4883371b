/**
 * The registry's colours as CSS custom properties, so style sheets use the same values as
 * the canvas and the exports without copying them. app/main.tsx sets them on the document
 * once at start-up; src/ui/styles/tokens.css lists the names.
 */
import { CARD_KINDS, EMOTION_SCORES, RECOMMENDATION_STATUSES, type CardKind } from '../vocabulary';
import { KIND_LOOKS } from './looks';
import {
  EMOTION_COLOURS,
  EMOTION_NAMES,
  MOMENT_OF_TRUTH,
  STATUS_COLOURS,
  TALLY_COLOURS,
} from './marks';

/** The two properties that colour one card, legend swatch or palette item of `kind`. */
export function kindStyleProperties(kind: CardKind): {
  '--kind-accent': string;
  '--kind-bg': string;
} {
  const { accent, background } = KIND_LOOKS[kind].colours;
  return { '--kind-accent': accent, '--kind-bg': background };
}

/**
 * Every registry colour by property name: `--kind-touchpoint-accent`, `--kind-touchpoint-bg`,
 * `--status-on-track`, `--status-on-track-ink`, `--emotion-very-negative`, `--tally-positive`,
 * `--moment-of-truth`.
 */
export function registryCssProperties(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const kind of CARD_KINDS) {
    out[`--kind-${kind}-accent`] = KIND_LOOKS[kind].colours.accent;
    out[`--kind-${kind}-bg`] = KIND_LOOKS[kind].colours.background;
  }
  for (const status of RECOMMENDATION_STATUSES) {
    out[`--status-${status}`] = STATUS_COLOURS[status].colour;
    out[`--status-${status}-ink`] = STATUS_COLOURS[status].ink;
  }
  for (const score of EMOTION_SCORES)
    out[`--emotion-${EMOTION_NAMES[score]}`] = EMOTION_COLOURS[score];
  for (const [tally, colour] of Object.entries(TALLY_COLOURS)) out[`--tally-${tally}`] = colour;
  out['--moment-of-truth'] = MOMENT_OF_TRUTH.colour;
  return out;
}
