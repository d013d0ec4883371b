import { FilePickerButton } from '../common/FilePickerButton';
import type { JourneyMap } from '../../domain/schema';
import { ImportProblems } from './ImportProblems';
import { useMapImport, type ImportExtras } from './useMapImport';
import './export.css';

/** What is done with an imported map. */
export interface ImportButtonProps {
  /**
   * Receives the imported map, always with a new id, and what its file carried besides (a
   * template mark, versions). May return a promise (saving it).
   */
  onImported(map: JourneyMap, extras: ImportExtras): void | Promise<void>;
}

/**
 * "Import map (JSON, CSV or Excel)": opens the file picker, imports the file as a new map and
 * shows what is wrong with a bad file, or what was left out of a sheet imported in part
 * (message and up to five problems), in an alert.
 */
export function ImportButton({ onImported }: ImportButtonProps) {
  const { importing, failure, importFile, clearFailure } = useMapImport(onImported);
  return (
    <div className="wm-import">
      <FilePickerButton
        label="Import map (JSON, CSV or Excel)"
        inputLabel="Map file to import"
        accept=".json,.csv,.tsv,.txt,.xlsx,application/json,text/csv,text/tab-separated-values,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        busy={importing}
        onFile={(file) => void importFile(file)}
      />
      {failure ? <ImportProblems failure={failure} onDismiss={clearFailure} /> : null}
    </div>
  );
}
