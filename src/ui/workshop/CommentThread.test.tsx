import { act, screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { CardAnnotations } from './CardAnnotations';
import { CommentThread } from './CommentThread';
import { setParticipantName } from './participantName';
import { SeverityPicker } from './SeverityPicker';
import { WorkshopSidePanel } from './WorkshopSidePanel';
import { polyfillDialog, renderWithStore, setupUser, warmUpComputedStyle } from './testUtils';

beforeAll(() => {
  polyfillDialog();
  warmUpComputedStyle();
});

const VISITS = 'card-pain-visits';

describe('CommentThread', () => {
  it('adds a comment, a reply, resolves and reopens the thread', async () => {
    const user = setupUser();
    const { store } = renderWithStore(
      <>
        <CardAnnotations cardId={VISITS} />
        <CommentThread target={{ kind: 'card', id: VISITS }} />
      </>,
    );
    expect(screen.getByText('No open comments on this card.')).toBeInTheDocument();

    await user.type(
      screen.getByRole('textbox', { name: 'Add a comment' }),
      'Staff turnover is the root cause',
    );
    await user.click(screen.getByRole('button', { name: 'Add comment' }));
    const comment = screen.getByRole('article', { name: 'Comment by Sam' });
    expect(comment).toHaveTextContent('Staff turnover is the root cause');
    expect(within(comment).getByText('less than a minute ago')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Add a comment' })).toHaveValue('');

    act(() => setParticipantName('Priya'));
    await user.click(screen.getByRole('button', { name: 'Reply' }));
    await user.type(screen.getByRole('textbox', { name: 'Reply to Sam' }), 'Two officers left');
    await user.click(screen.getByRole('button', { name: 'Post reply' }));
    const replies = screen.getByRole('list', { name: 'Replies to Sam' });
    expect(within(replies).getByRole('article', { name: 'Reply by Priya' })).toHaveTextContent(
      'Two officers left',
    );
    expect(screen.getByRole('img', { name: '2 comments' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Resolve' }));
    expect(screen.queryByRole('list', { name: /^Open comments/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('img', { name: /comments?$/ })).not.toBeInTheDocument();
    expect(store.getState().map.comments.every((c) => c.resolved)).toBe(true);
    expect(screen.getByText('Resolved (1)')).toBeInTheDocument();

    await user.click(screen.getByText('Resolved (1)'));
    await user.click(screen.getByRole('button', { name: 'Reopen' }));
    expect(screen.getByRole('list', { name: /^Open comments/ })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: '2 comments' })).toBeInTheDocument();
  });

  it('comments in edit mode too, but not in a read-only tab', async () => {
    const user = setupUser();
    const { store, editor } = renderWithStore(
      <CommentThread target={{ kind: 'step', id: 'step-apply' }} />,
      {
        mode: 'edit',
      },
    );
    await user.type(
      screen.getByRole('textbox', { name: 'Add a comment' }),
      'First moment of truth',
    );
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(store.getState().map.comments).toMatchObject([
      { target: { kind: 'step', id: 'step-apply' }, author: 'Sam', text: 'First moment of truth' },
    ]);
    act(() => editor.setReadOnly(true));
    expect(screen.getByRole('textbox', { name: 'Add a comment' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Reply' })).toBeDisabled();
  });

  it('deletes a comment after asking', async () => {
    const user = setupUser();
    const { store } = renderWithStore(<CommentThread target={{ kind: 'card', id: VISITS }} />);
    await user.type(screen.getByRole('textbox', { name: 'Add a comment' }), 'Typo');
    await user.click(screen.getByRole('button', { name: 'Add comment' }));
    await user.click(screen.getByRole('button', { name: 'Delete comment by Sam' }));
    await user.click(
      within(screen.getByRole('dialog', { name: 'Delete this comment?' })).getByRole('button', {
        name: 'Delete',
      }),
    );
    expect(store.getState().map.comments).toEqual([]);
  });
});

describe('SeverityPicker and the side panel', () => {
  it('rates the selected pain point and shows its thread', async () => {
    const user = setupUser();
    const { store } = renderWithStore(
      <>
        <CardAnnotations cardId="card-pain-contacts" />
        <WorkshopSidePanel />
      </>,
      { selected: ['card-pain-contacts'] },
    );
    expect(
      screen.getByRole('heading', { name: 'Contact details no longer to hand' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Low' })).toBeChecked();
    await user.click(screen.getByRole('radio', { name: 'High' }));
    expect(store.getState().map.cards.find((c) => c.id === 'card-pain-contacts')).toMatchObject({
      severity: 'high',
    });
    expect(screen.getByText('High severity')).toBeInTheDocument();
    expect(
      screen.getByRole('region', { name: 'Comments on Contact details no longer to hand' }),
    ).toBeInTheDocument();
  });

  it('shows nothing for a card that is not a pain point', () => {
    renderWithStore(<SeverityPicker cardId="card-love-quick" />);
    expect(screen.queryByRole('radio')).not.toBeInTheDocument();
  });
});
