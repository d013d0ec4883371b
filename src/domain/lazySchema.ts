/**
 * Schemas built the first time they are used, not when their module loads. Building every
 * schema of the model (zod 4 makes each `.max()`, `.default()` and `.nullable()` a new schema
 * with its own methods) took about a tenth of opening a small map (issue 17), and opening a map
 * Waymark stored itself uses none of them: its rows are trusted by their checksums
 * (persistence/storedMap.ts). The editor builds them when the browser is next idle
 * (editor/warmUp.ts), so the first edit or import does not wait either.
 */

/**
 * The schema `build()` makes, made on first use: to its users it is that schema (a Proxy that
 * hands every property, `instanceof` and key lookup to it).
 */
export function lazySchema<T extends object>(build: () => T): T {
  let built: T | null = null;
  const schema = () => (built ??= build());
  const lazy = new Proxy({} as T, {
    get: (_, key) => Reflect.get(schema(), key),
    set: (_, key, value) => Reflect.set(schema(), key, value),
    // Test spies (vi.spyOn) define and delete properties: they go to the schema too.
    defineProperty: (_, key, descriptor) => Reflect.defineProperty(schema(), key, descriptor),
    deleteProperty: (_, key) => Reflect.deleteProperty(schema(), key),
    has: (_, key) => Reflect.has(schema(), key),
    ownKeys: () => Reflect.ownKeys(schema()),
    getPrototypeOf: () => Reflect.getPrototypeOf(schema()),
    // A Proxy may not report a property its (empty) target lacks as non-configurable.
    getOwnPropertyDescriptor: (_, key) => {
      const descriptor = Reflect.getOwnPropertyDescriptor(schema(), key);
      return descriptor && { ...descriptor, configurable: true };
    },
  });
  builders.set(lazy, schema);
  return lazy;
}

const builders = new WeakMap<object, () => object>();

/**
 * The schema itself behind a lazy one (built now if it was not yet), or `schema` when it is not
 * lazy: for code that compares schemas by identity, as zod's JSON Schema `override` sees them.
 */
export function builtSchema<T extends object>(schema: T): T {
  return (builders.get(schema)?.() as T | undefined) ?? schema;
}
