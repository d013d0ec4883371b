/** The on-screen legend says what a rating's dots count, on the map's own scale. */
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CommandProvider } from '../../src/bindings/EditorProvider';
import { createClipboard } from '../../src/commands/clipboard';
import { noCanvas, type CommandContext } from '../../src/commands/context';
import { Editor } from '../../src/editor/editor';
import { details } from '../../src/editor/operations';
import { Legend } from '../../src/ui/editor/Legend';
import { act } from 'react';
import { gridMap } from '../builders';

describe('the legend', () => {
  it('explains the rating dots on the map’s scale, and follows it when it changes', () => {
    const editor = new Editor(gridMap([]));
    const ctx: CommandContext = { editor, canvas: noCanvas, clipboard: createClipboard() };
    render(
      <CommandProvider value={ctx}>
        <Legend />
      </CommandProvider>,
    );
    const item = screen.getByText('Rating').closest('li');
    expect(item).toHaveTextContent(
      'filled dots for its place on the map’s scale, Poor → Fair → Good → Excellent (worst first)',
    );
    act(() => {
      editor.run(details.updateDetails, {
        patch: { judgement: { ...editor.map.judgement, scale: ['Weak', 'Strong'] } },
      });
    });
    expect(item).toHaveTextContent('Weak → Strong (worst first)');
  });
});
