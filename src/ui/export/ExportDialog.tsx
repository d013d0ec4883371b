import { useEffect, useId, useRef, useState } from 'react';
import type { JourneyMap } from '../../domain/schema';
import { downloadBlob } from '../../export/download';
import { mapFilename } from '../../export/filename';
import { exportMapJson } from '../../export/json';
import { makeMapPng } from '../../export/makePng';
import { PngExportError } from '../../export/png';
import { renderMapSvg } from '../../export/svg';
import type { FileVersion } from '../../persistence/fileExtras';
import { DialogFooter, DialogFrame } from '../common/DialogFrame';
import './export.css';

/** The map to export, and how to close the dialog. */
export interface ExportDialogProps {
  map: JourneyMap;
  onClose(): void;
  /**
   * Reads the map's saved versions for "Include saved versions" (JSON only, off by default);
   * without it the choice is not offered.
   */
  loadVersions?: () => Promise<FileVersion[]>;
}

type Background = 'white' | 'transparent';
type Scale = 1 | 2 | 3;
type Notice = { tone: 'info' | 'error'; text: string } | null;

const SCALES: readonly Scale[] = [1, 2, 3];
const px = (n: number) => n.toLocaleString('en-GB');

/**
 * The export dialog: JSON (to keep or share), PNG (1×, 2×, 3×), SVG, CSV and Excel, with a white
 * or transparent background for the pictures. Modal: focus stays inside, Esc closes. PNG of
 * a big map shows progress, and says so when the image had to be made smaller.
 */
export function ExportDialog({ map, onClose, loadVersions }: ExportDialogProps) {
  const dialogRef = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const [scale, setScale] = useState<Scale>(2);
  const [background, setBackground] = useState<Background>('white');
  const [annotations, setAnnotations] = useState(map.settings.showAnnotationsInExport);
  // Pictures follow this choice without changing the map itself.
  const pictured = { ...map, settings: { ...map.settings, showAnnotationsInExport: annotations } };
  const [progress, setProgress] = useState<number | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const [withVersions, setWithVersions] = useState(false);
  const abortRef = useRef<AbortController | null>(null);

  // Closing the dialog stops a PNG that is still drawing.
  useEffect(() => () => abortRef.current?.abort(), []);

  const busy = progress !== null;
  const run = async (action: () => void | Promise<void>) => {
    setNotice(null);
    try {
      await action();
    } catch {
      // The browser's own words (a RangeError, a DOMException) mean nothing to the user.
      setNotice({
        tone: 'error',
        text: 'The file could not be made: the map may be too large for this browser. Export JSON to keep everything, or try SVG for a picture.',
      });
    }
  };

  const exportJson = async () => {
    let versions: FileVersion[] | undefined;
    if (withVersions && loadVersions) {
      try {
        versions = await loadVersions();
      } catch {
        setNotice({
          tone: 'error',
          text: 'The saved versions could not be read: nothing was exported.',
        });
        return;
      }
    }
    run(() => {
      const { blob, filename } = exportMapJson(map, versions ? { versions } : {});
      downloadBlob(blob, filename);
    });
  };
  const exportCsv = () =>
    run(async () => {
      // The CSV writer (Papa Parse) is loaded when a CSV is written, not with the editor.
      const { exportMapCsv } = await import('../../export/csv');
      const { blob, filename } = exportMapCsv(map);
      downloadBlob(blob, filename);
    });
  const exportXlsx = async () => {
    setNotice(null);
    try {
      // The workbook writer is loaded only when a workbook is written.
      const { exportMapXlsx } = await import('../../export/xlsxWrite');
      const { blob, filename } = await exportMapXlsx(map);
      downloadBlob(blob, filename);
    } catch {
      setNotice({
        tone: 'error',
        text: 'The Excel workbook could not be made. Export CSV instead.',
      });
    }
  };
  const exportSvg = () =>
    run(() => {
      const { svg } = renderMapSvg(pictured, { background });
      downloadBlob(new Blob([svg], { type: 'image/svg+xml' }), mapFilename(map.title, 'svg'));
    });

  const exportPng = async () => {
    setNotice(null);
    setProgress(0);
    // The buttons are disabled while drawing: keep focus in the dialog, not on the body.
    dialogRef.current?.focus();
    const controller = new AbortController();
    abortRef.current = controller;
    try {
      const result = await makeMapPng(pictured, {
        scale,
        background,
        onProgress: setProgress,
        signal: controller.signal,
      });
      downloadBlob(result.blob, mapFilename(map.title, 'png'));
      if (result.scaledDownFrom !== undefined) {
        setNotice({
          tone: 'info',
          text: `This map is too big for a ${result.scaledDownFrom}× PNG, so the image was made smaller (${px(result.width)} × ${px(result.height)} pixels, ${result.scale}×). For a sharp picture of the whole map, export SVG.`,
        });
      } else {
        setNotice({
          tone: 'info',
          text: `PNG saved (${px(result.width)} × ${px(result.height)} pixels).`,
        });
      }
    } catch (error) {
      if (controller.signal.aborted) return;
      setNotice({
        tone: 'error',
        text:
          error instanceof PngExportError
            ? error.message
            : 'The PNG could not be made in this browser. Export SVG instead: it has no size limit.',
      });
    } finally {
      if (abortRef.current === controller) abortRef.current = null;
      if (!controller.signal.aborted) setProgress(null);
    }
  };

  return (
    <DialogFrame titleId={titleId} onClose={onClose} dialogRef={dialogRef}>
      <h2 id={titleId} className="wm-export-title">
        Export map
      </h2>

      <section className="wm-export-section" aria-label="Keep or share">
        <p className="wm-export-hint">
          A JSON file opens again in Waymark with everything in it. CSV and Excel list the cards for
          a spreadsheet.
        </p>
        <div className="wm-export-buttons">
          <button type="button" onClick={() => void exportJson()} disabled={busy}>
            Export JSON
          </button>
          <button type="button" onClick={exportCsv} disabled={busy}>
            Export CSV
          </button>
          <button type="button" onClick={() => void exportXlsx()} disabled={busy}>
            Export Excel
          </button>
        </div>
        {loadVersions ? (
          <label className="wm-export-check">
            <input
              type="checkbox"
              checked={withVersions}
              disabled={busy}
              onChange={(event) => setWithVersions(event.target.checked)}
            />
            Include the map’s saved versions in the JSON file
          </label>
        ) : null}
      </section>

      <section className="wm-export-section" aria-label="Picture of the map">
        <fieldset className="wm-export-choice" disabled={busy}>
          <legend>Background</legend>
          {(['white', 'transparent'] as const).map((value) => (
            <label key={value}>
              <input
                type="radio"
                name={`${titleId}-background`}
                value={value}
                checked={background === value}
                onChange={() => setBackground(value)}
              />
              {value === 'white' ? 'White' : 'Transparent'}
            </label>
          ))}
        </fieldset>
        <label className="wm-export-check">
          <input
            type="checkbox"
            checked={annotations}
            disabled={busy}
            onChange={(event) => setAnnotations(event.target.checked)}
          />
          Show comment and vote counts
        </label>
        <fieldset className="wm-export-choice" disabled={busy}>
          <legend>PNG size</legend>
          {SCALES.map((value) => (
            <label key={value}>
              <input
                type="radio"
                name={`${titleId}-scale`}
                value={value}
                checked={scale === value}
                onChange={() => setScale(value)}
              />
              {value}×
            </label>
          ))}
        </fieldset>
        <div className="wm-export-buttons">
          <button type="button" onClick={() => void exportPng()} disabled={busy}>
            Export PNG
          </button>
          <button type="button" onClick={exportSvg} disabled={busy}>
            Export SVG
          </button>
        </div>
      </section>

      <div role="status" className="wm-export-status">
        {busy ? (
          <>
            <span>Exporting PNG…</span>
            <progress max={1} value={progress} aria-label="PNG export progress" />
          </>
        ) : notice?.tone === 'info' ? (
          notice.text
        ) : null}
      </div>
      {notice?.tone === 'error' ? (
        <p role="alert" className="wm-export-error">
          {notice.text}
        </p>
      ) : null}

      <DialogFooter onClose={onClose} />
    </DialogFrame>
  );
}
