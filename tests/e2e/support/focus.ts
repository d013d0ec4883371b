/**
 * Keyboard focus as a sighted keyboard user meets it: what has focus, whether it has a box on
 * screen inside the viewport and a visible focus indicator, and Tab presses to reach a control.
 */
import { expect, type Page } from '@playwright/test';

/** What has focus now, and whether a sighted keyboard user can see it. */
export async function focusState(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { onBody: true, name: '', inView: false, ring: false };
    const rect = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    // An SVG control (an emotion face) draws its ring as a stroke of the focus colour.
    const probe = document.createElement('span');
    probe.style.color = 'var(--color-focus)';
    document.body.append(probe);
    const focusColour = getComputedStyle(probe).color;
    probe.remove();
    const stroked = [el, ...el.querySelectorAll('*')].some((part) => {
      const s = getComputedStyle(part);
      return s.stroke === focusColour && parseFloat(s.strokeWidth) >= 2;
    });
    const ring =
      (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) ||
      style.boxShadow !== 'none' ||
      (el instanceof SVGElement && stroked);
    const inView =
      rect.width > 0 &&
      rect.height > 0 &&
      rect.right > 0 &&
      rect.bottom > 0 &&
      rect.left < window.innerWidth &&
      rect.top < window.innerHeight;
    const name =
      el.getAttribute('aria-label') ??
      (el as HTMLInputElement).labels?.[0]?.textContent ??
      el.textContent ??
      '';
    return { onBody: false, name: name.trim(), inView, ring };
  });
}

/**
 * Focus is on an element named like `name`, not the page body, in view (once a pan to it has
 * ended), with a visible focus indicator.
 */
export async function expectFocus(page: Page, name: RegExp) {
  await expect
    .poll(async () => {
      const state = await focusState(page);
      if (state.onBody) return 'focus fell to the page body';
      if (!name.test(state.name)) return `focus is on ${state.name}`;
      if (!state.inView) return `focus is off screen on ${state.name}`;
      if (!state.ring) return `no visible focus indicator on ${state.name}`;
      return 'ok';
    })
    .toBe('ok');
}

/** Presses Tab until focus is on an element whose name matches (at most `max` presses). */
export async function tabTo(page: Page, name: RegExp, max = 80) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (name.test((await focusState(page)).name)) return;
  }
  throw new Error(`Tab never reached ${name}`);
}
