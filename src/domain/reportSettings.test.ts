import { describe, expect, it } from 'vitest';
import {
  REPORT_PRESETS,
  REPORT_PRESET_DEFINITIONS,
  REPORT_SECTIONS,
  reportSettingsFromPreset,
} from './reportSettings';
import { createSampleMap } from './sampleMap';
import { journeyMapSchema, reportSettingsSchema } from './schema';

describe('report settings kept with the map', () => {
  it('a map saved before reports existed opens with the results report settings', () => {
    const { report: _report, ...old } = createSampleMap();
    const map = journeyMapSchema.parse(old);
    expect(map.report).toEqual(reportSettingsFromPreset('results'));
    expect(map.report.sections[0]).toBe('cover');
  });

  it('keeps a chosen order, page size and dates through a save and load', () => {
    const report = {
      ...reportSettingsFromPreset('action-plan-update'),
      sections: ['status-summary', 'action-plan'] as const,
      pageSize: 'A3' as const,
      asAt: '2021-10-31',
      compareWith: '2021-09-30',
    };
    const map = journeyMapSchema.parse({ ...createSampleMap(), report });
    const again = journeyMapSchema.parse(JSON.parse(JSON.stringify(map)));
    expect(again.report).toEqual({ ...report, sections: ['status-summary', 'action-plan'] });
  });

  it('refuses a section listed twice, an unknown section and a date that is not a date', () => {
    const base = reportSettingsFromPreset('results');
    expect(reportSettingsSchema.safeParse({ ...base, sections: ['cover', 'cover'] }).success).toBe(
      false,
    );
    expect(reportSettingsSchema.safeParse({ ...base, sections: ['appendix'] }).success).toBe(false);
    expect(reportSettingsSchema.safeParse({ ...base, asAt: '31/10/2021' }).success).toBe(false);
  });

  it('every preset names known sections once each and says which seed it follows', () => {
    for (const id of REPORT_PRESETS) {
      const preset = REPORT_PRESET_DEFINITIONS[id];
      expect(preset.settings.sections.every((s) => REPORT_SECTIONS.includes(s))).toBe(true);
      expect(new Set(preset.settings.sections).size).toBe(preset.settings.sections.length);
      expect(preset.seed).toMatch(/\d{3}/);
    }
    expect(REPORT_PRESET_DEFINITIONS['one-page-map'].settings).toMatchObject({
      pageSize: 'A3',
      orientation: 'landscape',
    });
  });
});
