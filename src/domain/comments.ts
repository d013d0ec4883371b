/**
 * Comments on cards and steps, as a focus group leaves them: threads of a first comment and
 * its replies, which can be resolved and reopened as a whole.
 *
 * Pure edits (map in, new map out, input never mutated) for the store's `apply`, and queries
 * for the UI. An edit that is refused (empty text, a target or comment that does not exist)
 * returns the very same map, so `apply` records no undo step and reports `false`.
 *
 * Threads are flat: a reply to a reply joins the thread of its root comment, so a thread is
 * always one root with replies in time order. "Resolved" belongs to the thread: resolving or
 * reopening sets it on the root and every reply, and a new reply reopens a resolved thread
 * (someone has something more to say about it).
 */
import { newId } from './ids';
import { LIMITS, type Comment, type JourneyMap } from './schema';

/** What a comment is on: a card or a step, by id. */
export type CommentTarget = Comment['target'];

/** A root comment with its replies, oldest first. */
export type CommentThreadView = Comment & { replies: Comment[] };

/** Who wrote a comment when the name is left empty. */
export const UNNAMED_AUTHOR = 'Anonymous';

/** What it takes to add a comment or a reply. */
export interface NewComment {
  target: CommentTarget;
  author: string;
  text: string;
  /** The comment this answers; its thread's root is used when it is itself a reply. */
  parentId?: string | null;
  now: Date;
  /** The new comment's id (tests and callers that need to know it); a fresh one by default. */
  id?: string;
}

function cleanAuthor(author: string): string {
  const trimmed = author.trim().slice(0, LIMITS.shortText);
  return trimmed === '' ? UNNAMED_AUTHOR : trimmed;
}

function cleanText(text: string): string {
  return text.trim().slice(0, LIMITS.longText);
}

/** Whether the card or step a comment would sit on is in the map. */
export function commentTargetExists(map: JourneyMap, target: CommentTarget): boolean {
  if (target.kind === 'card') return map.cards.some((card) => card.id === target.id);
  return map.phases.some((phase) => phase.steps.some((step) => step.id === target.id));
}

/** The first comment of the thread `commentId` belongs to (itself for a root); null if gone. */
export function threadRootOf(map: JourneyMap, commentId: string): Comment | null {
  const byId = new Map(map.comments.map((c) => [c.id, c]));
  let current = byId.get(commentId);
  const seen = new Set<string>();
  while (current && current.parentId !== null && !seen.has(current.id)) {
    seen.add(current.id);
    const parent = byId.get(current.parentId);
    if (!parent) return null;
    current = parent;
  }
  return current ?? null;
}

/**
 * Adds a comment (a new thread, or a reply when `parentId` is given). Refused (same map) when
 * the text is empty, the target is not in the map, or the parent comment is not there. A reply
 * takes its thread's target, whatever `target` says, and reopens a resolved thread.
 */
export function addComment(map: JourneyMap, input: NewComment): JourneyMap {
  const text = cleanText(input.text);
  if (text === '') return map;
  const parentId = input.parentId ?? null;
  const root = parentId === null ? null : threadRootOf(map, parentId);
  if (parentId !== null && root === null) return map;
  const target = root ? root.target : input.target;
  if (!commentTargetExists(map, target)) return map;
  const comment: Comment = {
    id: input.id ?? newId(),
    target: { kind: target.kind, id: target.id },
    parentId: root ? root.id : null,
    author: cleanAuthor(input.author),
    text,
    createdAt: input.now.toISOString(),
    resolved: false,
  };
  const reopened = root && root.resolved ? resolveThread(map, root.id, false) : map;
  return { ...reopened, comments: [...reopened.comments, comment] };
}

/** Replies to a comment (or to a reply: the answer joins the same thread). */
export function replyTo(
  map: JourneyMap,
  parentId: string,
  input: Omit<NewComment, 'target' | 'parentId'>,
): JourneyMap {
  const root = threadRootOf(map, parentId);
  if (!root) return map;
  return addComment(map, { ...input, target: root.target, parentId: root.id });
}

/** Marks a whole thread (root and replies) resolved or open again. */
export function resolveThread(map: JourneyMap, rootId: string, resolved: boolean): JourneyMap {
  const root = threadRootOf(map, rootId);
  if (!root) return map;
  const inThread = threadIds(map, root.id);
  if (map.comments.every((c) => !inThread.has(c.id) || c.resolved === resolved)) return map;
  return {
    ...map,
    comments: map.comments.map((c) =>
      inThread.has(c.id) && c.resolved !== resolved ? { ...c, resolved } : c,
    ),
  };
}

/** Deletes a comment; deleting the first comment of a thread deletes its replies too. */
export function deleteComment(map: JourneyMap, commentId: string): JourneyMap {
  const comment = map.comments.find((c) => c.id === commentId);
  if (!comment) return map;
  const gone = comment.parentId === null ? threadIds(map, comment.id) : new Set([comment.id]);
  // Replies of a deleted reply (only in hand-made files) go too: nothing may dangle.
  let grew = true;
  while (grew) {
    grew = false;
    for (const c of map.comments) {
      if (c.parentId !== null && gone.has(c.parentId) && !gone.has(c.id)) {
        gone.add(c.id);
        grew = true;
      }
    }
  }
  return { ...map, comments: map.comments.filter((c) => !gone.has(c.id)) };
}

/**
 * The root id of every comment whose chain of parents ends at a first comment (comments of a
 * broken chain are left out). One pass over the comments, so big maps stay cheap.
 */
function rootIds(comments: readonly Comment[]): Map<string, string> {
  const byId = new Map(comments.map((c) => [c.id, c]));
  const roots = new Map<string, string>();
  const resolve = (start: Comment): string | null => {
    const chain: string[] = [];
    let current: Comment | undefined = start;
    let root: string | null = null;
    while (current) {
      const known = roots.get(current.id);
      if (known !== undefined) {
        root = known;
        break;
      }
      if (current.parentId === null) {
        root = current.id;
        chain.push(current.id);
        break;
      }
      if (chain.includes(current.id)) break; // a cycle: no root
      chain.push(current.id);
      current = byId.get(current.parentId);
    }
    if (root !== null) for (const id of chain) roots.set(id, root);
    return root;
  };
  for (const c of comments) resolve(c);
  return roots;
}

/** Ids of a thread: the root and every comment whose chain of parents leads to it. */
function threadIds(map: JourneyMap, rootId: string): Set<string> {
  const ids = new Set<string>();
  for (const [id, root] of rootIds(map.comments)) if (root === rootId) ids.add(id);
  return ids;
}

function byTime(a: Comment, b: Comment): number {
  return Date.parse(a.createdAt) - Date.parse(b.createdAt);
}

/** The threads on a card or step, oldest first, each with its replies oldest first. */
export function threadsFor(
  map: Pick<JourneyMap, 'comments'>,
  target: CommentTarget,
): CommentThreadView[] {
  const onTarget = map.comments.filter(
    (c) => c.target.kind === target.kind && c.target.id === target.id,
  );
  const roots = onTarget.filter((c) => c.parentId === null).sort(byTime);
  const rootOf = rootIds(map.comments);
  return roots.map((root) => ({
    ...root,
    replies: onTarget
      .filter((c) => c.parentId !== null && rootOf.get(c.id) === root.id)
      .sort(byTime),
  }));
}

/**
 * How many open (unresolved) comments each card or step has, replies included, keyed by the
 * target's id. Targets without open comments are left out. A comment counts as resolved when
 * its thread's root is.
 */
export function commentCounts(map: Pick<JourneyMap, 'comments'>): Map<string, number> {
  const byId = new Map(map.comments.map((c) => [c.id, c]));
  const rootOf = rootIds(map.comments);
  const counts = new Map<string, number>();
  for (const c of map.comments) {
    const rootId = rootOf.get(c.id);
    const root = rootId === undefined ? undefined : byId.get(rootId);
    if (c.resolved || root === undefined || root.resolved) continue;
    counts.set(c.target.id, (counts.get(c.target.id) ?? 0) + 1);
  }
  return counts;
}
