/** The report's fonts read from node_modules, for tests running in Node. */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { FONT_PACKAGE_PATHS } from '../../src/export/report/pdf/fontFiles';
import type { FontLoader } from '../../src/export/report/pdf/pdfFonts';

const require = createRequire(import.meta.url);

/** Loads a font file from its npm package. */
export const nodeFontLoader: FontLoader = async (file) =>
  new Uint8Array(await readFile(require.resolve(FONT_PACKAGE_PATHS[file])));
