import { useCallback, useId, useState, type FormEvent } from 'react';
import { nextAnonymousName, votesLeft } from '../../domain/voting';
import { plural } from '../../domain/words';
import { useStore } from 'zustand';
import { useCan, useEditorApi } from '../../bindings/EditorProvider';
import { workshop } from '../../editor/operations';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { useLatestRound, useOpenRound } from './hooks';
import { useParticipantName } from './participantName';
import { setCurrentVoter, useCurrentVoter } from './session';
import { StartVoteDialog } from './StartVoteDialog';
import { VoteResultsPanel } from './VoteResults';
import './workshop.css';

/** What the annotation toolbar needs from the editor. */
export interface AnnotationToolbarProps {
  /** "Show on map" in the results: select the card and bring it into view. */
  onReveal?: (cardId: string) => void;
  /**
   * Whether the toolbar offers its own "Results" panel (default true). Pass false when the
   * WorkshopSidePanel is mounted too: it shows the same results.
   */
  showResults?: boolean;
}

/**
 * The bar shown in annotate mode: this device's name, and the facilitator's vote controls
 * (start a vote, whose turn it is, next participant, reveal results, delete the round).
 */
export function AnnotationToolbar({ onReveal, showResults = true }: AnnotationToolbarProps) {
  const [resultsOpen, setResultsOpen] = useState(false);
  const resultsId = useId();
  return (
    <section className="annotation-toolbar" aria-label="Workshop tools">
      <ParticipantNameField />
      <VoteControls />
      {showResults && (
        <div className="annotation-toolbar__results">
          <button
            type="button"
            aria-expanded={resultsOpen}
            aria-controls={resultsId}
            onClick={() => setResultsOpen((open) => !open)}
          >
            {resultsOpen ? 'Hide results' : 'Results'}
          </button>
          {resultsOpen && (
            <div id={resultsId} className="annotation-toolbar__popover">
              <VoteResultsPanel onReveal={onReveal} />
            </div>
          )}
        </div>
      )}
    </section>
  );
}

/** "Your name": typed once on this device, used for comments and named votes. */
export function ParticipantNameField() {
  const { typed, setName } = useParticipantName();
  const id = useId();
  return (
    <div className="participant-name">
      <label htmlFor={id} className="workshop-label">
        Your name
      </label>
      <input
        id={id}
        type="text"
        value={typed}
        maxLength={100}
        autoComplete="name"
        onChange={(event) => setName(event.target.value)}
      />
    </div>
  );
}

function VoteControls() {
  const round = useOpenRound();
  const latest = useLatestRound();
  const editor = useEditorApi();
  const canRun = useCan('facilitate');
  const live = useStore(editor.presence, (s) => s.status !== 'local');
  const voter = useCurrentVoter(round);
  const [starting, setStarting] = useState(false);
  const [askingName, setAskingName] = useState(false);
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const closeStart = useCallback(() => setStarting(false), []);

  const nextParticipant = () => {
    if (!round) return;
    if (round.anonymous) {
      setCurrentVoter(round.id, nextAnonymousName(round, voter === null ? [] : [voter]));
    } else {
      setAskingName(true);
    }
  };

  return (
    <div className="vote-controls">
      {round ? (
        <>
          <p className="vote-controls__question">
            <span className="workshop-label">Vote open</span> {round.question}
          </p>
          <p className="vote-controls__turn" aria-live="polite">
            {voter === null
              ? 'Who votes next?'
              : `Voting as: ${voter} — ${votesLeft(round, voter)} of ${plural(round.votesPerParticipant, 'vote')} left`}
          </p>
          {live ? null : askingName ? (
            <NextNameForm
              onCancel={() => setAskingName(false)}
              onDone={(name) => {
                setCurrentVoter(round.id, name);
                setAskingName(false);
              }}
            />
          ) : (
            <button type="button" onClick={nextParticipant}>
              Next participant
            </button>
          )}
          {canRun ? (
            <button
              type="button"
              className="button--primary"
              onClick={() => editor.run(workshop.revealVoteRound, { roundId: round.id })}
            >
              Reveal results
            </button>
          ) : null}
        </>
      ) : (
        <>
          {latest && (
            <p className="vote-controls__question">
              <span className="workshop-label">Last vote</span> {latest.question}
            </p>
          )}
          {canRun ? (
            <button type="button" className="button--primary" onClick={() => setStarting(true)}>
              Start a vote
            </button>
          ) : (
            <p className="vote-controls__turn">The facilitator starts the votes.</p>
          )}
        </>
      )}
      {latest && canRun && (
        <button type="button" className="button--danger" onClick={() => setConfirmingDelete(true)}>
          Delete round
        </button>
      )}
      {starting && <StartVoteDialog onClose={closeStart} />}
      {confirmingDelete && latest && (
        <ConfirmDialog
          title="Delete this vote?"
          message={`“${latest.question}” and its ${plural(latest.votes.length, 'vote')} will be deleted.`}
          confirmLabel="Delete vote"
          danger
          onCancel={() => setConfirmingDelete(false)}
          onConfirm={() => {
            setConfirmingDelete(false);
            editor.run(workshop.deleteVoteRound, { roundId: latest.id });
          }}
        />
      )}
    </div>
  );
}

function NextNameForm({
  onDone,
  onCancel,
}: {
  onDone: (name: string) => void;
  onCancel: () => void;
}) {
  const [name, setName] = useState('');
  const id = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() !== '') onDone(name.trim());
  };
  return (
    <form className="next-name" onSubmit={submit}>
      <label htmlFor={id} className="workshop-label">
        Next participant’s name
      </label>
      <input
        id={id}
        type="text"
        value={name}
        autoFocus
        maxLength={100}
        onChange={(event) => setName(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.stopPropagation();
            onCancel();
          }
        }}
      />
      <button type="submit" className="button--primary" disabled={name.trim() === ''}>
        Start their turn
      </button>
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </form>
  );
}
