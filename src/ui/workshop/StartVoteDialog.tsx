import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import {
  MAX_VOTES_PER_PARTICIPANT,
  startVoteRoundRefusal,
  type NewVoteRound,
} from '../../domain/voting';
import { CARD_KINDS, CARD_KIND_LABELS, type CardKind } from '../../domain/vocabulary';
import { useEditor, useEditorApi } from '../../bindings/EditorProvider';
import { workshop } from '../../editor/operations';
import { useShallow } from 'zustand/react/shallow';
import './workshop.css';

/** "Pain points", "Evidence": kind names as a heading for a group of cards. */
export function kindPlural(kind: CardKind): string {
  const label = CARD_KIND_LABELS[kind];
  return kind === 'evidence' ? label : `${label}s`;
}

/** What is done when the dialog closes or a round starts. */
export interface StartVoteDialogProps {
  onClose: () => void;
  /** Called with the new round's id once it has started. */
  onStarted?: (roundId: string) => void;
}

/**
 * "Start a vote": the question, votes per participant, which kinds of card can be voted on
 * (pain points by default) and whether votes are named or anonymous. A modal <dialog>: focus
 * moves in and is trapped, Esc cancels, focus goes back where it was.
 */
export function StartVoteDialog({ onClose, onStarted }: StartVoteDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const editor = useEditorApi();
  const kindsOnMap = useEditor(useShallow((s) => [...new Set(s.map.cards.map((c) => c.kind))]));
  const map = useEditor((s) => s.map);
  const [question, setQuestion] = useState('');
  const [votes, setVotes] = useState('3');
  const [kinds, setKinds] = useState<CardKind[]>(['pain-point']);
  const [anonymous, setAnonymous] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const ids = { title: useId(), question: useId(), votes: useId(), error: useId() };

  // Kinds on this map first (in vocabulary order); pain points always offered.
  const offered = useMemo(
    () => CARD_KINDS.filter((kind) => kind === 'pain-point' || kindsOnMap.includes(kind)),
    [kindsOnMap],
  );

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const previous = document.activeElement as HTMLElement | null;
    if (typeof dialog.showModal === 'function') {
      if (!dialog.open) dialog.showModal();
    } else {
      dialog.setAttribute('open', ''); // no <dialog> support (old browsers, jsdom)
    }
    const onCancel = (event: Event) => {
      event.preventDefault();
      onClose();
    };
    dialog.addEventListener('cancel', onCancel);
    return () => {
      dialog.removeEventListener('cancel', onCancel);
      if (dialog.open && typeof dialog.close === 'function') dialog.close();
      previous?.focus?.();
    };
  }, [onClose]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input: NewVoteRound = {
      question,
      votesPerParticipant: Number(votes),
      cardKinds: kinds,
      anonymous,
      now: new Date(),
    };
    const refusal = startVoteRoundRefusal(map, input);
    if (refusal) {
      setError(refusal);
      return;
    }
    const { now: _now, ...round } = input;
    const startedId = editor.run(workshop.startVoteRound, round).result ?? null;
    if (startedId !== null) onStarted?.(startedId);
    onClose();
  };

  const toggleKind = (kind: CardKind, on: boolean) =>
    setKinds((current) =>
      on
        ? CARD_KINDS.filter((k) => k === kind || current.includes(k))
        : current.filter((k) => k !== kind),
    );

  return (
    <dialog ref={ref} className="dialog start-vote" aria-labelledby={ids.title}>
      <form onSubmit={submit} noValidate>
        <h2 id={ids.title}>Start a vote</h2>
        <div className="start-vote__field">
          <label htmlFor={ids.question} className="workshop-label">
            Question
          </label>
          <input
            id={ids.question}
            type="text"
            value={question}
            required
            autoFocus
            placeholder="Which pain points should we fix first?"
            aria-describedby={error ? ids.error : undefined}
            onChange={(event) => setQuestion(event.target.value)}
          />
        </div>
        <div className="start-vote__field">
          <label htmlFor={ids.votes} className="workshop-label">
            Votes per participant
          </label>
          <input
            id={ids.votes}
            type="number"
            inputMode="numeric"
            min={1}
            max={MAX_VOTES_PER_PARTICIPANT}
            step={1}
            value={votes}
            onChange={(event) => setVotes(event.target.value)}
          />
        </div>
        <fieldset className="start-vote__kinds">
          <legend className="workshop-label">Cards people can vote on</legend>
          {offered.map((kind) => (
            <label key={kind} className="workshop-check">
              <input
                type="checkbox"
                checked={kinds.includes(kind)}
                onChange={(event) => toggleKind(kind, event.target.checked)}
              />
              <span>{kindPlural(kind)}</span>
            </label>
          ))}
        </fieldset>
        <fieldset className="start-vote__privacy">
          <legend className="workshop-label">Votes are</legend>
          <label className="workshop-check">
            <input
              type="radio"
              name={`${ids.title}-privacy`}
              checked={!anonymous}
              onChange={() => setAnonymous(false)}
            />
            <span>Named: results show who voted for what</span>
          </label>
          <label className="workshop-check">
            <input
              type="radio"
              name={`${ids.title}-privacy`}
              checked={anonymous}
              onChange={() => setAnonymous(true)}
            />
            <span>Anonymous: participants are “Anonymous 1”, “Anonymous 2” …</span>
          </label>
        </fieldset>
        {error && (
          <p id={ids.error} className="workshop-error" role="alert">
            {error}
          </p>
        )}
        <div className="dialog__buttons">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button--primary">
            Start vote
          </button>
        </div>
      </form>
    </dialog>
  );
}
