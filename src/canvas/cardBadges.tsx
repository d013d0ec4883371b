/**
 * Comment and vote counts for every card, computed once per change of the map's comments or
 * vote rounds (not per card, and not on every keystroke), and handed to the card nodes
 * through context.
 */
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { commentCounts } from '../domain/comments';
import { plural } from '../domain/words';
import { latestRound, voteCounts } from '../domain/voting';
import { useEditor } from '../bindings/EditorProvider';

/** What a card's badges count. */
export interface CardBadgeCounts {
  /** Open (unresolved) comments on the card. */
  comments: number;
  /** Votes in the latest round, once its results are revealed. */
  votes: number;
}

const NONE: ReadonlyMap<string, CardBadgeCounts> = new Map();
const CardBadgesContext = createContext<ReadonlyMap<string, CardBadgeCounts>>(NONE);

/**
 * Counts every card's open comments and revealed votes once per change of the map's comments or
 * vote rounds, for the card nodes below it.
 */
export function CardBadgesProvider({ children }: { children: ReactNode }) {
  const comments = useEditor((s) => s.map.comments);
  const voteRounds = useEditor((s) => s.map.voteRounds);
  const counts = useMemo(() => {
    const out = new Map<string, CardBadgeCounts>();
    for (const [id, count] of commentCounts({ comments }))
      out.set(id, { comments: count, votes: 0 });
    const round = latestRound({ voteRounds });
    if (round?.status === 'revealed') {
      for (const [id, votes] of voteCounts(round)) {
        out.set(id, { comments: out.get(id)?.comments ?? 0, votes });
      }
    }
    return out;
  }, [comments, voteRounds]);
  return <CardBadgesContext.Provider value={counts}>{children}</CardBadgesContext.Provider>;
}

/** A card's badge counts, or undefined when it has no comment and no revealed vote. */
export function useCardBadges(cardId: string): CardBadgeCounts | undefined {
  return useContext(CardBadgesContext).get(cardId);
}

/** The badges in words, e.g. "2 comments, 3 votes" (empty when none). */
export function badgeText(counts: CardBadgeCounts | undefined): string {
  if (!counts) return '';
  const parts: string[] = [];
  if (counts.comments > 0) parts.push(plural(counts.comments, 'comment'));
  if (counts.votes > 0) parts.push(plural(counts.votes, 'vote'));
  return parts.join(', ');
}

/** Small badges on a card: open comments and revealed votes. */
export function CardBadges({ cardId }: { cardId: string }) {
  const counts = useCardBadges(cardId);
  if (!counts || (counts.comments === 0 && counts.votes === 0)) return null;
  return (
    // Glyphs and counts are CSS generated content (data-glyph), named as pictures: the card's
    // text stays its words, all in its accessible name (cardFace.ts).
    <div className="card__badges" title={badgeText(counts)}>
      {counts.comments > 0 ? (
        <span
          className="card__badge card__badge--comments"
          role="img"
          aria-label={plural(counts.comments, 'comment')}
          data-glyph={`💬 ${counts.comments}`}
        />
      ) : null}
      {counts.votes > 0 ? (
        <span
          className="card__badge card__badge--votes"
          role="img"
          aria-label={plural(counts.votes, 'vote')}
          data-glyph={`● ${counts.votes}`}
        />
      ) : null}
    </div>
  );
}
