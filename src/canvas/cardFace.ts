/**
 * The words a card shows on the canvas, in the order it shows them, computed once for both the
 * card's face (CardNode) and its accessible name (toNodes). Because the name is built from the
 * same words, it always contains the visible text, in order (WCAG 2.2, 2.5.3 Label in Name):
 * a speech-input user can say what they see. Glyphs (the kind's icon, ★, the pain point's
 * number, badges) and the chips (the channel, "assumed", which the head may cut off) are drawn
 * with CSS generated content and are not the card's text; the card's description says them.
 */
import { CARD_KIND_REGISTRY, emotionText, SEVERITY_LABELS } from '../domain/kinds';
import type { Card } from '../domain/schema';
import { cardExtras } from './cardText';

/** A card's visible words: head (kind and mark), title, and one line of extra facts. */
export interface CardFace {
  /** "Pain point · High", "Emotion · Positive", "Touchpoint". */
  head: string;
  /** The title, or "Untitled". */
  title: string;
  /** Tallies, a metric against its target, a recommendation's status; null when none. */
  extra: string | null;
}

/** What a card shows, in words (see the file comment), its rating read on `scale`. */
export function cardFace(card: Card, scale?: readonly string[]): CardFace {
  const label = CARD_KIND_REGISTRY[card.kind].label;
  const head =
    card.kind === 'pain-point' && card.severity
      ? `${label} · ${SEVERITY_LABELS[card.severity]}`
      : card.kind === 'emotion'
        ? `${label} · ${emotionText(card.score)}`
        : label;
  const title = card.title.trim() === '' ? 'Untitled' : card.title;
  return { head, title, extra: extraText(card, scale) };
}

/** The small text under the title, as the card shows it (cardText.ts), in one line. */
function extraText(card: Card, scale?: readonly string[]): string | null {
  const blocks = cardExtras(card, scale);
  return blocks.length === 0 ? null : blocks.map((block) => block.text).join(' · ');
}

/**
 * A card's accessible name on the canvas: its visible words first, then where it is:
 * "Touchpoint: PPP referral, step Apply, lane Touchpoints".
 */
export function cardAccessibleName(face: CardFace, step: string, lane: string): string {
  const extra = face.extra ? ` — ${face.extra}` : '';
  return `${face.head}: ${face.title}${extra}, step ${step}, lane ${lane}`;
}
