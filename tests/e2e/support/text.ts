/** Small text helpers for locators. */

/** `text` with every regular-expression character escaped, to match it literally. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
