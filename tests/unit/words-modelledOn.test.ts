import { describe, expect, it } from 'vitest';
import { modelledOn } from '../../src/domain/words';
import { REPORT_PRESET_DEFINITIONS } from '../../src/domain/reportSettings';
import { BUILT_IN_TEMPLATES } from '../../src/domain/templates';

describe('where a template or report preset comes from, in the user’s words', () => {
  it('names the kind of real document, not our seed number', () => {
    expect(modelledOn('001 (homelessness service journey map)')).toBe(
      'Modelled on a real homelessness service journey map.',
    );
    expect(modelledOn('002 and 003 (tenant scrutiny reviews)')).toBe(
      'Modelled on real tenant scrutiny reviews.',
    );
  });

  it('says no seed number anywhere the gallery or the report builder shows it', () => {
    const seeds = [
      ...Object.values(REPORT_PRESET_DEFINITIONS).map((preset) => preset.seed),
      ...BUILT_IN_TEMPLATES.flatMap((template) => (template.seed ? [template.seed] : [])),
    ];
    expect(seeds.length).toBeGreaterThan(5);
    for (const seed of seeds) expect(modelledOn(seed)).not.toMatch(/\d|seed/);
  });
});
