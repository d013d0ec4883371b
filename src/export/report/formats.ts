/** The file formats of a report, with their MIME types (no code: safe to import anywhere). */

/** The file formats a report is made in. */
export const REPORT_FORMATS = ['docx', 'pdf', 'html'] as const;
/** A report's file format. */
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** The MIME type of each report format. */
export const REPORT_MIME_TYPES: Record<ReportFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  html: 'text/html;charset=utf-8',
};
