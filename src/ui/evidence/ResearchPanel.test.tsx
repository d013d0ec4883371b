import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { ResearchPanel } from './ResearchPanel';
import { renderWithStore } from './testUtils';

beforeAll(() => {
  if (typeof HTMLDialogElement.prototype.showModal !== 'function') {
    HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
      this.setAttribute('open', '');
    };
  }
});

describe('ResearchPanel', () => {
  it('shows the sample research and says how much of the map rests on evidence', () => {
    renderWithStore(<ResearchPanel />);
    const record = screen.getByRole('article', { name: 'Interviews, 20 participants' });
    expect(record).toHaveTextContent(/1 Jul 2025 – 30 Sept? 2025/);
    expect(record).toHaveTextContent('Grace Lowe');
    expect(record).toHaveTextContent('Cited by6 evidence cards');
    expect(
      screen.getByText(/^\d+% of cards rest on evidence, \d+% are assumptions/),
    ).toBeInTheDocument();
  });

  it('adds, edits and deletes research', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<ResearchPanel />);
    await user.click(screen.getByRole('button', { name: 'Add research' }));
    const form = screen.getByRole('form', { name: 'Add research' });
    expect(within(form).getByRole('combobox', { name: 'Method' })).toHaveFocus();
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Method' }), 'Survey');
    await user.type(within(form).getByRole('spinbutton', { name: 'Participants' }), '120');
    await user.type(within(form).getByRole('textbox', { name: 'Conducted by' }), 'Insight Team');
    await user.click(within(form).getByRole('button', { name: 'Save research' }));
    expect(store.getState().map.research[1]).toMatchObject({
      method: 'survey',
      participants: 120,
      conductedBy: 'Insight Team',
    });

    await user.click(
      screen.getByRole('button', { name: 'Edit research “Survey, 120 participants”' }),
    );
    const participants = screen.getByRole('spinbutton', { name: 'Participants' });
    await user.clear(participants);
    await user.type(participants, '-3');
    await user.click(screen.getByRole('button', { name: 'Save research' }));
    expect(screen.getByRole('alert')).toHaveTextContent('whole number');
    await user.clear(participants);
    await user.type(participants, '95');
    await user.click(screen.getByRole('button', { name: 'Save research' }));
    expect(store.getState().map.research[1]?.participants).toBe(95);

    await user.click(
      screen.getByRole('button', { name: 'Delete research “Interviews, 20 participants”' }),
    );
    const dialog = screen.getByRole('dialog', { name: 'Delete research?' });
    expect(dialog).toHaveTextContent('6 evidence cards cite it');
    await user.click(within(dialog).getByRole('button', { name: 'Delete research' }));
    expect(store.getState().map.research.map((r) => r.method)).toEqual(['survey']);
  });
});
