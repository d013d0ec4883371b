import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { CommandProvider } from '../../bindings/EditorProvider';
import { createClipboard } from '../../commands/clipboard';
import { noCanvas } from '../../commands/context';
import { createSampleMap } from '../../domain/sampleMap';
import { Editor } from '../../editor/editor';
import { cards } from '../../editor/operations';
import { SearchBox } from './SearchBox';

function renderSearch() {
  const editor = new Editor(createSampleMap());
  render(
    <CommandProvider value={{ editor, canvas: noCanvas, clipboard: createClipboard() }}>
      <SearchBox />
    </CommandProvider>,
  );
  const rename = (title: string) =>
    act(() => {
      editor.run(cards.updateCard, { id: editor.map.cards[0]!.id, patch: { title } });
    });
  return { rename, input: screen.getByRole('searchbox', { name: 'Find cards' }) };
}

describe('SearchBox', () => {
  it('is not redrawn by typing in a card while nothing is searched for', () => {
    const { rename, input } = renderSearch();
    const observer = new MutationObserver(() => {});
    observer.observe(input, { attributes: true });
    rename('A new title');
    expect(observer.takeRecords()).toHaveLength(0);
    observer.disconnect();
  });

  it('counts the matches again when a card changes while searching', async () => {
    const { rename } = renderSearch();
    await userEvent.type(screen.getByRole('searchbox', { name: 'Find cards' }), 'zebra crossing');
    expect(screen.getByTestId('search-count')).toHaveTextContent('No matches');
    rename('A zebra crossing');
    expect(screen.getByTestId('search-count')).toHaveTextContent('1 of 1');
  });
});
