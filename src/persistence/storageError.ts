/** Why a write to the local library failed, in words a user can act on. */
export type StorageErrorKind = 'quota' | 'conflict' | 'closed' | 'unavailable' | 'unknown';

/** A failed write to the local library, with its kind and a message a user can act on. */
export class StorageError extends Error {
  constructor(
    readonly kind: StorageErrorKind,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'StorageError';
  }
}

function isQuotaError(error: unknown): boolean {
  if (!(error instanceof Error) && !(typeof error === 'object' && error !== null)) return false;
  const named = error as { name?: string; inner?: unknown };
  if (named.name === 'QuotaExceededError') return true;
  // Dexie reports a full disk as an AbortError whose `inner` is the QuotaExceededError.
  return named.inner !== undefined && isQuotaError(named.inner);
}

/**
 * The library was closed under this tab: another tab opened a newer version of Waymark
 * (IndexedDB `versionchange`), so this one must stop writing until it is reloaded.
 */
export function closedError(cause?: unknown): StorageError {
  return new StorageError(
    'closed',
    'Waymark was updated in another tab, so this tab stopped saving. Reload the page to carry on; if your last change shows as not saved, download a copy first.',
    { cause },
  );
}

/** Wraps any failure of IndexedDB into a StorageError with a plain message. */
export function toStorageError(error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  if (isQuotaError(error)) {
    return new StorageError(
      'quota',
      "Your browser's storage for Waymark is full, so the last changes could not be saved; everything saved before is untouched. The last changes are still here in this tab: download a copy (JSON) and free some space.",
      { cause: error },
    );
  }
  const name = (error as { name?: string } | null)?.name;
  if (name === 'DatabaseClosedError' || name === 'VersionChangeError') return closedError(error);
  const detail = error instanceof Error ? error.message : String(error);
  return new StorageError('unknown', `Saving failed: ${detail}`, { cause: error });
}
