/**
 * Local calendar days and dates in a zone west of UTC (issue 16, part 3), and where a user
 * sees them: at 20:00 in Los Angeles the UTC day is already tomorrow.
 */
import { render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CommandProvider, EditorProvider } from '../../src/bindings/EditorProvider';
import { createClipboard } from '../../src/commands/clipboard';
import { noCanvas } from '../../src/commands/context';
import type { Card } from '../../src/domain/schema';
import { Editor } from '../../src/editor/editor';
import { ActionPlanView } from '../../src/ui/actionPlan/ActionPlanView';
import { CardInspector } from '../../src/ui/editor/CardInspector';
import { PresentationMode } from '../../src/ui/workshop/PresentationMode';
import { sampleMap } from '../builders';
import { localDateCases, setTimeZoneForFile } from './localDates';

setTimeZoneForFile('America/Los_Angeles');

// Los Angeles is UTC−8 in January (daylight time starts on 8 Mar 2026).
const EVENING = '2026-01-15T20:00:00-08:00';
localDateCases('America/Los_Angeles', {
  evening: EVENING,
  morning: '2026-01-15T07:00:00-08:00',
  dstDay: '2026-03-08',
});

describe('what a user in Los Angeles sees at 20:00', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(EVENING));
  });
  afterEach(() => vi.useRealTimers());

  it('dates a new progress update today, not tomorrow', () => {
    const editor = new Editor(sampleMap());
    const card = editor.map.cards.find((c) => c.kind === 'recommendation') as Card;
    render(
      <CommandProvider value={{ editor, canvas: noCanvas, clipboard: createClipboard() }}>
        <CardInspector card={card} editable />
      </CommandProvider>,
    );
    expect(screen.getByLabelText('Date of update')).toHaveValue('2026-01-15');
  });

  it('says the same today in the action plan', () => {
    const editor = new Editor(sampleMap());
    render(
      <EditorProvider editor={editor}>
        <ActionPlanView onReveal={() => {}} onClose={() => {}} />
      </EditorProvider>,
    );
    expect(screen.getByText(/today 15 Jan 2026/)).toBeInTheDocument();
  });

  it('writes phase dates in presentation mode as the editor does', () => {
    const map = sampleMap();
    const [first, ...rest] = map.phases;
    if (!first) throw new Error('the sample has phases');
    const dated = { ...first, startDate: '2018-11-05', endDate: '2018-11-10' };
    const editor = new Editor({ ...map, phases: [dated, ...rest] }, { mode: 'present' });
    render(
      <EditorProvider editor={editor}>
        <PresentationMode onExit={() => {}} />
      </EditorProvider>,
    );
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('5 Nov 2018 – 10 Nov 2018');
    expect(screen.queryByText(/2018-11-05/)).not.toBeInTheDocument();
  });
});
