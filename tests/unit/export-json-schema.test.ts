/**
 * public/waymark-map.schema.json must match the zod schemas. When the model changes, run
 *   UPDATE_SCHEMA=1 npx vitest run tests/unit/export-json-schema.test.ts
 * to write it again (or scripts/generate-json-schema.ts), and commit the file.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildMapJsonSchema, mapJsonSchemaText } from '../../src/export/jsonSchema';
import { serializeMap } from '../../src/persistence/format';
import { richMap } from '../builders';
import { serializeMapFile } from '../../src/persistence/fileExtras';

const FILE = join(__dirname, '../../public/waymark-map.schema.json');

describe('public/waymark-map.schema.json', () => {
  it('is the schema generated from the zod schemas', () => {
    const fresh = mapJsonSchemaText();
    if (process.env.UPDATE_SCHEMA === '1') writeFileSync(FILE, fresh);
    const committed = existsSync(FILE) ? readFileSync(FILE, 'utf8') : '';
    expect(
      committed === fresh,
      'The JSON Schema is out of date. Run: UPDATE_SCHEMA=1 npx vitest run tests/unit/export-json-schema.test.ts',
    ).toBe(true);
  });

  it('describes the envelope and the map', () => {
    const schema = buildMapJsonSchema() as {
      $schema: string;
      required: string[];
      properties: Record<
        string,
        { const?: unknown; required?: string[]; properties?: Record<string, unknown> }
      >;
    };
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.required).toEqual(['format', 'formatVersion', 'map']);
    expect(schema.properties.format?.const).toBe('waymark.journey-map');
    expect(schema.properties.formatVersion?.const).toBe(4);
    // Fields with defaults are optional in a file.
    expect(schema.properties.map?.required).toEqual([
      'id',
      'title',
      'createdAt',
      'updatedAt',
      'phases',
      'lanes',
    ]);
    expect(Object.keys(schema.properties.map?.properties ?? {})).toContain('voteRounds');
  });

  it('matches a real export in its top-level shape', () => {
    const file = JSON.parse(serializeMap(richMap())) as Record<string, unknown>;
    const schema = buildMapJsonSchema() as { properties: Record<string, unknown> };
    // A plain export has every key but the two optional ones; a template file with its
    // versions has them all.
    expect(Object.keys(file).sort()).toEqual(
      Object.keys(schema.properties)
        .filter((key) => key !== 'template' && key !== 'versions')
        .sort(),
    );
    const map = richMap();
    const full = JSON.parse(
      serializeMapFile(map, {
        template: { name: 'House template', description: '' },
        versions: [{ createdAt: map.createdAt, name: 'v1', note: '', kind: 'manual', map }],
      }),
    ) as Record<string, unknown>;
    expect(Object.keys(full).sort()).toEqual(Object.keys(schema.properties).sort());
  });
});
