/** The UI's way to save files: the export module's helpers, under the names the UI uses. */
export { downloadBlob } from '../../export/download';
export { mapFilename as fileNameFor } from '../../export/filename';
