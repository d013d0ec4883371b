import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { PersonaStrip } from './PersonaStrip';
import { renderWithStore } from './testUtils';

const SAMPLE_PERSONA = 'Older tenant moving into an Independent Living scheme';

beforeAll(() => {
  // jsdom has <dialog> but not showModal(): open it so the dialog is in the accessibility tree.
  if (typeof HTMLDialogElement.prototype.showModal !== 'function') {
    HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
      this.setAttribute('open', '');
    };
  }
});

describe('PersonaStrip', () => {
  it('shows the sample persona with its quote and lists', () => {
    renderWithStore(<PersonaStrip />);
    const card = screen.getByRole('article', { name: SAMPLE_PERSONA });
    expect(within(card).getByText(/who to ring if I need help/)).toBeInTheDocument();
    const needs = within(card).getByRole('region', { name: 'Needs & challenges' });
    expect(within(needs).getAllByRole('listitem')).toHaveLength(4);
    expect(within(card).getByRole('heading', { name: 'Goals & motivations' })).toBeInTheDocument();
  });

  it('adds a persona with lists, and it is in the store as one undo step', async () => {
    const user = userEvent.setup();
    const { store, editor } = renderWithStore(<PersonaStrip />);
    await user.click(screen.getByRole('button', { name: 'Add persona' }));
    const form = screen.getByRole('form', { name: 'Add persona' });
    expect(within(form).getByRole('textbox', { name: 'Name' })).toHaveFocus();
    await user.type(
      within(form).getByRole('textbox', { name: 'Name' }),
      'Family in temporary accommodation',
    );
    await user.type(
      within(form).getByRole('textbox', { name: 'Quote' }),
      'We need somewhere to live',
    );
    await user.click(within(form).getByRole('button', { name: 'Add demographic' }));
    await user.keyboard('Couple, ages 25 and 26');
    await user.click(within(form).getByRole('button', { name: 'Add goal or motivation' }));
    await user.type(
      within(form).getByRole('textbox', { name: 'Goal or motivation 1' }),
      'A 2-bed home',
    );
    await user.click(within(form).getByRole('button', { name: 'Save persona' }));

    const personas = store.getState().map.personas;
    expect(personas).toHaveLength(2);
    expect(personas[1]).toMatchObject({
      name: 'Family in temporary accommodation',
      quote: 'We need somewhere to live',
      demographics: ['Couple, ages 25 and 26'],
      goalsAndMotivations: ['A 2-bed home'],
      picture: { kind: 'avatar' },
    });
    expect(
      screen.getByRole('article', { name: 'Family in temporary accommodation' }),
    ).toBeInTheDocument();
    // Focus lands on the new persona's edit button.
    expect(
      screen.getByRole('button', { name: 'Edit persona “Family in temporary accommodation”' }),
    ).toHaveFocus();
    act(() => void editor.undo());
    expect(store.getState().map.personas).toHaveLength(1);
  });

  it('edits a persona’s name in place', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<PersonaStrip />);
    await user.click(screen.getByRole('button', { name: `Edit persona “${SAMPLE_PERSONA}”` }));
    const name = screen.getByRole('textbox', { name: 'Name' });
    await user.clear(name);
    await user.type(name, 'Margaret, 78');
    await user.click(screen.getByRole('button', { name: 'Remove demographic 1' }));
    await user.click(screen.getByRole('button', { name: 'Save persona' }));
    const persona = store.getState().map.personas[0];
    expect(persona?.name).toBe('Margaret, 78');
    expect(persona?.demographics).toHaveLength(2);
    expect(screen.getByRole('heading', { name: 'Margaret, 78' })).toBeInTheDocument();
  });

  it('asks for a name, and Cancel changes nothing', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<PersonaStrip />);
    const before = store.getState().map;
    await user.click(screen.getByRole('button', { name: `Edit persona “${SAMPLE_PERSONA}”` }));
    await user.clear(screen.getByRole('textbox', { name: 'Name' }));
    await user.click(screen.getByRole('button', { name: 'Save persona' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Give the persona a name.');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(store.getState().map).toBe(before);
    expect(screen.getByRole('button', { name: `Edit persona “${SAMPLE_PERSONA}”` })).toHaveFocus();
  });

  it('refuses a picture that is not PNG, JPEG, WebP or GIF, or is over 2 MB', async () => {
    const user = userEvent.setup({ applyAccept: false });
    renderWithStore(<PersonaStrip />);
    await user.click(screen.getByRole('button', { name: 'Add persona' }));
    const upload = screen.getByLabelText('Upload a picture');
    await user.upload(upload, new File(['<svg/>'], 'face.svg', { type: 'image/svg+xml' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '“face.svg” is not a PNG, JPEG, WebP or GIF picture.',
    );
    const big = new File([new Uint8Array(2.5 * 1024 * 1024)], 'big.png', { type: 'image/png' });
    await user.upload(upload, big);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '“big.png” is 2.5 MB; a picture can be at most 2 MB.',
    );
  });

  it('removes a persona after asking', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<PersonaStrip />);
    await user.click(screen.getByRole('button', { name: `Remove persona “${SAMPLE_PERSONA}”` }));
    const dialog = screen.getByRole('dialog', { name: 'Remove persona?' });
    await user.click(within(dialog).getByRole('button', { name: 'Remove persona' }));
    expect(store.getState().map.personas).toEqual([]);
    expect(screen.getByText(/No personas yet/)).toBeInTheDocument();
  });

  it('only shows personas in present mode and in a read-only tab', () => {
    const { editor } = renderWithStore(<PersonaStrip />);
    expect(screen.getByRole('button', { name: 'Add persona' })).toBeInTheDocument();
    act(() => editor.setMode('present'));
    expect(screen.queryByRole('button', { name: 'Add persona' })).toBeNull();
    expect(screen.queryByRole('button', { name: /Edit persona/ })).toBeNull();
    act(() => {
      editor.setMode('edit');
      editor.setReadOnly(true);
    });
    expect(screen.queryByRole('button', { name: /Remove persona/ })).toBeNull();
    expect(screen.getByRole('article', { name: SAMPLE_PERSONA })).toBeInTheDocument();
  });

  it('draws a generated avatar with the persona’s initials', () => {
    renderWithStore(<PersonaStrip />);
    const avatar = screen.getByTestId('generated-avatar');
    expect(avatar).toHaveTextContent('OT');
    expect(avatar).toHaveAttribute('aria-hidden', 'true');
  });
});
