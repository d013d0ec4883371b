import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { EditorProvider } from '../../bindings/EditorProvider';
import { Editor } from '../../editor/editor';
import { sampleMap } from '../../../tests/builders';
import { MapDetailsPanel } from './MapDetailsPanel';

function setup(role: 'editor' | 'participant' = 'editor') {
  const editor = new Editor(sampleMap());
  if (role === 'participant') editor.setRole('participant');
  render(
    <EditorProvider editor={editor}>
      <MapDetailsPanel editable={role === 'editor'} />
    </EditorProvider>,
  );
  return { editor, user: userEvent.setup() };
}

describe('the map details panel', () => {
  it('edits service, journey type, owner, status and an approximate review date', async () => {
    const { editor, user } = setup();
    await user.clear(screen.getByLabelText('Service'));
    await user.type(screen.getByLabelText('Service'), 'Contact centre');
    await user.type(screen.getByLabelText('Journey type or scenario'), 'Reporting a repair');
    await user.selectOptions(screen.getByLabelText('Map status'), 'in-review');
    const review = screen.getByLabelText('Review date');
    fireEvent.change(review, { target: { value: 'spring 2025' } });
    fireEvent.blur(review);
    expect(editor.map).toMatchObject({
      service: 'Contact centre',
      status: 'in-review',
      reviewDate: 'Spring 2025',
    });
    expect(editor.map.journeyType).toMatch(/Reporting a repair$/);
    expect(review).toHaveValue('Spring 2025');
    editor.undo();
    expect(editor.map.reviewDate).toBeNull();
  });

  it('rates criteria on the scale and gives an overall judgement (seed 003)', async () => {
    const { editor, user } = setup();
    await user.type(screen.getByLabelText('Overall judgement'), 'An improving service');
    await user.click(screen.getByRole('button', { name: 'Add criterion' }));
    await user.type(screen.getByLabelText('Criterion 1'), 'Telephone contact');
    await user.selectOptions(screen.getByLabelText('Rating of criterion 1'), 'Good');
    expect(editor.map.judgement).toMatchObject({
      overall: 'An improving service',
      criteria: [{ name: 'Telephone contact', rating: 'Good' }],
    });
    expect(
      within(screen.getByLabelText('Rating of criterion 1'))
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual([
      'Not rated',
      'Poor (1 of 4)',
      'Fair (2 of 4)',
      'Good (3 of 4)',
      'Excellent (4 of 4)',
    ]);
  });

  it('edits the rating scale; ratings given keep their word and are said to be off the scale', async () => {
    const { editor, user } = setup();
    await user.click(screen.getByRole('button', { name: 'Add criterion' }));
    await user.selectOptions(screen.getByLabelText('Rating of criterion 1'), 'Good');
    // Rename "Good" to "Strong": the rating keeps "Good", now off the scale, and says so.
    const good = screen.getByLabelText('Rating word 3 of 4');
    await user.clear(good);
    expect(screen.getByText('A rating word cannot be blank.')).toBeInTheDocument();
    expect(editor.map.judgement.scale).toEqual(['Poor', 'Fair', 'Good', 'Excellent']);
    await user.type(good, 'Strong');
    expect(editor.map.judgement.scale).toEqual(['Poor', 'Fair', 'Strong', 'Excellent']);
    expect(editor.map.judgement.criteria[0]?.rating).toBe('Good');
    expect(screen.getByRole('status')).toHaveTextContent('Not on the scale: “Good” (1 rating)');
    const select = screen.getByLabelText('Rating of criterion 1');
    expect(select).toHaveValue('Good');
    expect(within(select).getByRole('option', { name: 'Good (not on the scale)' })).toBeTruthy();
    // Move "Strong" to the best end, add a word, remove "Poor".
    await user.click(screen.getByRole('button', { name: 'Move “Strong” towards best' }));
    await user.click(screen.getByRole('button', { name: 'Add rating word' }));
    await user.click(screen.getByRole('button', { name: 'Remove “Poor” from the scale' }));
    expect(editor.map.judgement.scale).toEqual(['Fair', 'Excellent', 'Strong', 'Level 5']);
    // Rate it again on the new scale: nothing is off the scale any more.
    await user.selectOptions(select, 'Strong');
    expect(screen.queryByRole('status')).toBeNull();
    expect(editor.map.judgement.criteria[0]?.rating).toBe('Strong');
  });

  it('holds survey scores per channel and aspect and compares channels side by side', async () => {
    const { editor, user } = setup();
    for (const [channel, average, top, bottom] of [
      ['Telephone', '7.4', '31', '9'],
      ['Email', '6.1', '18', '17'],
    ] as const) {
      await user.click(screen.getByRole('button', { name: 'Add survey score' }));
      const n = editor.map.surveyScores.length;
      await user.type(screen.getByLabelText(`Channel of score ${n}`), channel);
      await user.type(screen.getByLabelText(`Aspect of score ${n}`), 'Ease of contact');
      await user.type(screen.getByLabelText(`Average of score ${n} (out of 10)`), average);
      await user.type(screen.getByLabelText(`Share scoring 10 of score ${n} (%)`), top);
      await user.type(screen.getByLabelText(`Share scoring 3 or less of score ${n} (%)`), bottom);
    }
    expect(editor.map.surveyScores[1]).toMatchObject({
      channel: 'Email',
      average: 6.1,
      shareTop: 18,
      shareBottom: 17,
    });
    const table = screen.getByRole('table', { name: 'Channels compared' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Aspect', 'Telephone', 'Email']);
    expect(within(table).getByRole('row', { name: /Ease of contact/ })).toHaveTextContent(
      /7\.4 · 10: 31% · ≤3: 9%\s*6\.1 · 10: 18% · ≤3: 17%/,
    );
    // The chart: a bar per channel as tall as its average, its value and letter over and under
    // it, the key naming the letters, and the table as its description for screen readers.
    const chart = screen.getByRole('img', { name: /Average score out of 10 by channel/ });
    expect(chart).toHaveAttribute('aria-describedby', table.id);
    const bars = Array.from(chart.querySelectorAll('rect'), (r) =>
      Number(r.getAttribute('height')),
    );
    expect(bars).toEqual([74, 61]);
    expect(chart).toHaveTextContent(/7\.4.*A.*6\.1.*B.*Ease of contact/);
    expect(screen.getByText('A: Telephone')).toBeInTheDocument();
    expect(screen.getByText('B: Email')).toBeInTheDocument();
  });

  it('is read only for a participant', () => {
    setup('participant');
    expect(screen.getByLabelText('Service')).toHaveAttribute('readonly');
    expect(screen.queryByRole('button', { name: 'Add criterion' })).toBeNull();
  });
});
