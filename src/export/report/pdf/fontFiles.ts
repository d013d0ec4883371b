/**
 * Where the report's font files come from: npm packages, so they ship with the app and work
 * offline (no font CDN). `FONT_PACKAGE_PATHS` names each file inside node_modules; the
 * browser loader fetches the copies Vite emits as assets (loaded only when a PDF is made).
 */
import type { FontFile, FontLoader } from './pdfFonts';

/** Each font file's path inside node_modules (for Node tools and tests). */
export const FONT_PACKAGE_PATHS: Record<FontFile, string> = {
  regular: 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf',
  bold: 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf',
  italic: 'dejavu-fonts-ttf/ttf/DejaVuSans-Oblique.ttf',
  boldItalic: 'dejavu-fonts-ttf/ttf/DejaVuSans-BoldOblique.ttf',
  cjk: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
  emoji: '@expo-google-fonts/noto-emoji/400Regular/NotoEmoji_400Regular.ttf',
};

/** Fetches font files by URL (the asset URLs from fontUrls.ts), caching the bytes. */
export function fetchFontLoader(urls: Record<FontFile, string>): FontLoader {
  const cache = new Map<FontFile, Promise<Uint8Array>>();
  return (file) => {
    let bytes = cache.get(file);
    if (!bytes) {
      bytes = fetch(urls[file]).then(async (response) => {
        if (!response.ok)
          throw new Error(`The font ${file} could not be loaded (${response.status})`);
        return new Uint8Array(await response.arrayBuffer());
      });
      bytes.catch(() => cache.delete(file));
      cache.set(file, bytes);
    }
    return bytes;
  };
}
