import { useCallback, useState } from 'react';
import type { JourneyMap } from '../../domain/schema';
import type { ImportProblem, ImportResult } from '../../export/importFile';

/** What a file carried besides its map: a template mark, saved versions (JSON files only). */
export type ImportExtras = Pick<ImportResult & { ok: true }, 'template' | 'versions'>;

/** Why a file could not be imported, with the wrong places in it. */
export interface ImportFailure {
  message: string;
  problems: ImportProblem[];
}

/** The sentence over the problems of a file imported in part (the map itself was added). */
export function importedInPart(title: string, problems: readonly ImportProblem[]): string {
  const count = problems.length === 1 ? 'a problem' : `${problems.length} problems`;
  return `Imported “${title}”, with ${count}: what could not be read was left out or kept as it was, as listed.`;
}

/**
 * Imports a file as a new map and hands it to `onImported`; keeps what went wrong for
 * display. Shared by the import button and the drop zone so both report errors alike.
 */
export function useMapImport(
  onImported: (map: JourneyMap, extras: ImportExtras) => void | Promise<void>,
) {
  const [importing, setImporting] = useState(false);
  const [failure, setFailure] = useState<ImportFailure | null>(null);
  const importOne = useCallback(
    async (file: File) => {
      setImporting(true);
      setFailure(null);
      try {
        // Loaded on first use: CSV parsing and the importers stay out of the first screen.
        const { importFile } = await import('../../export/importFile');
        const result = await importFile(file);
        if (!result.ok) {
          setFailure({ message: result.message, problems: result.problems });
          return;
        }
        await onImported(result.map, { template: result.template, versions: result.versions });
        if (result.problems.length > 0) {
          setFailure({
            message: importedInPart(result.map.title, result.problems),
            problems: result.problems,
          });
        }
      } catch (error) {
        const detail = error instanceof Error ? ` (${error.message})` : '';
        setFailure({
          message: `The map could not be added to your library${detail}.`,
          problems: [],
        });
      } finally {
        setImporting(false);
      }
    },
    [onImported],
  );
  return { importing, failure, importFile: importOne, clearFailure: () => setFailure(null) };
}
