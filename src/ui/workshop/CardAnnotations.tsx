import { canBeVotedOn, votesBy, votesLeft } from '../../domain/voting';
import { useEditor, useEditorApi } from '../../bindings/EditorProvider';
import { workshop } from '../../editor/operations';
import {
  openCommentCount,
  roundVotesFor,
  useCanAnnotate,
  useCard,
  useLatestRound,
  useOpenRound,
} from './hooks';
import { useCurrentVoter } from './session';
import { SEVERITY_LABELS } from './SeverityPicker';
import './workshop.css';
import { plural } from '../../domain/words';

/** The card whose annotations are shown. */
export interface CardAnnotationsProps {
  cardId: string;
}

/**
 * A compact row of badges for a card on the canvas: open comments, votes of the latest round
 * once it is revealed, and a pain point's severity. Renders nothing when there is nothing to
 * show. Read-only: safe inside a draggable node.
 */
export function CardAnnotations({ cardId }: CardAnnotationsProps) {
  const card = useCard(cardId);
  const comments = useEditor((s) => openCommentCount(s.map.comments, cardId));
  const round = useLatestRound();
  if (!card) return null;
  const votes = round && round.status === 'revealed' ? roundVotesFor(round, cardId) : 0;
  const severity = card.kind === 'pain-point' ? card.severity : null;
  if (comments === 0 && votes === 0 && severity === null) return null;
  return (
    <div className="card-annotations">
      {comments > 0 && (
        <span
          className="badge badge--comments"
          role="img"
          aria-label={plural(comments, 'comment')}
          title={plural(comments, 'open comment')}
        >
          <svg viewBox="0 0 16 16" width="12" height="12" aria-hidden="true" focusable="false">
            <path
              d="M2 2.5h12v8H7l-3.5 3v-3H2z"
              fill="none"
              stroke="currentColor"
              strokeWidth="1.6"
              strokeLinejoin="round"
            />
          </svg>
          <span aria-hidden="true">{comments}</span>
        </span>
      )}
      {votes > 0 && (
        <span
          className="badge badge--votes"
          role="img"
          aria-label={plural(votes, 'vote')}
          title={`${plural(votes, 'vote')}: ${round?.question ?? ''}`}
        >
          <span aria-hidden="true">● {votes}</span>
        </span>
      )}
      {severity !== null && (
        <span className={`badge badge--severity severity--${severity}`}>
          {SEVERITY_LABELS[severity]} severity
        </span>
      )}
    </div>
  );
}

/**
 * The badges in words, for a card's accessible description ("2 comments, 3 votes, high
 * severity"); empty when there is nothing. Badges inside a node whose role is "button" are not
 * read by screen readers, so the canvas should add this, e.g. as `aria-description`.
 */
export function useCardAnnotationSummary(cardId: string): string {
  const card = useCard(cardId);
  const comments = useEditor((s) => openCommentCount(s.map.comments, cardId));
  const round = useLatestRound();
  const votes = round && round.status === 'revealed' ? roundVotesFor(round, cardId) : 0;
  const parts: string[] = [];
  if (comments > 0) parts.push(plural(comments, 'comment'));
  if (votes > 0) parts.push(plural(votes, 'vote'));
  if (card?.kind === 'pain-point' && card.severity !== null) {
    parts.push(`${card.severity} severity`);
  }
  return parts.join(', ');
}

/** The card the button votes for. */
export interface VoteButtonProps {
  cardId: string;
}

/**
 * "Vote for <title>" on a card, for the participant whose turn it is. Shown only in annotate
 * mode while a round is open and takes this kind of card. Shows how many of the current
 * voter's dots are on the card, with a button to take one back.
 */
export function VoteButton({ cardId }: VoteButtonProps) {
  const card = useCard(cardId);
  const mode = useEditor((s) => s.mode);
  const editor = useEditorApi();
  const canAnnotate = useCanAnnotate();
  const round = useOpenRound();
  const voter = useCurrentVoter(round);
  if (!card || mode !== 'annotate' || !round || !canBeVotedOn(round, card)) return null;
  const title = card.title.trim() || 'this card';
  const mine = voter === null ? 0 : votesBy(round, voter, cardId).length;
  const left = voter === null ? 0 : votesLeft(round, voter);
  const why =
    voter === null
      ? 'Choose who votes next in the workshop toolbar'
      : left === 0
        ? `${voter} has no votes left`
        : `${voter} has ${plural(left, 'vote')} left`;
  return (
    <div className="vote-button nodrag nopan">
      <button
        type="button"
        className="vote-button__vote"
        aria-label={`Vote for ${title}`}
        title={why}
        disabled={!canAnnotate || voter === null || left === 0}
        onClick={() =>
          voter !== null &&
          editor.run(workshop.castVote, { roundId: round.id, participant: voter, cardId })
        }
      >
        <span aria-hidden="true" data-glyph="●" /> Vote
      </button>
      {mine > 0 && voter !== null && (
        <>
          <span className="vote-button__mine">
            {voter}: {mine}
          </span>
          <button
            type="button"
            className="vote-button__undo"
            aria-label={`Take back a vote for ${title}`}
            disabled={!canAnnotate}
            onClick={() =>
              editor.run(workshop.removeVote, { roundId: round.id, participant: voter, cardId })
            }
          >
            Take back
          </button>
        </>
      )}
    </div>
  );
}
