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

const SIZE = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

/** A size in bytes for people: "820 bytes", "12.4 KB", "3.1 MB" (1 KB = 1,024 bytes). */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return plural(Math.round(bytes), 'byte');
  if (bytes < 1024 * 1024) return `${SIZE.format(bytes / 1024)} KB`;
  if (bytes < 1024 ** 3) return `${SIZE.format(bytes / 1024 ** 2)} MB`;
  return `${SIZE.format(bytes / 1024 ** 3)} GB`;
}

/**
 * Where a built-in template or report preset comes from, for its user: "Modelled on a real
 * homelessness service journey map." from the seed it names, "001 (homelessness service journey
 * map)" (the seed's number is ours, not the user's; ../shared/seeds).
 */
export function modelledOn(seed: string): string {
  const words = /\(([^)]+)\)\s*$/.exec(seed)?.[1] ?? seed;
  return `Modelled on ${/s$/.test(words) ? '' : 'a '}real ${words}.`;
}
