/**
 * The font files as URLs of assets Vite copies into the build (`?url`): nothing is fetched
 * until a PDF report is made, and the Chinese and emoji fonts only when the report needs them.
 */
import boldItalic from 'dejavu-fonts-ttf/ttf/DejaVuSans-BoldOblique.ttf?url';
import bold from 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf?url';
import italic from 'dejavu-fonts-ttf/ttf/DejaVuSans-Oblique.ttf?url';
import regular from 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf?url';
import cjk from '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf?url';
import emoji from '@expo-google-fonts/noto-emoji/400Regular/NotoEmoji_400Regular.ttf?url';
import type { FontFile } from './pdfFonts';

/** Asset URL of each font file. */
export const FONT_URLS: Record<FontFile, string> = {
  regular,
  bold,
  italic,
  boldItalic,
  cjk,
  emoji,
};
