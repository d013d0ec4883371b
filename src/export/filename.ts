/**
 * File names for exports, made from the map title so a downloaded file says what it holds.
 */

// Windows refuses these names whatever the extension ("con.json" cannot be saved there).
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/**
 * A safe file name for `title` with `extension` (without the dot): letters (with their marks)
 * and digits of any script joined by dashes, lower case, at most 80 graphemes, never empty.
 *
 * @example mapFilename('Get help: "Repairs" / 2024', 'json') === 'get-help-repairs-2024.json'
 */
export function mapFilename(title: string, extension: string): string {
  let slug = title
    .normalize('NFKD')
    // Drop the accents NFKD split off Latin, Greek and Cyrillic letters, so "Café" becomes
    // "cafe" rather than "cafe-"; the vowel signs and tone marks of Thai, Devanagari, Arabic
    // and other scripts are part of their letters and stay.
    .replace(/([\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}])\p{M}+/gu, '$1')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  // At most 80 characters, cut between graphemes (never between a letter and its marks).
  const graphemes = Array.from(
    new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(slug),
    (g) => g.segment,
  );
  slug = graphemes.slice(0, 80).join('').replace(/-+$/, '');
  if (slug === '') slug = 'journey-map';
  if (RESERVED.test(slug)) slug = `${slug}-map`;
  return `${slug}.${extension}`;
}
