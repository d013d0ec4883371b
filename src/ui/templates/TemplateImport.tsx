import { useState } from 'react';
import { FilePickerButton } from '../common/FilePickerButton';
import { templateFromMap } from '../../domain/templates/apply';
import { toStorageError } from '../../persistence/storageError';
import type { TemplateRecord } from '../../persistence/templateStore';
import { useServices } from '../services';

/**
 * "Import template…": a template file (a map file marked as a template, persistence/
 * fileExtras.ts) joins the gallery under its own name. A plain map file is taken as a template
 * with its cards, named after the map, so any map a colleague sends can be a starting point.
 */
export function TemplateImport({
  onImported,
  onError,
}: {
  onImported: (record: TemplateRecord) => void;
  onError: (message: string) => void;
}) {
  const { repository } = useServices();
  const [busy, setBusy] = useState(false);

  const importOne = async (file: File) => {
    setBusy(true);
    try {
      const { importFile } = await import('../../export/importFile');
      const result = await importFile(file);
      if (!result.ok) {
        onError(result.message);
      } else if (result.format !== 'json') {
        onError('A template is a Waymark map file (JSON). Import a spreadsheet as a map instead.');
      } else {
        const info = result.template ?? { name: result.map.title, description: '' };
        const map = templateFromMap(result.map, { withCards: true });
        onImported(await repository.templates.save(map, info));
      }
    } catch (error) {
      onError(toStorageError(error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="template-import">
      <FilePickerButton
        label="Import template…"
        inputLabel="Template file to import"
        accept=".json,application/json"
        busy={busy}
        onFile={(file) => void importOne(file)}
      />
    </div>
  );
}
