import { cards } from '../../editor/operations';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { allSteps } from '../../domain/edits';
import { MetricBadge } from './MetricBadge';
import { StepEmotionSource } from './StepEmotionSource';
import { StepSentiment } from './StepSentiment';
import { renderWithStore } from './testUtils';

const scoreOf = (store: ReturnType<typeof renderWithStore>['store'], stepId: string) =>
  allSteps(store.getState().map).find((s) => s.id === stepId)?.emotionScore;

describe('StepSentiment', () => {
  it('sums a step’s tallies into words, with the bar hidden from screen readers', () => {
    const { container } = renderWithStore(<StepSentiment stepId="step-apply" />);
    expect(screen.getByText('18 positive, 2 problems')).toBeInTheDocument();
    expect(container.querySelector('.ev-sentiment__text')).toHaveTextContent(
      'Evidence: 18 positive, 2 problems',
    );
    expect(container.querySelector('.ev-sentiment__bar')).toHaveAttribute('aria-hidden', 'true');
  });

  it('says one problem, shows neutral comments, and nothing for a step without evidence', () => {
    renderWithStore(
      <>
        <StepSentiment stepId="step-review" />
        <StepSentiment stepId="step-appointments" />
        <StepSentiment stepId="no-such-step" />
        <StepSentiment stepId="no-such-step" showEmpty />
      </>,
    );
    expect(screen.getByText('19 positive, 1 problem')).toBeInTheDocument();
    expect(screen.getByText('16 positive, 2 neutral, 2 problems')).toBeInTheDocument();
    expect(screen.getAllByText('No evidence yet')).toHaveLength(1);
  });

  it('follows the tallies as they change', () => {
    const { editor } = renderWithStore(<StepSentiment stepId="step-apply" />);
    act(() => {
      editor.run(cards.updateCard, {
        id: 'card-ev-1',
        patch: { tallies: { positive: 5, neutral: 0, negative: 9 } },
      });
    });
    expect(screen.getByText('5 positive, 9 problems')).toBeInTheDocument();
  });
});

describe('StepEmotionSource', () => {
  it('switches a step between set by hand and from evidence, in one undo step', async () => {
    const user = userEvent.setup();
    const { store, editor } = renderWithStore(<StepEmotionSource stepId="step-apply" />);
    const fromEvidence = screen.getByRole('radio', { name: 'From evidence' });
    expect(fromEvidence).toBeChecked();
    expect(screen.getByText('From 20 comments: +1 (positive).')).toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: 'Set by hand' }));
    expect(screen.getByRole('radio', { name: 'Set by hand' })).toBeChecked();
    // Tallies change while the score is set by hand: the score stays.
    act(() => {
      editor.run(cards.updateCard, {
        id: 'card-ev-1',
        patch: { tallies: { positive: 0, neutral: 0, negative: 20 } },
      });
    });
    expect(scoreOf(store, 'step-apply')).toBe(1);
    expect(screen.getByText('From evidence it would be -2 (very negative).')).toBeInTheDocument();

    await user.click(fromEvidence);
    expect(scoreOf(store, 'step-apply')).toBe(-2);
    act(() => void editor.undo());
    expect(scoreOf(store, 'step-apply')).toBe(1);
    expect(screen.getByRole('radio', { name: 'Set by hand' })).toBeChecked();
  });

  it('is disabled when the tab is read-only', () => {
    const { editor } = renderWithStore(<StepEmotionSource stepId="step-apply" />);
    act(() => editor.setReadOnly(true));
    expect(screen.getByRole('radio', { name: 'Set by hand' })).toBeDisabled();
  });
});

describe('MetricBadge', () => {
  it('says on or off track in words, with the full sentence for screen readers', () => {
    render(
      <>
        <MetricBadge card={{ value: 70, target: 80, unit: '%', direction: 'higher-is-better' }} />
        <MetricBadge
          card={{ value: 14, target: 60, unit: 'minutes', direction: 'lower-is-better' }}
        />
        <MetricBadge card={{ value: 7.1, target: null, unit: '', direction: 'higher-is-better' }} />
      </>,
    );
    expect(
      screen.getByText('Off track: 70% against a target of 80% (higher is better)'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('On track: 14 minutes against a target of 60 minutes (lower is better)'),
    ).toBeInTheDocument();
    expect(screen.getByText('No target: 7.1, no target set')).toBeInTheDocument();
    expect(screen.getByText('✗ Off track')).toHaveAttribute('aria-hidden', 'true');
  });
});
