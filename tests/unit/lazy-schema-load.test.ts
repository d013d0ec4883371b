/**
 * Loading the model's modules builds no schema (src/domain/lazySchema.ts): opening a map that
 * Waymark stored itself uses none (its rows are trusted by their checksums), and building them
 * all took about a tenth of opening a small map (issue 17).
 */
import { expect, it, vi } from 'vitest';
import type * as Zod from 'zod';

const built = vi.hoisted(() => ({ objects: 0 }));

vi.mock('zod', async (importOriginal) => {
  const actual = await importOriginal<typeof Zod>();
  const object: typeof actual.z.object = (...args) => {
    built.objects++;
    return actual.z.object(...args);
  };
  return { ...actual, z: { ...actual.z, object } };
});

it('builds no schema when the model, its storage and its documents load', async () => {
  const { journeyMapSchema } = await import('../../src/domain/schema');
  await import('../../src/persistence/mapParts');
  await import('../../src/persistence/storedMap');
  await import('../../src/editor/document/details');
  await import('../../src/domain/clipboard');
  expect(built.objects).toBe(0);
  // …and the first parse builds them.
  expect(journeyMapSchema.safeParse({}).success).toBe(false);
  expect(built.objects).toBeGreaterThan(10);
});
