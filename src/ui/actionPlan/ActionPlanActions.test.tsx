import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { PLAN_DATE_TEXT_NOTE } from '../../domain/planDates';
import type { JourneyMap, RecommendationCard } from '../../domain/schema';
import { EditorProvider } from '../../bindings/EditorProvider';
import { Editor } from '../../editor/editor';
import { ActionPlanView } from './ActionPlanView';
import { OCTOBER, SEPTEMBER, sampleMap, seed004Map } from '../../../tests/builders';

const REFERRAL = 'Audit and update the referral form';

function setup(
  map: JourneyMap = sampleMap(new Date('2026-01-15T10:30:00Z')),
  today = '2026-01-15',
) {
  const editor = new Editor(map);
  render(
    <EditorProvider editor={editor}>
      <ActionPlanView onReveal={() => {}} onClose={() => {}} today={today} />
    </EditorProvider>,
  );
  const rec = (id: string) => editor.map.cards.find((c) => c.id === id) as RecommendationCard;
  return { editor, rec, user: userEvent.setup() };
}

/** Types into a plan date and leaves the field, as a person would. */
function typeDate(label: string, value: string) {
  const field = screen.getByLabelText(label);
  fireEvent.change(field, { target: { value } });
  fireEvent.blur(field);
}

describe(
  'recommendations with actions, responses and approximate dates',
  { timeout: 20_000 },
  () => {
    it('adds actions under a recommendation; approximate dates are kept and explained', async () => {
      const { rec, user } = setup();
      await user.click(screen.getAllByRole('button', { name: 'Add action' })[0]!);
      await user.click(screen.getAllByRole('button', { name: 'Add action' })[0]!);
      const first = `action 1 of “${REFERRAL}”`;
      expect(screen.getByRole('row', { name: `Action 1 of “${REFERRAL}”` })).toHaveTextContent(
        '–.1',
      );
      fireEvent.change(screen.getByLabelText(`Text of ${first}`), {
        target: { value: 'Review the D&M register' },
      });
      typeDate(`Revised date of ${first}`, 'Spring 2023');
      typeDate(`Target date of ${first}`, 'Awaiting timescales');
      typeDate(`Completed date of action 2 of “${REFERRAL}”`, 'Sept’ 24');
      expect(rec('card-rec-referral-form').actions).toMatchObject([
        {
          title: 'Review the D&M register',
          revisedDate: 'Spring 2023',
          targetDate: 'Awaiting timescales',
        },
        { completedDate: 'Sep 2024' },
      ]);
      expect(screen.getByLabelText(`Revised date of ${first}`)).toHaveValue('Spring 2023');
      expect(screen.getByLabelText(`Revised date of ${first}`)).toHaveAccessibleDescription(
        'Read as 1 Mar 2023 to 31 May 2023; overdue after 31 May 2023.',
      );
      expect(screen.getByLabelText(`Target date of ${first}`)).toHaveAccessibleDescription(
        PLAN_DATE_TEXT_NOTE,
      );
      // The recommendation's status now comes from its actions.
      await user.selectOptions(screen.getByLabelText(`Status of ${first}`), 'at-risk');
      const row = screen
        .getAllByRole('row')
        .find(
          (r) =>
            within(r).queryByRole('button', { name: 'Show on map' }) &&
            r.textContent?.includes(REFERRAL),
        )!;
      expect(row).toHaveTextContent('At risk (amber) from its actions');
    });

    it('records the response and edits why in the action plan', async () => {
      const { rec, user } = setup();
      const name = `“${REFERRAL}”`;
      fireEvent.change(screen.getByLabelText(`Why of ${name}`), {
        target: { value: 'Customers found it hard' },
      });
      await user.click(screen.getAllByRole('button', { name: 'Response' })[0]!);
      const section = screen.getByRole('region', { name: `Response to ${name}` });
      await user.selectOptions(within(section).getByLabelText('Response'), 'partly-accepted');
      fireEvent.change(within(section).getByLabelText('Response text'), {
        target: { value: 'Agreed in principle' },
      });
      expect(rec('card-rec-referral-form')).toMatchObject({
        why: 'Customers found it hard',
        response: { answer: 'partly-accepted', text: 'Agreed in principle' },
      });
      expect(screen.getByText(/Response:/).closest('span')).toHaveTextContent(
        'Response: Partly accepted – Agreed in principle',
      );
    });
  },
);

describe('seed 004: the status summary between two dates', () => {
  it('September against October, carried forward, in the plan’s theme order', () => {
    setup(seed004Map(), '2021-11-20');
    fireEvent.change(screen.getByLabelText('As at'), { target: { value: OCTOBER } });
    fireEvent.change(screen.getByLabelText('Compare with…'), { target: { value: SEPTEMBER } });
    const monthly = screen.getByRole('table', { name: 'Month on month' });
    expect(
      within(monthly).getByRole('columnheader', { name: 'Carried forward from 30 Sep 2021' }),
    ).toBeInTheDocument();
    expect(within(monthly).getByRole('columnheader', { name: '31 Oct 2021' })).toBeInTheDocument();
    const line = (label: string) =>
      within(monthly).getByRole('rowheader', { name: label }).closest('tr')!;
    expect(line('On track (green)')).toHaveTextContent(/16\s*10\s*-6/);
    expect(line('At risk (amber)')).toHaveTextContent(/4\s*6\s*\+2/);
    expect(line('Not started')).toHaveTextContent(/4\s*2\s*-2/);
    expect(line('On hold')).toHaveTextContent(/2\s*2\s*0/);
    expect(line('Complete')).toHaveTextContent(/0\s*6\s*\+6/);
    const summary = screen.getByRole('table', { name: /Status by theme as at 31 Oct 2021/ });
    expect(
      within(summary)
        .getAllByRole('rowheader')
        .map((th) => th.textContent),
    ).toEqual([
      'Experience',
      'Complaints handling',
      'Customer Ethos',
      'Emotional Connection',
      'Ethics',
      'Total',
    ]);
  });
});

describe('a plan that is not about one journey step', () => {
  it('is kept in the action plan only when taken off the map', async () => {
    const { rec, user } = setup();
    const name = `“${REFERRAL}”`;
    await user.click(screen.getByRole('checkbox', { name: `On the map: ${name}` }));
    expect(rec('card-rec-referral-form').onMap).toBe(false);
    const row = screen
      .getAllByRole('row')
      .find(
        (r) =>
          r.textContent?.includes(REFERRAL) &&
          within(r).queryByRole('button', { name: 'Show on map' }),
      )!;
    expect(row).toHaveTextContent('Not on a journey step (action plan only)');
    expect(within(row).getByRole('button', { name: 'Show on map' })).toBeDisabled();
  });
});

describe('adding a plan that is not about one journey step', () => {
  it('"Action plan only" adds it in no canvas cell, answering nothing, in one undo step', async () => {
    const { editor, user } = setup();
    const before = editor.map.cards.length;
    await user.click(screen.getByRole('button', { name: 'Add recommendation' }));
    const form = screen.getByRole('form', { name: 'Add recommendation' });
    await user.type(within(form).getByRole('textbox', { name: 'Action' }), 'Publish a plan');
    await user.click(within(form).getByRole('checkbox', { name: /Action plan only/ }));
    expect(within(form).getByRole('combobox', { name: 'Step' })).toBeDisabled();
    expect(within(form).getByRole('combobox', { name: 'Answers' })).toBeDisabled();
    await user.click(within(form).getByRole('button', { name: 'Add' }));
    const added = editor.map.cards.find((c) => c.title === 'Publish a plan') as RecommendationCard;
    expect(added).toMatchObject({ kind: 'recommendation', onMap: false, answers: null });
    const row = screen.getByRole('row', { name: /Publish a plan/ });
    expect(row).toHaveTextContent('(action plan only)');
    editor.undo();
    expect(editor.map.cards).toHaveLength(before);
  });
});

describe('ratings in the action plan', () => {
  it('rates a recommendation on the map’s scale, shows it, filters and sorts by it', async () => {
    const { rec, user } = setup();
    const name = `“${REFERRAL}”`;
    await user.selectOptions(screen.getByLabelText(`Rating of ${name}`), 'Good');
    expect(rec('card-rec-referral-form').rating).toBe('Good');
    const rated = () =>
      screen.getAllByRole('row').filter((r) => within(r).queryByLabelText(/^Rating of “/));
    const all = rated().length;
    expect(all).toBeGreaterThan(1);
    const filter = screen.getByRole('combobox', { name: 'Filter by rating' });
    await user.selectOptions(filter, 'Good');
    expect(rated()).toHaveLength(1);
    expect(rated()[0]).toHaveTextContent(REFERRAL);
    await user.selectOptions(filter, 'Not rated');
    expect(rated()).toHaveLength(all - 1);
    await user.selectOptions(filter, '');
    expect(screen.getByRole('columnheader', { name: /Rating/ })).toBeInTheDocument();
  });

  it('keeps a word no longer on the scale and says so', () => {
    const map = sampleMap(new Date('2026-01-15T10:30:00Z'));
    const { rec } = setup({
      ...map,
      cards: map.cards.map((c) =>
        c.id === 'card-rec-referral-form' ? { ...c, rating: 'Great' } : c,
      ),
    });
    const select = screen.getByLabelText(`Rating of “${REFERRAL}”`);
    expect(select).toHaveValue('Great');
    expect(within(select).getByRole('option', { name: 'Great (not on the scale)' })).toBeTruthy();
    expect(rec('card-rec-referral-form').rating).toBe('Great');
    expect(
      within(screen.getByRole('combobox', { name: 'Filter by rating' })).getByRole('option', {
        name: 'Great (not on the scale)',
      }),
    ).toBeTruthy();
  });
});
