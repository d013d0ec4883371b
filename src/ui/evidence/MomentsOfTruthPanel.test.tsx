import { evidence } from '../../editor/operations';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { MomentsOfTruthPanel } from './MomentsOfTruthPanel';
import { renderWithStore } from './testUtils';

const titles = () =>
  within(screen.getByRole('list', { name: 'Moments of truth in journey order' }))
    .getAllByRole('heading')
    .map((h) => h.textContent);

describe('MomentsOfTruthPanel', () => {
  it('lists the sample’s moments of truth in journey order with their reasons and evidence', () => {
    renderWithStore(<MomentsOfTruthPanel onReveal={() => {}} />);
    expect(titles()).toEqual([
      'Apply or referred',
      'Settled into new home',
      'Two-weekly appointments',
    ]);
    const items = within(screen.getByRole('list', { name: /Moments of truth/ })).getAllByRole(
      'listitem',
    );
    expect(items[1]).toHaveTextContent('valued the help and support');
    expect(items[0]).toHaveTextContent('18 positive, 2 problems');
    expect(items[2]).toHaveTextContent('16 positive, 2 neutral, 2 problems');
  });

  it('puts a marked card in its place in the journey, whatever the order of marking', () => {
    const { editor } = renderWithStore(<MomentsOfTruthPanel onReveal={() => {}} />);
    act(() => {
      editor.run(evidence.setMomentOfTruth, {
        target: { kind: 'card', id: 'card-tp-review' },
        reason: 'x',
      });
      editor.run(evidence.setMomentOfTruth, {
        target: { kind: 'card', id: 'card-tp-lifeline' },
        reason: 'Lifeline',
      });
    });
    expect(titles()).toEqual([
      'Apply or referred',
      'Lifeline and contact numbers',
      'Settled into new home',
      'Two-weekly appointments',
      'Annual review meeting',
    ]);
    expect(
      screen.getByText(/Most maps have one to 3 moments of truth; this one has 5/),
    ).toBeInTheDocument();
    expect(screen.getByText('Touchpoint in “Receive resources”, Join')).toBeInTheDocument();
  });

  it('reveals a step or card on the map', async () => {
    const user = userEvent.setup();
    const onReveal = vi.fn();
    renderWithStore(<MomentsOfTruthPanel onReveal={onReveal} />);
    await user.click(screen.getByRole('button', { name: 'Show “Settled into new home” on map' }));
    expect(onReveal).toHaveBeenCalledWith({ kind: 'step', id: 'step-settle' });
  });

  it('marks a step, and it joins the list in journey order', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<MomentsOfTruthPanel onReveal={() => {}} />);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Step' }), 'Receive resources');
    await user.type(
      screen.getByRole('textbox', { name: 'Why is it a moment of truth?' }),
      'Customers decide here whether they can use the service.',
    );
    await user.click(screen.getByRole('button', { name: 'Mark as moment of truth' }));
    expect(titles()).toEqual([
      'Apply or referred',
      'Receive resources',
      'Settled into new home',
      'Two-weekly appointments',
    ]);
    const step = store.getState().map.phases[0]?.steps[1];
    expect(step?.momentOfTruth).toEqual({
      reason: 'Customers decide here whether they can use the service.',
    });
  });

  it('edits a reason and removes a mark', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<MomentsOfTruthPanel onReveal={() => {}} />);
    await user.click(screen.getByRole('button', { name: 'Edit reason for “Apply or referred”' }));
    const reason = screen.getByRole('textbox', {
      name: 'Why is “Apply or referred” a moment of truth?',
    });
    await user.clear(reason);
    await user.type(reason, 'First impressions');
    await user.click(screen.getByRole('button', { name: 'Save reason' }));
    expect(store.getState().map.phases[0]?.steps[0]?.momentOfTruth?.reason).toBe(
      'First impressions',
    );
    await user.click(
      screen.getByRole('button', { name: 'Remove moment of truth “Apply or referred”' }),
    );
    expect(titles()).toEqual(['Settled into new home', 'Two-weekly appointments']);
  });

  it('has no editing controls in annotate mode', () => {
    const { editor } = renderWithStore(<MomentsOfTruthPanel onReveal={() => {}} />);
    act(() => editor.setMode('annotate'));
    expect(screen.queryByRole('button', { name: 'Mark as moment of truth' })).toBeNull();
    expect(screen.queryByRole('button', { name: /Edit reason/ })).toBeNull();
    expect(screen.getAllByRole('button', { name: /on map/ })).toHaveLength(3);
  });
});
