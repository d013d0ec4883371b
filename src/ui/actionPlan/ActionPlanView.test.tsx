import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { JourneyMap, RecommendationCard } from '../../domain/schema';
import { EditorProvider } from '../../bindings/EditorProvider';
import { Editor } from '../../editor/editor';
import type { EditorMode } from '../../editor/permissions';
import type * as DownloadModule from '../common/download';
import { ActionPlanView } from './ActionPlanView';
import { sampleMap } from '../../../tests/builders';

const downloads = vi.hoisted(() => [] as { blob: Blob; name: string }[]);
vi.mock('../common/download', async (importOriginal) => {
  const original = await importOriginal<typeof DownloadModule>();
  return {
    ...original,
    downloadBlob: (blob: Blob, name: string) => downloads.push({ blob, name }),
  };
});

const NOW = new Date('2026-01-15T10:30:00.000Z');
const TITLES = {
  referral: 'Audit and update the referral form',
  welcome: 'Develop a comprehensive welcome pack',
  standardised: 'Ensure a standardised service',
  turnover: 'Address staff turnover and plan cover for absences',
  cleaning: 'Raise cleaning concerns with the contractor',
};

type EditorStore = Editor['store'];

function setup(
  today = '2026-01-15',
  configure?: (map: JourneyMap) => JourneyMap,
  mode: EditorMode = 'edit',
) {
  const sample = sampleMap(NOW);
  const editor = new Editor(configure ? configure(sample) : sample, { mode });
  const store = editor.store;
  const onReveal = vi.fn();
  const onClose = vi.fn();
  const user = userEvent.setup();
  render(
    <EditorProvider editor={editor}>
      <ActionPlanView onReveal={onReveal} onClose={onClose} today={today} />
    </EditorProvider>,
  );
  return {
    store,
    editor,
    onReveal,
    onClose,
    user,
    region: screen.getByRole('region', { name: 'Action plan' }),
  };
}

function rec(store: EditorStore, id: string): RecommendationCard {
  const card = store.getState().map.cards.find((c) => c.id === id);
  if (card?.kind !== 'recommendation') throw new Error(`no recommendation ${id}`);
  return card;
}

/** The table row of a recommendation (the one with its "Show on map" button). */
function rowOf(title: string): HTMLElement {
  const row = screen
    .getAllByRole('row')
    .find(
      (r) =>
        within(r).queryByText(title, { selector: 'strong' }) !== null &&
        within(r).queryByRole('button', { name: 'Show on map' }) !== null,
    );
  if (!row) throw new Error(`no row for ${title}`);
  return row;
}

function shownTitles(): string[] {
  return screen
    .getAllByRole('button', { name: 'Show on map' })
    .map((button) => button.closest('tr')!.querySelector('strong')!.textContent ?? '');
}

beforeEach(() => {
  downloads.length = 0;
});

describe('ActionPlanView', () => {
  it('lists every recommendation in journey order, with phase/step and what it answers', () => {
    setup();
    expect(shownTitles()).toEqual(Object.values(TITLES));
    const row = rowOf(TITLES.referral);
    expect(row).toHaveTextContent('Join › Apply or referred');
    expect(row).toHaveTextContent('Application process difficult at first');
    expect(
      within(row).getByRole('combobox', { name: `Owner of “${TITLES.referral}”` }),
    ).toHaveValue('Head of Independent Living');
    expect(within(row).getByLabelText(`Target date of “${TITLES.referral}”`)).toHaveValue(
      '31 Mar 2026',
    );
    expect(rowOf(TITLES.standardised)).toHaveTextContent('The step');
    expect(screen.getByText('Showing 5 of 5 recommendations')).toBeInTheDocument();
  });

  it('filters by status, theme and text', async () => {
    const { user } = setup();
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Filter by status' }),
      'on-track',
    );
    expect(shownTitles()).toEqual([TITLES.standardised]);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Filter by status' }), '');
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Filter by theme' }),
      'Scheme environment',
    );
    expect(shownTitles()).toEqual([TITLES.cleaning]);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Filter by theme' }), '');
    await user.type(screen.getByRole('searchbox', { name: 'Search actions' }), 'WELCOME');
    expect(shownTitles()).toEqual([TITLES.welcome]);
    await user.clear(screen.getByRole('searchbox', { name: 'Search actions' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Filter by phase' }), 'Leave');
    expect(shownTitles()).toEqual([TITLES.cleaning]);
  });

  it('flags overdue and due-soon recommendations against a fixed today', async () => {
    const { user } = setup('2026-03-20');
    // Cleaning was due 31 Jan; the referral form and standardised service are due 31 Mar.
    expect(within(rowOf(TITLES.cleaning)).getByText('Overdue')).toBeInTheDocument();
    expect(within(rowOf(TITLES.referral)).getByText('Due soon')).toBeInTheDocument();
    expect(within(rowOf(TITLES.referral)).queryByText('Overdue')).toBeNull();
    expect(within(rowOf(TITLES.welcome)).queryByText(/Overdue|Due soon/)).toBeNull();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Filter by flag' }), 'overdue');
    expect(shownTitles()).toEqual([TITLES.cleaning]);
  });

  it('a revised date lifts the overdue flag; completing it too', async () => {
    const { user, store } = setup('2026-02-10');
    const row = rowOf(TITLES.cleaning);
    expect(within(row).getByText('Overdue')).toBeInTheDocument();
    const revised = within(row).getByLabelText(`Revised date of “${TITLES.cleaning}”`);
    fireEvent.change(revised, { target: { value: '30/04/2026' } });
    fireEvent.blur(revised);
    expect(rec(store, 'card-rec-cleaning').revisedDate).toBe('2026-04-30');
    expect(within(rowOf(TITLES.cleaning)).queryByText('Overdue')).toBeNull();
    const cleared = within(rowOf(TITLES.cleaning)).getByLabelText(
      `Revised date of “${TITLES.cleaning}”`,
    );
    fireEvent.change(cleared, { target: { value: '' } });
    fireEvent.blur(cleared);
    expect(rec(store, 'card-rec-cleaning').revisedDate).toBeNull();
    await user.selectOptions(
      within(rowOf(TITLES.cleaning)).getByRole('combobox', {
        name: `Status of “${TITLES.cleaning}”`,
      }),
      'complete',
    );
    expect(rec(store, 'card-rec-cleaning').status).toBe('complete');
    expect(within(rowOf(TITLES.cleaning)).queryByText('Overdue')).toBeNull();
  });

  it('editing the owner applies to the store as one undo step', async () => {
    const { user, store, editor } = setup();
    const input = within(rowOf(TITLES.welcome)).getByRole('combobox', {
      name: `Owner of “${TITLES.welcome}”`,
    });
    expect(store.getState().canUndo).toBe(false);
    await user.clear(input);
    await user.type(input, 'Welcome Lead');
    expect(rec(store, 'card-rec-welcome-pack').owner).toBe('Welcome Lead');
    expect(input).toHaveValue('Welcome Lead');
    act(() => void editor.undo());
    expect(rec(store, 'card-rec-welcome-pack').owner).toBe('Head of Independent Living');
    expect(store.getState().canUndo).toBe(false);
  });

  it('the table scrolls in a named region the keyboard reaches; empty dates give a short example', () => {
    setup();
    const region = screen.getByRole('region', { name: 'Recommendations table' });
    expect(region).toHaveAttribute('tabindex', '0');
    expect(within(region).getByRole('table', { name: 'Recommendations' })).toBeInTheDocument();
    // The full example ("e.g. 30/06/2024, Mar 2025") is cut in the table's narrow date fields.
    const revised = within(rowOf(TITLES.welcome)).getByRole('textbox', {
      name: `Revised date of “${TITLES.welcome}”`,
    });
    expect(revised).toHaveValue('');
    expect(revised).toHaveAttribute('placeholder', 'e.g. Mar 2025');
  });

  it('sorts by a column header and says so with aria-sort', async () => {
    const { user } = setup();
    const header = screen.getByRole('columnheader', { name: /Target/ });
    expect(header).toHaveAttribute('aria-sort', 'none');
    expect(screen.getByRole('columnheader', { name: /Phase \/ step/ })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    await user.click(within(header).getByRole('button'));
    expect(header).toHaveAttribute('aria-sort', 'ascending');
    expect(shownTitles()[0]).toBe(TITLES.cleaning);
    expect(shownTitles().at(-1)).toBe(TITLES.welcome);
    await user.click(within(header).getByRole('button'));
    expect(header).toHaveAttribute('aria-sort', 'descending');
    expect(shownTitles()[0]).toBe(TITLES.welcome);
  });

  it('groups by owner', async () => {
    const { user } = setup();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Group by' }), 'owner');
    const groups = screen
      .getAllByRole('rowheader')
      .filter((th) => th.getAttribute('scope') === 'rowgroup')
      .map((th) => th.textContent);
    expect(groups).toEqual([
      'Head of Independent Living (3)',
      'Independent Living Team Leader (2)',
    ]);
  });

  it('adds progress updates, which set the status and show in the log and last update', async () => {
    const { user, store } = setup('2026-01-20');
    await user.click(within(rowOf(TITLES.cleaning)).getByRole('button', { name: 'Updates (0)' }));
    const form = screen.getByRole('form', { name: `Add an update to “${TITLES.cleaning}”` });
    expect(within(form).getByLabelText('Update date')).toHaveValue('2026-01-20');
    await user.type(within(form).getByLabelText('Update text'), 'Raised with the contractor');
    await user.selectOptions(within(form).getByLabelText('Update status'), 'on-track');
    await user.click(within(form).getByRole('button', { name: 'Add update' }));
    expect(rec(store, 'card-rec-cleaning').progress).toMatchObject([
      { date: '2026-01-20', text: 'Raised with the contractor', status: 'on-track' },
    ]);
    expect(rec(store, 'card-rec-cleaning').status).toBe('on-track');
    expect(screen.getByRole('status')).toHaveTextContent('Added an update');
    const log = screen.getByRole('list', { name: `Progress of “${TITLES.cleaning}”` });
    expect(log).toHaveTextContent('Raised with the contractor');
    expect(rowOf(TITLES.cleaning)).toHaveTextContent('20 Jan 2026');
    // An empty update is refused.
    await user.click(within(form).getByRole('button', { name: 'Add update' }));
    expect(within(form).getByRole('alert')).toHaveTextContent('Say what has happened');
    // Delete asks first.
    await user.click(within(log).getByRole('button', { name: 'Delete the update of 20 Jan 2026' }));
    // jsdom has no modal <dialog>, so the dialog's buttons count as hidden there.
    await user.click(screen.getByRole('button', { name: 'Delete update', hidden: true }));
    expect(rec(store, 'card-rec-cleaning').progress).toEqual([]);
  });

  it('flags "No update for N days"', () => {
    setup('2026-03-01', (map) => ({
      ...map,
      cards: map.cards.map((c) =>
        c.id === 'card-rec-welcome-pack' && c.kind === 'recommendation'
          ? {
              ...c,
              progress: [{ id: 'u1', date: '2026-01-05', text: 'Drafting', status: 'on-track' }],
            }
          : c,
      ),
    }));
    expect(within(rowOf(TITLES.welcome)).getByText('No update for 55 days')).toBeInTheDocument();
  });

  it('adds a recommendation answering a pain point, on its step', async () => {
    const { user, store } = setup();
    await user.click(screen.getByRole('button', { name: 'Add recommendation' }));
    const form = screen.getByRole('form', { name: 'Add recommendation' });
    await user.type(within(form).getByRole('textbox', { name: 'Action' }), 'Settling-in checklist');
    await user.selectOptions(
      within(form).getByRole('combobox', { name: 'Answers' }),
      'card-pain-settle',
    );
    expect(within(form).getByRole('combobox', { name: 'Step' })).toHaveValue('step-settle');
    await user.click(within(form).getByRole('button', { name: 'Add' }));
    const added = store
      .getState()
      .map.cards.find((c) => c.kind === 'recommendation' && c.title === 'Settling-in checklist');
    expect(added).toMatchObject({
      stepId: 'step-settle',
      laneId: 'lane-recommendations',
      answers: 'card-pain-settle',
    });
    expect(rowOf('Settling-in checklist')).toHaveTextContent('Little or no help settling in');
    expect(screen.getByRole('status')).toHaveTextContent('Added “Settling-in checklist”');
  });

  it('"Show on map" reveals the card; Close and Escape close the view', async () => {
    const { user, onReveal, onClose } = setup();
    await user.click(within(rowOf(TITLES.turnover)).getByRole('button', { name: 'Show on map' }));
    expect(onReveal).toHaveBeenCalledWith('card-rec-staff-turnover');
    await user.click(screen.getByRole('button', { name: 'Close action plan' }));
    await user.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledTimes(2);
  });

  it('is view only outside edit mode and when read-only', () => {
    setup('2026-01-15', undefined, 'present');
    expect(screen.queryByRole('combobox', { name: /Owner of/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Add recommendation' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Import action plan (CSV or Excel)' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Export action plan (CSV)' })).toBeInTheDocument();
    expect(rowOf(TITLES.referral)).toHaveTextContent('Head of Independent Living');
    expect(rowOf(TITLES.referral)).toHaveTextContent('31 Mar 2026');
    expect(screen.getByText(/View only/)).toBeInTheDocument();
  });

  it('shows the status summary by theme or phase, and compares with an earlier date', async () => {
    const { user, store } = setup('2026-02-15', (map) => ({
      ...map,
      cards: map.cards.map((c) =>
        c.id === 'card-rec-cleaning' && c.kind === 'recommendation'
          ? {
              ...c,
              status: 'complete' as const,
              progress: [
                { id: 'u1', date: '2026-01-10', text: 'Raised', status: 'on-track' as const },
                { id: 'u2', date: '2026-02-12', text: 'Resolved', status: 'complete' as const },
              ],
            }
          : c,
      ),
    }));
    expect(store.getState().map.cards.length).toBeGreaterThan(0);
    const summary = screen.getByRole('table', { name: 'Status by theme' });
    expect(
      within(summary).getByRole('rowheader', { name: 'Scheme environment' }),
    ).toBeInTheDocument();
    const total = within(summary).getAllByRole('row').at(-1)!;
    expect(total).toHaveTextContent(/Total\s*3\s*1\s*0\s*0\s*0\s*1\s*5/);
    await user.click(screen.getByRole('radio', { name: 'Phase' }));
    const byPhase = screen.getByRole('table', { name: 'Status by phase' });
    expect(
      within(byPhase)
        .getAllByRole('rowheader')
        .map((th) => th.textContent),
    ).toEqual(['Join', 'Ongoing support', 'Leave', 'Total']);
    fireEvent.change(screen.getByLabelText('Compare with…'), { target: { value: '2026-01-31' } });
    const monthly = screen.getByRole('table', { name: 'Month on month' });
    expect(
      within(monthly).getByRole('columnheader', { name: 'Carried forward from 31 Jan 2026' }),
    ).toBeInTheDocument();
    const onTrack = within(monthly)
      .getByRole('rowheader', { name: 'On track (green)' })
      .closest('tr')!;
    expect(onTrack).toHaveTextContent(/On track \(green\)\s*1\s*1\s*0/);
    const complete = within(monthly).getByRole('rowheader', { name: 'Complete' }).closest('tr')!;
    expect(complete).toHaveTextContent(/Complete\s*0\s*1\s*\+1/);
    expect(
      screen.getByRole('table', {
        name: /Status by phase, now and \(in brackets\) on 31 Jan 2026/,
      }),
    ).toHaveTextContent('(was 1)');
  });

  it('exports the action plan as CSV', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('button', { name: 'Export action plan (CSV)' }));
    expect(downloads).toHaveLength(1);
    expect(downloads[0]!.name).toBe('independent-living-customer-journey-action-plan.csv');
    const bytes = new Uint8Array(await downloads[0]!.blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(await downloads[0]!.blob.text()).toContain(TITLES.cleaning);
  });

  it('imports a CSV: problems are listed by row and column, else "Updated N"', async () => {
    const { user, store } = setup();
    const input = screen.getByLabelText('Action plan file (CSV or Excel)');
    const bad = new File(['ID,Status\r\ncard-rec-cleaning,Purple\r\nnope,green\r\n'], 'plan.csv', {
      type: 'text/csv',
    });
    await user.upload(input, bad);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('nothing was changed');
    expect(alert).toHaveTextContent('Row 2, column “Status”');
    expect(alert).toHaveTextContent('Row 3, column “ID”');
    expect(rec(store, 'card-rec-cleaning').status).toBe('not-started');

    const good = new File(['ID,Status,Owner\r\ncard-rec-cleaning,Amber,Estates\r\n'], 'plan.csv', {
      type: 'text/csv',
    });
    await user.upload(input, good);
    expect(await screen.findByText('Updated 1 recommendation')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(rec(store, 'card-rec-cleaning')).toMatchObject({ status: 'at-risk', owner: 'Estates' });
  });
  it('imports a Windows-1252 CSV with accents, and names a picture chosen by mistake', async () => {
    const { user, store } = setup();
    const input = screen.getByLabelText('Action plan file (CSV or Excel)');
    // "ID;Owner\r\ncard-rec-cleaning;Zoë Müller" as Excel's plain "CSV" writes it on Windows.
    const text = 'ID;Owner\r\ncard-rec-cleaning;Zo\u00EB M\u00FCller\r\n';
    const bytes = Uint8Array.from(Array.from(text), (c) => c.charCodeAt(0));
    await user.upload(input, new File([bytes], 'plan.csv', { type: 'text/csv' }));
    expect(await screen.findByText('Updated 1 recommendation')).toBeInTheDocument();
    expect(rec(store, 'card-rec-cleaning').owner).toBe('Zoë Müller');

    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]);
    // The picker offers CSV and Excel files; a person can still choose "All files".
    await userEvent
      .setup({ applyAccept: false })
      .upload(input, new File([png], 'plan.png', { type: 'image/png' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This is a PNG picture; the action plan imports CSV or Excel (.xlsx) files.',
    );
  });

  it('exports the action plan as an Excel workbook', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('button', { name: 'Export action plan (Excel)' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(downloads[0]!.name).toBe('independent-living-customer-journey-action-plan.xlsx');
    const bytes = new Uint8Array(await downloads[0]!.blob.arrayBuffer());
    expect(String.fromCharCode(bytes[0]!, bytes[1]!)).toBe('PK');
  });
});
