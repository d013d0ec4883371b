/**
 * Saving a file from the browser. Kept apart from the exporters so they stay pure and testable.
 */

/** How long the object URL lives: some browsers start reading it after the click returns. */
const REVOKE_AFTER_MS = 60_000;

/**
 * Saves `blob` as `filename` through the browser's download (a temporary anchor with an
 * object URL, revoked a minute later). Side effect only: touches `document.body` briefly.
 */
export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = filename;
  anchor.rel = 'noopener';
  anchor.style.display = 'none';
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
