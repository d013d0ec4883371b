/**
 * The repair rules for a map merged from several people's concurrent changes (a live session,
 * two tabs). Every record on its own is valid, but together they may not fit: a card in a lane
 * someone deleted, a link to a deleted card, a vote for a card that is gone.
 *
 * The repair is a pure, deterministic function of the merged records, so every client computes
 * the same map from the same shared document, and it is never written back as a change of its
 * own (which would fight another client's repair). What it hides stays in the shared document:
 * undoing the deletion of a card brings back its comments and votes.
 *
 * The rules, in the order they are applied:
 * 1. A list longer than the schema allows (COLLECTION_LIMITS: two people adding the 200th lane
 *    at once) shows its first records, in their stored order. (Lists inside a record, a phase's
 *    steps, a card's quotes, a round's votes, are cut the same way when they are read:
 *    editor/document/read.ts.)
 * 2. An id used twice (a step moved into two phases at once) is kept at its first place in
 *    journey order: phases, their steps, lanes, cards, their quotes and progress updates, links,
 *    personas, research, comments, vote rounds, their votes.
 * 3. A phase left with no steps is not shown; steps past the limit of LIMITS.steps are not shown.
 * 4. A card whose lane is gone moves to the first lane whose default card kind is its own kind,
 *    else to the first lane; a card whose step is gone moves to the first step of the map. With
 *    no lane or no step at all, cards are not shown.
 * 5. A link whose ends are not both on the map, or that joins a card to itself, is not shown.
 * 6. A recommendation that answers a card that is gone answers its step instead (null).
 * 7. A comment on a card or step that is gone, a reply to a comment that is not shown, and
 *    replies that go round in a circle are not shown.
 * 8. A vote for a card that is gone, for a kind the round does not take, or past the
 *    participant's number of votes (in the order the votes are stored) is not shown.
 */
import {
  COLLECTION_LIMITS,
  LIMITS,
  type Card,
  type Comment,
  type JourneyMap,
  type Phase,
} from './schema';
import { LANE_DEFAULT_CARD_KIND } from './vocabulary';

/** The map with the repair rules above applied; the same object when nothing needed it. */
export function repairMap(input: JourneyMap): JourneyMap {
  const map = withinLimits(input);
  const seen = new Set<string>();
  const claim = <T extends { id: string }>(items: readonly T[]): readonly T[] => {
    let kept: T[] | null = null;
    items.forEach((item, index) => {
      if (seen.has(item.id)) {
        kept ??= items.slice(0, index);
      } else {
        seen.add(item.id);
        kept?.push(item);
      }
    });
    return kept ?? items;
  };

  const phases = repairPhases(map.phases, claim);
  const lanes = claim(map.lanes);
  const stepIds = new Set(phases.flatMap((phase) => phase.steps.map((step) => step.id)));
  const firstStep = phases[0]?.steps[0]?.id ?? null;
  const laneIds = new Set(lanes.map((lane) => lane.id));

  let cards = claimCardParts(claim(map.cards), claim);
  if (cards.some((card) => !laneIds.has(card.laneId) || !stepIds.has(card.stepId))) {
    cards = cards.flatMap((card): Card[] => {
      if (laneIds.has(card.laneId) && stepIds.has(card.stepId)) return [card];
      const laneId = laneIds.has(card.laneId)
        ? card.laneId
        : (lanes.find((lane) => LANE_DEFAULT_CARD_KIND[lane.kind] === card.kind) ?? lanes[0])?.id;
      const stepId = stepIds.has(card.stepId) ? card.stepId : firstStep;
      return laneId === undefined || stepId === null ? [] : [{ ...card, laneId, stepId }];
    });
  }
  const cardIds = new Set(cards.map((card) => card.id));
  if (
    cards.some((c) => c.kind === 'recommendation' && c.answers !== null && !cardIds.has(c.answers))
  ) {
    cards = cards.map((card) =>
      card.kind === 'recommendation' && card.answers !== null && !cardIds.has(card.answers)
        ? { ...card, answers: null }
        : card,
    );
  }

  const links = keep(
    claim(map.links),
    (link) => link.from !== link.to && cardIds.has(link.from) && cardIds.has(link.to),
  );
  const personas = claim(map.personas);
  const research = claim(map.research);
  const comments = repairComments(claim(map.comments), cardIds, stepIds);
  const voteRounds = repairVoteRounds(map.voteRounds, claim, cards);

  const same =
    phases === map.phases &&
    lanes === map.lanes &&
    cards === map.cards &&
    links === map.links &&
    personas === map.personas &&
    research === map.research &&
    comments === map.comments &&
    voteRounds === map.voteRounds;
  if (same) return map;
  return {
    ...map,
    phases: phases as Phase[],
    lanes: lanes as JourneyMap['lanes'],
    cards: cards as Card[],
    links: links as JourneyMap['links'],
    personas: personas as JourneyMap['personas'],
    research: research as JourneyMap['research'],
    comments: comments as Comment[],
    voteRounds: voteRounds as JourneyMap['voteRounds'],
  };
}

type Claim = <T extends { id: string }>(items: readonly T[]) => readonly T[];

/**
 * What the rules above read of one record of the map's list `list` (phases, cards …). When a
 * change adds, removes and reorders no record and leaves this the same for every record it
 * touches, a map that needed no repair still needs none (MapDocument then skips the repair:
 * typing a title does not walk the whole map).
 */
export function repairFacts(list: string, record: Readonly<Record<string, unknown>>): unknown {
  const ids = (items: unknown) =>
    Array.isArray(items) ? items.map((item: { id?: unknown }) => item.id) : null;
  switch (list) {
    case 'phases':
      return [record.id, ids(record.steps)];
    case 'lanes':
      return [record.id, record.kind];
    case 'cards':
      return [
        record.id,
        record.laneId,
        record.stepId,
        record.kind,
        record.answers,
        ids(record.quotes),
        ids(record.progress),
      ];
    case 'links':
      return [record.id, record.from, record.to];
    case 'comments':
      return [record.id, record.target, record.parentId];
    case 'voteRounds':
      return [
        record.id,
        record.votesPerParticipant,
        record.cardKinds,
        Array.isArray(record.votes)
          ? record.votes.map((vote: Record<string, unknown>) => [
              vote.id,
              vote.cardId,
              vote.participant,
            ])
          : null,
      ];
    case 'personas':
    case 'research':
      return record.id;
    default:
      return record;
  }
}

const LIMITED_LISTS = [
  'phases',
  'lanes',
  'cards',
  'links',
  'comments',
  'personas',
  'research',
  'voteRounds',
] as const satisfies readonly (keyof typeof COLLECTION_LIMITS & keyof JourneyMap)[];

/** Rule 1: every list cut to its first COLLECTION_LIMITS records; the same map when none is. */
function withinLimits(map: JourneyMap): JourneyMap {
  let out: JourneyMap | null = null;
  for (const key of LIMITED_LISTS) {
    const limit = COLLECTION_LIMITS[key];
    if (map[key].length > limit) out = { ...(out ?? map), [key]: map[key].slice(0, limit) };
  }
  return out ?? map;
}

/** Rule 2 for what cards hold: quotes and progress updates whose id is taken are not shown. */
function claimCardParts(cards: readonly Card[], claim: Claim): readonly Card[] {
  let out: Card[] | null = null;
  cards.forEach((card, i) => {
    let next: Card = card;
    if (card.kind === 'evidence') {
      const quotes = claim(card.quotes);
      if (quotes !== card.quotes) next = { ...card, quotes: quotes as typeof card.quotes };
    } else if (card.kind === 'recommendation') {
      const progress = claim(card.progress);
      if (progress !== card.progress)
        next = { ...card, progress: progress as typeof card.progress };
    }
    if (next !== card) (out ??= cards.slice())[i] = next;
  });
  return out ?? cards;
}

/** The items that pass `test`; the same array when all do. */
function keep<T>(items: readonly T[], test: (item: T) => boolean): readonly T[] {
  return items.every(test) ? items : items.filter(test);
}

function repairPhases(phases: readonly Phase[], claim: Claim): readonly Phase[] {
  let changed = false;
  let stepBudget: number = LIMITS.steps;
  const out: Phase[] = [];
  for (const phase of claim(phases)) {
    let steps = claim(phase.steps);
    if (steps.length > stepBudget) steps = steps.slice(0, Math.max(0, stepBudget));
    stepBudget -= steps.length;
    if (steps.length === 0) {
      changed = true;
      continue;
    }
    if (steps !== phase.steps) {
      changed = true;
      out.push({ ...phase, steps: steps as Phase['steps'] });
    } else {
      out.push(phase);
    }
  }
  return changed || out.length !== phases.length ? out : phases;
}

function repairComments(
  comments: readonly Comment[],
  cardIds: ReadonlySet<string>,
  stepIds: ReadonlySet<string>,
): readonly Comment[] {
  const onMap = (comment: Comment) =>
    (comment.target.kind === 'card' ? cardIds : stepIds).has(comment.target.id);
  const byId = new Map(comments.map((comment) => [comment.id, comment]));
  // A comment is shown when it is on the map and its chain of parents ends at a shown root.
  const shown = new Map<string, boolean>();
  const isShown = (comment: Comment): boolean => {
    const known = shown.get(comment.id);
    if (known !== undefined) return known;
    shown.set(comment.id, false); // a circle back to here is not shown
    let result = onMap(comment);
    if (result && comment.parentId !== null) {
      const parent = byId.get(comment.parentId);
      result = parent !== undefined && isShown(parent);
    }
    shown.set(comment.id, result);
    return result;
  };
  return keep(comments, isShown);
}

function repairVoteRounds(
  rounds: JourneyMap['voteRounds'],
  claim: Claim,
  cards: readonly Card[],
): readonly JourneyMap['voteRounds'][number][] {
  if (rounds.every((round) => round.votes.length === 0)) return claim(rounds);
  const kinds = new Map(cards.map((card) => [card.id, card.kind]));
  let changed = false;
  const out = claim(rounds).map((round) => {
    const used = new Map<string, number>();
    const counted = claim(round.votes).filter((vote) => {
      const kind = kinds.get(vote.cardId);
      if (kind === undefined || !round.cardKinds.includes(kind)) return false;
      const count = (used.get(vote.participant) ?? 0) + 1;
      used.set(vote.participant, count);
      return count <= round.votesPerParticipant;
    });
    const votes = counted.length === round.votes.length ? round.votes : counted;
    if (votes === round.votes) return round;
    changed = true;
    return { ...round, votes: votes as typeof round.votes };
  });
  return changed || out.length !== rounds.length ? out : rounds;
}
