/**
 * The card inspector renders each kind's own fields from the kind registry
 * (domain/kinds/fields.ts): every field the registry lists is there under its label, and the
 * small editors it names (quotes, progress log, the "answers" picker) change the card.
 */
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { CommandProvider, useEditor } from '../../src/bindings/EditorProvider';
import { createClipboard } from '../../src/commands/clipboard';
import { noCanvas, type CommandContext } from '../../src/commands/context';
import { inspectorFields } from '../../src/domain/kinds';
import type { Card } from '../../src/domain/schema';
import { CARD_KINDS, type CardKind } from '../../src/domain/vocabulary';
import { Editor } from '../../src/editor/editor';
import { cards } from '../../src/editor/operations';
import { CardInspector } from '../../src/ui/editor/CardInspector';
import { gridMap } from '../builders';

/** An inspector for one card of `kind` (id "c-x", in the pain points lane at step s1). */
function setup(kind: CardKind, fields: Record<string, unknown> = {}) {
  const editor = new Editor(
    gridMap([
      { id: 'c-x', kind, laneId: 'l-pain', stepId: 's1', order: 1, title: 'X', ...fields } as never,
    ]),
  );
  const ctx: CommandContext = { editor, canvas: noCanvas, clipboard: createClipboard() };
  function Live() {
    const card = useEditor((s) => s.map.cards.find((c) => c.id === 'c-x'));
    return card ? <CardInspector card={card} editable /> : null;
  }
  render(
    <CommandProvider value={ctx}>
      <Live />
    </CommandProvider>,
  );
  const card = () => editor.map.cards.find((c) => c.id === 'c-x') as Card;
  return { editor, card };
}

const PLAIN = new Set([
  'text',
  'textarea',
  'number',
  'date',
  'plan-date',
  'url',
  'select',
  'tags',
  'card',
  'rating',
]);

describe('the card inspector', () => {
  it.each(CARD_KINDS)('shows every field the registry lists for a %s card', (kind) => {
    setup(kind);
    for (const spec of inspectorFields(kind)) {
      if (PLAIN.has(spec.input)) expect(screen.getByLabelText(spec.label)).toBeInTheDocument();
      if (spec.input === 'moment-of-truth')
        expect(screen.getByRole('checkbox', { name: spec.label })).toBeInTheDocument();
      if (spec.input === 'quotes')
        expect(screen.getByRole('button', { name: 'Add quote' })).toBeInTheDocument();
      if (spec.input === 'progress')
        expect(screen.getByLabelText('Date of update')).toBeInTheDocument();
      if (spec.hint) expect(screen.getByText(spec.hint)).toBeInTheDocument();
      if (spec.section)
        expect(screen.getByRole('heading', { level: 3, name: spec.section })).toBeInTheDocument();
    }
  });

  it('saves a tally without touching the other two, and refuses a number out of bounds', async () => {
    const { card } = setup('evidence', { tallies: { positive: 1, neutral: 2, negative: 3 } });
    const positive = screen.getByLabelText('Positive');
    await userEvent.clear(positive);
    await userEvent.type(positive, '7');
    expect(card()).toMatchObject({ tallies: { positive: 7, neutral: 2, negative: 3 } });
    await userEvent.type(screen.getByLabelText('Participants asked'), '-4');
    expect(screen.getByRole('alert')).toHaveTextContent('Enter a number from 0 to 1000000.');
  });

  it('keeps a tally just changed when the next tally changes (each field reads the card now)', async () => {
    const { card } = setup('evidence', { tallies: { positive: 1, neutral: 2, negative: 3 } });
    const positive = screen.getByLabelText('Positive');
    await userEvent.clear(positive);
    await userEvent.type(positive, '7');
    // "Problems" was not redrawn by that change (only its own value redraws a field), and its
    // change must not put back the positive tally it was drawn with.
    const negative = screen.getByLabelText('Problems');
    await userEvent.clear(negative);
    await userEvent.type(negative, '5');
    expect(card()).toMatchObject({ tallies: { positive: 7, neutral: 2, negative: 5 } });
    expect(positive).toHaveValue(7);
  });

  it('shows a change of one field made elsewhere (the canvas, another tab) at once', () => {
    const { editor } = setup('evidence', { tallies: { positive: 1, neutral: 2, negative: 3 } });
    act(() => {
      editor.run(cards.updateCard, { id: 'c-x', patch: { title: 'Typed on the canvas' } });
    });
    expect(screen.getByLabelText('Title')).toHaveValue('Typed on the canvas');
  });

  it('adds, edits and removes quotes with their participants', async () => {
    const { card } = setup('evidence');
    expect(screen.getByText('No quotes yet.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Add quote' }));
    await userEvent.type(screen.getByLabelText('Quote 1'), 'Nobody called back');
    await userEvent.type(screen.getByLabelText('Participant of quote 1'), 'P07');
    expect(card()).toMatchObject({ quotes: [{ text: 'Nobody called back', participant: 'P07' }] });
    await userEvent.click(screen.getByRole('button', { name: 'Remove quote 1' }));
    expect(card()).toMatchObject({ quotes: [] });
  });

  it('picks the card a recommendation answers from the pain points, evidence and needs', async () => {
    const { card } = setup('recommendation');
    const answers = screen.getByLabelText('Answers');
    const labels = within(answers)
      .getAllByRole('option')
      .map((option) => option.textContent);
    expect(labels).toEqual([
      'The step itself',
      'Pain point: Long wait',
      'Pain point: No-show',
      'Pain point: No news',
    ]);
    await userEvent.selectOptions(answers, 'Pain point: No-show');
    expect(card()).toMatchObject({ answers: 'c-p3' });
    await userEvent.selectOptions(answers, 'The step itself');
    expect(card()).toMatchObject({ answers: null });
  });

  it('changes the kind, and stores an emotion score as a number', async () => {
    const { card } = setup('thought');
    await userEvent.selectOptions(screen.getByLabelText('Kind'), 'Emotion');
    expect(card().kind).toBe('emotion');
    await userEvent.selectOptions(screen.getByLabelText('Emotion'), '-1');
    expect(card()).toMatchObject({ kind: 'emotion', score: -1 });
  });

  it('logs a progress update that also sets the status, with the date written for people', async () => {
    const { card } = setup('recommendation');
    const date = screen.getByLabelText('Date of update');
    await userEvent.clear(date);
    await userEvent.type(date, '2019-04-05');
    await userEvent.selectOptions(screen.getByLabelText('Status at update'), 'At risk (amber)');
    await userEvent.type(screen.getByLabelText('Update'), 'Waiting for sign-off');
    await userEvent.click(screen.getByRole('button', { name: 'Add update' }));
    expect(card()).toMatchObject({
      status: 'at-risk',
      progress: [{ date: '2019-04-05', text: 'Waiting for sign-off', status: 'at-risk' }],
    });
    expect(screen.getByRole('button', { name: 'Remove update of 5 Apr 2019' })).toBeInTheDocument();
  });
});

describe('a card’s rating in the inspector', () => {
  it('offers the map’s scale with each word’s place, and one undo step takes it back', async () => {
    const { editor, card } = setup('idea');
    const user = userEvent.setup();
    const rating = screen.getByLabelText('Rating');
    expect(
      within(rating)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual([
      'Not rated',
      'Poor (1 of 4)',
      'Fair (2 of 4)',
      'Good (3 of 4)',
      'Excellent (4 of 4)',
    ]);
    await user.selectOptions(rating, 'Good');
    expect(card().rating).toBe('Good');
    expect(rating).toHaveValue('Good');
    editor.undo();
    expect(card().rating).toBeNull();
  });

  it('keeps a word that is not on the scale, says so, and can replace it', async () => {
    const { card } = setup('pain-point', { rating: 'Dreadful' });
    const rating = screen.getByLabelText('Rating');
    expect(rating).toHaveValue('Dreadful');
    expect(
      screen.getByText(/“Dreadful” is no longer on the map’s rating scale/),
    ).toBeInTheDocument();
    await userEvent.setup().selectOptions(rating, 'Poor');
    expect(card().rating).toBe('Poor');
    expect(screen.queryByText(/no longer on the map’s rating scale/)).toBeNull();
  });
});
