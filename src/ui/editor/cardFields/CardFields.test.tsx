import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createSampleMap } from '../../../domain/sampleMap';
import type { Card } from '../../../domain/schema';
import { EditorProvider } from '../../../bindings/EditorProvider';
import { Editor } from '../../../editor/editor';
import { CardFields } from './CardFields';

/** How many changes React made to `elements` (attributes, text, children) while `change` ran. */
function mutationsOf(elements: Element[], change: () => void): number {
  const observer = new MutationObserver(() => {});
  for (const element of elements)
    observer.observe(element, { attributes: true, childList: true, characterData: true });
  change();
  const records = observer.takeRecords();
  observer.disconnect();
  return records.length;
}

describe('CardFields', () => {
  it('redraws only the field whose value changed, even for a card read again from the map', () => {
    const map = createSampleMap();
    const idea = map.cards.find((c) => c.kind === 'idea' && c.tags.length > 0);
    if (!idea) throw new Error('the sample map has an idea card with tags');
    const editor = new Editor(map);
    const draw = (card: Card) => (
      <EditorProvider editor={editor}>
        <CardFields card={card} disabled={false} onPatch={() => {}} onKindChange={() => {}} />
      </EditorProvider>
    );
    const { rerender } = render(draw(idea));
    const untouched = [
      screen.getByRole('textbox', { name: 'Tags' }),
      screen.getByRole('checkbox', { name: 'Moment of truth' }),
      screen.getByRole('textbox', { name: 'Description' }),
    ];
    // As the map document hands it over after a title change: a new object, new lists too.
    const renamed = { ...structuredClone(idea), title: 'Audit the referral form' };
    const changes = mutationsOf(untouched, () => act(() => rerender(draw(renamed))));
    expect(screen.getByRole('textbox', { name: 'Title' })).toHaveValue('Audit the referral form');
    expect(changes).toBe(0);
  });
});
