/**
 * Making a report file from a map: gathers the report model, then loads the writer for the
 * format (dynamic import: docx, pdf-lib and the fonts are fetched only when a report is made)
 * and writes it. Runs wherever it is called; makeReport.ts runs it in a worker.
 */
import type { ReportSettings } from '../../domain/reportSettings';
import type { JourneyMap } from '../../domain/schema';
import { mapFilename } from '../filename';
import { buildReport } from './buildReport';
import type { Rasterize } from './docx/docxBlocks';
import { REPORT_MIME_TYPES, type ReportFormat } from './formats';
import type { ReportModel } from './model';
import type { ComparedMap } from './sections/context';
import type { WorkOptions } from './pacing';
import type { FigureMode } from './html/renderHtml';
import type { FontLoader } from './pdf/pdfFonts';

/** What report to make: the map, the format, the settings and the day. */
export interface ReportRequest {
  map: JourneyMap;
  format: ReportFormat;
  /** Settings to use instead of the map's own. */
  settings?: ReportSettings;
  /** The day it is made, `YYYY-MM-DD` (default today). */
  today?: string;
  /** HTML only: figures as inline SVG (print, the default) or as images (the preview). */
  figures?: FigureMode;
  /** The map the "Comparison" section compares this one with (its current state, a version). */
  compared?: ComparedMap | null;
}

/** What making a report may use where it runs: a font loader and a rasterizer. */
export interface ReportEnvironment {
  loadFont?: FontLoader;
  rasterize?: Rasterize;
}

/** A made report: its bytes, file name, MIME type and warnings for the user. */
export interface ReportFile {
  bytes: Uint8Array;
  filename: string;
  mimeType: string;
  /** What the report builder should tell the user (text below 8 pt on the one-page map). */
  warnings: string[];
}

/** The file name of a report: the map's title and the report's kind. */
export function reportFilename(
  model: Pick<ReportModel, 'title' | 'subtitle'>,
  format: ReportFormat,
) {
  return mapFilename(`${model.title} ${model.subtitle}`, format);
}

/**
 * Makes a report file. Progress runs 0 → 0.3 while the model is gathered and 0.3 → 1 while
 * the file is written. Rejects with an AbortError when `options.signal` is aborted.
 */
export async function runReport(
  request: ReportRequest,
  environment: ReportEnvironment,
  options: WorkOptions = {},
): Promise<ReportFile> {
  const stage = (from: number, to: number): WorkOptions => ({
    signal: options.signal,
    onProgress: (fraction, label) => options.onProgress?.(from + (to - from) * fraction, label),
  });
  const model = await buildReport(request.map, {
    ...stage(0, 0.3),
    settings: request.settings,
    today: request.today,
    compared: request.compared,
  });
  const base = {
    filename: reportFilename(model, request.format),
    mimeType: REPORT_MIME_TYPES[request.format],
    warnings: model.warnings,
  };
  switch (request.format) {
    case 'pdf': {
      const { writePdf } = await import('./pdf/writePdf');
      let loadFont = environment.loadFont;
      if (!loadFont) {
        const [{ fetchFontLoader }, { FONT_URLS }] = await Promise.all([
          import('./pdf/fontFiles'),
          import('./pdf/fontUrls'),
        ]);
        loadFont = fetchFontLoader(FONT_URLS);
      }
      return { ...base, bytes: await writePdf(model, { ...stage(0.3, 1), loadFont }) };
    }
    case 'docx': {
      const { writeDocx } = await import('./docx/writeDocx');
      const rasterize = environment.rasterize ?? (await import('./rasterize')).canvasRasterizer();
      return { ...base, bytes: await writeDocx(model, { ...stage(0.3, 1), rasterize }) };
    }
    case 'html': {
      const { reportHtmlDocument } = await import('./html/renderHtml');
      const bytes = new TextEncoder().encode(reportHtmlDocument(model, request.figures));
      options.onProgress?.(1, 'Report ready');
      return { ...base, bytes };
    }
  }
}
