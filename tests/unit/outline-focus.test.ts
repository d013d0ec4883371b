/**
 * Focus after an outline command (ui/editor/outline/outlineFocus.ts): it lands on the control
 * asked for once the outline has redrawn, unless the user has moved focus meanwhile.
 */
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { focusSoon } from '../../src/ui/editor/outline/outlineFocus';

const frames = (n: number) =>
  new Promise<void>((resolve) => {
    const step = (left: number) =>
      left === 0 ? resolve() : requestAnimationFrame(() => step(left - 1));
    step(n);
  });

function buttons(...names: string[]) {
  document.body.innerHTML = names.map((name) => `<button id="${name}">${name}</button>`).join('');
  return names.map((name) => document.getElementById(name) as HTMLButtonElement);
}

describe('focusSoon', () => {
  beforeAll(() => {
    // jsdom lays nothing out, so it has no scrollIntoView.
    Element.prototype.scrollIntoView = vi.fn();
  });
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('focuses the control once the outline has redrawn', async () => {
    const [moveUp] = buttons('move-up');
    focusSoon(() => moveUp ?? null);
    expect(document.activeElement).toBe(document.body);
    await frames(3);
    expect(document.activeElement).toBe(moveUp);
  });

  it('leaves focus where the user moved it before then', async () => {
    const [moveUp, show, moveTo] = buttons('move-up', 'show', 'move-to');
    moveUp?.focus();
    focusSoon(() => moveUp ?? null);
    show?.focus();
    moveTo?.focus();
    await frames(3);
    expect(document.activeElement).toBe(moveTo);
  });
});
