/**
 * A JSON Schema of the Waymark file, generated from the zod schemas so it can never drift
 * from what the app accepts. Published as public/waymark-map.schema.json for people who
 * write or check map files with other tools. Cross-reference rules (unique ids, links to
 * existing cards) and the link allow-list are checked by the app only: JSON Schema cannot say them.
 */
import { z } from 'zod';
import { journeyMapSchema } from '../domain/schema';
import { CURRENT_FORMAT_VERSION, FORMAT_NAME } from '../persistence/format';

/** The envelope of persistence/format.ts, as a zod schema for documentation. */
const mapFileSchema = z
  .object({
    format: z.literal(FORMAT_NAME).describe('Always "waymark.journey-map".'),
    formatVersion: z
      .literal(CURRENT_FORMAT_VERSION)
      .describe('The version of this format. Waymark also opens older versions and upgrades them.'),
    appVersion: z.string().optional().describe('The version of Waymark that wrote the file.'),
    map: journeyMapSchema,
  })
  .meta({
    title: 'Waymark journey map file',
    description:
      'A customer journey map saved or exported by Waymark. Besides this schema, ids must be unique within a map, every reference (card lane and step, link ends, comment and vote targets) must point at something in the map, and links must start with http://, https:// or mailto:.',
  });

/** The JSON Schema (draft 2020-12) of a Waymark file, describing what a file may contain. */
export function buildMapJsonSchema(): Record<string, unknown> {
  // "input": fields with defaults are optional in a file, as the loader fills them.
  return z.toJSONSchema(mapFileSchema, { io: 'input', target: 'draft-2020-12' });
}

/** The schema as the text stored in public/waymark-map.schema.json. */
export function mapJsonSchemaText(): string {
  return `${JSON.stringify(buildMapJsonSchema(), null, 2)}\n`;
}
