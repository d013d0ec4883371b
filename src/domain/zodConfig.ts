/**
 * zod's global settings, applied before any schema is built (schema.ts and schemaBase.ts
 * import this first).
 *
 * `jitless`: zod 4 compiles fast object parsers with `new Function`, and probes for it once with
 * `Function('')`. Waymark ships a Content-Security-Policy without 'unsafe-eval' (index.html), so
 * the compiler could never run and the probe alone is reported as a `securitypolicyviolation`.
 * With `jitless` zod skips both (zod's documented switch for strict CSPs).
 */
import { z } from 'zod';

z.config({ jitless: true });
