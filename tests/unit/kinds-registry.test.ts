import { describe, expect, it } from 'vitest';
import { createCard } from '../../src/domain/cards';
import {
  CARD_KIND_REGISTRY,
  COMMON_FIELDS,
  CUSTOM_LANE_LOOK,
  describeCard,
  inspectorFields,
  KIND_SHORTCUTS,
  LANE_ICONS,
  laneAccent,
  MOMENT_OF_TRUTH,
  registryCssProperties,
  STATUS_COLOURS,
  type FieldSpec,
} from '../../src/domain/kinds';
import { cardSchema, type Card } from '../../src/domain/schema';
import {
  CARD_KINDS,
  LANE_KINDS,
  RECOMMENDATION_STATUSES,
  type CardKind,
} from '../../src/domain/vocabulary';
import { FIELD_COLUMNS } from '../../src/export/csvColumns';
import { contrastRatio } from './contrast';

const place = { laneId: 'l1', stepId: 's1' };
/** Where a card sits, not what it says: not edited as fields. */
const PLACEMENT = new Set(['id', 'laneId', 'stepId', 'order']);

const schemaKeys = (kind: CardKind): string[] => {
  const option = cardSchema.options.find((o) => o.shape.kind.value === kind);
  if (!option) throw new Error(`no schema for ${kind}`);
  return Object.keys(option.shape).filter((key) => !PLACEMENT.has(key));
};
const topKey = (field: FieldSpec) => field.key.split('.')[0] ?? field.key;
const valueAt = (card: unknown, path: readonly string[]): unknown =>
  path.reduce<unknown>(
    (value, key) =>
      typeof value === 'object' && value !== null
        ? (value as Record<string, unknown>)[key]
        : undefined,
    card,
  );

describe('the card kind registry', () => {
  it('has one entry per kind, in the vocabulary order', () => {
    expect(Object.keys(CARD_KIND_REGISTRY)).toEqual([...CARD_KINDS]);
    for (const kind of CARD_KINDS) expect(CARD_KIND_REGISTRY[kind].kind).toBe(kind);
  });

  it.each(CARD_KINDS)(
    'gives %s a label, an icon, colours, a shape and a legend meaning',
    (kind) => {
      const entry = CARD_KIND_REGISTRY[kind];
      expect(entry.label.trim()).not.toBe('');
      expect([...entry.icon]).toHaveLength(1);
      expect(entry.colours.accent).toMatch(/^#[0-9a-f]{6}$/);
      expect(entry.colours.background).toMatch(/^#[0-9a-f]{6}$/);
      expect(['card', 'bubble', 'tag', 'sticky', 'note']).toContain(entry.shape);
      expect(entry.meaning).toMatch(/^[A-Z].*\.$/);
    },
  );

  it('gives every kind its own single-letter shortcut, the one the commands use', () => {
    const keys = CARD_KINDS.map((kind) => CARD_KIND_REGISTRY[kind].shortcut);
    for (const key of keys) expect(key).toMatch(/^[A-Z]$/);
    expect(new Set(keys).size).toBe(CARD_KINDS.length);
    for (const kind of CARD_KINDS)
      expect(KIND_SHORTCUTS[kind]).toBe(CARD_KIND_REGISTRY[kind].shortcut);
  });

  it('gives every kind an icon and colour of its own in the legend (no two look alike)', () => {
    const looks = CARD_KINDS.map((kind) => {
      const { icon, colours } = CARD_KIND_REGISTRY[kind];
      return `${icon} ${colours.accent} ${colours.background}`;
    });
    expect(new Set(looks).size).toBe(CARD_KINDS.length);
  });

  it.each(CARD_KINDS)('describes a field for every schema field of %s, and none more', (kind) => {
    const fields = [...COMMON_FIELDS, ...CARD_KIND_REGISTRY[kind].fields];
    expect(new Set(fields.map(topKey))).toEqual(new Set(schemaKeys(kind)));
    const keys = fields.map((field) => field.key);
    expect(new Set(keys).size).toBe(keys.length);
    const blank = createCard(kind, place);
    for (const field of CARD_KIND_REGISTRY[kind].fields) {
      // Every key points at a value a new card of the kind has (null counts: "not set").
      expect(valueAt(blank, field.key.split('.')), field.key).not.toBeUndefined();
      expect(field.label.trim()).not.toBe('');
    }
  });

  it('lists the inspector fields in the order the inspector shows them', () => {
    expect(inspectorFields('metric').map((f) => f.key)).toEqual([
      'kind',
      'title',
      'description',
      'value',
      'target',
      'unit',
      'direction',
      'sampleSize',
      'date',
      'basis',
      'momentOfTruth',
      'rating',
      'tags',
    ]);
    expect(inspectorFields('evidence').map((f) => f.key)).not.toContain('researchId');
  });

  it('offers only choices the schema accepts', () => {
    for (const kind of CARD_KINDS) {
      for (const field of [...COMMON_FIELDS, ...CARD_KIND_REGISTRY[kind].fields]) {
        for (const option of field.options ?? []) {
          if (field.key === 'kind') continue;
          const card = { ...createCard(kind, place), [field.key]: option.value };
          expect(cardSchema.safeParse(card).success, `${kind}.${field.key}=${option.value}`).toBe(
            true,
          );
        }
      }
    }
  });

  it('gives a select field at least one choice and a number field its bounds', () => {
    for (const kind of CARD_KINDS) {
      for (const field of [...COMMON_FIELDS, ...CARD_KIND_REGISTRY[kind].fields]) {
        if (field.input === 'select') expect(field.options?.length ?? 0).toBeGreaterThan(0);
        if (field.input === 'number') {
          expect(field.min).toBeTypeOf('number');
          expect(field.max).toBeTypeOf('number');
        }
      }
    }
  });

  it.each(CARD_KINDS)('declares CSV columns of %s that point at its own fields', (kind) => {
    const blank = createCard(kind, place);
    for (const column of CARD_KIND_REGISTRY[kind].csvColumns) {
      expect(valueAt(blank, column.path), column.header).not.toBeUndefined();
      const written = FIELD_COLUMNS.find((c) => c.header === column.header);
      expect(written?.kinds).toContain(kind);
    }
  });

  it('writes every CSV column once, and only the registry declares kind columns', () => {
    const headers = FIELD_COLUMNS.map((c) => c.header);
    expect(new Set(headers).size).toBe(headers.length);
    const declared = new Set(
      CARD_KINDS.flatMap((kind) => CARD_KIND_REGISTRY[kind].csvColumns.map((c) => c.header)),
    );
    for (const column of FIELD_COLUMNS) {
      if (column.kinds !== 'all') expect(declared).toContain(column.header);
    }
  });
});

describe('reading a card aloud', () => {
  const card = <K extends CardKind>(kind: K, fields: Record<string, unknown> = {}) =>
    cardSchema.parse({ ...createCard(kind, place), title: 'Call the office', ...fields }) as Card;

  it.each(CARD_KINDS)('names a %s by its kind, then its title', (kind) => {
    const speech = describeCard(card(kind));
    expect(speech.name).toBe(`${CARD_KIND_REGISTRY[kind].label}: Call the office`);
    expect(CARD_KIND_REGISTRY[kind].describe(card(kind) as never).name).toBe(speech.name);
    expect(describeCard(card(kind, { title: '  ' })).name).toBe(
      `${CARD_KIND_REGISTRY[kind].label}: Untitled`,
    );
  });

  it('says a card’s rating after its kind’s facts, whatever its kind', () => {
    expect(describeCard(card('pain-point', { severity: 'high', rating: 'Poor' })).description).toBe(
      'Severity: high. Rating: Poor.',
    );
    expect(describeCard(card('idea', { rating: 'Great' })).description).toBe('Rating: Great.');
    expect(describeCard(card('idea')).description).not.toContain('Rating');
  });

  it('says the facts each kind shows as colour or small print', () => {
    expect(describeCard(card('touchpoint', { channel: 'phone' })).description).toBe(
      'Channel: Telephone.',
    );
    expect(
      describeCard(card('evidence', { tallies: { positive: 12, neutral: 0, negative: 3 } }))
        .description,
    ).toContain('12 positive, 3 problems');
    expect(
      describeCard(
        card('evidence', {
          tallies: { positive: 1, neutral: 2, negative: 1 },
          participants: { count: 5, of: 20 },
        }),
      ).description,
    ).toBe('1 positive, 2 neutral, 1 problem. 5 of 20 participants.');
    expect(describeCard(card('metric', { value: 70, target: 80, unit: '%' })).description).toBe(
      'Off track: 70% against a target of 80% (higher is better).',
    );
    expect(
      describeCard(card('recommendation', { status: 'at-risk', owner: 'Repairs team' }))
        .description,
    ).toBe('Status: At risk (amber). Owner: Repairs team.');
    expect(describeCard(card('emotion', { score: -2 })).description).toBe(
      'Emotion: Very negative (-2).',
    );
    expect(describeCard(card('note')).description).toBe('');
  });

  it('adds the pain point number and the marks', () => {
    const pain = card('pain-point', {
      severity: 'high',
      basis: 'assumed',
      momentOfTruth: { reason: 'They give up here' },
    });
    expect(describeCard(pain, { painNumber: 3 }).description).toBe(
      'Pain point 3. Severity: high. Moment of truth: They give up here. Assumed, to be checked.',
    );
  });
});

describe('registry colours', () => {
  it.each(CARD_KINDS)(
    'give %s an accent with at least 4.5:1 contrast on white and on its tint',
    (kind) => {
      const { accent, background } = CARD_KIND_REGISTRY[kind].colours;
      expect(contrastRatio(accent, '#ffffff')).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(accent, background)).toBeGreaterThanOrEqual(4.5);
    },
  );

  it('give status text 4.5:1 on white, and status dots 3:1', () => {
    for (const status of RECOMMENDATION_STATUSES) {
      expect(contrastRatio(STATUS_COLOURS[status].ink, '#ffffff')).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(STATUS_COLOURS[status].colour, '#ffffff')).toBeGreaterThanOrEqual(3);
    }
    expect(contrastRatio(MOMENT_OF_TRUTH.colour, '#ffffff')).toBeGreaterThanOrEqual(4.5);
  });

  it('colour each lane header by its default kind', () => {
    expect(laneAccent('touchpoints')).toBe(CARD_KIND_REGISTRY.touchpoint.colours.accent);
    expect(LANE_ICONS['pain-points']).toBe(CARD_KIND_REGISTRY['pain-point'].icon);
    expect(laneAccent('custom')).toBe(CUSTOM_LANE_LOOK.accent);
    for (const lane of LANE_KINDS) {
      expect(contrastRatio(laneAccent(lane), '#ffffff')).toBeGreaterThanOrEqual(4.5);
      expect(LANE_ICONS[lane]).toBeTruthy();
    }
  });

  it('reach style sheets as custom properties with the same values', () => {
    const properties = registryCssProperties();
    expect(properties['--kind-touchpoint-accent']).toBe(
      CARD_KIND_REGISTRY.touchpoint.colours.accent,
    );
    expect(properties['--status-on-track-ink']).toBe(STATUS_COLOURS['on-track'].ink);
    expect(properties['--moment-of-truth']).toBe(MOMENT_OF_TRUTH.colour);
    for (const [name, value] of Object.entries(properties)) {
      expect(name).toMatch(/^--[a-z0-9-]+$/);
      expect(value).toMatch(/^#[0-9a-f]{6}$/);
    }
  });
});
