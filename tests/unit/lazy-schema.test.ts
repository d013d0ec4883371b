/**
 * The model's schemas are built on first use (src/domain/lazySchema.ts): opening a stored map
 * builds none of them, and a lazy schema behaves as the schema itself.
 */
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { builtSchema, lazySchema } from '../../src/domain/lazySchema';

describe('lazySchema', () => {
  it('builds the schema on first use, once', () => {
    const build = vi.fn(() => z.object({ name: z.string().max(3) }));
    const schema = lazySchema(build);
    expect(build).not.toHaveBeenCalled();
    expect(schema.safeParse({ name: 'abc' }).success).toBe(true);
    expect(schema.safeParse({ name: 'abcd' }).success).toBe(false);
    expect(build).toHaveBeenCalledTimes(1);
  });

  it('is the schema to zod: inside other schemas, defaults, instanceof and its shape', () => {
    const inner = lazySchema(() => z.string().max(3));
    const outer = lazySchema(() => z.object({ a: inner, b: inner.nullable().default(null) }));
    expect(outer.parse({ a: 'x' })).toEqual({ a: 'x', b: null });
    expect(outer.safeParse({ a: 'long' }).success).toBe(false);
    expect(outer instanceof z.ZodObject).toBe(true);
    expect(Object.keys(outer.shape)).toEqual(['a', 'b']);
    expect(z.toJSONSchema(outer).properties).toHaveProperty('a');
  });

  it('hands spies and identity to the schema behind it', () => {
    const schema = lazySchema(() => z.number());
    const spy = vi.spyOn(schema, 'safeParse');
    schema.safeParse(1);
    expect(spy).toHaveBeenCalledTimes(1);
    spy.mockRestore();
    const built = builtSchema(schema);
    expect(built).not.toBe(schema);
    expect(builtSchema(schema)).toBe(built);
    const plain = z.string();
    expect(builtSchema(plain)).toBe(plain);
  });
});
