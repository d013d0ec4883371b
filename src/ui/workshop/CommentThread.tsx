import { useId, useMemo, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { threadsFor, type CommentTarget, type CommentThreadView } from '../../domain/comments';
import { formatDateTime, formatTimeAgo } from '../../domain/dates';
import type { Comment } from '../../domain/schema';
import { plural } from '../../domain/words';
import { useEditor, useEditorApi } from '../../bindings/EditorProvider';
import { workshop } from '../../editor/operations';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { cardById, stepTitle, useCanAnnotate, useNow } from './hooks';
import { useParticipantName } from './participantName';
import './workshop.css';

/** The card or step whose comments are shown. */
export interface CommentThreadProps {
  target: CommentTarget;
}

/**
 * The comments on one card or step: open threads, then resolved ones folded away, and a box
 * to add a comment. Works in edit and annotate mode alike; only a read-only tab cannot write.
 */
export function CommentThread({ target }: CommentThreadProps) {
  const comments = useEditor((s) => s.map.comments);
  const editor = useEditorApi();
  const targetName = useEditor((s) =>
    target.kind === 'card'
      ? (cardById(s.map.cards, target.id)?.title ?? null)
      : stepTitle(s.map, target.id),
  );
  const threads = useMemo(
    () => threadsFor({ comments }, { kind: target.kind, id: target.id }),
    [comments, target.kind, target.id],
  );
  const canAnnotate = useCanAnnotate();
  const now = useNow();
  const headingId = useId();
  if (targetName === null) return null;
  const open = threads.filter((t) => !t.resolved);
  const resolved = threads.filter((t) => t.resolved);
  const what = target.kind === 'card' ? 'card' : 'step';
  const name = targetName.trim() || `this ${what}`;

  return (
    <section className="comment-thread" aria-labelledby={headingId}>
      <h3 id={headingId} className="workshop-heading">
        Comments <span className="visually-hidden">on {name}</span>
        {open.length > 0 && <span className="comment-thread__count">({open.length})</span>}
      </h3>
      {!canAnnotate && (
        <p className="workshop-note">This map is open in another tab: here you can only read.</p>
      )}
      {open.length === 0 && <p className="workshop-note">No open comments on this {what}.</p>}
      {open.length > 0 && (
        <ol className="comment-thread__list" aria-label={`Open comments on ${name}`}>
          {open.map((thread) => (
            <ThreadItem key={thread.id} thread={thread} canAnnotate={canAnnotate} now={now} />
          ))}
        </ol>
      )}
      {resolved.length > 0 && (
        <details className="comment-thread__resolved">
          <summary>Resolved ({resolved.length})</summary>
          <ol className="comment-thread__list" aria-label={`Resolved comments on ${name}`}>
            {resolved.map((thread) => (
              <ThreadItem key={thread.id} thread={thread} canAnnotate={canAnnotate} now={now} />
            ))}
          </ol>
        </details>
      )}
      <CommentForm
        label="Add a comment"
        submitLabel="Add comment"
        disabled={!canAnnotate}
        onPost={(text, author) => editor.run(workshop.addComment, { target, author, text }).changed}
      />
    </section>
  );
}

function ThreadItem({
  thread,
  canAnnotate,
  now,
}: {
  thread: CommentThreadView;
  canAnnotate: boolean;
  now: Date;
}) {
  const editor = useEditorApi();
  const [replying, setReplying] = useState(false);
  const replyButton = useRef<HTMLButtonElement>(null);
  return (
    <li className={`comment-thread__thread${thread.resolved ? ' is-resolved' : ''}`}>
      <CommentBody comment={thread} now={now} canAnnotate={canAnnotate} replies={thread.replies} />
      {thread.replies.length > 0 && (
        <ol className="comment-thread__replies" aria-label={`Replies to ${thread.author}`}>
          {thread.replies.map((reply) => (
            <li key={reply.id}>
              <CommentBody comment={reply} now={now} canAnnotate={canAnnotate} replies={[]} />
            </li>
          ))}
        </ol>
      )}
      {replying ? (
        <CommentForm
          label={`Reply to ${thread.author}`}
          submitLabel="Post reply"
          disabled={!canAnnotate}
          autoFocus
          onCancel={() => {
            setReplying(false);
            replyButton.current?.focus();
          }}
          onPost={(text, author) => {
            const posted = editor.run(workshop.replyToComment, {
              parentId: thread.id,
              author,
              text,
            }).changed;
            if (posted) setReplying(false);
            return posted;
          }}
        />
      ) : (
        <div className="comment-thread__actions">
          <button
            ref={replyButton}
            type="button"
            disabled={!canAnnotate}
            onClick={() => setReplying(true)}
          >
            Reply
          </button>
          <button
            type="button"
            disabled={!canAnnotate}
            onClick={() =>
              editor.run(workshop.resolveThread, { rootId: thread.id, resolved: !thread.resolved })
            }
          >
            {thread.resolved ? 'Reopen' : 'Resolve'}
          </button>
        </div>
      )}
    </li>
  );
}

function CommentBody({
  comment,
  now,
  canAnnotate,
  replies,
}: {
  comment: Comment;
  now: Date;
  canAnnotate: boolean;
  replies: readonly Comment[];
}) {
  const editor = useEditorApi();
  const [confirming, setConfirming] = useState(false);
  const isReply = comment.parentId !== null;
  return (
    <article
      className="comment"
      aria-label={`${isReply ? 'Reply' : 'Comment'} by ${comment.author}`}
    >
      <header className="comment__header">
        <span className="comment__author">{comment.author}</span>
        <time
          className="comment__time"
          dateTime={comment.createdAt}
          title={formatDateTime(comment.createdAt)}
        >
          {/* A comment from a clock a little ahead is "less than a minute ago", not "in …". */}
          {formatTimeAgo(comment.createdAt, now)}
        </time>
        {comment.resolved && !isReply && <span className="comment__resolved">Resolved</span>}
      </header>
      <p className="comment__text">{comment.text}</p>
      <button
        type="button"
        className="comment__delete"
        disabled={!canAnnotate}
        aria-label={`Delete ${isReply ? 'reply' : 'comment'} by ${comment.author}`}
        onClick={() => setConfirming(true)}
      >
        Delete
      </button>
      {confirming && (
        <ConfirmDialog
          title={isReply ? 'Delete this reply?' : 'Delete this comment?'}
          message={
            replies.length > 0
              ? `The comment by ${comment.author} and its ${plural(replies.length, 'reply', 'replies')} will be deleted.`
              : `The ${isReply ? 'reply' : 'comment'} by ${comment.author} will be deleted.`
          }
          confirmLabel="Delete"
          danger
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            editor.run(workshop.deleteComment, { id: comment.id });
          }}
        />
      )}
    </article>
  );
}

/** A labelled text box with a submit button; Ctrl+Enter (⌘+Enter) posts too. */
function CommentForm({
  label,
  submitLabel,
  disabled,
  autoFocus,
  onPost,
  onCancel,
}: {
  label: string;
  submitLabel: string;
  disabled: boolean;
  autoFocus?: boolean;
  /** Returns whether the comment was added (the box empties only then). */
  onPost: (text: string, author: string) => boolean;
  onCancel?: () => void;
}) {
  const [text, setText] = useState('');
  const { name } = useParticipantName();
  const id = useId();
  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    if (text.trim() === '' || disabled) return;
    if (onPost(text, name)) setText('');
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) submit();
    if (event.key === 'Escape' && onCancel) {
      event.stopPropagation();
      onCancel();
    }
  };
  return (
    <form className="comment-form" onSubmit={submit}>
      <label htmlFor={id} className="workshop-label">
        {label}
      </label>
      <textarea
        id={id}
        rows={3}
        value={text}
        disabled={disabled}
        autoFocus={autoFocus}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={onKeyDown}
      />
      <div className="comment-form__footer">
        <span className="workshop-note">as {name}</span>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        )}
        <button type="submit" className="button--primary" disabled={disabled || text.trim() === ''}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
