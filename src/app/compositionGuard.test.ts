import { afterEach, describe, expect, it, vi } from 'vitest';
import { installCompositionGuard, isComposingKey } from './compositionGuard';

let remove: () => void = () => undefined;
afterEach(() => remove());

describe('input-method composition guard', () => {
  it('tells a composing key by isComposing or by keyCode 229', () => {
    expect(isComposingKey({ isComposing: true, keyCode: 13 })).toBe(true);
    expect(isComposingKey({ isComposing: false, keyCode: 229 })).toBe(true);
    expect(isComposingKey({ isComposing: false, keyCode: 13 })).toBe(false);
  });

  it('keeps Enter, Escape, Tab and letters of a composition from every other key handler', () => {
    remove = installCompositionGuard(window);
    const onWindow = vi.fn();
    const onInput = vi.fn();
    const input = document.createElement('textarea');
    document.body.append(input);
    window.addEventListener('keydown', onWindow);
    input.addEventListener('keydown', onInput);
    for (const key of ['Enter', 'Escape', 'Tab', 'T', 'n']) {
      input.dispatchEvent(new KeyboardEvent('keydown', { key, isComposing: true, bubbles: true }));
    }
    // Safari: the Enter that ends a composition, after compositionend.
    input.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Enter', keyCode: 229, bubbles: true }),
    );
    expect(onInput).not.toHaveBeenCalled();
    expect(onWindow).not.toHaveBeenCalled();
    // A key typed after the composition ends reaches the handlers as usual.
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(onInput).toHaveBeenCalledTimes(1);
    expect(onWindow).toHaveBeenCalledTimes(1);
    window.removeEventListener('keydown', onWindow);
    input.remove();
  });
});
