import type { Ref } from 'react';
import { FilePickerButton } from '../common/FilePickerButton';
import './export.css';

/** The state of an import (from `useMapImport`) and where the chosen file goes. */
export interface ImportButtonProps {
  /** True while a file is read and saved: the button says "Importing…". */
  busy: boolean;
  /** Receives the chosen file (the page runs it through `useMapImport`). */
  onFile(file: File): void;
  /** The button, for returning focus to it after its message is dismissed. */
  buttonRef?: Ref<HTMLButtonElement>;
}

/**
 * "Import map (JSON, CSV or Excel)": opens the file picker. What went wrong is shown by the
 * page (ImportProblems), in its message area, once for the button and the drop zone alike.
 */
export function ImportButton({ busy, onFile, buttonRef }: ImportButtonProps) {
  return (
    <span className="wm-import">
      <FilePickerButton
        label="Import map (JSON, CSV or Excel)"
        inputLabel="Map file to import"
        accept=".json,.csv,.tsv,.txt,.xlsx,application/json,text/csv,text/tab-separated-values,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        busy={busy}
        onFile={onFile}
        buttonRef={buttonRef}
      />
    </span>
  );
}
