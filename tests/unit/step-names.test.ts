/** One name for an untitled step wherever a user meets it (domain/names.ts). */
import { describe, expect, it } from 'vitest';
import { ACTION_PLAN_COLUMNS, actionPlanRows } from '../../src/export/actionPlanCsv';

/** The action plan CSV's Phase and Step cells of a row. */
const PHASE = ACTION_PLAN_COLUMNS.indexOf('Phase');
const STEP = ACTION_PLAN_COLUMNS.indexOf('Step');
import { mapToRows } from '../../src/export/csv';
import { layoutMap } from '../../src/export/layout';
import { recommendationsOf, addRecommendation } from '../../src/domain/actionPlan';
import { createBlankMap } from '../../src/domain/blankMap';
import { addStep, updatePhase, updateStep } from '../../src/domain/edits';
import { momentsOfTruthInOrder, setMomentOfTruth } from '../../src/domain/momentsOfTruth';
import { stepDisplayNames, stepName, stepNameAt, withStepNames } from '../../src/domain/names';

/** A new map (Aware, Join, Use, Get help, Leave) with a second step in "Use". */
function newMap() {
  let map = createBlankMap({ now: new Date('2026-01-01T09:00:00Z') });
  map = addStep(map, map.phases[2]!.id, { id: 'second' });
  return map;
}

describe('the name of an untitled step', () => {
  it('is its phase’s name, numbered when the phase has several steps', () => {
    let map = newMap();
    map = updateStep(map, map.phases[0]!.steps[0]!.id, { title: 'Sees an advert' });
    const names = stepDisplayNames(map.phases);
    expect(names.get(map.phases[0]!.steps[0]!.id)).toBe('Sees an advert');
    expect(names.get(map.phases[1]!.steps[0]!.id)).toBe('Join');
    expect(names.get(map.phases[2]!.steps[0]!.id)).toBe('Use 1');
    expect(names.get('second')).toBe('Use 2');
    expect(stepNameAt(map.phases[2]!, 1)).toBe('Use 2');
    expect(stepName(map.phases, 'second')).toBe('Use 2');
  });

  it('treats a title of spaces as none, and an unnamed phase as "Untitled phase"', () => {
    let map = newMap();
    map = updateStep(map, map.phases[1]!.steps[0]!.id, { title: '   ' });
    map = updatePhase(map, map.phases[1]!.id, { name: '' });
    expect(stepName(map.phases, map.phases[1]!.steps[0]!.id)).toBe('Untitled phase');
    expect(stepName(map.phases, 'no-such-step')).toBe('Untitled step');
  });

  it('calls an unnamed phase "Untitled phase" in both CSV files, as the canvas does', () => {
    let map = newMap();
    map = updatePhase(map, map.phases[1]!.id, { name: '' });
    map = addRecommendation(map, { stepId: map.phases[1]!.steps[0]!.id, title: 'Phone back' });
    expect(mapToRows(map)[0]?.slice(1, 3)).toEqual(['Untitled phase', 'Untitled phase']);
    expect(actionPlanRows(map)[0]?.slice(PHASE, STEP + 1)).toEqual([
      'Untitled phase',
      'Untitled phase',
    ]);
  });

  it('reads the same in the CSV, the action plan, the exported picture and the panels', () => {
    let map = newMap();
    const use2 = 'second';
    map = addRecommendation(map, { stepId: use2, title: 'Call back within a day' });
    map = setMomentOfTruth(map, { kind: 'step', id: use2 }, 'First visit');
    // The cards CSV (and the Excel workbook, which writes the same rows): the step column.
    const cardRow = mapToRows(map).find((row) => row[0] === map.cards[0]!.id);
    expect(cardRow?.[2]).toBe('Use 2');
    // The action plan: its table rows and its CSV.
    expect(recommendationsOf(map)[0]?.stepName).toBe('Use 2');
    expect(actionPlanRows(map)[0]?.[STEP]).toBe('Use 2');
    // SVG and PNG: the step's header.
    const header = layoutMap(map).steps.find((s) => s.id === use2);
    expect(header?.lines.map((l) => l.text).join(' ')).toBe('Use 2');
    // Moments of truth (evidence panel and report).
    expect(momentsOfTruthInOrder(map)[0]).toMatchObject({ title: 'Use 2', stepTitle: 'Use 2' });
  });

  it('is kept as the title when a map is cut into parts for a report', () => {
    const map = newMap();
    const named = withStepNames(map);
    const use = named.phases[2]!;
    // A part holding only the second step of "Use" still calls it "Use 2".
    const part = { ...use, steps: [use.steps[1]!] };
    expect(stepDisplayNames([part]).get('second')).toBe('Use 2');
    expect(named.phases.map((p) => p.steps.map((s) => s.title))).toEqual([
      ['Aware'],
      ['Join'],
      ['Use 1', 'Use 2'],
      ['Get help'],
      ['Leave'],
    ]);
    // Titled steps, and a map with no untitled step, are left alone.
    expect(withStepNames(named)).toBe(named);
  });
});
