/**
 * Pure edits of a journey map. Each takes a map and returns a new one (never mutating the
 * input), so the store can keep old maps for undo and React can compare by reference.
 * Functions that add something take the new id as an option so callers and tests can know it.
 */
import { createCard, convertCard } from './cards';
import { patchChanges } from './equality';
import { newId } from './ids';
import type { Card, JourneyMap, Lane, Link, Phase, Step } from './schema';
import { BACKSTAGE_LANE_KINDS, LANE_KIND_LABELS, type CardKind, type LaneKind } from './vocabulary';

// ─── Helpers ─────────────────────────────────────────────────────────────────────────────

function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  const out = items.slice();
  const [item] = out.splice(from, 1);
  if (item === undefined) return out;
  out.splice(Math.max(0, Math.min(to, out.length)), 0, item);
  return out;
}

function clampIndex(index: number | undefined, length: number): number {
  return index === undefined ? length : Math.max(0, Math.min(index, length));
}

export function allSteps(map: JourneyMap): Step[] {
  return map.phases.flatMap((phase) => phase.steps);
}

export function findStep(map: JourneyMap, stepId: string): { phase: Phase; step: Step } | null {
  for (const phase of map.phases) {
    const step = phase.steps.find((s) => s.id === stepId);
    if (step) return { phase, step };
  }
  return null;
}

/** Cards of one cell in drawing order. */
export function cardsInCell(map: JourneyMap, laneId: string, stepId: string): Card[] {
  return map.cards
    .filter((card) => card.laneId === laneId && card.stepId === stepId)
    .sort((a, b) => a.order - b.order);
}

/** Drops everything that points at cards that are gone: links, comments, votes, answers. */
function withoutCards(map: JourneyMap, gone: ReadonlySet<string>): JourneyMap {
  if (gone.size === 0) return map;
  const cards = map.cards
    .filter((card) => !gone.has(card.id))
    .map((card) =>
      card.kind === 'recommendation' && card.answers !== null && gone.has(card.answers)
        ? { ...card, answers: null }
        : card,
    );
  const comments = map.comments.filter((c) => !(c.target.kind === 'card' && gone.has(c.target.id)));
  return {
    ...map,
    cards,
    links: map.links.filter((link) => !gone.has(link.from) && !gone.has(link.to)),
    comments: dropOrphanReplies(comments),
    voteRounds: map.voteRounds.map((round) => ({
      ...round,
      votes: round.votes.filter((vote) => !gone.has(vote.cardId)),
    })),
  };
}

function dropOrphanReplies(comments: JourneyMap['comments']): JourneyMap['comments'] {
  let current = comments;
  for (;;) {
    const ids = new Set(current.map((c) => c.id));
    const next = current.filter((c) => c.parentId === null || ids.has(c.parentId));
    if (next.length === current.length) return next;
    current = next;
  }
}

// ─── Phases and steps ────────────────────────────────────────────────────────────────────

export function newStep(title = '', id = newId()): Step {
  return {
    id,
    title,
    description: '',
    emotionScore: null,
    emotionSource: 'manual',
    momentOfTruth: null,
    width: null,
  };
}

export function addPhase(
  map: JourneyMap,
  options: { name?: string; index?: number; id?: string; stepId?: string } = {},
): JourneyMap {
  const phase: Phase = {
    id: options.id ?? newId(),
    name: options.name ?? 'New phase',
    description: '',
    startDate: null,
    endDate: null,
    steps: [newStep('', options.stepId)],
  };
  const phases = map.phases.slice();
  phases.splice(clampIndex(options.index, phases.length), 0, phase);
  return { ...map, phases };
}

export function updatePhase(
  map: JourneyMap,
  phaseId: string,
  patch: Partial<Omit<Phase, 'id' | 'steps'>>,
): JourneyMap {
  const phase = map.phases.find((p) => p.id === phaseId);
  if (!phase || !patchChanges(phase, patch)) return map;
  return {
    ...map,
    phases: map.phases.map((phase) => (phase.id === phaseId ? { ...phase, ...patch } : phase)),
  };
}

export function renamePhase(map: JourneyMap, phaseId: string, name: string): JourneyMap {
  return updatePhase(map, phaseId, { name });
}

export function movePhase(map: JourneyMap, phaseId: string, toIndex: number): JourneyMap {
  const from = map.phases.findIndex((phase) => phase.id === phaseId);
  if (from < 0 || from === toIndex) return map;
  return { ...map, phases: moveItem(map.phases, from, toIndex) };
}

/** Cards that would go with a phase, a step or a lane: callers ask before deleting them. */
export function cardsInPhase(map: JourneyMap, phaseId: string): Card[] {
  const phase = map.phases.find((p) => p.id === phaseId);
  if (!phase) return [];
  const steps = new Set(phase.steps.map((s) => s.id));
  return map.cards.filter((card) => steps.has(card.stepId));
}

export function deletePhase(map: JourneyMap, phaseId: string): JourneyMap {
  const phase = map.phases.find((p) => p.id === phaseId);
  if (!phase) return map;
  const stepIds = new Set(phase.steps.map((s) => s.id));
  const gone = new Set(map.cards.filter((c) => stepIds.has(c.stepId)).map((c) => c.id));
  const next = withoutCards(map, gone);
  return {
    ...next,
    phases: next.phases.filter((p) => p.id !== phaseId),
    comments: dropOrphanReplies(
      next.comments.filter((c) => !(c.target.kind === 'step' && stepIds.has(c.target.id))),
    ),
  };
}

export function addStep(
  map: JourneyMap,
  phaseId: string,
  options: { title?: string; index?: number; id?: string } = {},
): JourneyMap {
  return {
    ...map,
    phases: map.phases.map((phase) => {
      if (phase.id !== phaseId) return phase;
      const steps = phase.steps.slice();
      steps.splice(clampIndex(options.index, steps.length), 0, newStep(options.title, options.id));
      return { ...phase, steps };
    }),
  };
}

export function updateStep(
  map: JourneyMap,
  stepId: string,
  patch: Partial<Omit<Step, 'id'>>,
): JourneyMap {
  const found = findStep(map, stepId);
  if (!found || !patchChanges(found.step, patch)) return map;
  return {
    ...map,
    phases: map.phases.map((phase) =>
      phase.steps.some((s) => s.id === stepId)
        ? { ...phase, steps: phase.steps.map((s) => (s.id === stepId ? { ...s, ...patch } : s)) }
        : phase,
    ),
  };
}

/** Moves a step to `toIndex` inside `toPhaseId` (which may be another phase). */
export function moveStep(
  map: JourneyMap,
  stepId: string,
  toPhaseId: string,
  toIndex: number,
): JourneyMap {
  const found = findStep(map, stepId);
  if (!found) return map;
  if (found.phase.id !== toPhaseId && found.phase.steps.length === 1) return map; // a phase keeps ≥1 step
  const removed = map.phases.map((phase) =>
    phase.id === found.phase.id
      ? { ...phase, steps: phase.steps.filter((s) => s.id !== stepId) }
      : phase,
  );
  return {
    ...map,
    phases: removed.map((phase) => {
      if (phase.id !== toPhaseId) return phase;
      const steps = phase.steps.slice();
      steps.splice(clampIndex(toIndex, steps.length), 0, found.step);
      return { ...phase, steps };
    }),
  };
}

/** Deletes a step and its cards. The last step of a phase deletes the phase. */
export function deleteStep(map: JourneyMap, stepId: string): JourneyMap {
  const found = findStep(map, stepId);
  if (!found) return map;
  if (found.phase.steps.length === 1) return deletePhase(map, found.phase.id);
  const gone = new Set(map.cards.filter((c) => c.stepId === stepId).map((c) => c.id));
  const next = withoutCards(map, gone);
  return {
    ...next,
    phases: next.phases.map((phase) =>
      phase.id === found.phase.id
        ? { ...phase, steps: phase.steps.filter((s) => s.id !== stepId) }
        : phase,
    ),
    comments: dropOrphanReplies(
      next.comments.filter((c) => !(c.target.kind === 'step' && c.target.id === stepId)),
    ),
  };
}

// ─── Lanes ───────────────────────────────────────────────────────────────────────────────

export function newLane(kind: LaneKind, name?: string, id = newId()): Lane {
  return {
    id,
    kind,
    name: name ?? LANE_KIND_LABELS[kind],
    note: '',
    side: BACKSTAGE_LANE_KINDS.includes(kind) ? 'backstage' : 'frontstage',
    height: null,
  };
}

export function addLane(
  map: JourneyMap,
  options: { kind?: LaneKind; name?: string; index?: number; id?: string } = {},
): JourneyMap {
  const lanes = map.lanes.slice();
  lanes.splice(
    clampIndex(options.index, lanes.length),
    0,
    newLane(options.kind ?? 'custom', options.name, options.id),
  );
  return { ...map, lanes };
}

export function updateLane(
  map: JourneyMap,
  laneId: string,
  patch: Partial<Omit<Lane, 'id'>>,
): JourneyMap {
  const lane = map.lanes.find((l) => l.id === laneId);
  if (!lane || !patchChanges(lane, patch)) return map;
  return {
    ...map,
    lanes: map.lanes.map((lane) => (lane.id === laneId ? { ...lane, ...patch } : lane)),
  };
}

export function moveLane(map: JourneyMap, laneId: string, toIndex: number): JourneyMap {
  const from = map.lanes.findIndex((lane) => lane.id === laneId);
  if (from < 0 || from === toIndex) return map;
  return { ...map, lanes: moveItem(map.lanes, from, toIndex) };
}

export function cardsInLane(map: JourneyMap, laneId: string): Card[] {
  return map.cards.filter((card) => card.laneId === laneId);
}

export function deleteLane(map: JourneyMap, laneId: string): JourneyMap {
  const gone = new Set(cardsInLane(map, laneId).map((c) => c.id));
  const next = withoutCards(map, gone);
  return { ...next, lanes: next.lanes.filter((lane) => lane.id !== laneId) };
}

// ─── Cards ───────────────────────────────────────────────────────────────────────────────

function nextOrder(map: JourneyMap, laneId: string, stepId: string): number {
  let max = -1;
  for (const card of map.cards) {
    if (card.laneId === laneId && card.stepId === stepId && card.order > max) max = card.order;
  }
  return max + 1;
}

export function addCard(
  map: JourneyMap,
  options: { kind: CardKind; laneId: string; stepId: string; title?: string; id?: string },
): JourneyMap {
  const card = createCard(
    options.kind,
    {
      laneId: options.laneId,
      stepId: options.stepId,
      order: nextOrder(map, options.laneId, options.stepId),
    },
    { id: options.id ?? newId(), title: options.title ?? '' },
  );
  return { ...map, cards: [...map.cards, card] };
}

/** Puts ready-made cards (pasted, imported) into the map, keeping their fields. */
export function insertCards(map: JourneyMap, cards: readonly Card[]): JourneyMap {
  return { ...map, cards: [...map.cards, ...cards] };
}

/** A distributive Omit, so a patch may carry the fields of the card's own kind. */
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
export type CardPatch = Partial<DistributiveOmit<Card, 'id' | 'kind'>>;

export function updateCard(map: JourneyMap, cardId: string, patch: CardPatch): JourneyMap {
  const card = map.cards.find((c) => c.id === cardId);
  if (!card || !patchChanges(card, patch)) return map;
  return {
    ...map,
    cards: map.cards.map((card) => (card.id === cardId ? ({ ...card, ...patch } as Card) : card)),
  };
}

export function changeCardKind(map: JourneyMap, cardId: string, kind: CardKind): JourneyMap {
  return {
    ...map,
    cards: map.cards.map((card) => (card.id === cardId ? convertCard(card, kind) : card)),
  };
}

/**
 * Moves cards into one cell at `index` (default: the end), keeping their relative order, and
 * renumbers the cell so the order is dense (0, 1, 2 …).
 */
export function moveCards(
  map: JourneyMap,
  cardIds: readonly string[],
  target: { laneId: string; stepId: string; index?: number },
): JourneyMap {
  const moving = new Set(cardIds);
  // Grouped by the cell they come from (in order of first appearance), in drawing order inside
  // each cell. (A comparator returning 0 across cells is not transitive and could swap cards.)
  const cellRank = new Map<string, number>();
  const rank = (card: Card) => {
    const key = `${card.laneId}|${card.stepId}`;
    if (!cellRank.has(key)) cellRank.set(key, cellRank.size);
    return cellRank.get(key) ?? 0;
  };
  const movingCards = map.cards
    .filter((card) => moving.has(card.id))
    .map((card) => ({ card, rank: rank(card) }))
    .sort((a, b) => a.rank - b.rank || a.card.order - b.card.order)
    .map(({ card }) => card);
  if (movingCards.length === 0) return map;
  const staying = cardsInCell(map, target.laneId, target.stepId).filter((c) => !moving.has(c.id));
  const ordered = staying.slice();
  ordered.splice(clampIndex(target.index, staying.length), 0, ...movingCards);
  const placed = new Map<string, Card>();
  ordered.forEach((card, order) =>
    placed.set(card.id, { ...card, laneId: target.laneId, stepId: target.stepId, order }),
  );
  return {
    ...map,
    cards: map.cards.map((card) => {
      const next = placed.get(card.id);
      if (!next) return card;
      const same =
        next.order === card.order && next.laneId === card.laneId && next.stepId === card.stepId;
      return same ? card : next;
    }),
  };
}

export function deleteCards(map: JourneyMap, cardIds: readonly string[]): JourneyMap {
  return withoutCards(map, new Set(cardIds));
}

/**
 * Copies cards with new ids, each placed right after its original; links between copied
 * cards are copied too. Returns the map and the new ids (in the same order as `cardIds`).
 */
export function duplicateCards(
  map: JourneyMap,
  cardIds: readonly string[],
): { map: JourneyMap; newIds: string[] } {
  const ids = new Map<string, string>();
  for (const id of cardIds) if (map.cards.some((c) => c.id === id)) ids.set(id, newId());
  const copies = pasteableCopies(
    map.cards.filter((c) => ids.has(c.id)),
    map.links,
    ids,
  );
  // Half a step after the original, then renumbered: each copy lands right after its source.
  const next: JourneyMap = {
    ...map,
    cards: [...map.cards, ...copies.cards.map((c) => ({ ...c, order: c.order + 0.5 }))],
    links: [...map.links, ...copies.links],
  };
  return { map: renumberCells(next), newIds: [...ids.values()] };
}

/** Dense 0…n−1 order in every cell, keeping the current order. */
export function renumberCells(map: JourneyMap): JourneyMap {
  const cells = new Map<string, Card[]>();
  for (const card of map.cards) {
    const key = `${card.laneId}|${card.stepId}`;
    const cell = cells.get(key);
    if (cell) cell.push(card);
    else cells.set(key, [card]);
  }
  const orders = new Map<string, number>();
  for (const cell of cells.values()) {
    cell.sort((a, b) => a.order - b.order).forEach((card, i) => orders.set(card.id, i));
  }
  return {
    ...map,
    cards: map.cards.map((card) => {
      const order = orders.get(card.id) ?? card.order;
      return order === card.order ? card : { ...card, order };
    }),
  };
}

/**
 * Copies of cards (and the links among them) with fresh ids from `idMap`, for duplicate and
 * paste; an evidence card's quotes and a recommendation's progress updates get fresh ids too
 * (ids are unique across the whole map). Links to cards outside the copy are left behind;
 * `answers` outside the copy kept.
 */
export function pasteableCopies(
  cards: readonly Card[],
  links: readonly Link[],
  idMap: Map<string, string> = new Map(cards.map((c) => [c.id, newId()])),
): { cards: Card[]; links: Link[] } {
  const copies = cards.map((card) => {
    const copy = { ...card, id: idMap.get(card.id) ?? newId() } as Card;
    if (copy.kind === 'evidence') copy.quotes = copy.quotes.map((q) => ({ ...q, id: newId() }));
    if (copy.kind === 'recommendation') {
      copy.progress = copy.progress.map((update) => ({ ...update, id: newId() }));
    }
    if (copy.kind === 'recommendation' && copy.answers !== null && idMap.has(copy.answers)) {
      copy.answers = idMap.get(copy.answers) ?? null;
    }
    return copy;
  });
  const copiedLinks = links
    .filter((link) => idMap.has(link.from) && idMap.has(link.to))
    .map((link) => ({
      ...link,
      id: newId(),
      from: idMap.get(link.from) ?? link.from,
      to: idMap.get(link.to) ?? link.to,
    }));
  return { cards: copies, links: copiedLinks };
}

// ─── Links ───────────────────────────────────────────────────────────────────────────────

export function addLink(
  map: JourneyMap,
  link: { from: string; to: string; kind?: Link['kind']; label?: string; id?: string },
): JourneyMap {
  if (link.from === link.to) return map;
  if (map.links.some((l) => l.from === link.from && l.to === link.to)) return map;
  const ids = new Set(map.cards.map((c) => c.id));
  if (!ids.has(link.from) || !ids.has(link.to)) return map;
  return {
    ...map,
    links: [
      ...map.links,
      {
        id: link.id ?? newId(),
        from: link.from,
        to: link.to,
        kind: link.kind ?? 'flow',
        label: link.label ?? '',
      },
    ],
  };
}

export function deleteLink(map: JourneyMap, linkId: string): JourneyMap {
  return { ...map, links: map.links.filter((l) => l.id !== linkId) };
}

// ─── Map details ─────────────────────────────────────────────────────────────────────────

export type MapDetailsPatch = Partial<
  Pick<
    JourneyMap,
    | 'title'
    | 'description'
    | 'service'
    | 'journeyType'
    | 'owner'
    | 'status'
    | 'tags'
    | 'startDate'
    | 'endDate'
    | 'settings'
  >
>;

export function updateMapDetails(map: JourneyMap, patch: MapDetailsPatch): JourneyMap {
  return patchChanges(map, patch) ? { ...map, ...patch } : map;
}
