/**
 * Writes public/waymark-map.schema.json from the zod schemas (src/export/jsonSchema.ts).
 *
 * Node 20 cannot run TypeScript directly, so run it through Vite's module runner:
 *   node --input-type=module -e "import { runnerImport } from 'vite'; await runnerImport('./scripts/generate-json-schema.ts')"
 * or through the test that also checks the file is up to date:
 *   UPDATE_SCHEMA=1 npx vitest run tests/unit/export-json-schema.test.ts
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { mapJsonSchemaText } from '../src/export/jsonSchema';

const target = resolve(process.cwd(), 'public/waymark-map.schema.json');
writeFileSync(target, mapJsonSchemaText());
console.log(`Wrote ${target}`);
