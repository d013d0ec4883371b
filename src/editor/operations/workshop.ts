/**
 * Operations of a workshop: comments and replies, dot-vote rounds, pain point severity.
 * Commenting, voting and severity need only "annotate" (participants may); running the vote
 * rounds needs "facilitate".
 */
import {
  addComment as addCommentEdit,
  deleteComment as deleteCommentEdit,
  replyTo,
  resolveThread as resolveThreadEdit,
  type CommentTarget,
} from '../../domain/comments';
import { newId } from '../../domain/ids';
import type { Severity } from '../../domain/vocabulary';
import {
  castVote as castVoteEdit,
  deleteRound,
  removeVote as removeVoteEdit,
  revealRound,
  setSeverity as setSeverityEdit,
  startVoteRound as startVoteRoundEdit,
  type NewVoteRound,
} from '../../domain/voting';
import { defineOperation, outcome } from '../operation';

/** Starts a comment thread on a card or step. Result: whether it was posted. */
export const addComment = defineOperation<{
  target: CommentTarget;
  author: string;
  text: string;
  id?: string;
}>({
  name: 'workshop.addComment',
  permission: 'annotate',
  apply: (map, { id = newId(), ...input }, { now }) => addCommentEdit(map, { ...input, id, now }),
});

/** Replies to a comment (the reply joins its thread). */
export const replyToComment = defineOperation<{
  parentId: string;
  author: string;
  text: string;
  id?: string;
}>({
  name: 'workshop.reply',
  permission: 'annotate',
  apply: (map, { parentId, id = newId(), ...input }, { now }) =>
    replyTo(map, parentId, { ...input, id, now }),
});

/** Resolves or reopens a whole thread. */
export const resolveThread = defineOperation<{ rootId: string; resolved: boolean }>({
  name: 'workshop.resolveThread',
  permission: 'annotate',
  apply: (map, { rootId, resolved }) => resolveThreadEdit(map, rootId, resolved),
});

/** Deletes a comment (a thread's first comment takes its replies with it). */
export const deleteComment = defineOperation<{ id: string }>({
  name: 'workshop.deleteComment',
  permission: 'annotate',
  apply: (map, { id }) => deleteCommentEdit(map, id),
});

/** Starts a dot-vote round. Result: the new round's id, or null when it was refused. */
export const startVoteRound = defineOperation<Omit<NewVoteRound, 'now'>, string | null>({
  name: 'workshop.startVoteRound',
  permission: 'facilitate',
  apply(map, { id = newId(), ...input }, { now }) {
    const next = startVoteRoundEdit(map, { ...input, id, now });
    return outcome(next, next === map ? null : id);
  },
});

/** Ends a round's voting and shows its results. */
export const revealVoteRound = defineOperation<{ roundId: string }>({
  name: 'workshop.revealVoteRound',
  permission: 'facilitate',
  apply: (map, { roundId }) => revealRound(map, roundId),
});

/** Deletes a vote round with its votes. */
export const deleteVoteRound = defineOperation<{ roundId: string }>({
  name: 'workshop.deleteVoteRound',
  permission: 'facilitate',
  apply: (map, { roundId }) => deleteRound(map, roundId),
});

/** Casts one of a participant's votes for a card (refused past their number of votes). */
export const castVote = defineOperation<{
  roundId: string;
  participant: string;
  cardId: string;
  id?: string;
}>({
  name: 'workshop.castVote',
  permission: 'annotate',
  apply: (map, { roundId, participant, cardId, id }) =>
    castVoteEdit(map, roundId, participant, cardId, { id }),
});

/** Takes back a participant's latest vote for a card. */
export const removeVote = defineOperation<{ roundId: string; participant: string; cardId: string }>(
  {
    name: 'workshop.removeVote',
    permission: 'annotate',
    apply: (map, { roundId, participant, cardId }) =>
      removeVoteEdit(map, roundId, participant, cardId),
  },
);

/** Sets (or clears) a pain point's severity. */
export const setSeverity = defineOperation<{ cardId: string; severity: Severity | null }>({
  name: 'workshop.setSeverity',
  permission: 'annotate',
  apply: (map, { cardId, severity }) => setSeverityEdit(map, cardId, severity),
});
