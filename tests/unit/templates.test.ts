/**
 * Templates (issue 18): every built-in template is a valid map that survives its own file, is
 * shaped like the seed it is drawn from, and a map saved as a template gives a new map with the
 * same grid.
 */
import { describe, expect, it } from 'vitest';
import { serviceLines } from '../../src/domain/serviceLines';
import { journeyMapSchema, type JourneyMap } from '../../src/domain/schema';
import {
  BUILT_IN_TEMPLATES,
  builtInTemplate,
  mapFromTemplate,
  templateFromMap,
} from '../../src/domain/templates';
import { readMapFileWithExtras, serializeMapFile } from '../../src/persistence/fileExtras';
import { readMapFile } from '../../src/persistence/format';
import { sampleMap } from '../builders';

const NOW = new Date('2026-03-02T09:00:00.000Z');

/** The grid of a map as a user sees it: phases with their steps, lanes with kind and side. */
function gridOf(map: JourneyMap) {
  return {
    phases: map.phases.map((p) => [p.name, p.steps.map((s) => s.title)]),
    lanes: map.lanes.map((l) => [l.name, l.kind, l.side, l.note]),
  };
}

describe('built-in templates', () => {
  it.each(BUILT_IN_TEMPLATES.map((t) => [t.id, t] as const))(
    '%s is a valid map and comes back whole from its template file',
    (_id, template) => {
      const map = template.build(NOW);
      expect(journeyMapSchema.safeParse(map).success).toBe(true);
      const text = serializeMapFile(map, { template });
      const read = readMapFileWithExtras(text);
      if (!read.ok) throw new Error(read.error.message);
      expect(read.map).toEqual(map);
      expect(read.template).toEqual({ name: template.name, description: template.description });
      // An older Waymark, which knows no templates, opens the same file as a plain map.
      expect(readMapFile(text).ok).toBe(true);
    },
  );

  it('each has a name, a description and a grid of its own', () => {
    const grids = BUILT_IN_TEMPLATES.map((t) => JSON.stringify(gridOf(t.build(NOW))));
    expect(new Set(grids).size).toBe(BUILT_IN_TEMPLATES.length);
    for (const t of BUILT_IN_TEMPLATES) {
      expect(t.name.length).toBeGreaterThan(3);
      expect(t.description.length).toBeGreaterThan(30);
    }
  });

  it('customer and employee journey: seed 001’s lanes, teams and systems behind the line', () => {
    const map = builtInTemplate('customer-employee')!.build(NOW);
    expect(map.lanes.map((l) => [l.name, l.side])).toEqual([
      ['Customer behaviours', 'frontstage'],
      ['Touchpoints', 'frontstage'],
      ['Attitudes + emotions', 'frontstage'],
      ['Needs + wants', 'frontstage'],
      ['Pain points', 'frontstage'],
      ['Teams + groups', 'backstage'],
      ['Systems + tools', 'backstage'],
    ]);
    expect(serviceLines(map.lanes)).toEqual([{ index: 5, kind: 'visibility' }]);
    expect(map.personas).toHaveLength(1);
    expect(map.lanes[0]?.note).toBe('What are the actions taken by the customer?');
  });

  it('journey mapping results: evidence with tallies drives the emotion, a moment of truth', () => {
    const map = builtInTemplate('results')!.build(NOW);
    const first = map.phases[0]!.steps[0]!;
    expect(first.emotionSource).toBe('evidence');
    // 18 positive and 2 problems of 20 comments: a net share of 0.8, so +1 (README's rule).
    expect(first.emotionScore).toBe(1);
    expect(first.momentOfTruth).not.toBeNull();
    expect(map.lanes.map((l) => l.kind)).toEqual(
      expect.arrayContaining(['evidence', 'opportunities', 'recommendations']),
    );
    expect(map.report.preset).toBe('results');
  });

  it('service blueprint: the lines of interaction, visibility and internal interaction', () => {
    const map = builtInTemplate('service-blueprint')!.build(NOW);
    expect(map.lanes.map((l) => l.side)).toEqual([
      'customer',
      'customer',
      'frontstage',
      'backstage',
      'support',
    ]);
    expect(serviceLines(map.lanes)).toEqual([
      { index: 2, kind: 'interaction' },
      { index: 3, kind: 'visibility' },
      { index: 4, kind: 'internal-interaction' },
    ]);
  });

  it('scrutiny review and action plan start the reports shaped like seeds 002–004', () => {
    expect(builtInTemplate('scrutiny-review')!.build(NOW).report.preset).toBe('scrutiny');
    const plan = builtInTemplate('action-plan')!.build(NOW);
    expect(plan.report.preset).toBe('action-plan-update');
    expect(plan.phases.map((p) => p.name)).toEqual([
      'Experience',
      'Complaints handling',
      'Customer ethos',
      'Emotional connection',
      'Ethics',
    ]);
  });
});

describe('saving a map as a template and starting from it', () => {
  const sample = sampleMap(NOW);

  it('without its cards: the same grid, no cards, no scores, no workshop annotations', () => {
    const template = templateFromMap(sample, { withCards: false });
    const read = readMapFileWithExtras(
      serializeMapFile(template, { template: { name: 'House', description: '' } }),
    );
    if (!read.ok) throw new Error(read.error.message);
    const later = new Date('2026-04-01T10:00:00.000Z');
    const made = mapFromTemplate(read.map, { now: later, title: 'Repairs journey' });
    expect(gridOf(made)).toEqual(gridOf(sample));
    expect(made.cards).toEqual([]);
    expect(made.links).toEqual([]);
    expect(made.phases.flatMap((p) => p.steps.map((s) => s.emotionScore))).toEqual(
      made.phases.flatMap((p) => p.steps.map(() => null)),
    );
    expect(made.personas).toEqual(sample.personas);
    expect(made).toMatchObject({
      title: 'Repairs journey',
      status: 'draft',
      createdAt: later.toISOString(),
      updatedAt: later.toISOString(),
      currentStateMapId: null,
    });
    expect(made.id).not.toBe(sample.id);
    expect(journeyMapSchema.safeParse(made).success).toBe(true);
  });

  it('with its cards: the same grid and the same cards', () => {
    const made = mapFromTemplate(templateFromMap(sample, { withCards: true }), { now: NOW });
    expect(gridOf(made)).toEqual(gridOf(sample));
    expect(made.cards).toEqual(sample.cards);
    expect(made.title).toBe(sample.title);
    expect(made.comments).toEqual([]);
  });

  it('each built-in template starts a map with its grid and a new id each time', () => {
    for (const template of BUILT_IN_TEMPLATES) {
      const map = template.build(NOW);
      const a = mapFromTemplate(map, { now: NOW });
      const b = mapFromTemplate(map, { now: NOW });
      expect(gridOf(a)).toEqual(gridOf(map));
      expect(a.id).not.toBe(b.id);
    }
  });
});
