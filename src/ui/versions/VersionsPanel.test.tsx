import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { actionPlan, cards } from '../../editor/operations';
import { formatBytes } from '../../domain/words';
import { sampleMap } from '../../../tests/builders';
import { renderWithServices } from '../templates/testUtils';
import { loadFileVersions } from './fileVersions';
import { VersionsPanel } from './VersionsPanel';

const titles = (map: { cards: readonly { title: string }[] }) =>
  map.cards.map((card) => card.title).sort();

async function saveVersion(name: string, note = '') {
  await userEvent.type(screen.getByLabelText('Version name'), name);
  if (note) await userEvent.type(screen.getByLabelText('Note (optional)'), note);
  await userEvent.click(screen.getByRole('button', { name: 'Save version' }));
  await screen.findByText(`Saved the version “${name}”.`);
}

const row = (name: string) =>
  screen.getByRole('rowheader', { name: new RegExp(`^${name}`) }).closest('tr')!;

describe('the versions panel', () => {
  it('saves a named version with its note, listed with its kind, cards and size', async () => {
    const { editor } = await renderWithServices(<VersionsPanel onClose={() => {}} />, sampleMap());
    expect(screen.getByLabelText('Version name')).toHaveFocus();
    expect(await screen.findByText('No versions of this map yet.')).toBeInTheDocument();
    await saveVersion('March review', 'Before the board');
    const saved = within(row('March review'));
    expect(saved.getByText('Before the board')).toBeInTheDocument();
    expect(saved.getByText('Saved by you')).toBeInTheDocument();
    expect(saved.getByRole('cell', { name: String(editor.map.cards.length) })).toBeInTheDocument();
    expect(screen.getByText(/This map’s 1 version: \d/)).toBeInTheDocument();
  });

  it('restore brings the version back after keeping the map as it is; restoring that undoes it', async () => {
    const { editor } = await renderWithServices(<VersionsPanel onClose={() => {}} />, sampleMap());
    const first = titles(editor.map);
    await saveVersion('Review 1');
    editor.run(cards.deleteCards, { ids: ['card-pain-cleaning'] });
    editor.run(cards.updateCard, { id: 'card-tp-ppp', patch: { title: 'Online application' } });
    const second = titles(editor.map);

    fireEvent.click(screen.getByRole('button', { name: 'Restore “Review 1”' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Restore' }));
    await screen.findByText(/Restored “Review 1”\. The map as it was is kept as the version/);
    expect(titles(editor.map)).toEqual(first);

    const kept = 'Before restoring “Review 1”';
    fireEvent.click(await screen.findByRole('button', { name: `Restore “${kept}”` }));
    fireEvent.click(await screen.findByRole('button', { name: 'Restore' }));
    await screen.findByText(new RegExp(`Restored “${kept}”`));
    expect(titles(editor.map)).toEqual(second);
    expect(screen.getAllByText('Automatic, before a restore')).toHaveLength(2);
  });

  it('opens a version read-only, with every card it had', async () => {
    const { editor } = await renderWithServices(<VersionsPanel onClose={() => {}} />, sampleMap());
    await saveVersion('Review 1');
    editor.run(cards.deleteCards, { ids: ['card-pain-cleaning'] });
    fireEvent.click(screen.getByRole('button', { name: 'Open “Review 1”' }));
    const viewer = await screen.findByRole('dialog', { name: /Version “Review 1” \(read-only\)/ });
    expect(
      await within(viewer).findByRole('img', { name: /as it was in this version/ }),
    ).toBeVisible();
    expect(within(viewer).getByRole('cell', { name: 'Cleaning quality in schemes' })).toBeTruthy();
    expect(within(viewer).queryByRole('textbox')).toBeNull();
  });

  it('deletes a version after asking; the map does not change', async () => {
    const { editor, repository } = await renderWithServices(
      <VersionsPanel onClose={() => {}} />,
      sampleMap(),
    );
    const before = editor.map;
    await saveVersion('Draft');
    fireEvent.click(screen.getByRole('button', { name: 'Delete “Draft”' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Delete version' }));
    await screen.findByText('Deleted the version “Draft”.');
    expect(await repository.versions.list(before.id)).toEqual([]);
    expect(editor.map).toBe(before);
  });

  it('compares a version with the map now: changes marked, listed and counted', async () => {
    const { editor } = await renderWithServices(<VersionsPanel onClose={() => {}} />, sampleMap());
    await saveVersion('Review 1');
    editor.run(cards.deleteCards, { ids: ['card-pain-cleaning'] });
    editor.run(actionPlan.updateRecommendation, {
      id: 'card-rec-referral-form',
      patch: { status: 'complete' },
    });
    await waitFor(() =>
      expect(screen.getByRole('combobox', { name: 'Before' })).toHaveDisplayValue(/^Review 1/),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Compare' }));
    const view = await screen.findByRole('dialog', { name: /^Compare: Version “Review 1” → / });
    expect(within(view).getByRole('list', { name: 'Pain points resolved' })).toHaveTextContent(
      'Cleaning quality in schemes',
    );
    expect(
      within(view).getByRole('list', { name: 'Recommendations whose status changed' }),
    ).toHaveTextContent('Audit and update the referral form: Not started → Complete');
    expect(within(view).getByRole('list', { name: 'Cards removed' })).toHaveTextContent('−');
    await waitFor(() =>
      expect(within(view).getAllByRole('img', { name: /marked/ })).toHaveLength(2),
    );
    fireEvent.click(within(view).getByRole('radio', { name: 'Overlaid' }));
    expect(
      await within(view).findAllByRole('img', { name: /every difference marked/ }),
    ).toHaveLength(1);
    expect(within(view).getByRole('table', { name: 'Emotion by step' })).toBeTruthy();
  });

  it('gives the versions to a JSON export, oldest first', async () => {
    const { repository, editor } = await renderWithServices(
      <VersionsPanel onClose={() => {}} />,
      sampleMap(),
    );
    await saveVersion('One');
    await saveVersion('Two');
    const file = await loadFileVersions(repository.versions, editor.map.id);
    expect(file.map((v) => v.name)).toEqual(['One', 'Two']);
    expect(file[0]?.map.cards).toHaveLength(editor.map.cards.length);
  });
});

describe('the compare picker', () => {
  it('starts from the current-state map only while it is in the library', async () => {
    const current = sampleMap();
    const future = { ...current, id: 'future', currentStateMapId: current.id, title: 'Future' };
    const { library, repository } = await renderWithServices(
      <VersionsPanel onClose={() => {}} />,
      future,
    );
    await repository.create(current);
    await library.getState().refresh();
    const before = screen.getByRole('combobox', { name: 'Before' });
    await waitFor(() => expect(before).toHaveDisplayValue(`${current.title} (its current state)`));
    await library.getState().trash(current.id);
    await waitFor(() => expect(before).toHaveDisplayValue('This map as it is now'));
  });
});

describe('formatBytes', () => {
  it('writes sizes people read', () => {
    expect(formatBytes(1)).toBe('1 byte');
    expect(formatBytes(820)).toBe('820 bytes');
    expect(formatBytes(12_697)).toBe('12.4 KB');
    expect(formatBytes(3_250_586)).toBe('3.1 MB');
  });
});
