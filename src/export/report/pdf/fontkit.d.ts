/** The part of fontkit 2 (no bundled types) that the PDF report uses. */
declare module 'fontkit' {
  export interface FontkitSubset {
    encode(): Uint8Array;
    encodeStream?: () => unknown;
  }
  export interface FontkitFont {
    createSubset(): FontkitSubset;
  }
  export function create(data: Uint8Array): FontkitFont;
}
