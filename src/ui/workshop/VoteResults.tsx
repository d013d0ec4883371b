import { useId, useMemo, useState } from 'react';
import { participantsOf, rankedResults } from '../../domain/voting';
import { formatDateTime } from '../../domain/dates';
import type { VoteRound } from '../../domain/schema';
import { plural } from '../../domain/words';
import { useCan, useEditor, useEditorApi } from '../../bindings/EditorProvider';
import { workshop } from '../../editor/operations';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { useLatestRound } from './hooks';
import './workshop.css';

/** The round whose results are shown. */
export interface VoteResultsProps {
  round: VoteRound;
  /** "Show on map": select and bring the card into view. */
  onReveal?: (cardId: string) => void;
}

/**
 * The ranked results of a revealed round: rank (ties share one: 1, 2, 2, 4), card title and
 * votes, and who voted in a named round. While the round is open, results stay hidden.
 */
export function VoteResults({ round, onReveal }: VoteResultsProps) {
  const cards = useEditor((s) => s.map.cards);
  const phases = useEditor((s) => s.map.phases);
  const lanes = useEditor((s) => s.map.lanes);
  const results = useMemo(
    () => rankedResults({ cards, phases, lanes }, round),
    [cards, phases, lanes, round],
  );
  if (round.status === 'open') {
    const people = participantsOf(round).length;
    return (
      <p className="workshop-note">
        Voting is open: {plural(round.votes.length, 'vote')} from {plural(people, 'participant')} so
        far. Results stay hidden until they are revealed.
      </p>
    );
  }
  if (results.length === 0) return <p className="workshop-note">Nobody voted in this round.</p>;
  return (
    <ol className="vote-results" aria-label={`Results: ${round.question}`}>
      {results.map(({ card, votes, rank }) => {
        const voters = round.anonymous ? [] : whoVoted(round, card.id);
        const title = card.title.trim() || 'Untitled card';
        return (
          <li key={card.id} className="vote-results__row">
            <span className="vote-results__rank">
              <span className="visually-hidden">Rank </span>
              {rank}
            </span>
            <span className="vote-results__title">{title}</span>
            <span className="vote-results__votes">{plural(votes, 'vote')}</span>
            {voters.length > 0 && <span className="vote-results__voters">{voters.join(', ')}</span>}
            {onReveal && (
              <button
                type="button"
                className="vote-results__show"
                aria-label={`Show on map: ${title}`}
                onClick={() => onReveal(card.id)}
              >
                Show on map
              </button>
            )}
          </li>
        );
      })}
    </ol>
  );
}

/** "Sam ×2, Priya" for a card in a named round. */
function whoVoted(round: VoteRound, cardId: string): string[] {
  const counts = new Map<string, number>();
  for (const vote of round.votes) {
    if (vote.cardId === cardId)
      counts.set(vote.participant, (counts.get(vote.participant) ?? 0) + 1);
  }
  return [...counts].map(([name, n]) => (n > 1 ? `${name} ×${n}` : name));
}

/** What the vote results panel needs from the editor. */
export interface VoteResultsPanelProps {
  onReveal?: (cardId: string) => void;
}

/**
 * The latest round (open: progress; revealed: ranked results) and the earlier rounds, which are
 * kept with the map and can be opened and deleted.
 */
export function VoteResultsPanel({ onReveal }: VoteResultsPanelProps) {
  const latest = useLatestRound();
  const rounds = useEditor((s) => s.map.voteRounds);
  const canRun = useCan('facilitate');
  const headingId = useId();
  const past = rounds
    .filter((round) => round !== latest)
    .sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt));
  return (
    <section className="vote-panel" aria-labelledby={headingId}>
      <h3 id={headingId} className="workshop-heading">
        {latest ? `Vote: ${latest.question}` : 'Votes'}
      </h3>
      {latest ? (
        <VoteResults round={latest} onReveal={onReveal} />
      ) : (
        <p className="workshop-note">
          {canRun
            ? 'No votes yet. Start one from the workshop toolbar.'
            : 'No votes yet. The facilitator starts the votes.'}
        </p>
      )}
      {past.length > 0 && (
        <details className="vote-panel__past">
          <summary>Earlier votes ({past.length})</summary>
          <ul className="vote-panel__past-list">
            {past.map((round) => (
              <PastRound key={round.id} round={round} onReveal={onReveal} />
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

function PastRound({ round, onReveal }: { round: VoteRound; onReveal?: (cardId: string) => void }) {
  const editor = useEditorApi();
  const canRun = useCan('facilitate');
  const [confirming, setConfirming] = useState(false);
  return (
    <li>
      <details>
        <summary>
          {round.question}{' '}
          <span className="workshop-note">
            ({formatDateTime(round.createdAt)}, {plural(round.votes.length, 'vote')})
          </span>
        </summary>
        <VoteResults round={round} onReveal={onReveal} />
        {canRun ? (
          <button type="button" className="button--danger" onClick={() => setConfirming(true)}>
            Delete this vote
          </button>
        ) : null}
      </details>
      {confirming && (
        <ConfirmDialog
          title="Delete this vote?"
          message={`“${round.question}” and its ${plural(round.votes.length, 'vote')} will be deleted.`}
          confirmLabel="Delete vote"
          danger
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            editor.run(workshop.deleteVoteRound, { roundId: round.id });
          }}
        />
      )}
    </li>
  );
}
