/** Operations on the map's own details and display settings. */
import { updateMapDetails, type MapDetailsPatch } from '../../domain/edits';
import type { ReportSettings } from '../../domain/reportSettings';
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

/**
 * Keeps the report builder's choices with the map (sections and their order, page size, as-at
 * date …), so next month's report comes out the same way. Changes in a row are one undo step.
 */
export const setReportSettings = defineOperation<{ report: ReportSettings }>({
  name: 'map.setReportSettings',
  permission: 'edit',
  coalesce: () => 'report-settings',
  apply(map, { report }) {
    if (JSON.stringify(map.report) === JSON.stringify(report)) return map;
    return { ...map, report: { ...report, sections: [...report.sections] } };
  },
});
