import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { EvidencePanel } from './EvidencePanel';
import { renderWithStore } from './testUtils';

describe('EvidencePanel', () => {
  it('shows personas, research and coverage first, and moves between tabs with the keyboard', async () => {
    const user = userEvent.setup();
    renderWithStore(<EvidencePanel onReveal={() => {}} />);
    const people = screen.getByRole('tab', { name: 'Personas & research' });
    expect(people).toHaveAttribute('aria-selected', 'true');
    const panel = screen.getByRole('tabpanel', { name: 'Personas & research' });
    expect(within(panel).getByRole('heading', { name: 'Personas' })).toBeInTheDocument();
    expect(
      within(panel).getByRole('heading', { name: 'Interviews, 20 participants' }),
    ).toBeInTheDocument();
    expect(within(panel).getByText(/% of cards rest on evidence/)).toBeInTheDocument();

    people.focus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'Moments of truth' })).toHaveFocus();
    expect(screen.getByRole('tabpanel', { name: 'Moments of truth' })).toBeInTheDocument();
    await user.keyboard('{End}');
    expect(screen.getByRole('tab', { name: 'Pain points explained' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await user.keyboard('{ArrowRight}');
    expect(people).toHaveFocus();
  });

  it('numbers pain points in journey order and reveals them on the map', async () => {
    const user = userEvent.setup();
    const onReveal = vi.fn();
    const { store } = renderWithStore(<EvidencePanel onReveal={onReveal} initialTab="pains" />);
    const list = screen.getByRole('list', { name: 'Pain points in journey order' });
    const items = within(list).getAllByRole('listitem');
    const pains = store.getState().map.cards.filter((c) => c.kind === 'pain-point');
    expect(items).toHaveLength(pains.length);
    expect(within(items[0] as HTMLElement).getByRole('heading')).toHaveTextContent(
      /^Pain point 1: /,
    );
    expect(items[0]).toHaveTextContent('Apply or referred · Join');
    expect(screen.getAllByText(/severity$/).length).toBeGreaterThan(0);
    await user.click(
      within(items[2] as HTMLElement).getByRole('button', { name: /^Show pain point 3/ }),
    );
    expect(onReveal).toHaveBeenCalledWith({ kind: 'card', id: expect.any(String) });
  });
});
