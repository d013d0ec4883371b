import { describe, expect, it } from 'vitest';
import { allSteps } from '../domain/edits';
import type { JourneyMap } from '../domain/schema';
import { Editor } from './editor';
import { cards, details, workshop } from './operations';
import { blankMap, sampleMap } from '../../tests/builders';

const START = Date.parse('2026-01-01T09:00:00.000Z');

/** A blank map with three cards a, b, c in the first cell. */
function fixtureMap(): JourneyMap {
  return blankMap({
    id: 'map-1',
    title: 'Repairs',
    now: new Date(START),
    cards: ['a', 'b', 'c'].map((id) => ({ kind: 'note', title: id.toUpperCase(), id })),
  });
}

/** An editor whose clock the test moves by hand. */
function setup(map: JourneyMap = fixtureMap()) {
  const clock = { ms: START };
  const editor = new Editor(map, { now: () => new Date(clock.ms) });
  const state = () => editor.store.getState();
  const title = (id: string) => state().map.cards.find((c) => c.id === id)?.title;
  const cardIds = () => state().map.cards.map((c) => c.id);
  const retitle = (id: string, text: string) =>
    editor.run(cards.updateCard, { id, patch: { title: text } });
  return { clock, map, editor, state, title, cardIds, retitle };
}

describe('editor: running operations', () => {
  it('applies an operation, stamps updatedAt from the clock and says it changed the map', () => {
    const { clock, state, retitle } = setup();
    clock.ms += 5_000;
    expect(retitle('a', 'Apple')).toMatchObject({ ok: true, changed: true });
    expect(state().map.cards[0]?.title).toBe('Apple');
    expect(state().map.updatedAt).toBe(new Date(clock.ms).toISOString());
  });

  it('an operation that changes nothing is no step and says so', () => {
    const { state, editor, map, retitle } = setup();
    expect(retitle('a', 'A')).toMatchObject({ ok: true, changed: false });
    expect(state().map).toBe(editor.map);
    expect(state().map.cards).toEqual(map.cards);
    expect(editor.undoDepth).toBe(0);
  });

  it('selects what the operation asks for: a new card', () => {
    const { editor, state, map } = setup();
    const cell = { laneId: map.lanes[0]!.id, stepId: allSteps(map)[0]!.id };
    const { result } = editor.run(cards.addCard, { cell, kind: 'idea', id: 'new' });
    expect(result).toBe('new');
    expect(state().selectedCardIds).toEqual(['new']);
  });
});

describe('editor: permissions', () => {
  it('refuses a change of the map in annotation mode, with the reason, and records nothing', () => {
    const { editor, title } = setup();
    editor.setMode('annotate');
    const outcome = editor.run(cards.updateCard, { id: 'a', patch: { title: 'Nope' } });
    expect(outcome).toMatchObject({ ok: false, changed: false });
    expect(outcome.ok ? '' : outcome.refusal).toMatch(/locked while annotating/);
    expect(title('a')).toBe('A');
    expect(editor.undoDepth).toBe(0);
  });

  it('lets anyone annotate in annotation mode, and only editors run the vote', () => {
    const { editor } = setup(sampleMap(new Date(START)));
    editor.setMode('annotate');
    const target = { kind: 'card' as const, id: 'card-pain-application' };
    expect(
      editor.run(workshop.addComment, { target, author: 'Sam', text: 'Same for me' }).changed,
    ).toBe(true);
    expect(
      editor.run(workshop.setSeverity, { cardId: 'card-pain-application', severity: 'high' })
        .changed,
    ).toBe(true);
    editor.setRole('participant');
    expect(editor.run(workshop.addComment, { target, author: 'Ann', text: 'And me' }).changed).toBe(
      true,
    );
    const vote = {
      question: 'Worst?',
      votesPerParticipant: 3,
      cardKinds: ['pain-point' as const],
      anonymous: false,
    };
    const refused = editor.run(workshop.startVoteRound, vote);
    expect(refused.ok).toBe(false);
    editor.setMode('edit');
    expect(editor.run(cards.deleteCards, { ids: ['card-pain-application'] }).ok).toBe(false);
    editor.setRole('editor');
    expect(editor.run(workshop.startVoteRound, vote).result).toEqual(expect.any(String));
  });
});

describe('editor: undo and redo', () => {
  it('one operation is one undo step', () => {
    const { editor, title, map, retitle, state } = setup();
    retitle('a', 'Apple');
    retitle('b', 'Banana');
    expect(editor.undoDepth).toBe(2);
    editor.undo();
    expect(title('a')).toBe('Apple');
    expect(title('b')).toBe('B');
    editor.undo();
    expect(state().map.cards).toEqual(map.cards);
    expect(editor.undo()).toBe(false); // nothing left: stays put
    expect(state().map.cards).toEqual(map.cards);
    editor.redo();
    editor.redo();
    expect([title('a'), title('b')]).toEqual(['Apple', 'Banana']);
  });

  it('a multi-card delete is undone and redone as a whole', () => {
    const { editor, cardIds } = setup();
    editor.run(cards.deleteCards, { ids: ['a', 'c'] });
    expect(cardIds()).toEqual(['b']);
    expect(editor.undoDepth).toBe(1);
    editor.undo();
    expect(cardIds()).toEqual(['a', 'b', 'c']);
    editor.redo();
    expect(cardIds()).toEqual(['b']);
  });

  it('a new change after undo drops the redo history', () => {
    const { editor, state, title, retitle } = setup();
    retitle('a', 'Apple');
    editor.undo();
    retitle('b', 'Banana');
    expect(state().canRedo).toBe(false);
    expect(editor.redo()).toBe(false);
    expect(title('a')).toBe('A');
  });

  it('typing one field within a second of the last key is one step', () => {
    const { clock, editor, title, retitle } = setup();
    for (const text of ['A', 'Ap', 'App', 'Appl', 'Apple']) {
      retitle('a', text);
      clock.ms += 400; // each keystroke within a second of the last
    }
    expect(title('a')).toBe('Apple');
    expect(editor.undoDepth).toBe(1);
    editor.undo();
    expect(title('a')).toBe('A');
  });

  it('typing in another field starts a new step', () => {
    const { clock, editor, title, retitle } = setup();
    retitle('a', 'Apple');
    clock.ms += 100;
    retitle('b', 'Banana');
    clock.ms += 100;
    retitle('b', 'Bananas');
    expect(editor.undoDepth).toBe(2);
    editor.undo();
    expect([title('a'), title('b')]).toEqual(['Apple', 'B']);
  });

  it('typing more than a second later starts a new step', () => {
    const { clock, editor, title, retitle } = setup();
    retitle('a', 'Ap');
    clock.ms += 1_100;
    retitle('a', 'Apple');
    expect(editor.undoDepth).toBe(2);
    editor.undo();
    expect(title('a')).toBe('Ap');
  });

  it('another operation between two keystrokes breaks the group', () => {
    const { clock, editor, retitle } = setup();
    retitle('a', 'Ap');
    clock.ms += 100;
    editor.run(details.toggleSetting, { key: 'showLegend' });
    clock.ms += 100;
    retitle('a', 'Apple');
    expect(editor.undoDepth).toBe(3);
  });

  it('undo ends a typing group: the next keystroke is its own step', () => {
    const { clock, editor, title, retitle } = setup();
    retitle('a', 'Ap');
    retitle('b', 'Bo');
    editor.undo();
    clock.ms += 100;
    retitle('a', 'Apple');
    expect(editor.undoDepth).toBe(2);
    editor.undo();
    expect(title('a')).toBe('Ap');
  });

  it('restores the selection of the step undone and takes gone cards out of it', () => {
    const { editor, state, map } = setup();
    const cell = { laneId: map.lanes[0]!.id, stepId: allSteps(map)[0]!.id };
    editor.run(cards.addCard, { cell, kind: 'idea', id: 'new' });
    editor.select(['a', 'new']);
    editor.undo();
    expect(state().selectedCardIds).toEqual([]);
    editor.redo();
    expect(state().selectedCardIds).toEqual(['new']);
    editor.select(['a', 'new']);
    editor.run(cards.deleteCards, { ids: ['new'] });
    editor.undo();
    expect(state().selectedCardIds).toEqual(['a', 'new']);
  });

  it('replaceMap is no undo step and prunes the selection', () => {
    const { editor, state, map } = setup();
    editor.select(['a', 'b']);
    editor.replaceMap({ ...map, cards: map.cards.filter((c) => c.id !== 'b') });
    expect(editor.undoDepth).toBe(0);
    expect(state().selectedCardIds).toEqual(['a']);
  });

  it('selection and mode changes are no undo steps', () => {
    const { editor, state } = setup();
    editor.select(['a']);
    editor.toggleSelected('b');
    editor.toggleSelected('a');
    expect(state().selectedCardIds).toEqual(['b']);
    editor.setMode('annotate');
    expect(editor.undoDepth).toBe(0);
  });

  it('read-only blocks operations, undo and redo', () => {
    const { editor, title, retitle } = setup();
    retitle('a', 'Apple');
    editor.undo();
    editor.setReadOnly(true);
    expect(retitle('a', 'Nope').ok).toBe(false);
    expect(title('a')).toBe('A');
    editor.redo();
    expect(title('a')).toBe('A');
    editor.setReadOnly(false);
    editor.redo();
    expect(title('a')).toBe('Apple');
    editor.setReadOnly(true);
    editor.undo();
    expect(title('a')).toBe('Apple');
  });
});

describe('emotions worked out from evidence', () => {
  it('follow an edit of the tallies in the same undo step', () => {
    const { editor, state } = setup(sampleMap(new Date('2026-01-01T00:00:00Z')));
    const scoreOfApply = () =>
      state().map.phases[0]!.steps.find((s) => s.id === 'step-apply')!.emotionScore;
    expect(scoreOfApply()).toBe(1);
    editor.run(cards.updateCard, {
      id: 'card-ev-1',
      patch: { tallies: { positive: 1, neutral: 0, negative: 19 } },
    });
    expect(scoreOfApply()).toBe(-2);
    editor.undo();
    expect(scoreOfApply()).toBe(1);
  });
});

describe('undo in a shared map', () => {
  it('undoes only this person’s own change, never what someone else did meanwhile', async () => {
    const { MapDocument } = await import('./document/mapDocument');
    const Y = await import('yjs');
    const a = new Editor(fixtureMap());
    const docs = { content: new Y.Doc(), annotations: new Y.Doc() };
    for (const part of ['content', 'annotations'] as const) {
      Y.applyUpdate(docs[part], Y.encodeStateAsUpdate(a.mapDocument[part]));
    }
    const b = new Editor(MapDocument.fromDocuments(docs.content, docs.annotations, '')!);
    const sync = () => {
      for (const part of ['content', 'annotations'] as const) {
        const fromA = Y.encodeStateAsUpdate(a.mapDocument[part], Y.encodeStateVector(docs[part]));
        const fromB = Y.encodeStateAsUpdate(docs[part], Y.encodeStateVector(a.mapDocument[part]));
        Y.applyUpdate(docs[part], fromA, 'peer');
        Y.applyUpdate(a.mapDocument[part], fromB, 'peer');
      }
    };
    const title = (editor: Editor, id: string) => editor.map.cards.find((c) => c.id === id)?.title;
    a.run(cards.updateCard, { id: 'a', patch: { title: 'Apple (A)' } });
    sync();
    b.run(cards.updateCard, { id: 'b', patch: { title: 'Banana (B)' } });
    b.run(cards.updateCard, { id: 'a', patch: { description: 'B wrote this' } });
    sync();
    expect(a.undo()).toBe(true);
    sync();
    for (const editor of [a, b]) {
      expect(title(editor, 'a')).toBe('A');
      expect(title(editor, 'b')).toBe('Banana (B)');
      expect(editor.map.cards.find((c) => c.id === 'a')?.description).toBe('B wrote this');
    }
    expect(a.undo()).toBe(false); // B's changes are not A's to undo
  });
});
