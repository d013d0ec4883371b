/**
 * Where focus goes after a command in the outline. The outline redraws after the editor's
 * state changes, so focus waits two animation frames, then takes the first of the candidates
 * that is on the page (for example the next row, else the previous one, else the add form),
 * and scrolls it into view. Candidates are looked up by element id, so a row that moved to
 * another table is found in its new place. Focus the user moved meanwhile (Tab, a click) stays
 * where they put it: frames may be slow, and the user quick.
 */

/** The element id of the outline's part for a card, step, phase or lane. */
export function outlineId(kind: 'card' | 'step' | 'phase' | 'lane', id: string): string {
  return `outline-${kind}-${id}`;
}

/** A control inside an outline part: `[data-outline="<role>"]` in the element `partId`. */
export function control(partId: string, role: string): () => HTMLElement | null {
  return () =>
    document.getElementById(partId)?.querySelector<HTMLElement>(`[data-outline="${role}"]`) ?? null;
}

/** An element by id. */
export function byId(id: string): () => HTMLElement | null {
  return () => document.getElementById(id);
}

/**
 * Focuses the first candidate found once the outline has redrawn (tried for up to 10 frames),
 * scrolled into view.
 */
export function focusSoon(...candidates: (() => HTMLElement | null)[]): void {
  focusFirst(candidates, false);
}

/** Focuses a text field once it is on the page and selects its text, so typing replaces it. */
export function selectSoon(find: () => HTMLElement | null): void {
  focusFirst([find], true);
}

function focusFirst(candidates: (() => HTMLElement | null)[], select: boolean): void {
  let frames = 0;
  const before = document.activeElement;
  const attempt = () => {
    const now = document.activeElement;
    if (now !== before && now !== null && now !== document.body) return;
    for (const find of candidates) {
      const element = find();
      if (element?.isConnected) {
        element.focus({ preventScroll: true });
        // Selected in the same task as the focus: a key typed at once replaces the text.
        if (select && element instanceof HTMLInputElement) element.select();
        element.scrollIntoView({ block: 'nearest', inline: 'nearest' });
        return;
      }
    }
    if (++frames < 10) requestAnimationFrame(attempt);
  };
  requestAnimationFrame(() => requestAnimationFrame(attempt));
}
