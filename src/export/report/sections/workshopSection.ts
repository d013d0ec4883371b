/**
 * Workshop results: the comment threads on cards and steps (open ones only when the user asks)
 * and the results of every revealed vote round. An open round's results stay hidden, as they
 * are in the workshop itself.
 */
import { threadsFor, type CommentThreadView } from '../../../domain/comments';
import { journeyOrderComparator } from '../../../domain/painPoints';
import { participantsOf, rankedResults } from '../../../domain/voting';
import { CARD_KIND_LABELS } from '../../../domain/vocabulary';
import type { Block, TableCell } from '../model';
import {
  b,
  cardTitle,
  cell,
  count,
  dateText,
  heading,
  headerRow,
  kindSpan,
  nothing,
  paragraph,
  placeText,
  stepTitle,
  t,
} from './blocks';
import type { ReportContext } from './context';

/** `2025-10-03T09:00:00Z` → `3 Oct 2025`. */
const day = (iso: string) => dateText(iso.slice(0, 10));

function commentBlocks(context: ReportContext): Block[] {
  const { map, settings, places } = context;
  const targets: { kind: 'card' | 'step'; id: string; label: TableCell }[] = [];
  for (const phase of map.phases) {
    for (const step of phase.steps) {
      targets.push({
        kind: 'step',
        id: step.id,
        label: cell([b('Step: '), t(stepTitle(step))], placeText(places.get(step.id))),
      });
    }
  }
  const commented = new Set(map.comments.map((c) => c.target.id));
  for (const card of map.cards
    .filter((c) => commented.has(c.id))
    .sort(journeyOrderComparator(map))) {
    targets.push({
      kind: 'card',
      id: card.id,
      label: cell(
        [kindSpan(card), t(': '), b(cardTitle(card))],
        placeText(places.get(card.stepId)),
      ),
    });
  }
  const rows: TableCell[][] = [];
  let leftOut = 0;
  for (const target of targets) {
    if (!commented.has(target.id)) continue;
    const threads: CommentThreadView[] = threadsFor(map, { kind: target.kind, id: target.id });
    for (const thread of threads) {
      if (settings.openCommentsOnly && thread.resolved) {
        leftOut += 1;
        continue;
      }
      rows.push([
        target.label,
        cell(
          [b(`${thread.author}, ${day(thread.createdAt)}: `), t(thread.text)],
          ...thread.replies.map((r) => [
            t('↳ '),
            b(`${r.author}, ${day(r.createdAt)}: `),
            t(r.text),
          ]),
        ),
        cell(thread.resolved ? 'Resolved' : 'Open'),
      ]);
    }
  }
  const blocks: Block[] = [];
  if (rows.length === 0) {
    blocks.push(
      nothing(
        leftOut > 0
          ? `No open comments (${count(leftOut, 'resolved thread')} left out).`
          : 'No comments were made on this map.',
      ),
    );
    return blocks;
  }
  blocks.push({
    type: 'table',
    columns: [{ weight: 1.6 }, { weight: 3.4 }, { weight: 0.8 }],
    header: [headerRow(['On', 'Comment and replies', 'Thread'])],
    rows,
  });
  if (leftOut > 0)
    blocks.push(
      paragraph(
        `${count(leftOut, 'resolved thread')} ${leftOut === 1 ? 'is' : 'are'} left out (open comments only).`,
        'muted',
      ),
    );
  return blocks;
}

function voteBlocks(context: ReportContext): Block[] {
  const { map, places } = context;
  if (map.voteRounds.length === 0) return [nothing('No votes were held on this map.')];
  const blocks: Block[] = [];
  const rounds = [...map.voteRounds].sort((x, y) => x.createdAt.localeCompare(y.createdAt));
  rounds.forEach((round, i) => {
    blocks.push(heading(3, round.question.trim() || `Vote ${i + 1}`, `vote-${round.id}`));
    const people = participantsOf(round).length;
    blocks.push(
      paragraph(
        `${day(round.createdAt)} · ${count(people, 'participant')} · ${count(round.votesPerParticipant, 'vote')} each · ${count(round.votes.length, 'vote')} cast${round.anonymous ? ' · anonymous' : ''}.`,
        'muted',
      ),
    );
    if (round.status !== 'revealed') {
      blocks.push(
        nothing(
          'Voting is still open, so its results stay hidden until the facilitator reveals them.',
        ),
      );
      return;
    }
    const results = rankedResults(map, round);
    if (results.length === 0) {
      blocks.push(nothing('No votes were cast in this round.'));
      return;
    }
    blocks.push({
      type: 'table',
      columns: [
        { weight: 0.5, align: 'right' },
        { weight: 3 },
        { weight: 1.2 },
        { weight: 2 },
        { weight: 0.6, align: 'right' },
      ],
      header: [headerRow(['Rank', 'Card', 'Kind', 'Where', 'Votes'])],
      rows: results.map((r) => [
        cell(String(r.rank)),
        cell([b(cardTitle(r.card))]),
        cell(CARD_KIND_LABELS[r.card.kind]),
        cell(placeText(places.get(r.card.stepId))),
        cell([b(String(r.votes))]),
      ]),
    });
  });
  return blocks;
}

/** Comments and vote results from the workshop. */
export function workshopSection(context: ReportContext): Block[] {
  return [
    heading(2, 'Comments', 'workshop-comments'),
    ...commentBlocks(context),
    heading(2, 'Votes', 'workshop-votes'),
    ...voteBlocks(context),
  ];
}
