/**
 * File names for exports, made from the map title so a downloaded file says what it holds.
 */

// Windows refuses these names whatever the extension ("con.json" cannot be saved there).
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/**
 * A safe file name for `title` with `extension` (without the dot): letters and digits of
 * any script joined by dashes, lower case, at most 80 characters, never empty.
 *
 * @example mapFilename('Get help: "Repairs" / 2024', 'json') === 'get-help-repairs-2024.json'
 */
export function mapFilename(title: string, extension: string): string {
  let slug = title
    .normalize('NFKD')
    // Drop the accents NFKD split off, so "Café" becomes "cafe" rather than "cafe-".
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  slug = Array.from(slug).slice(0, 80).join('').replace(/-+$/, '');
  if (slug === '') slug = 'journey-map';
  if (RESERVED.test(slug)) slug = `${slug}-map`;
  return `${slug}.${extension}`;
}
