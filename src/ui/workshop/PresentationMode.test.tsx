import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { PresentationMode } from './PresentationMode';
import { renderWithStore } from './testUtils';

describe('PresentationMode', () => {
  it('steps through the phases with the keyboard and leaves with Esc', async () => {
    const user = userEvent.setup();
    const onExit = vi.fn();
    renderWithStore(<PresentationMode onExit={onExit} />, { mode: 'present' });
    const presentation = screen.getByRole('dialog', {
      name: 'Independent Living – customer journey',
    });
    expect(presentation).toHaveFocus();
    expect(screen.getByText('Phase 1 of 4')).toHaveAttribute('aria-live', 'polite');
    expect(screen.getByRole('heading', { level: 2, name: 'Join' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Apply or referred' })).toBeInTheDocument();

    await user.keyboard('{ArrowRight}');
    expect(screen.getByText('Phase 2 of 4')).toBeInTheDocument();
    const phase = screen.getByRole('region', { name: 'Settle in' });
    expect(
      within(phase).getByRole('heading', { name: 'Settled into new home' }),
    ).toBeInTheDocument();
    expect(within(phase).getByText('★ Moment of truth')).toBeInTheDocument();
    expect(within(phase).getByText('Little or no help settling in')).toBeInTheDocument();
    expect(within(phase).getAllByText('Positive')[0]).toHaveTextContent('Emotion: Positive');
    expect(within(phase).queryByText('Apply or referred')).not.toBeInTheDocument();
    const strip = screen.getByRole('navigation', { name: 'Phases' });
    expect(within(strip).getByRole('button', { current: 'step' })).toHaveTextContent('Settle in');

    await user.keyboard('{End}');
    expect(screen.getByText('Phase 4 of 4')).toBeInTheDocument();
    await user.keyboard('{PageDown}');
    expect(screen.getByText('Phase 4 of 4')).toBeInTheDocument();
    await user.keyboard('{PageUp}');
    expect(screen.getByText('Phase 3 of 4')).toBeInTheDocument();
    await user.keyboard('{Home}');
    expect(screen.getByText('Phase 1 of 4')).toBeInTheDocument();
    await user.keyboard(' ');
    expect(screen.getByText('Phase 2 of 4')).toBeInTheDocument();
    await user.keyboard('{ArrowLeft}');
    expect(screen.getByText('Phase 1 of 4')).toBeInTheDocument();

    await user.click(within(strip).getByRole('button', { name: /Ongoing support/ }));
    expect(screen.getByText('Phase 3 of 4')).toBeInTheDocument();

    expect(onExit).not.toHaveBeenCalled();
    await user.keyboard('{Escape}');
    expect(onExit).toHaveBeenCalledTimes(1);
  });

  it('has no editing tools and can draw phases its own way', () => {
    renderWithStore(
      <PresentationMode
        onExit={() => {}}
        startPhaseId="phase-leave"
        renderPhase={(phase, { index, total }) => (
          <p>
            Custom {phase.name} {index + 1}/{total}
          </p>
        )}
      />,
      { mode: 'present' },
    );
    expect(screen.getByText('Custom Leave 4/4')).toBeInTheDocument();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Exit presentation/ })).toBeInTheDocument();
  });
});
