import { describe, expect, it } from 'vitest';
import {
  addCard,
  addLane,
  addLink,
  addPhase,
  addStep,
  allSteps,
  cardsInCell,
  changeCardKind,
  deleteCards,
  deleteLane,
  deleteLink,
  deletePhase,
  deleteStep,
  duplicateCards,
  insertCards,
  moveCards,
  moveLane,
  movePhase,
  moveStep,
  renamePhase,
  renumberCells,
  updateCard,
  updateLane,
  updateMapDetails,
  updatePhase,
  updateStep,
} from '../../src/domain/edits';
import { createCard } from '../../src/domain/cards';
import { journeyMapSchema, type Card, type JourneyMap } from '../../src/domain/schema';
import { buildMap, card as cardSpec, lane } from '../builders';

const NOW = '2026-01-01T09:00:00.000Z';

/**
 * Two phases (p1: s1, s2; p2: s3), three lanes, cards in a few cells, links, comments,
 * a vote round and a recommendation answering a pain point.
 */
function fixtureMap(): JourneyMap {
  return buildMap({
    id: 'map-1',
    title: 'Repairs',
    createdAt: NOW,
    updatedAt: NOW,
    phases: [
      {
        id: 'p1',
        name: 'Report',
        steps: [
          { id: 's1', title: 'Call' },
          { id: 's2', title: 'Wait' },
        ],
      },
      { id: 'p2', name: 'Fix', steps: [{ id: 's3', title: 'Visit' }] },
    ],
    lanes: [
      lane('touchpoints', { id: 'l-touch' }),
      lane('pain-points', { id: 'l-pain' }),
      lane('recommendations', { id: 'l-rec' }),
    ],
    cards: [
      cardSpec('touchpoint', { id: 'a', stepId: 's1', title: 'A', channel: 'phone' }),
      cardSpec('touchpoint', { id: 'b', stepId: 's1', title: 'B' }),
      cardSpec('touchpoint', { id: 'c', stepId: 's1', title: 'C' }),
      cardSpec('touchpoint', { id: 'd', stepId: 's2', title: 'D' }),
      cardSpec('touchpoint', { id: 'e', stepId: 's2', title: 'E' }),
      cardSpec('pain-point', {
        id: 'pain',
        stepId: 's1',
        title: 'Long hold',
        severity: 'high',
        description: 'Forty minutes',
        tags: ['phone'],
        basis: 'evidenced',
        momentOfTruth: { reason: 'First contact' },
      }),
      cardSpec('recommendation', { id: 'rec', stepId: 's3', title: 'Call back', answers: 'pain' }),
    ],
    links: [
      { id: 'k-ab', from: 'a', to: 'b' },
      { id: 'k-apain', from: 'a', to: 'pain', kind: 'cause' },
      { id: 'k-de', from: 'd', to: 'e' },
    ],
    comments: [
      {
        id: 'm1',
        target: { kind: 'card', id: 'a' },
        author: 'Sam',
        text: 'Which number?',
        createdAt: NOW,
      },
      {
        id: 'm2',
        target: { kind: 'card', id: 'a' },
        parentId: 'm1',
        author: 'Jo',
        text: 'The main one',
        createdAt: NOW,
      },
      {
        id: 'm3',
        target: { kind: 'step', id: 's2' },
        author: 'Sam',
        text: 'How long?',
        createdAt: NOW,
      },
      { id: 'm4', target: { kind: 'card', id: 'rec' }, author: 'Sam', text: 'Yes', createdAt: NOW },
    ],
    voteRounds: [
      {
        id: 'round',
        question: 'Which hurts most?',
        votesPerParticipant: 3,
        cardKinds: ['touchpoint', 'pain-point'],
        createdAt: NOW,
        votes: [
          { id: 'v1', participant: 'Sam', cardId: 'a' },
          { id: 'v2', participant: 'Jo', cardId: 'pain' },
        ],
      },
    ],
  });
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

/** A frozen fixture and a pristine copy to compare it with after the edit. */
function frozenMap(): { map: JourneyMap; before: JourneyMap } {
  return { map: deepFreeze(fixtureMap()), before: fixtureMap() };
}

function expectValid(map: JourneyMap) {
  const result = journeyMapSchema.safeParse(map);
  expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
}

const ids = (items: readonly { id: string }[]) => items.map((item) => item.id);
const cell = (map: JourneyMap, laneId: string, stepId: string) =>
  cardsInCell(map, laneId, stepId).map((c) => [c.id, c.order]);
const card = (map: JourneyMap, id: string): Card => {
  const found = map.cards.find((c) => c.id === id);
  if (!found) throw new Error(`no card ${id}`);
  return found;
};

describe('phases', () => {
  it('addPhase inserts a phase with one empty step at an index', () => {
    const { map, before } = frozenMap();
    const next = addPhase(map, { name: 'Leave', index: 1, id: 'p-new', stepId: 's-new' });
    expect(ids(next.phases)).toEqual(['p1', 'p-new', 'p2']);
    expect(next.phases[1]).toMatchObject({ name: 'Leave', steps: [{ id: 's-new', title: '' }] });
    expect(addPhase(map, { id: 'p-end' }).phases.at(-1)).toMatchObject({
      id: 'p-end',
      name: 'New phase',
    });
    expectValid(next);
    expect(map).toEqual(before);
  });

  it('renamePhase and updatePhase change only that phase', () => {
    const { map, before } = frozenMap();
    const next = renamePhase(map, 'p2', 'Repair');
    expect(next.phases.map((p) => p.name)).toEqual(['Report', 'Repair']);
    expect(next.phases[0]).toBe(map.phases[0]);
    const dated = updatePhase(map, 'p1', { startDate: '2026-02-01' });
    expect(dated.phases[0]?.startDate).toBe('2026-02-01');
    expect(map).toEqual(before);
  });

  it('movePhase reorders phases', () => {
    const { map, before } = frozenMap();
    expect(ids(movePhase(map, 'p2', 0).phases)).toEqual(['p2', 'p1']);
    expect(movePhase(map, 'p1', 0)).toBe(map);
    expect(movePhase(map, 'nope', 1)).toBe(map);
    expect(map).toEqual(before);
  });

  it('deletePhase removes its steps, their cards and everything pointing at them', () => {
    const { map, before } = frozenMap();
    const next = deletePhase(map, 'p1');
    expect(ids(next.phases)).toEqual(['p2']);
    expect(ids(next.cards)).toEqual(['rec']);
    expect(next.links).toEqual([]);
    // Comments on gone cards (and the reply to one) and on the gone step are dropped.
    expect(ids(next.comments)).toEqual(['m4']);
    expect(next.voteRounds[0]?.votes).toEqual([]);
    // The recommendation answered a pain point that is gone.
    expect(card(next, 'rec')).toMatchObject({ answers: null });
    expectValid(next);
    expect(map).toEqual(before);
  });
});

describe('steps', () => {
  it('addStep inserts a step in a phase', () => {
    const { map, before } = frozenMap();
    const next = addStep(map, 'p1', { title: 'Chase', index: 1, id: 's-chase' });
    expect(ids(allSteps(next))).toEqual(['s1', 's-chase', 's2', 's3']);
    expect(addStep(map, 'p2', { id: 's-last' }).phases[1]?.steps.map((s) => s.id)).toEqual([
      's3',
      's-last',
    ]);
    expectValid(next);
    expect(map).toEqual(before);
  });

  it('updateStep renames a step and sets its emotion', () => {
    const { map, before } = frozenMap();
    const next = updateStep(map, 's2', { title: 'Waits a week', emotionScore: -2 });
    expect(next.phases[0]?.steps[1]).toMatchObject({ title: 'Waits a week', emotionScore: -2 });
    expect(next.phases[1]).toBe(map.phases[1]);
    expect(map).toEqual(before);
  });

  it('moveStep moves a step inside its phase', () => {
    const { map, before } = frozenMap();
    const next = moveStep(map, 's1', 'p1', 1);
    expect(next.phases[0]?.steps.map((s) => s.id)).toEqual(['s2', 's1']);
    expect(map).toEqual(before);
  });

  it('moveStep moves a step to another phase, with its cards', () => {
    const { map, before } = frozenMap();
    const next = moveStep(map, 's2', 'p2', 0);
    expect(next.phases.map((p) => p.steps.map((s) => s.id))).toEqual([['s1'], ['s2', 's3']]);
    expect(cell(next, 'l-touch', 's2')).toEqual([
      ['d', 0],
      ['e', 1],
    ]);
    expectValid(next);
    expect(map).toEqual(before);
  });

  it('moveStep will not empty a phase', () => {
    const { map } = frozenMap();
    expect(moveStep(map, 's3', 'p1', 0)).toBe(map);
  });

  it('deleteStep removes the step, its cards and what pointed at them', () => {
    const { map, before } = frozenMap();
    const next = deleteStep(map, 's2');
    expect(ids(allSteps(next))).toEqual(['s1', 's3']);
    expect(ids(next.cards)).toEqual(['a', 'b', 'c', 'pain', 'rec']);
    expect(ids(next.links)).toEqual(['k-ab', 'k-apain']);
    expect(ids(next.comments)).toEqual(['m1', 'm2', 'm4']);
    expectValid(next);
    expect(map).toEqual(before);
  });

  it('deleting the last step of a phase deletes the phase', () => {
    const { map, before } = frozenMap();
    const next = deleteStep(map, 's3');
    expect(ids(next.phases)).toEqual(['p1']);
    expect(ids(next.cards)).not.toContain('rec');
    expect(ids(next.comments)).toEqual(['m1', 'm2', 'm3']);
    expectValid(next);
    expect(map).toEqual(before);
  });
});

describe('lanes', () => {
  it('addLane inserts a lane, backstage for teams and systems', () => {
    const { map, before } = frozenMap();
    const next = addLane(map, { kind: 'systems', index: 0, id: 'l-sys' });
    expect(ids(next.lanes)).toEqual(['l-sys', 'l-touch', 'l-pain', 'l-rec']);
    expect(next.lanes[0]).toMatchObject({ name: 'Systems & tools', side: 'backstage' });
    const custom = addLane(map, { name: 'Weather', id: 'l-w' });
    expect(custom.lanes.at(-1)).toMatchObject({
      id: 'l-w',
      kind: 'custom',
      name: 'Weather',
      side: 'frontstage',
    });
    expectValid(next);
    expect(map).toEqual(before);
  });

  it('updateLane renames a lane', () => {
    const { map, before } = frozenMap();
    const next = updateLane(map, 'l-pain', { name: 'Frustrations' });
    expect(next.lanes.map((l) => l.name)).toEqual([
      'Touchpoints',
      'Frustrations',
      'Recommendations',
    ]);
    expect(map).toEqual(before);
  });

  it('moveLane reorders lanes', () => {
    const { map, before } = frozenMap();
    expect(ids(moveLane(map, 'l-touch', 2).lanes)).toEqual(['l-pain', 'l-rec', 'l-touch']);
    expect(ids(moveLane(map, 'l-rec', 0).lanes)).toEqual(['l-rec', 'l-touch', 'l-pain']);
    expect(map).toEqual(before);
  });

  it('deleteLane removes the lane and its cards, links, comments, votes and answers', () => {
    const { map, before } = frozenMap();
    const next = deleteLane(map, 'l-pain');
    expect(ids(next.lanes)).toEqual(['l-touch', 'l-rec']);
    expect(ids(next.cards)).toEqual(['a', 'b', 'c', 'd', 'e', 'rec']);
    expect(ids(next.links)).toEqual(['k-ab', 'k-de']);
    expect(ids(next.voteRounds[0]?.votes ?? [])).toEqual(['v1']);
    expect(card(next, 'rec')).toMatchObject({ answers: null });
    expectValid(next);
    expect(map).toEqual(before);
  });
});

describe('cards', () => {
  it('addCard puts a new card at the end of its cell', () => {
    const { map, before } = frozenMap();
    const next = addCard(map, {
      kind: 'touchpoint',
      laneId: 'l-touch',
      stepId: 's1',
      title: 'New',
      id: 'n',
    });
    expect(cell(next, 'l-touch', 's1')).toEqual([
      ['a', 0],
      ['b', 1],
      ['c', 2],
      ['n', 3],
    ]);
    expect(card(next, 'n')).toMatchObject({ kind: 'touchpoint', title: 'New', channel: 'other' });
    const empty = addCard(map, { kind: 'idea', laneId: 'l-rec', stepId: 's1', id: 'i' });
    expect(card(empty, 'i')).toMatchObject({ order: 0, title: '' });
    expectValid(next);
    expect(map).toEqual(before);
  });

  it('updateCard changes only that card', () => {
    const { map, before } = frozenMap();
    const next = updateCard(map, 'b', { title: 'Letter', description: 'By post' });
    expect(card(next, 'b')).toMatchObject({
      title: 'Letter',
      description: 'By post',
      kind: 'touchpoint',
    });
    expect(card(next, 'a')).toBe(card(map, 'a'));
    expect(map).toEqual(before);
  });

  it('insertCards adds ready-made cards', () => {
    const { map, before } = frozenMap();
    const extra = createCard(
      'note',
      { laneId: 'l-rec', stepId: 's2' },
      { id: 'x', title: 'Pasted' },
    );
    const next = insertCards(map, [extra]);
    expect(ids(next.cards).at(-1)).toBe('x');
    expectValid(next);
    expect(map).toEqual(before);
  });

  it('moveCards moves cards to the end of another cell, keeping their order, densely numbered', () => {
    const { map, before } = frozenMap();
    // Asked for in reverse: the cards keep their order in the cell they came from.
    const next = moveCards(map, ['c', 'a'], { laneId: 'l-touch', stepId: 's2' });
    expect(cell(next, 'l-touch', 's2')).toEqual([
      ['d', 0],
      ['e', 1],
      ['a', 2],
      ['c', 3],
    ]);
    expect(ids(cardsInCell(next, 'l-touch', 's1'))).toEqual(['b']);
    expectValid(next);
    expect(map).toEqual(before);
  });

  it('moveCards inserts at an index and renumbers the cell 0…n−1', () => {
    const { map, before } = frozenMap();
    const next = moveCards(map, ['d', 'e'], { laneId: 'l-touch', stepId: 's1', index: 1 });
    expect(cell(next, 'l-touch', 's1')).toEqual([
      ['a', 0],
      ['d', 1],
      ['e', 2],
      ['b', 3],
      ['c', 4],
    ]);
    expect(cell(next, 'l-touch', 's2')).toEqual([]);
    expect(map).toEqual(before);
  });

  it('moveCards keeps the cell order of cards picked from several cells', () => {
    const { map, before } = frozenMap();
    // f is added last but dragged to the top of its cell: the array order is no longer the
    // drawing order, and a card of another cell (e) sits between a and f in the array.
    const added = addCard(map, { kind: 'touchpoint', laneId: 'l-touch', stepId: 's1', id: 'f' });
    const reordered = moveCards(added, ['f'], { laneId: 'l-touch', stepId: 's1', index: 0 });
    expect(ids(cardsInCell(reordered, 'l-touch', 's1'))).toEqual(['f', 'a', 'b', 'c']);
    const next = moveCards(reordered, ['a', 'e', 'f'], { laneId: 'l-pain', stepId: 's3' });
    const moved = ids(cardsInCell(next, 'l-pain', 's3'));
    expect(moved).toHaveLength(3);
    expect(moved.indexOf('f')).toBeLessThan(moved.indexOf('a'));
    expect(cell(next, 'l-pain', 's3').map(([, order]) => order)).toEqual([0, 1, 2]);
    expect(map).toEqual(before);
  });

  it('moveCards reorders inside a cell', () => {
    const { map, before } = frozenMap();
    const next = moveCards(map, ['a'], { laneId: 'l-touch', stepId: 's1', index: 2 });
    expect(cell(next, 'l-touch', 's1')).toEqual([
      ['b', 0],
      ['c', 1],
      ['a', 2],
    ]);
    // Cards that did not move stay the same objects.
    expect(card(next, 'd')).toBe(card(map, 'd'));
    expect(moveCards(map, ['nope'], { laneId: 'l-touch', stepId: 's1' })).toBe(map);
    expect(map).toEqual(before);
  });

  it('deleteCards drops the cards and their links, comments (with replies) and votes, and clears answers', () => {
    const { map, before } = frozenMap();
    const next = deleteCards(map, ['a', 'pain']);
    expect(ids(next.cards)).toEqual(['b', 'c', 'd', 'e', 'rec']);
    expect(ids(next.links)).toEqual(['k-de']);
    expect(ids(next.comments)).toEqual(['m3', 'm4']);
    expect(next.voteRounds[0]?.votes).toEqual([]);
    expect(card(next, 'rec')).toMatchObject({ answers: null, title: 'Call back' });
    expectValid(next);
    expect(map).toEqual(before);
  });

  it('deleteCards with nothing to delete returns the same map', () => {
    const { map } = frozenMap();
    expect(deleteCards(map, [])).toBe(map);
  });

  it('duplicateCards places each copy right after its original and copies links between them', () => {
    const { map, before } = frozenMap();
    const { map: next, newIds } = duplicateCards(map, ['a', 'b']);
    expect(newIds).toHaveLength(2);
    const [copyA, copyB] = newIds as [string, string];
    expect(new Set([...ids(map.cards), copyA, copyB]).size).toBe(map.cards.length + 2);
    expect(cell(next, 'l-touch', 's1')).toEqual([
      ['a', 0],
      [copyA, 1],
      ['b', 2],
      [copyB, 3],
      ['c', 4],
    ]);
    const { id: _a, order: _ao, ...fieldsA } = card(map, 'a');
    expect(card(next, copyA)).toMatchObject(fieldsA);
    // The link a→b is copied as copyA→copyB; the link a→pain (to a card not copied) is not.
    const copied = next.links.filter((l) => !ids(map.links).includes(l.id));
    expect(copied).toEqual([
      { id: expect.any(String), from: copyA, to: copyB, kind: 'flow', label: '' },
    ]);
    expect(ids(next.links).slice(0, 3)).toEqual(['k-ab', 'k-apain', 'k-de']);
    expectValid(next);
    expect(map).toEqual(before);
  });

  it('duplicateCards points a copied recommendation at the copied pain point', () => {
    const { map, before } = frozenMap();
    const moved = moveCards(map, ['rec'], { laneId: 'l-rec', stepId: 's1' });
    const { map: next, newIds } = duplicateCards(moved, ['pain', 'rec']);
    const [copyPain, copyRec] = newIds as [string, string];
    expect(card(next, copyRec)).toMatchObject({ kind: 'recommendation', answers: copyPain });
    expect(card(next, 'rec')).toMatchObject({ answers: 'pain' });
    const alone = duplicateCards(map, ['rec']);
    expect(card(alone.map, alone.newIds[0]!)).toMatchObject({ answers: 'pain' });
    expectValid(next);
    expect(map).toEqual(before);
  });

  it('changeCardKind keeps the shared fields and takes defaults for the rest', () => {
    const { map, before } = frozenMap();
    const next = changeCardKind(map, 'pain', 'need');
    expect(card(next, 'pain')).toEqual({
      id: 'pain',
      kind: 'need',
      laneId: 'l-pain',
      stepId: 's1',
      order: 0,
      title: 'Long hold',
      description: 'Forty minutes',
      tags: ['phone'],
      basis: 'evidenced',
      momentOfTruth: { reason: 'First contact' },
      rating: null,
    });
    // A rating is a mark every kind has: it stays.
    const rated = updateCard(map, 'pain', { rating: 'Poor' });
    expect(card(changeCardKind(rated, 'pain', 'idea'), 'pain').rating).toBe('Poor');
    const metric = card(changeCardKind(map, 'a', 'metric'), 'a');
    expect(metric).toMatchObject({ kind: 'metric', title: 'A', value: null, unit: '' });
    expect(metric).not.toHaveProperty('channel');
    expect(changeCardKind(map, 'a', 'touchpoint').cards[0]).toBe(map.cards[0]);
    expectValid(next);
    expect(map).toEqual(before);
  });

  it('renumberCells makes every cell dense, keeping the order', () => {
    const { map, before } = frozenMap();
    const gappy = updateCard(updateCard(map, 'b', { order: 10 }), 'c', { order: 7 });
    const next = renumberCells(gappy);
    expect(cell(next, 'l-touch', 's1')).toEqual([
      ['a', 0],
      ['c', 1],
      ['b', 2],
    ]);
    expect(map).toEqual(before);
  });
});

describe('links and map details', () => {
  it('addLink adds a link between two cards once, never to itself or to a missing card', () => {
    const { map, before } = frozenMap();
    const next = addLink(map, { from: 'b', to: 'c', id: 'k-bc', label: 'then' });
    expect(next.links.at(-1)).toEqual({
      id: 'k-bc',
      from: 'b',
      to: 'c',
      kind: 'flow',
      label: 'then',
    });
    expect(addLink(map, { from: 'a', to: 'b' })).toBe(map);
    expect(addLink(map, { from: 'a', to: 'a' })).toBe(map);
    expect(addLink(map, { from: 'a', to: 'gone' })).toBe(map);
    expect(map).toEqual(before);
  });

  it('deleteLink removes one link', () => {
    const { map, before } = frozenMap();
    expect(ids(deleteLink(map, 'k-ab').links)).toEqual(['k-apain', 'k-de']);
    expect(map).toEqual(before);
  });

  it('updateMapDetails changes the title and status', () => {
    const { map, before } = frozenMap();
    const next = updateMapDetails(map, { title: 'Leaks', status: 'final' });
    expect(next).toMatchObject({ title: 'Leaks', status: 'final' });
    expect(next.cards).toBe(map.cards);
    expect(map).toEqual(before);
  });
});

describe('deepFreeze helper', () => {
  it('really freezes nested objects (so the no-mutation checks above can fail)', () => {
    const { map } = frozenMap();
    expect(() => {
      (map.cards[0] as { title: string }).title = 'changed';
    }).toThrow(TypeError);
    expect(() => {
      (map.phases[0]?.steps as unknown[]).push({});
    }).toThrow(TypeError);
  });
});
