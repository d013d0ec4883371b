/**
 * Whose turn it is in the open vote round on this screen. This is a fact about the room, not
 * the map, so it is kept in memory (one small store shared by the toolbar and every card's
 * vote button) and never saved. After a reload the turn goes back to a sensible default.
 */
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import { nextAnonymousName, participantsOf } from '../../domain/voting';
import type { VoteRound } from '../../domain/schema';
import { useEditorApi } from '../../bindings/EditorProvider';
import { deviceId } from '../../sync/live/liveRecords';
import { useParticipantName } from './participantName';

interface SessionState {
  /** Round id → the participant voting now. */
  voters: Record<string, string>;
}

const sessionStore = createStore<SessionState>()(() => ({ voters: {} }));

/**
 * Makes `participant` the one voting in a round on this device (passing the device round the room).
 */
export function setCurrentVoter(roundId: string, participant: string): void {
  sessionStore.setState((state) => ({ voters: { ...state.voters, [roundId]: participant } }));
}

/** Forgets every turn (tests, or leaving the map). */
export function resetWorkshopSession(): void {
  sessionStore.setState({ voters: {} });
}

/**
 * Who votes now in `round`: the participant chosen with "Next participant"; otherwise the
 * last participant who voted (after a reload); otherwise, in a named round, this device's
 * name, in an anonymous round "Anonymous 1". Null only when no round is open.
 */
export function defaultVoter(round: VoteRound, deviceName: string): string {
  const last = participantsOf(round).at(-1);
  if (last !== undefined) return last;
  return round.anonymous ? nextAnonymousName(round) : deviceName;
}

/**
 * Who votes now in an open round on this device: the one chosen, else this device's participant;
 * null when no round is open.
 */
export function useCurrentVoter(round: VoteRound | null): string | null {
  const { name } = useParticipantName();
  const live = useStore(useEditorApi().presence, (s) => s.status !== 'local');
  const chosen = useStore(sessionStore, (state) => (round ? state.voters[round.id] : undefined));
  if (!round || round.status !== 'open') return null;
  // In a live session everyone votes from their own device, as themselves.
  if (live) return round.anonymous ? `Anonymous ${deviceId().slice(0, 4)}` : name;
  return chosen ?? defaultVoter(round, name);
}
