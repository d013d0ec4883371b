/**
 * Test support: the edits of the convergence property test (scenario.ts), each a named
 * operation of the editor run with records picked by number from the client's map at the time
 * (modulo the list's length), so a list of commands replays.
 */
import { allSteps } from '../../../domain/edits';
import { newId } from '../../../domain/ids';
import type { Card, JourneyMap } from '../../../domain/schema';
import { openRound, votesBy } from '../../../domain/voting';
import {
  CARD_KINDS,
  EVIDENCE_BASES,
  LANE_KINDS,
  RECOMMENDATION_STATUSES,
  SEVERITIES,
} from '../../../domain/vocabulary';
import type { Editor } from '../../editor';
import type { Operation } from '../../operation';
import { actionPlan, cards, details, evidence, grid, links, workshop } from '../../operations';
import type { EditKind } from './editKinds';

/** The item at `n` modulo the list's length; undefined for an empty list. */
function pick<T>(items: readonly T[], n: number): T | undefined {
  return items.length === 0 ? undefined : items[n % items.length];
}

/** `text` typed into `current` at `at` over `removed` characters (a keystroke or a paste). */
function typeInto(current: string, at: number, removed: number, text: string): string {
  const from = at % (current.length + 1);
  return current.slice(0, from) + text + current.slice(from + (removed % 3));
}

type Edit = [Operation<never, unknown>, unknown] | null;

/** Runs the edit `kind` with the numbers `a` and the typed `text` on a client's editor. */
export function runEdit(editor: Editor, kind: EditKind, a: number[], text: string): void {
  const edit = editFor(editor.map, kind, a, text);
  if (edit) editor.run(edit[0] as Operation<unknown, unknown>, edit[1]);
}

const op = <A>(operation: Operation<A, unknown>, args: A): Edit => [
  operation as unknown as Operation<never, unknown>,
  args,
];

function editFor(map: JourneyMap, kind: EditKind, a: number[], text: string): Edit {
  const [a0 = 0, a1 = 0, a2 = 0, a3 = 0] = a;
  const steps = allSteps(map);
  const card = pick(map.cards, a0);
  const step = pick(steps, a0);
  const phase = pick(map.phases, a0);
  const lane = pick(map.lanes, a0);
  const ofKind = <K extends Card['kind']>(k: K) =>
    map.cards.filter((c): c is Extract<Card, { kind: K }> => c.kind === k);
  switch (kind) {
    case 'card.title':
      return card
        ? op(cards.updateCard, {
            id: card.id,
            patch: { title: typeInto(card.title, a1, a2, text) },
          })
        : null;
    case 'card.description':
      return card
        ? op(cards.updateCard, {
            id: card.id,
            patch: { description: typeInto(card.description, a1, a2, text) },
          })
        : null;
    case 'card.tags':
      return card
        ? op(cards.updateCard, { id: card.id, patch: { tags: text ? [text] : [] } })
        : null;
    case 'card.basis':
      return card
        ? op(cards.updateCard, {
            id: card.id,
            patch: { basis: pick([...EVIDENCE_BASES, null], a1) ?? null },
          })
        : null;
    case 'card.severity': {
      const pain = pick(ofKind('pain-point'), a0);
      return pain
        ? op(workshop.setSeverity, {
            cardId: pain.id,
            severity: pick([...SEVERITIES, null], a1) ?? null,
          })
        : null;
    }
    case 'card.tallies': {
      const found = pick(ofKind('evidence'), a0);
      return found
        ? op(cards.updateCard, {
            id: found.id,
            patch: { tallies: { positive: a1, neutral: a3 % 2, negative: a2 } },
          })
        : null;
    }
    case 'card.kind':
      return card
        ? op(cards.changeCardKind, { id: card.id, kind: pick(CARD_KINDS, a1) ?? 'note' })
        : null;
    case 'card.add': {
      const into = pick(map.lanes, a0);
      const at = pick(steps, a1);
      if (!into || !at) return null;
      const cell = { laneId: into.id, stepId: at.id };
      const kindOf = a3 % 3 === 0 ? pick(CARD_KINDS, a3) : undefined;
      return op(cards.addCard, { cell, index: a2, id: newId(), title: text, kind: kindOf });
    }
    case 'card.move': {
      const second = pick(map.cards, a0 + 1 + (a3 % 2));
      const into = pick(map.lanes, a1);
      const at = pick(steps, a2);
      if (!card || !into || !at) return null;
      const ids = a3 % 3 === 0 && second ? [card.id, second.id] : [card.id];
      return op(cards.moveCards, { ids, target: { laneId: into.id, stepId: at.id, index: a3 } });
    }
    case 'card.neighbour':
      return card
        ? op(cards.moveCardsToNeighbourCell, {
            ids: [card.id],
            direction: pick(['left', 'right', 'up', 'down'] as const, a1) ?? 'left',
          })
        : null;
    case 'card.reorder':
      return card ? op(cards.reorderCards, { ids: [card.id], delta: a1 % 2 === 0 ? -1 : 1 }) : null;
    case 'card.delete':
      return card ? op(cards.deleteCards, { ids: [card.id] }) : null;
    case 'card.duplicate':
      return card ? op(cards.duplicateCards, { ids: [card.id] }) : null;
    case 'card.moment':
      return card
        ? op(evidence.setMomentOfTruth, {
            target: { kind: 'card', id: card.id },
            reason: a1 % 2 === 0 ? null : text,
          })
        : null;
    case 'link.add': {
      const to = pick(map.cards, a1);
      return card && to ? op(links.addLink, { from: card.id, to: to.id, id: newId() }) : null;
    }
    case 'link.label': {
      const link = pick(map.links, a0);
      return link
        ? op(links.updateLink, {
            id: link.id,
            patch: { label: typeInto(link.label, a1, a2, text) },
          })
        : null;
    }
    case 'link.delete': {
      const link = pick(map.links, a0);
      return link ? op(links.deleteLink, { id: link.id }) : null;
    }
    case 'phase.add':
      return op(grid.addPhase, { id: newId(), index: a0, name: text });
    case 'phase.name':
      return phase
        ? op(grid.updatePhase, {
            id: phase.id,
            patch: { name: typeInto(phase.name, a1, a2, text) },
          })
        : null;
    case 'phase.move':
      return phase
        ? op(grid.movePhase, { id: phase.id, index: a1 % (map.phases.length + 1) })
        : null;
    case 'phase.delete':
      return phase && map.phases.length > 1 ? op(grid.deletePhase, { id: phase.id }) : null;
    case 'step.add': {
      return phase
        ? op(grid.addStep, { phaseId: phase.id, id: newId(), index: a1, title: text })
        : null;
    }
    case 'step.title':
      return step
        ? op(grid.updateStep, { id: step.id, patch: { title: typeInto(step.title, a1, a2, text) } })
        : null;
    case 'step.move': {
      const into = pick(map.phases, a1);
      return step && into ? op(grid.moveStep, { id: step.id, phaseId: into.id, index: a2 }) : null;
    }
    case 'step.delete':
      return step && steps.length > 1 ? op(grid.deleteStep, { id: step.id }) : null;
    case 'step.emotion':
      return step
        ? op(grid.setStepEmotion, { id: step.id, score: a1 % 6 === 5 ? null : (a1 % 5) - 2 })
        : null;
    case 'step.source':
      return step
        ? op(evidence.setEmotionSource, {
            stepId: step.id,
            source: a1 % 2 === 0 ? 'evidence' : 'manual',
          })
        : null;
    case 'lane.add':
      return op(grid.addLane, { id: newId(), kind: pick(LANE_KINDS, a0) ?? 'custom', index: a1 });
    case 'lane.name':
      return lane
        ? op(grid.updateLane, { id: lane.id, patch: { name: typeInto(lane.name, a1, a2, text) } })
        : null;
    case 'lane.move':
      return lane ? op(grid.moveLane, { id: lane.id, index: a1 % map.lanes.length }) : null;
    case 'lane.delete':
      return lane && map.lanes.length > 1 ? op(grid.deleteLane, { id: lane.id }) : null;
    case 'map.title':
      return op(details.updateDetails, { patch: { title: typeInto(map.title, a1, a2, text) } });
    case 'map.setting':
      return op(details.toggleSetting, {
        key: pick(['showPersonas', 'showLegend', 'showEmotionCurve'] as const, a0) ?? 'showLegend',
      });
    case 'comment.add': {
      const target =
        a1 % 2 === 0
          ? card && { kind: 'card' as const, id: card.id }
          : step && { kind: 'step' as const, id: step.id };
      return target
        ? op(workshop.addComment, { target, author: `P${a2 % 3}`, text: `c${text}`, id: newId() })
        : null;
    }
    case 'comment.reply': {
      const parent = pick(map.comments, a0);
      return parent
        ? op(workshop.replyToComment, {
            parentId: parent.id,
            author: `P${a2 % 3}`,
            text: `r${text}`,
            id: newId(),
          })
        : null;
    }
    case 'comment.resolve': {
      const root = pick(
        map.comments.filter((c) => c.parentId === null),
        a0,
      );
      return root ? op(workshop.resolveThread, { rootId: root.id, resolved: a1 % 2 === 0 }) : null;
    }
    case 'comment.delete': {
      const comment = pick(map.comments, a0);
      return comment ? op(workshop.deleteComment, { id: comment.id }) : null;
    }
    case 'round.start':
      return op(workshop.startVoteRound, {
        id: newId(),
        question: `Q${text}`,
        votesPerParticipant: 1 + (a0 % 2),
        cardKinds:
          a1 % 3 === 0
            ? [...CARD_KINDS]
            : [
                ...new Set([pick(CARD_KINDS, a1), pick(CARD_KINDS, a2), 'pain-point' as const]),
              ].filter((kind) => kind !== undefined),
        anonymous: false,
      });
    case 'vote.cast': {
      const round = openRound(map);
      const votable = round ? map.cards.filter((c) => round.cardKinds.includes(c.kind)) : [];
      const target = pick(votable, a1);
      return round && target
        ? op(workshop.castVote, {
            roundId: round.id,
            participant: `P${a0 % 3}`,
            cardId: target.id,
            id: newId(),
          })
        : null;
    }
    case 'vote.remove': {
      const round = openRound(map);
      const vote = round ? pick(votesBy(round, `P${a0 % 3}`), a1) : undefined;
      return round && vote
        ? op(workshop.removeVote, {
            roundId: round.id,
            participant: vote.participant,
            cardId: vote.cardId,
          })
        : null;
    }
    case 'round.reveal': {
      const round = openRound(map);
      return round ? op(workshop.revealVoteRound, { roundId: round.id }) : null;
    }
    case 'round.delete': {
      const round = pick(map.voteRounds, a0);
      return round ? op(workshop.deleteVoteRound, { roundId: round.id }) : null;
    }
    case 'persona.add':
      return op(evidence.addPersona, {
        id: newId(),
        fields: { name: `Persona ${text}` },
        index: a1,
      });
    case 'persona.name': {
      const persona = pick(map.personas, a0);
      return persona
        ? op(evidence.updatePersona, {
            id: persona.id,
            fields: { name: typeInto(persona.name, a1, a2, text) },
          })
        : null;
    }
    case 'persona.move': {
      const persona = pick(map.personas, a0);
      return persona ? op(evidence.movePersona, { id: persona.id, index: a1 }) : null;
    }
    case 'persona.delete': {
      const persona = pick(map.personas, a0);
      return persona ? op(evidence.deletePersona, { id: persona.id }) : null;
    }
    case 'rec.add': {
      const answers = a2 % 2 === 0 ? (pick(map.cards, a1)?.id ?? null) : null;
      return step
        ? op(actionPlan.addRecommendation, {
            stepId: step.id,
            title: `R${text}`,
            answers,
            id: newId(),
            laneId: newId(),
          })
        : null;
    }
    case 'rec.progress': {
      const rec = pick(ofKind('recommendation'), a0);
      const day = String(1 + (a1 % 28)).padStart(2, '0');
      return rec
        ? op(actionPlan.addProgressUpdate, {
            cardId: rec.id,
            update: {
              date: `2026-02-${day}`,
              text,
              status: pick(RECOMMENDATION_STATUSES, a2) ?? 'not-started',
              id: newId(),
            },
          })
        : null;
    }
    case 'rec.unprogress': {
      const rec = pick(ofKind('recommendation'), a0);
      const update = rec && pick(rec.progress, a1);
      return rec && update
        ? op(actionPlan.deleteProgressUpdate, { cardId: rec.id, updateId: update.id })
        : null;
    }
    default:
      return null;
  }
}
