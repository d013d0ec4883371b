/**
 * Find cards by their text: matches are highlighted on the canvas, "n of m" counts them, and
 * Enter / Shift+Enter (or the arrow buttons) pan to the next / previous one.
 */
import { useCommandContext, useEditor, useView } from '../../bindings/EditorProvider';
import { useEffect, useId, useMemo, useRef } from 'react';
import { stepSearch } from '../../commands';
import { findMatches } from '../../domain/search';

/** Search of the map's cards: the matches are marked on the canvas, and Enter moves to the next. */
export function SearchBox() {
  const ctx = useCommandContext();
  const id = useId();
  const ref = useRef<HTMLInputElement>(null);
  const query = useView((s) => s.searchQuery);
  const index = useView((s) => s.searchIndex);
  const focusRequest = useView((s) => s.searchFocusRequest);
  const searching = query.trim() !== '';
  // The cards only while searching: with no query, typing in a card does not redraw the box.
  const cards = useEditor((s) => (searching ? s.map.cards : null));
  const count = useMemo(
    () => (searching ? findMatches(ctx.editor.map, query).length : 0),
    // The matches depend on the cards' text and order; `cards` changes with both.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [ctx, cards, query, searching],
  );

  useEffect(() => {
    if (focusRequest === 0) return;
    ref.current?.focus();
    ref.current?.select();
  }, [focusRequest]);

  const setQuery = (text: string) => {
    ctx.editor.view.getState().set({ searchQuery: text, searchIndex: 0 });
    const first = text.trim() === '' ? undefined : findMatches(ctx.editor.map, text)[0];
    if (first) ctx.canvas.revealCard(first);
  };

  const current = count === 0 ? 0 : (index % count) + 1;
  return (
    <div className="search" role="search">
      <label htmlFor={id} className="search__label">
        Find
      </label>
      <input
        ref={ref}
        id={id}
        type="search"
        className="search__input"
        aria-label="Find cards"
        placeholder="Find cards"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            stepSearch(ctx, event.shiftKey ? -1 : 1);
          } else if (event.key === 'Escape' && query !== '') {
            event.preventDefault();
            event.stopPropagation();
            setQuery('');
          }
        }}
      />
      <span className="search__count" data-testid="search-count" aria-live="polite">
        {!searching ? '' : count === 0 ? 'No matches' : `${current} of ${count}`}
      </span>
      <button
        type="button"
        className="search__step"
        aria-label="Previous match"
        title="Previous match (Shift+Enter)"
        disabled={count === 0}
        onClick={() => stepSearch(ctx, -1)}
      >
        ↑
      </button>
      <button
        type="button"
        className="search__step"
        aria-label="Next match"
        title="Next match (Enter)"
        disabled={count === 0}
        onClick={() => stepSearch(ctx, 1)}
      >
        ↓
      </button>
    </div>
  );
}
