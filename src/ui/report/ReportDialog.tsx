/**
 * The report builder: start from a preset shaped like a seed report, choose the sections and
 * their order, the paper, the "as at" date and the comparison date, see a preview, then
 * download Word or PDF, or print. The choices are kept with the map (when the user may edit).
 */
import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import { DialogFooter, DialogFrame } from '../common/DialogFrame';
import {
  REPORT_PRESETS,
  REPORT_PRESET_DEFINITIONS,
  reportSettingsFromPreset,
  type ReportPresetId,
  type ReportSettings,
} from '../../domain/reportSettings';
import type { JourneyMap } from '../../domain/schema';
import { modelledOn } from '../../domain/words';
import { downloadBlob } from '../../export/download';
import type { ReportFormat } from '../../export/report/formats';
import { printNow, showReportForPrint } from './printReport';
import { ReportPreview } from './ReportPreview';
import { ReportSections } from './ReportSections';
import { makeReportFile, useReportJob } from './useReportJob';
import { useComparedMap } from './useComparedMap';
import type { ComparedMap } from '../../export/report/sections/context';
import '../export/export.css';
import './report.css';

/** The map to report on, and whether and how the builder's choices are kept with it. */
export interface ReportDialogProps {
  map: JourneyMap;
  /** Whether the choices can be kept with the map (not for participants or a read-only tab). */
  canSave: boolean;
  onSave: (settings: ReportSettings) => void;
  onClose: () => void;
}

const FORMAT_NAMES: Record<ReportFormat, string> = { docx: 'Word', pdf: 'PDF', html: 'HTML' };
const kb = (bytes: number) => `${Math.max(1, Math.round(bytes / 1024)).toLocaleString('en-GB')} KB`;

/** The report's preview as an HTML document, made again (after a pause) when settings change. */
function usePreview(map: JourneyMap, settings: ReportSettings, compared: ComparedMap | null) {
  const [preview, setPreview] = useState<{ html: string; warnings: string[] } | null>(null);
  const [updating, setUpdating] = useState(true);
  useEffect(() => {
    const controller = new AbortController();
    setUpdating(true);
    const timer = setTimeout(() => {
      const request = {
        map,
        format: 'html' as const,
        settings,
        figures: 'image' as const,
        compared,
      };
      makeReportFile(request, { signal: controller.signal }).then(
        (file) => {
          setPreview({ html: new TextDecoder().decode(file.bytes), warnings: file.warnings });
          setUpdating(false);
        },
        () => {
          if (!controller.signal.aborted) setUpdating(false);
        },
      );
    }, 400);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [map, settings, compared]);
  return { preview, updating };
}

/** The report builder dialog. */
export function ReportDialog({ map, canSave, onSave, onClose }: ReportDialogProps) {
  const titleId = useId();
  const [settings, setSettings] = useState<ReportSettings>(map.report);
  const [notice, setNotice] = useState<string | null>(null);
  const job = useReportJob();
  const compared = useComparedMap(map);
  const { preview, updating } = usePreview(map, settings, compared);

  const update = (patch: Partial<ReportSettings>) => {
    const next = { ...settings, ...patch };
    setSettings(next);
    if (canSave) onSave(next);
  };
  const startFrom = (preset: ReportPresetId) =>
    update({
      ...reportSettingsFromPreset(preset),
      asAt: settings.asAt,
      compareWith: settings.compareWith,
    });

  const make = async (format: ReportFormat) => {
    setNotice(null);
    const file = await job.run({ map, format, settings, compared });
    if (!file) return;
    if (format === 'html') {
      showReportForPrint(new TextDecoder().decode(file.bytes));
      printNow();
      return;
    }
    downloadBlob(new Blob([file.bytes as BlobPart], { type: file.mimeType }), file.filename);
    setNotice(`${FORMAT_NAMES[format]} report saved: ${file.filename} (${kb(file.bytes.length)}).`);
  };

  // Keys typed here stay here: the map's shortcuts must not act behind the dialog.
  const keepKeys = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' && event.key !== 'Tab') event.stopPropagation();
  };
  const preset = REPORT_PRESET_DEFINITIONS[settings.preset];
  return (
    <DialogFrame
      titleId={titleId}
      onClose={onClose}
      className="wm-report-dialog"
      onKeyDown={keepKeys}
    >
      <div className="wm-report-dialog__settings">
        <h2 id={titleId} className="wm-export-title">
          Report
        </h2>
        {/* The choices scroll on their own; the title and the buttons below stay in view. */}
        <div className="wm-report-dialog__choices">
          <label>
            Start from{' '}
            <select
              value={settings.preset}
              disabled={job.busy}
              onChange={(event) => startFrom(event.target.value as ReportPresetId)}
            >
              {REPORT_PRESETS.map((id) => (
                <option key={id} value={id}>
                  {REPORT_PRESET_DEFINITIONS[id].title}
                </option>
              ))}
            </select>
          </label>
          <p className="wm-export-hint">
            {preset.description} {modelledOn(preset.seed)}
          </p>
          <ReportSections
            sections={settings.sections}
            disabled={job.busy}
            onChange={(sections) => update({ sections })}
          />
          {settings.sections.includes('comparison') ? (
            <p className="wm-export-hint">
              {compared
                ? `Before and after compares this map with ${compared.label}.`
                : 'Before and after has nothing to compare this map with yet: make a future state of it or save a version (Versions…).'}
            </p>
          ) : null}
          <fieldset className="wm-report-row" disabled={job.busy}>
            <legend>Paper</legend>
            <label>
              Size{' '}
              <select
                value={settings.pageSize}
                onChange={(e) => update({ pageSize: e.target.value as ReportSettings['pageSize'] })}
              >
                <option value="A4">A4</option>
                <option value="A3">A3</option>
              </select>
            </label>
            <label>
              Orientation{' '}
              <select
                value={settings.orientation}
                onChange={(e) =>
                  update({ orientation: e.target.value as ReportSettings['orientation'] })
                }
              >
                <option value="portrait">Portrait</option>
                <option value="landscape">Landscape</option>
              </select>
            </label>
            <label>
              Map pages{' '}
              <select
                value={settings.mapSplit}
                onChange={(e) => update({ mapSplit: e.target.value as ReportSettings['mapSplit'] })}
              >
                <option value="phase">Cut between phases</option>
                <option value="tile">As many steps as fit</option>
              </select>
            </label>
          </fieldset>
          <fieldset className="wm-report-row" disabled={job.busy}>
            <legend>Dates and grouping</legend>
            <label>
              As at{' '}
              <input
                type="date"
                value={settings.asAt ?? ''}
                onChange={(e) => update({ asAt: e.target.value || null })}
              />
            </label>
            <label>
              Compare with{' '}
              <input
                type="date"
                value={settings.compareWith ?? ''}
                onChange={(e) => update({ compareWith: e.target.value || null })}
              />
            </label>
            <label>
              Group the plan by{' '}
              <select
                value={settings.groupBy}
                onChange={(e) => update({ groupBy: e.target.value as ReportSettings['groupBy'] })}
              >
                <option value="theme">Theme</option>
                <option value="phase">Phase</option>
              </select>
            </label>
            <label>
              <input
                type="checkbox"
                checked={settings.openCommentsOnly}
                onChange={(e) => update({ openCommentsOnly: e.target.checked })}
              />{' '}
              Open comments only
            </label>
          </fieldset>
          <p className="wm-export-hint">
            Empty dates mean the day the report is made, and one month before it.
            {canSave ? ' These choices are kept with the map.' : ''}
          </p>
          {(preview?.warnings ?? []).map((warning) => (
            <p key={warning} className="wm-report-warning">
              {warning}
            </p>
          ))}
        </div>
        <div className="wm-report-dialog__actions">
          <div className="wm-export-buttons">
            <button type="button" disabled={job.busy} onClick={() => void make('docx')}>
              Download Word
            </button>
            <button type="button" disabled={job.busy} onClick={() => void make('pdf')}>
              Download PDF
            </button>
            <button type="button" disabled={job.busy} onClick={() => void make('html')}>
              Print
            </button>
          </div>
          <div role="status" className="wm-export-status">
            {job.busy ? (
              <>
                <span>{job.label}…</span>
                <progress max={1} value={job.progress} aria-label="Report progress" />
                <button type="button" onClick={job.cancel}>
                  Cancel
                </button>
              </>
            ) : (
              (job.error ?? notice)
            )}
          </div>
          <DialogFooter onClose={onClose} />
        </div>
      </div>
      <section className="wm-report-dialog__preview" aria-label="Preview">
        <p className="wm-export-hint" role="status">
          {updating ? 'Updating the preview…' : 'Preview (the PDF and Word files match it)'}
        </p>
        {preview && <ReportPreview html={preview.html} />}
      </section>
    </DialogFrame>
  );
}
