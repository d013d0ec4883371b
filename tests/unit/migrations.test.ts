import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allSteps } from '../../src/domain/edits';
import { reportSettingsFromPreset } from '../../src/domain/reportSettings';
import { CURRENT_FORMAT_VERSION, readMapFile } from '../../src/persistence/format';
import { MIGRATIONS, migrateJourneyMap } from '../../src/persistence/migrations';
import { recommendationsOf, statusSummary } from '../../src/domain/actionPlan';
import { sampleMap } from '../builders';

/** `value` with only the `keys` given (to compare a migrated record with its old fields). */
function pick(value: object, keys: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(keys.map((key) => [key, (value as Record<string, unknown>)[key]]));
}

const FIXTURES = join(import.meta.dirname, '../fixtures/formats/');

interface Fixture {
  file: string;
  text: string;
  envelope: { formatVersion: number; map: Record<string, unknown> };
}

function fixture(file: string): Fixture {
  const text = readFileSync(`${FIXTURES}${file}`, 'utf8');
  return { file, text, envelope: JSON.parse(text) };
}

const allFixtures = readdirSync(FIXTURES)
  .filter((file) => file.endsWith('.json'))
  .map(fixture);

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

describe('the migration steps', () => {
  it('run contiguously from format 1 to CURRENT_FORMAT_VERSION − 1, in order', () => {
    expect(MIGRATIONS.map((m) => m.from)).toEqual(
      Array.from({ length: CURRENT_FORMAT_VERSION - 1 }, (_, i) => i + 1),
    );
    expect(new Set(MIGRATIONS.map((m) => m.name)).size).toBe(MIGRATIONS.length);
    for (const step of MIGRATIONS) expect(step.name).toMatch(/^[a-z0-9-]+$/);
  });

  it('there is a stored fixture at the current version', () => {
    expect(allFixtures.map((f) => f.envelope.formatVersion)).toContain(CURRENT_FORMAT_VERSION);
  });

  describe.each(MIGRATIONS.map((m) => [m.name, m] as const))('%s', (_name, step) => {
    const stored = allFixtures.filter((f) => f.envelope.formatVersion === step.from);

    it(`has a stored fixture at format ${step.from}`, () => {
      expect(stored.length).toBeGreaterThan(0);
    });

    it('runs on a deep-frozen copy without mutating it', () => {
      for (const { envelope } of stored) {
        const input = deepFreeze(structuredClone(envelope.map));
        let output: unknown;
        expect(() => {
          output = step.up(input);
        }).not.toThrow();
        expect(input).toEqual(envelope.map);
        expect(output).not.toBe(input);
      }
    });
  });

  it('migrateJourneyMap refuses a version it has no step for', () => {
    expect(() => migrateJourneyMap({}, 0, CURRENT_FORMAT_VERSION)).toThrow(/format version 0/);
  });
});

describe('loading stored fixtures', () => {
  it('a format 1 file loads migrated: emotion words become scores −1, 0, +1', () => {
    const { text, envelope } = fixture('v1-minimal.json');
    const result = readMapFile(text);
    expect(result.ok, JSON.stringify(!result.ok && result.error)).toBe(true);
    if (!result.ok) return;
    expect(result.migratedFrom).toBe(1);
    const steps = allSteps(result.map);
    expect(steps.map((s) => [s.id, s.emotionScore, s.emotionSource])).toEqual([
      ['step-call', -1, 'manual'],
      ['step-booked', 0, 'manual'],
      ['step-visit', 1, 'manual'],
      ['step-survey', null, 'manual'],
    ]);
    // The old field is gone, everything else came through.
    for (const step of steps) expect(step).not.toHaveProperty('emotion');
    expect(result.map.title).toBe(envelope.map.title);
    expect(result.map.cards.map((c) => c.id)).toEqual(['card-phone', 'card-hold']);
    expect(result.map.links).toEqual([
      { id: 'link-1', from: 'card-phone', to: 'card-hold', kind: 'cause', label: '' },
    ]);
  });

  it('the format 2 sample loads migrated to format 4, unchanged in meaning', () => {
    const { text, envelope } = fixture('v2-sample.json');
    expect(envelope.formatVersion).toBe(2);
    const result = readMapFile(text);
    expect(result.ok, JSON.stringify(!result.ok && result.error)).toBe(true);
    if (!result.ok) return;
    expect(result.migratedFrom).toBe(2);
    // Every field of format 2 is as it was; what format 3 adds has its defaults, and the
    // themes are listed in the alphabetical order format 2 summarised them in.
    const {
      themes,
      report,
      cards,
      reviewDate,
      judgement,
      surveyScores,
      currentStateMapId,
      phases,
      ...rest
    } = result.map;
    expect({ reviewDate, judgement, surveyScores, currentStateMapId }).toEqual({
      currentStateMapId: null,
      reviewDate: null,
      judgement: { overall: '', scale: ['Poor', 'Fair', 'Good', 'Excellent'], criteria: [] },
      surveyScores: [],
    });
    const {
      cards: oldCards,
      phases: oldPhases,
      ...oldRest
    } = envelope.map as { cards: Record<string, unknown>[]; phases: { steps: object[] }[] };
    expect(rest).toEqual(oldRest);
    // Format 4 adds a rating to every step, not rated.
    expect(phases).toEqual(
      oldPhases.map((p) => ({ ...p, steps: p.steps.map((s) => ({ ...s, rating: null })) })),
    );
    for (const card of cards) expect(card.rating).toBeNull();
    expect(report).toEqual(reportSettingsFromPreset('results'));
    expect(cards.map((card) => pick(card, Object.keys(oldCards[cards.indexOf(card)]!)))).toEqual(
      oldCards,
    );
    for (const card of cards) {
      if (card.kind !== 'recommendation') continue;
      expect(card).toMatchObject({
        number: '',
        actions: [],
        response: { answer: null, text: '' },
      });
    }
    expect(themes.map((t) => [t.name, t.description])).toEqual([
      ['Access and referrals', ''],
      ['Consistency of service', ''],
      ['Continuity of service', ''],
      ['Information for customers', ''],
      ['Scheme environment', ''],
    ]);
    expect(new Set(themes.map((t) => t.id)).size).toBe(5);
    // The summary by theme reads the same as format 2's alphabetical one.
    expect(
      statusSummary(recommendationsOf(result.map), 'theme', undefined, result.map).rows.map(
        (r) => r.label,
      ),
    ).toEqual(themes.map((t) => t.name));
    // And it is the sample map as it was when the fixture was stored.
    expect(result.map.id).toBe(sampleMap().id);
  });

  it('the format 3 fixture (a piece of seed 002) loads migrated to format 4, every card and step not rated', () => {
    const { text, envelope } = fixture('v3-scrutiny.json');
    expect(envelope.formatVersion).toBe(3);
    const result = readMapFile(text);
    expect(result.ok, JSON.stringify(!result.ok && result.error)).toBe(true);
    if (!result.ok) return;
    expect(result.migratedFrom).toBe(3);
    const old = envelope.map as { cards: object[]; phases: { steps: object[] }[] };
    // Everything of format 3 is as it was; cards and steps gained `rating: null`.
    expect(result.map).toEqual({
      ...old,
      cards: old.cards.map((card) => ({ ...card, rating: null })),
      phases: old.phases.map((phase) => ({
        ...phase,
        steps: phase.steps.map((step) => ({ ...step, rating: null })),
      })),
    });
    // The criteria kept their ratings (format 3 had them already).
    expect(result.map.judgement.criteria.map((c) => c.rating)).toEqual(['Good', 'Fair']);
    const rec = result.map.cards.find((card) => card.id === 'card-rec-referral-form');
    expect(rec?.kind === 'recommendation' && rec.actions.map((a) => a.revisedDate)).toEqual([
      'Sep 2024',
      'Spring 2023',
      null,
    ]);
  });

  it('the format 4 fixture loads as stored: ratings on cards, a step and criteria, a word off the scale kept', () => {
    const { text, envelope } = fixture('v4-ratings.json');
    expect(envelope.formatVersion).toBe(4);
    const result = readMapFile(text);
    expect(result.ok, JSON.stringify(!result.ok && result.error)).toBe(true);
    if (!result.ok) return;
    expect(result.migratedFrom).toBeNull();
    expect(result.map).toEqual(envelope.map);
    const rating = (id: string) => result.map.cards.find((card) => card.id === id)?.rating;
    expect(rating('card-rec-referral-form')).toBe('Good');
    expect(rating('card-pain-contacts')).toBe('Dreadful');
    expect(allSteps(result.map).find((s) => s.id === 'step-apply')?.rating).toBe('Fair');
  });

  it('the ratings migration keeps a rating already written and does not touch other records', () => {
    const step = MIGRATIONS.find((m) => m.from === 3);
    const out = step?.up({
      cards: [{ id: 'a', rating: 'Good' }, { id: 'b' }, 'junk'],
      phases: [{ id: 'p', steps: [{ id: 's' }] }, { id: 'q' }],
    });
    expect(out).toEqual({
      cards: [{ id: 'a', rating: 'Good' }, { id: 'b', rating: null }, 'junk'],
      phases: [{ id: 'p', steps: [{ id: 's', rating: null }] }, { id: 'q' }],
    });
  });

  it('a file from a newer version is refused, saying so', () => {
    const { envelope } = fixture('v4-ratings.json');
    const result = readMapFile(
      JSON.stringify({ ...envelope, formatVersion: 99, appVersion: '9.0.0' }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.kind).toBe('newer-version');
    expect(result.error.message).toMatch(/newer version/);
    expect(result.error.message).toMatch(/9\.0\.0/);
  });
});
