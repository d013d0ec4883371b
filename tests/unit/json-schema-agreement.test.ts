/**
 * The published JSON Schema (public/waymark-map.schema.json) and the app agree (issue 16,
 * part 6): a JSON Schema validator (ajv, draft 2020-12, with format checks) runs over files the
 * app accepts and files it refuses. Every file the app opens passes the schema; every file the
 * app refuses fails it too, unless the reason is a rule JSON Schema cannot express, and then
 * that rule is stated in the schema's descriptions.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { createSampleMap } from '../../src/domain/sampleMap';
import { APP_ONLY_RULES } from '../../src/export/jsonSchema';
import { serializeMapFile } from '../../src/persistence/fileExtras';
import { readMapFile, serializeMap } from '../../src/persistence/format';
import { richMap } from '../builders';

const ROOT = join(__dirname, '../..');
const schema = JSON.parse(
  readFileSync(join(ROOT, 'public/waymark-map.schema.json'), 'utf8'),
) as Record<string, unknown>;
const ajv = new Ajv2020({ allErrors: true, strict: true, strictTypes: false });
addFormats(ajv);
const validate = ajv.compile(schema);

const fixture = (name: string) => readFileSync(join(ROOT, 'tests/fixtures', name), 'utf8');

/** Whether the schema accepts `text` (ajv sees what JSON.parse gives, as a tool would). */
function schemaAccepts(text: string): boolean {
  return validate(JSON.parse(text)) as boolean;
}

const ACCEPTED: [string, () => string][] = [
  ['bad-files/valid-minimal.json', () => fixture('bad-files/valid-minimal.json')],
  ['bad-files/html-in-text.json', () => fixture('bad-files/html-in-text.json')],
  ['bad-files/uppercase-link.json', () => fixture('bad-files/uppercase-link.json')],
  ['formats/v4-ratings.json', () => fixture('formats/v4-ratings.json')],
  [
    'the sample map, exported',
    () => serializeMap(createSampleMap(new Date('2025-03-01T10:00:00Z'))),
  ],
  ['a map with every card kind, exported', () => serializeMap(richMap())],
  [
    'a template file with a version, exported',
    () => {
      const map = richMap();
      return serializeMapFile(map, {
        template: { name: 'House template', description: 'Our grid' },
        versions: [{ createdAt: map.createdAt, name: 'Review', note: '', kind: 'manual', map }],
      });
    },
  ],
];

/** Refused by both: the schema says it, so a tool that checks the schema is not misled. */
const REFUSED_BY_BOTH = [
  'wrong-type.json',
  'proto-key.json',
  'constructor-key.json',
  'nested-constructor-key.json',
  'infinite-number.json',
  'huge-order.json',
  'javascript-url.json',
  'data-url.json',
  'newer-version.json',
  'not-waymark.json',
];

/** Refused by the app for a rule JSON Schema cannot express: stated in the schema instead. */
const REFUSED_BY_APP_ONLY: [string, keyof typeof APP_ONLY_RULES][] = [
  ['dangling-link.json', 'references'],
  ['duplicate-ids.json', 'uniqueIds'],
  ['self-link.json', 'selfLink'],
  ['comment-cycle.json', 'replyCircle'],
  ['too-many-steps.json', 'totalSteps'],
  ['too-deep.json', 'fileLimits'],
];

describe('the published JSON Schema and the app agree', () => {
  it.each(ACCEPTED)('both accept %s', (_name, text) => {
    expect(readMapFile(text()).ok).toBe(true);
    const ok = schemaAccepts(text());
    expect(ok, JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  });

  it.each(REFUSED_BY_BOTH)('both refuse %s', (name) => {
    const text = fixture(`bad-files/${name}`);
    expect(readMapFile(text).ok).toBe(false);
    expect(schemaAccepts(text)).toBe(false);
  });

  it.each(REFUSED_BY_APP_ONLY)(
    'the app refuses %s, and the schema states the rule (%s)',
    (name, rule) => {
      const text = fixture(`bad-files/${name}`);
      expect(readMapFile(text).ok).toBe(false);
      // JSON Schema cannot express this rule, so the schema passes the file…
      expect(schemaAccepts(text)).toBe(true);
      // …and says the rule in words a tool author reads.
      expect(JSON.stringify(schema)).toContain(JSON.stringify(APP_ONLY_RULES[rule]).slice(1, -1));
    },
  );

  it("states every app-only rule in the schema's own description", () => {
    for (const rule of Object.values(APP_ONLY_RULES)) expect(schema.description).toContain(rule);
  });

  it('covers every bad file, so a new one cannot be forgotten here', () => {
    const listed = new Set([
      ...ACCEPTED.map(([name]) => name.replace('bad-files/', '')),
      ...REFUSED_BY_BOTH,
      ...REFUSED_BY_APP_ONLY.map(([name]) => name),
      'empty.json', // not JSON at all: nothing for a schema to check
      'not-json.json',
    ]);
    const files = readdirSync(join(ROOT, 'tests/fixtures/bad-files')).filter((f) =>
      f.endsWith('.json'),
    );
    expect(files.filter((f) => !listed.has(f))).toEqual([]);
  });

  it('older formats are opened and upgraded by the app; the schema describes the current one', () => {
    const v1 = fixture('formats/v1-minimal.json');
    expect(readMapFile(v1)).toMatchObject({ ok: true, migratedFrom: 1 });
    expect(schemaAccepts(v1)).toBe(false);
    const version = (schema.properties as Record<string, { description?: string }>).formatVersion;
    expect(version?.description).toMatch(/also opens older versions and upgrades them/);
  });
});
