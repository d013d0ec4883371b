import { describe, expect, it } from 'vitest';
import { reportSettingsFromPreset } from '../../domain/reportSettings';
import { createSampleMap } from '../../domain/sampleMap';
import { Editor } from '../editor';
import { details } from '.';

describe('map.setReportSettings', () => {
  it('keeps the report choices with the map, in one undo step however many changes in a row', () => {
    const editor = new Editor(createSampleMap(), { now: () => new Date('2026-01-01T09:00:00Z') });
    const before = editor.map.report;
    const update = reportSettingsFromPreset('action-plan-update');
    editor.run(details.setReportSettings, { report: update });
    editor.run(details.setReportSettings, { report: { ...update, pageSize: 'A3' } });
    expect(editor.map.report).toMatchObject({ preset: 'action-plan-update', pageSize: 'A3' });
    editor.undo();
    expect(editor.map.report).toEqual(before);
  });

  it('is refused to a participant, who may still make a report with unsaved choices', () => {
    const editor = new Editor(createSampleMap());
    editor.setRole('participant');
    const before = editor.map.report;
    editor.run(details.setReportSettings, { report: reportSettingsFromPreset('scrutiny') });
    expect(editor.map.report).toEqual(before);
  });
});
