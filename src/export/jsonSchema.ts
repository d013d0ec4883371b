/**
 * A JSON Schema of the Waymark file, generated from the zod schemas so it can never drift
 * from what the app accepts. Published as public/waymark-map.schema.json for people who
 * write or check map files with other tools.
 *
 * The schema and the app agree: what JSON Schema can express is in the schema (types, limits,
 * date and id patterns, the link schemes, the key names Waymark refuses); the rules it cannot
 * express (ids unique, references to things in the map, no link from a card to itself, no
 * circle of replies, at most 2,000 steps in all, file size and nesting) are stated in the
 * descriptions of the places they apply to, and listed in `APP_ONLY_RULES`.
 * tests/unit/json-schema-agreement.test.ts runs a JSON Schema validator (ajv) over accepted and
 * refused files to hold this.
 */
import { z } from 'zod';
import { builtSchema } from '../domain/lazySchema';
import { isoDateTimeSchema, journeyMapSchema, LIMITS, safeUrlSchema } from '../domain/schema';
import { VERSION_KINDS } from '../persistence/db';
import { templateInfoSchema } from '../persistence/fileExtras';
import { CURRENT_FORMAT_VERSION, FORMAT_NAME, MAX_FILE_BYTES } from '../persistence/format';
import { MAX_JSON_DEPTH } from '../persistence/jsonText';

/**
 * The rules Waymark checks that JSON Schema cannot express, each as the sentence the schema's
 * descriptions carry (so a test can check each is stated).
 */
export const APP_ONLY_RULES = {
  uniqueIds: 'Every id is unique within the map.',
  references:
    "Every reference (a card's lane and step, link ends, comment and vote targets, the card a recommendation answers, the comment a reply answers) is the id of something in this map.",
  selfLink: 'A link never goes from a card to itself: "from" and "to" differ.',
  replyCircle: 'Replies never go round in a circle (A replies to B, which replies to A).',
  totalSteps: `A map has at most ${LIMITS.steps.toLocaleString('en-GB')} steps in all, whatever each phase holds.`,
  fileLimits: `A file is at most ${MAX_FILE_BYTES / 1024 / 1024} MB and nests at most ${MAX_JSON_DEPTH} levels deep.`,
  validLink: 'A link is a valid URL (the pattern checks only its scheme: http, https or mailto).',
} as const;

/** Keys Waymark refuses anywhere in a file (persistence/format.ts): they could pollute objects. */
const FORBIDDEN_KEYS = ['__proto__', 'constructor', 'prototype'];

// What `new URL()` accepts as http, https or mailto: the scheme in any case, after spaces.
const LINK_PATTERN = '^[\\u0000-\\u0020]*(?:[Hh][Tt][Tt][Pp][Ss]?|[Mm][Aa][Ii][Ll][Tt][Oo]):';

const VERSION_MAP_DESCRIPTION =
  'The map as it was then, at this file’s format version (the same schema as "map").';

/** The envelope of persistence/format.ts, as a zod schema for documentation (built when asked). */
const mapFileSchema = () =>
  z
    .object({
      format: z.literal(FORMAT_NAME).describe('Always "waymark.journey-map".'),
      formatVersion: z
        .literal(CURRENT_FORMAT_VERSION)
        .describe(
          'The version of this format. Waymark also opens older versions and upgrades them.',
        ),
      appVersion: z.string().optional().describe('The version of Waymark that wrote the file.'),
      template: templateInfoSchema
        .optional()
        .describe(
          'Present when the file is a template: importing it adds it to the template gallery (a Waymark that does not know this opens it as a map).',
        ),
      versions: z
        .array(
          z.object({
            createdAt: isoDateTimeSchema.describe('When the version was saved.'),
            name: z.string().max(200).optional(),
            note: z.string().max(2_000).optional(),
            kind: z
              .enum(VERSION_KINDS)
              .optional()
              .describe('Saved by the user ("manual") or by Waymark before a change.'),
            map: z.unknown().describe(VERSION_MAP_DESCRIPTION),
          }),
        )
        .optional()
        .describe(
          'The map’s saved versions, when the user chose to export them. A version that cannot be read is left out on import.',
        ),
      map: journeyMapSchema,
    })
    .meta({
      title: 'Waymark journey map file',
      description: `A customer journey map saved or exported by Waymark. Besides this schema, Waymark checks what JSON Schema cannot say: ${Object.values(APP_ONLY_RULES).join(' ')}`,
    });

type Node = Record<string, unknown>;
const isNode = (value: unknown): value is Node =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The schema under `key`: an array item by index, or a property, also through anyOf/oneOf. */
function child(node: unknown, key: string): unknown {
  if (Array.isArray(node)) return node[Number(key)];
  if (!isNode(node)) return undefined;
  if (key in node) return node[key];
  const branches = node.anyOf ?? node.oneOf;
  return Array.isArray(branches)
    ? branches.find((branch) => isNode(branch) && key in branch)?.[key]
    : undefined;
}

/** Adds `text` to the description of the schema at `path` (keys from the root). */
function describe(root: Node, path: readonly string[], text: string): void {
  const node = path.reduce<unknown>(child, root);
  if (!isNode(node)) throw new Error(`No schema at ${path.join('.')}`);
  node.description = typeof node.description === 'string' ? `${node.description} ${text}` : text;
}

/** The app-only rules, stated where they apply (see the module comment). */
function describeAppOnlyRules(schema: Node): void {
  const map = ['properties', 'map', 'properties'];
  const item = (list: string) => [...map, list, 'items', 'properties'];
  const cardKind = (kind: number) => [
    ...map,
    'cards',
    'items',
    'oneOf',
    String(kind),
    'properties',
  ];
  const { references, selfLink, replyCircle, totalSteps, uniqueIds } = APP_ONLY_RULES;
  describe(schema, [...map, 'phases'], totalSteps);
  describe(schema, [...map, 'links', 'items'], `${selfLink} ${references}`);
  describe(schema, [...item('links'), 'to'], selfLink);
  describe(schema, [...item('comments'), 'parentId'], `${replyCircle} ${references}`);
  describe(schema, [...item('comments'), 'target'], references);
  describe(schema, [...map, 'cards', 'items'], `${uniqueIds} ${references}`);
  describe(schema, [...map, 'voteRounds', 'items', 'properties', 'votes', 'items'], references);
  for (const [i, branch] of (
    (schema.properties as Node).map as { properties: { cards: { items: { oneOf: Node[] } } } }
  ).properties.cards.items.oneOf.entries()) {
    const props = branch.properties as Node;
    if ('answers' in props) describe(schema, [...cardKind(i), 'answers'], references);
    if ('sourceUrl' in props)
      describe(schema, [...cardKind(i), 'sourceUrl'], APP_ONLY_RULES.validLink);
  }
}

/** The JSON Schema (draft 2020-12) of a Waymark file, describing what a file may contain. */
export function buildMapJsonSchema(): Record<string, unknown> {
  // "input": fields with defaults are optional in a file, as the loader fills them.
  const schema = z.toJSONSchema(mapFileSchema(), {
    io: 'input',
    target: 'draft-2020-12',
    override: ({ zodSchema, jsonSchema }) => {
      // The refine of safeUrlSchema is code; its scheme rule is a pattern.
      if (zodSchema === builtSchema(safeUrlSchema)) jsonSchema.pattern = LINK_PATTERN;
      if (jsonSchema.type === 'object') {
        jsonSchema.propertyNames = { not: { enum: FORBIDDEN_KEYS } };
        // Unknown fields are allowed (and ignored), but hold no forbidden key at any depth.
        jsonSchema.additionalProperties ??= { $ref: '#/$defs/otherValue' };
      }
    },
  }) as Node;
  describeAppOnlyRules(schema);
  // A version's map is a map like the file's own: the same schema, by reference.
  const versions = ((schema.properties as Node).versions as Node).items as Node;
  (versions.properties as Node).map = {
    $ref: '#/properties/map',
    description: VERSION_MAP_DESCRIPTION,
  };
  schema.$defs = {
    otherValue: {
      description:
        'A field Waymark does not know: allowed and ignored (it is not kept when Waymark saves the map), as long as no key inside it is named __proto__, constructor or prototype.',
      anyOf: [
        { type: ['string', 'number', 'boolean', 'null'] },
        { type: 'array', items: { $ref: '#/$defs/otherValue' } },
        {
          type: 'object',
          propertyNames: { not: { enum: FORBIDDEN_KEYS } },
          additionalProperties: { $ref: '#/$defs/otherValue' },
        },
      ],
    },
  };
  return schema;
}

/** The schema as the text stored in public/waymark-map.schema.json. */
export function mapJsonSchemaText(): string {
  return `${JSON.stringify(buildMapJsonSchema(), null, 2)}\n`;
}
