/**
 * The versions of the open map as the versions panel shows them: the list (newest first), the
 * bytes they take, the bytes every version in this browser takes, and what the browser says
 * Waymark's storage uses of its quota; refreshed after every change the panel makes.
 */
import { useCallback, useEffect, useState } from 'react';
import type { VersionInfo } from '../../persistence/versionStore';
import { toStorageError } from '../../persistence/storageError';
import { useServices } from '../services';

/** What the panel knows about storage (bytes); null when the browser does not say. */
export interface VersionStorage {
  /** Bytes this map's versions take on disk (compressed). */
  mapBytes: number;
  /** Bytes and count of every version in this browser. */
  allBytes: number;
  allCount: number;
  /** `navigator.storage.estimate()`: what the site uses and may use, when known. */
  usage: number | null;
  quota: number | null;
}

/** The versions of map `mapId`, with `refresh` and any error reading them. */
export function useVersions(mapId: string) {
  const { repository } = useServices();
  const [versions, setVersions] = useState<VersionInfo[] | null>(null);
  const [storage, setStorage] = useState<VersionStorage | null>(null);
  const [error, setError] = useState<string | null>(null);

  const refresh = useCallback(async () => {
    try {
      const [list, all] = await Promise.all([
        repository.versions.list(mapId),
        repository.versions.usage(),
      ]);
      const estimate = await navigator.storage?.estimate?.().catch(() => null);
      setVersions(list);
      setStorage({
        mapBytes: list.reduce((sum, version) => sum + version.storedBytes, 0),
        allBytes: all.bytes,
        allCount: all.count,
        usage: estimate?.usage ?? null,
        quota: estimate?.quota ?? null,
      });
      setError(null);
    } catch (failure) {
      setVersions((previous) => previous ?? []);
      setError(toStorageError(failure).message);
    }
  }, [repository, mapId]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  return { versions, storage, error, refresh };
}
