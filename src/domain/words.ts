/**
 * Small helpers for writing about a map in plain English, shared by the screen and the exports.
 */

const COUNT = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 4 });

/**
 * "1 card", "3 cards", "1,200 cards", "2 replies" (with the plural given when it is not just
 * "s"). The count is written with a thousands separator, as in the exports.
 */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${COUNT.format(count)} ${count === 1 ? one : many}`;
}
