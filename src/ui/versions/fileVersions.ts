/** A map's saved versions as a map file carries them (persistence/fileExtras.ts), oldest first. */
import type { FileVersion } from '../../persistence/fileExtras';
import type { VersionStore } from '../../persistence/versionStore';

/** Reads every version of map `mapId`; a version that cannot be read is left out. */
export async function loadFileVersions(store: VersionStore, mapId: string): Promise<FileVersion[]> {
  const infos = (await store.list(mapId)).reverse();
  const out: FileVersion[] = [];
  for (const info of infos) {
    const loaded = await store.load(info.id);
    if (!loaded.ok) continue;
    const { createdAt, name, note, kind } = info;
    out.push({ createdAt, name, note, kind, map: loaded.map });
  }
  return out;
}
