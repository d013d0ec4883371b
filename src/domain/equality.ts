/** Deep equality of the plain values a map is made of. */

/** Deep equality of JSON values (strings, numbers, booleans, null, arrays, plain objects). */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, i) => jsonEqual(item, b[i]));
  }
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  const ka = Object.keys(ra).filter((k) => ra[k] !== undefined);
  const kb = Object.keys(rb).filter((k) => rb[k] !== undefined);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => jsonEqual(ra[k], rb[k]));
}

/** Whether applying `patch` to `record` would change any of its values. */
export function patchChanges(record: object, patch: object): boolean {
  const current = record as Record<string, unknown>;
  return Object.entries(patch).some(([key, value]) => !jsonEqual(current[key], value));
}
