/** Operations on the map's own details and display settings. */
import { updateMapDetails, type MapDetailsPatch } from '../../domain/edits';
import type { MapSettings } from '../../domain/schema';
import { defineOperation } from '../operation';

/** Changes the map's details (title, description, service, owner …); one undo step per field. */
export const updateDetails = defineOperation<{ patch: Omit<MapDetailsPatch, 'settings'> }>({
  name: 'map.updateDetails',
  permission: 'edit',
  coalesce: ({ patch }) => `details:${Object.keys(patch).sort().join(',')}`,
  apply: (map, { patch }) => updateMapDetails(map, patch),
});

/** Turns one display setting on or off (line of visibility, emotion curve, legend …). */
export const toggleSetting = defineOperation<{ key: keyof MapSettings; on?: boolean }>({
  name: 'map.toggleSetting',
  permission: 'edit',
  apply(map, { key, on }) {
    const value = on ?? !map.settings[key];
    if (map.settings[key] === value) return map;
    return updateMapDetails(map, { settings: { ...map.settings, [key]: value } });
  },
});
