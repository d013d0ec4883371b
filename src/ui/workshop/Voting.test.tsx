import { screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { AnnotationToolbar } from './AnnotationToolbar';
import { CardAnnotations, VoteButton } from './CardAnnotations';
import { WorkshopSidePanel } from './WorkshopSidePanel';
import { polyfillDialog, renderWithStore, setupUser, warmUpComputedStyle } from './testUtils';

beforeAll(() => {
  polyfillDialog();
  warmUpComputedStyle();
});

const CARDS = ['card-pain-visits', 'card-pain-cleaning', 'card-pain-contacts', 'card-love-quick'];

function Workshop({ onReveal }: { onReveal: (cardId: string) => void }) {
  return (
    <>
      <AnnotationToolbar onReveal={onReveal} showResults={false} />
      <ul>
        {CARDS.map((id) => (
          <li key={id}>
            <VoteButton cardId={id} />
            <CardAnnotations cardId={id} />
          </li>
        ))}
      </ul>
      <WorkshopSidePanel onReveal={onReveal} />
    </>
  );
}

describe('a vote round', () => {
  it('runs with two participants and shows the ranked result', async () => {
    const user = setupUser();
    const onReveal = vi.fn();
    const { store } = renderWithStore(<Workshop onReveal={onReveal} />);
    expect(screen.queryByRole('button', { name: /^Vote for/ })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Start a vote' }));
    const dialog = screen.getByRole('dialog', { name: 'Start a vote' });
    expect(within(dialog).getByRole('checkbox', { name: 'Pain points' })).toBeChecked();
    expect(within(dialog).getByRole('radio', { name: /^Named/ })).toBeChecked();
    await user.click(within(dialog).getByRole('button', { name: 'Start vote' }));
    expect(within(dialog).getByRole('alert')).toHaveTextContent('Write the question');
    await user.type(
      within(dialog).getByRole('textbox', { name: 'Question' }),
      'What to fix first?',
    );
    const votes = within(dialog).getByRole('spinbutton', { name: 'Votes per participant' });
    await user.clear(votes);
    await user.type(votes, '2');
    await user.click(within(dialog).getByRole('button', { name: 'Start vote' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();

    expect(screen.getByText('Voting as: Sam — 2 of 2 votes left')).toBeInTheDocument();
    // Only pain points can be voted on.
    expect(
      screen.queryByRole('button', { name: 'Vote for Quicker than expected; staff helpful' }),
    ).not.toBeInTheDocument();
    const visits = screen.getByRole('button', {
      name: 'Vote for Inconsistent visits after staff change',
    });
    await user.click(visits);
    await user.click(visits);
    expect(screen.getByText('Voting as: Sam — 0 of 2 votes left')).toBeInTheDocument();
    expect(visits).toBeDisabled();
    // Results stay hidden while voting is open.
    expect(screen.queryByRole('list', { name: /^Results/ })).not.toBeInTheDocument();
    expect(screen.getByText(/2 votes from 1 participant so far/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Next participant' }));
    await user.type(screen.getByRole('textbox', { name: 'Next participant’s name' }), 'Priya');
    await user.click(screen.getByRole('button', { name: 'Start their turn' }));
    expect(screen.getByText('Voting as: Priya — 2 of 2 votes left')).toBeInTheDocument();
    await user.click(
      screen.getByRole('button', { name: 'Vote for Inconsistent visits after staff change' }),
    );
    await user.click(screen.getByRole('button', { name: 'Vote for Cleaning quality in schemes' }));
    expect(screen.getByText('Voting as: Priya — 0 of 2 votes left')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Reveal results' }));
    const results = screen.getByRole('list', { name: 'Results: What to fix first?' });
    const rows = within(results).getAllByRole('listitem');
    expect(rows.map((row) => row.textContent)).toEqual([
      expect.stringMatching(/^Rank 1Inconsistent visits after staff change3 votesSam ×2, Priya/),
      expect.stringMatching(/^Rank 2Cleaning quality in schemes1 votePriya/),
    ]);
    expect(screen.getByRole('img', { name: '3 votes' })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: '1 vote' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Vote for/ })).not.toBeInTheDocument();

    await user.click(
      screen.getByRole('button', { name: 'Show on map: Cleaning quality in schemes' }),
    );
    expect(onReveal).toHaveBeenCalledWith('card-pain-cleaning');

    const [round] = store.getState().map.voteRounds;
    expect(round).toMatchObject({ question: 'What to fix first?', status: 'revealed' });
    expect(round?.votes.map((v) => v.participant)).toEqual(['Sam', 'Sam', 'Priya', 'Priya']);

    // A new round can start now; the first one is kept as an earlier vote.
    await user.click(screen.getByRole('button', { name: 'Start a vote' }));
    const again = screen.getByRole('dialog', { name: 'Start a vote' });
    await user.type(within(again).getByRole('textbox', { name: 'Question' }), 'Second round');
    await user.click(within(again).getByRole('radio', { name: /^Anonymous/ }));
    await user.click(within(again).getByRole('button', { name: 'Start vote' }));
    expect(screen.getByText('Voting as: Anonymous 1 — 3 of 3 votes left')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Next participant' }));
    expect(screen.getByText('Voting as: Anonymous 2 — 3 of 3 votes left')).toBeInTheDocument();
    expect(screen.getByText('Earlier votes (1)')).toBeInTheDocument();
  });
});
