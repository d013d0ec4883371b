import { act, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { CommandProvider, useEditor } from '../../src/bindings/EditorProvider';
import { createClipboard } from '../../src/commands/clipboard';
import { noCanvas, type CommandContext } from '../../src/commands/context';
import { Editor } from '../../src/editor/editor';
import { CanvasToolsContext } from '../../src/canvas/CanvasContext';
import { EmotionCurve } from '../../src/canvas/EmotionCurve';
import { computeLayout } from '../../src/canvas/layout';
import { CardInspector } from '../../src/ui/editor/CardInspector';
import { NumberField, UrlField } from '../../src/ui/editor/fields';
import { gridMap } from '../builders';

function setup() {
  const editor = new Editor(gridMap());
  const store = editor.store;
  const ctx: CommandContext = { editor, canvas: noCanvas, clipboard: createClipboard() };
  const wrap = (children: ReactNode) => (
    <CommandProvider value={ctx}>
      <CanvasToolsContext.Provider
        value={{ toFlow: (x, y) => ({ x, y }), zoom: () => 1, layoutRef: { current: null } }}
      >
        {children}
      </CanvasToolsContext.Provider>
    </CommandProvider>
  );
  return { editor, store, ctx, wrap };
}

function Curve() {
  const phases = useEditor((s) => s.map.phases);
  const map = useEditor((s) => s.map);
  const { grid } = computeLayout(map);
  const row = grid.rows.find((r) => r.bandHeight > 0);
  if (!row) return null;
  return (
    <EmotionCurve
      row={row}
      left={grid.left}
      right={grid.right}
      columns={grid.columns}
      steps={phases.flatMap((p) => p.steps)}
      editable
    />
  );
}

describe('emotion curve points', () => {
  it('are sliders named after their step that the arrow keys change, one score at a time', () => {
    const { store, wrap } = setup();
    render(wrap(<Curve />));
    const point = screen.getByRole('slider', { name: 'Emotion at Apply' });
    expect(point).toHaveAttribute('aria-valuetext', 'Not set');
    fireEvent.keyDown(point, { key: 'ArrowUp' });
    expect(screen.getByRole('slider', { name: 'Emotion at Apply' })).toHaveAttribute(
      'aria-valuetext',
      'Neutral',
    );
    fireEvent.keyDown(screen.getByRole('slider', { name: 'Emotion at Apply' }), { key: 'ArrowUp' });
    expect(store.getState().map.phases[0]?.steps[0]?.emotionScore).toBe(1);
    expect(screen.getByRole('slider', { name: 'Emotion at Apply' })).toHaveAttribute(
      'aria-valuenow',
      '1',
    );
    fireEvent.keyDown(screen.getByRole('slider', { name: 'Emotion at Apply' }), { key: 'Delete' });
    expect(store.getState().map.phases[0]?.steps[0]?.emotionScore).toBeNull();
  });
});

describe('inspector fields', () => {
  it('saves a link only when it is a web or mail link', async () => {
    const onChange = vi.fn();
    render(<UrlField label="Source link" value={null} onChange={onChange} />);
    const input = screen.getByLabelText('Source link');
    await userEvent.type(input, 'javascript:alert(1)');
    expect(onChange).not.toHaveBeenCalled();
    expect(screen.getByRole('alert')).toHaveTextContent('http://');
    await userEvent.clear(input);
    await userEvent.type(input, 'https://example.org');
    expect(onChange).toHaveBeenLastCalledWith('https://example.org');
  });

  it('saves numbers only inside their limits', async () => {
    const onChange = vi.fn();
    render(
      <NumberField
        label="Sample size"
        value={null}
        min={0}
        max={100}
        integer
        onChange={onChange}
      />,
    );
    const input = screen.getByLabelText('Sample size');
    await userEvent.type(input, '250');
    expect(onChange).toHaveBeenLastCalledWith(25);
    expect(screen.getByRole('alert')).toHaveTextContent('from 0 to 100');
  });

  it('edits the selected card, typing as one undo step', async () => {
    const { store, editor, wrap } = setup();
    const card = store.getState().map.cards.find((c) => c.id === 'c-p1');
    if (!card) throw new Error('no card');
    function Live() {
      const live = useEditor((s) => s.map.cards.find((c) => c.id === 'c-p1'));
      return live ? <CardInspector card={live} editable /> : null;
    }
    render(wrap(<Live />));
    const title = screen.getByLabelText('Title');
    await userEvent.clear(title);
    await userEvent.type(title, 'Waiting');
    expect(store.getState().map.cards.find((c) => c.id === 'c-p1')?.title).toBe('Waiting');
    await userEvent.selectOptions(screen.getByLabelText('Severity'), 'high');
    expect(store.getState().map.cards.find((c) => c.id === 'c-p1')).toMatchObject({
      severity: 'high',
    });
    expect(editor.undoDepth).toBe(2);
    act(() => void editor.undo());
    act(() => void editor.undo());
    expect(store.getState().map.cards.find((c) => c.id === 'c-p1')).toMatchObject({
      title: 'Long wait',
      severity: null,
    });
    expect(screen.getByText(/Pain point 1/)).toBeInTheDocument();
  });
});
