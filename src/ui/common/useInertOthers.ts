/**
 * While a view or dialog covers the page, everything else is `inert`: the keyboard and screen
 * readers cannot reach the editor behind it (WAI-ARIA modal dialog pattern; WCAG 2.4.3). Every
 * element beside the chain from the dialog up to <body> is made inert on mount and given back on
 * unmount; what the page adds later (a confirm question) stays reachable.
 */
import { useEffect, type RefObject } from 'react';

/** Makes everything but `ref`'s element (and its ancestors) inert while it is mounted. */
export function useInertOthers(ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const made: HTMLElement[] = [];
    for (let node: HTMLElement = element; node.parentElement; node = node.parentElement) {
      for (const sibling of Array.from(node.parentElement.children)) {
        if (sibling === node || !(sibling instanceof HTMLElement) || sibling.inert) continue;
        if (sibling.tagName === 'SCRIPT' || sibling.tagName === 'DIALOG') continue;
        sibling.inert = true;
        made.push(sibling);
      }
      if (node.parentElement === document.body) break;
    }
    return () => {
      for (const sibling of made) sibling.inert = false;
    };
  }, [ref]);
}
