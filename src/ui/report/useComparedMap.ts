/**
 * What the report's "Before and after" section compares the map with: its current-state map
 * (when it is a future state and that map is in the library), else its newest version saved
 * by the user, else its newest version of any kind; null when there is none (or no library,
 * as in a component test).
 */
import { useEffect, useState } from 'react';
import { formatDateTime } from '../../domain/dates';
import type { JourneyMap } from '../../domain/schema';
import type { ComparedMap } from '../../export/report/sections/context';
import { useOptionalServices } from '../services';

/** The map to compare `map` with in a report (see the module comment). */
export function useComparedMap(map: JourneyMap): ComparedMap | null {
  const services = useOptionalServices();
  const [compared, setCompared] = useState<ComparedMap | null>(null);
  const { id, currentStateMapId } = map;
  useEffect(() => {
    if (!services) return;
    const { repository } = services;
    let live = true;
    const find = async (): Promise<ComparedMap | null> => {
      if (currentStateMapId) {
        const current = await repository.load(currentStateMapId);
        if (current.ok) {
          return { label: `its current state, “${current.map.title}”`, map: current.map };
        }
      }
      const versions = await repository.versions.list(id);
      const chosen = versions.find((v) => v.kind === 'manual') ?? versions[0];
      if (!chosen) return null;
      const loaded = await repository.versions.load(chosen.id);
      if (!loaded.ok) return null;
      const when = formatDateTime(chosen.createdAt);
      return { label: `the version “${chosen.name}” (${when})`, map: loaded.map };
    };
    find().then(
      (found) => live && setCompared(found),
      () => live && setCompared(null),
    );
    return () => {
      live = false;
    };
  }, [services, id, currentStateMapId]);
  return compared;
}
