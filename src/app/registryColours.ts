/**
 * Puts the card kind registry's colours on the document as CSS custom properties
 * (--kind-touchpoint-accent, --status-on-track-ink, --tally-positive, …), so style sheets use
 * the registry's values instead of copies. Called once at start-up, before the first render.
 */
import { registryCssProperties } from '../domain/kinds';

/** Sets every registry colour property on `root` (the `<html>` element by default). Mutates `root.style`. */
export function installRegistryColours(root: HTMLElement = document.documentElement): void {
  for (const [name, value] of Object.entries(registryCssProperties())) {
    root.style.setProperty(name, value);
  }
}
