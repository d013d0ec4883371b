import { useRef, type ChangeEvent } from 'react';
import { useEditorApi } from '../../bindings/EditorProvider';
import type { JourneyMap } from '../../domain/schema';
import { plural } from '../../domain/words';
import { actionPlan } from '../../editor/operations';
import type { CsvProblem } from '../../export/actionPlanCsv';
import { downloadBlob, fileNameFor } from '../common/download';
import { saveBeforeImport } from '../../session/versions';
import { useOptionalServices } from '../services';

/** Why an import was refused: a sentence, and the cells at fault (row and column). */
export interface ImportError {
  message: string;
  problems: CsvProblem[];
}

/**
 * The action plan's file buttons: export it as CSV or as an Excel workbook, and (when
 * `editable`) import a CSV or a workbook that updates the recommendations, reporting what
 * changed, the cells it could not read, or why nothing changed.
 */
export function ActionPlanFiles({
  map,
  count,
  editable,
  onMessage,
  onImportError,
}: {
  map: JourneyMap;
  /** How many recommendations the plan lists (what an export writes). */
  count: number;
  editable: boolean;
  onMessage: (message: string) => void;
  onImportError: (error: ImportError | null) => void;
}) {
  const editor = useEditorApi();
  const services = useOptionalServices();
  const fileRef = useRef<HTMLInputElement>(null);

  // The CSV and workbook readers and writers (Papa Parse, fflate) load when they are used.
  const exportCsv = async () => {
    const { actionPlanToCsv } = await import('../../export/actionPlanCsv');
    const csv = actionPlanToCsv(map);
    downloadBlob(
      new Blob([csv], { type: 'text/csv;charset=utf-8' }),
      fileNameFor(`${map.title} action plan`, 'csv'),
    );
    onMessage(`Exported ${plural(count, 'recommendation')}`);
  };

  const exportLog = async () => {
    const { progressLogToCsv } = await import('../../export/actionPlanCsv');
    const csv = progressLogToCsv(map);
    downloadBlob(
      new Blob([csv], { type: 'text/csv;charset=utf-8' }),
      fileNameFor(`${map.title} progress log`, 'csv'),
    );
    onMessage('Exported the progress log, one row per update');
  };

  const exportXlsx = async () => {
    try {
      const { exportActionPlanXlsx } = await import('../../export/xlsxWrite');
      const { blob, filename } = await exportActionPlanXlsx(map);
      downloadBlob(blob, filename);
      onMessage(`Exported ${plural(count, 'recommendation')}`);
    } catch {
      onImportError({
        message: 'The Excel workbook could not be made. Export CSV instead.',
        problems: [],
      });
    }
  };

  const importSheet = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    // CSV in any encoding and separator Excel writes, or an Excel workbook (export/readSheetFile.ts).
    const { ACTION_PLAN_READS, readSheetFile } = await import('../../export/readSheetFile');
    const read = await readSheetFile(file, ACTION_PLAN_READS, ['Action plan']);
    if (!read.ok) {
      onImportError({ message: read.message, problems: read.problems });
      onMessage('');
      return;
    }
    // The map as it was is kept as a version first; without it, nothing is imported.
    if (services && editor.can('edit')) {
      const kept = await saveBeforeImport(services.repository.versions, editor.map, file.name);
      if (!kept.ok) {
        onImportError({ message: kept.message, problems: [] });
        onMessage('');
        return;
      }
    }
    const ran = editor.run(actionPlan.importActionPlanSheet, { sheet: read.sheet });
    const outcome = ran.ok ? (ran.result ?? null) : null;
    if (outcome === null) {
      onImportError({ message: 'This map cannot be changed here.', problems: [] });
    } else if (!outcome.ok) {
      onImportError({ message: outcome.message, problems: outcome.problems });
      onMessage('');
    } else {
      const updated = `Updated ${plural(outcome.updated, 'recommendation')}`;
      onImportError(
        outcome.problems
          ? { message: `${updated}; check these cells:`, problems: outcome.problems }
          : null,
      );
      onMessage(updated);
    }
  };

  return (
    <>
      <button type="button" onClick={exportCsv}>
        Export action plan (CSV)
      </button>
      <button type="button" onClick={() => void exportXlsx()}>
        Export action plan (Excel)
      </button>
      <button type="button" onClick={exportLog}>
        Export progress log (CSV)
      </button>
      {editable && (
        <>
          <button type="button" onClick={() => fileRef.current?.click()}>
            Import action plan (CSV or Excel)
          </button>
          <input
            ref={fileRef}
            type="file"
            accept=".csv,.tsv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            className="visually-hidden"
            tabIndex={-1}
            aria-label="Action plan file (CSV or Excel)"
            onChange={(e) => void importSheet(e)}
          />
        </>
      )}
    </>
  );
}

/** Why the last import was refused, with up to 50 of its problems, until dismissed. */
export function ImportErrorAlert({
  error,
  onDismiss,
}: {
  error: ImportError;
  onDismiss: () => void;
}) {
  return (
    <div role="alert" className="action-plan__import-error">
      <p>{error.message}</p>
      {error.problems.length > 0 && (
        <ul>
          {error.problems.slice(0, 50).map((p, i) => (
            <li key={i}>
              Row {p.row}
              {p.column !== '' && `, column “${p.column}”`}: {p.message}
            </li>
          ))}
          {error.problems.length > 50 && <li>…and {error.problems.length - 50} more.</li>}
        </ul>
      )}
      <button type="button" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
