import { describe, expect, it } from 'vitest';
import {
  addComment,
  commentCounts,
  deleteComment,
  replyTo,
  resolveThread,
  threadsFor,
  UNNAMED_AUTHOR,
} from './comments';
import { deleteCards } from './edits';
import { journeyMapSchema } from './schema';
import { sampleMap } from '../../tests/builders';

const at = (minute: number) => new Date(Date.UTC(2026, 10, 24, 10, minute));
const card = { kind: 'card', id: 'card-pain-visits' } as const;
const step = { kind: 'step', id: 'step-apply' } as const;

function mapWithThread() {
  let map = sampleMap(at(0));
  map = addComment(map, {
    target: card,
    author: 'Sam',
    text: 'Staff turnover?',
    now: at(1),
    id: 'c1',
  });
  map = replyTo(map, 'c1', {
    author: 'Priya',
    text: 'Yes, two officers left',
    now: at(3),
    id: 'r2',
  });
  map = replyTo(map, 'c1', { author: 'Sam', text: 'And sickness cover', now: at(2), id: 'r1' });
  return map;
}

describe('comments', () => {
  it('adds a first comment to a card and to a step', () => {
    let map = sampleMap(at(0));
    map = addComment(map, { target: card, author: ' Sam ', text: ' Needs a plan ', now: at(1) });
    map = addComment(map, { target: step, author: 'Jo', text: 'Moment of truth', now: at(2) });
    expect(map.comments).toHaveLength(2);
    expect(map.comments[0]).toMatchObject({
      target: card,
      author: 'Sam',
      text: 'Needs a plan',
      parentId: null,
      resolved: false,
      createdAt: at(1).toISOString(),
    });
    expect(threadsFor(map, step).map((t) => t.text)).toEqual(['Moment of truth']);
    expect(() => journeyMapSchema.parse(map)).not.toThrow();
  });

  it('refuses empty text and targets that are not on the map, returning the same map', () => {
    const map = sampleMap(at(0));
    expect(addComment(map, { target: card, author: 'Sam', text: '   ', now: at(1) })).toBe(map);
    expect(
      addComment(map, { target: { kind: 'card', id: 'nope' }, author: 'S', text: 'x', now: at(1) }),
    ).toBe(map);
    expect(
      addComment(map, {
        target: { kind: 'step', id: 'card-pain-visits' },
        author: 'S',
        text: 'x',
        now: at(1),
      }),
    ).toBe(map);
    expect(replyTo(map, 'missing', { author: 'S', text: 'x', now: at(1) })).toBe(map);
  });

  it('names an author who left the name empty', () => {
    const map = addComment(sampleMap(at(0)), {
      target: card,
      author: ' ',
      text: 'Hi',
      now: at(1),
    });
    expect(map.comments[0]?.author).toBe(UNNAMED_AUTHOR);
  });

  it('groups replies under their root, oldest first, whatever order they were added in', () => {
    const map = mapWithThread();
    const threads = threadsFor(map, card);
    expect(threads).toHaveLength(1);
    expect(threads[0]?.id).toBe('c1');
    expect(threads[0]?.replies.map((r) => r.id)).toEqual(['r1', 'r2']);
    expect(threads[0]?.replies.every((r) => r.target.id === card.id)).toBe(true);
  });

  it('puts a reply to a reply into the same thread', () => {
    const map = replyTo(mapWithThread(), 'r2', {
      author: 'Lee',
      text: 'Agreed',
      now: at(4),
      id: 'r3',
    });
    expect(map.comments.find((c) => c.id === 'r3')?.parentId).toBe('c1');
    expect(threadsFor(map, card)[0]?.replies.map((r) => r.id)).toEqual(['r1', 'r2', 'r3']);
  });

  it('sorts threads on a target by time', () => {
    let map = mapWithThread();
    map = addComment(map, { target: card, author: 'Jo', text: 'Earlier', now: at(0), id: 'c0' });
    expect(threadsFor(map, card).map((t) => t.id)).toEqual(['c0', 'c1']);
  });

  it('resolves and reopens a whole thread, and counts only open comments', () => {
    let map = mapWithThread();
    map = addComment(map, { target: step, author: 'Jo', text: 'On the step', now: at(5) });
    expect(commentCounts(map)).toEqual(
      new Map([
        [card.id, 3],
        [step.id, 1],
      ]),
    );

    map = resolveThread(map, 'c1', true);
    expect(map.comments.filter((c) => c.target.id === card.id).every((c) => c.resolved)).toBe(true);
    expect(commentCounts(map)).toEqual(new Map([[step.id, 1]]));
    expect(resolveThread(map, 'c1', true)).toBe(map);

    map = resolveThread(map, 'c1', false);
    expect(commentCounts(map).get(card.id)).toBe(3);
  });

  it('resolving through a reply resolves its thread', () => {
    const map = resolveThread(mapWithThread(), 'r1', true);
    expect(threadsFor(map, card)[0]?.resolved).toBe(true);
  });

  it('reopens a resolved thread when someone replies', () => {
    let map = resolveThread(mapWithThread(), 'c1', true);
    map = replyTo(map, 'c1', { author: 'Jo', text: 'Not fixed yet', now: at(9) });
    expect(threadsFor(map, card)[0]?.resolved).toBe(false);
    expect(commentCounts(map).get(card.id)).toBe(4);
  });

  it('deletes a reply alone, and a root with its replies', () => {
    let map = deleteComment(mapWithThread(), 'r1');
    expect(map.comments.map((c) => c.id)).toEqual(['c1', 'r2']);
    map = deleteComment(map, 'c1');
    expect(map.comments).toEqual([]);
    expect(deleteComment(map, 'c1')).toBe(map);
  });

  it('never mutates its input', () => {
    const map = mapWithThread();
    const before = structuredClone(map);
    resolveThread(map, 'c1', true);
    deleteComment(map, 'c1');
    replyTo(map, 'c1', { author: 'x', text: 'y', now: at(8) });
    expect(map).toEqual(before);
  });

  it('threads go with their card when it is deleted', () => {
    const map = deleteCards(mapWithThread(), [card.id]);
    expect(map.comments).toEqual([]);
    expect(commentCounts(map).size).toBe(0);
  });
});
