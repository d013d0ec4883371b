/**
 * Small helpers for writing about a map in plain English, shared by the screen and the exports.
 */

/** "1 card", "3 cards", "2 replies" (with the plural given when it is not just "s"). */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
