/**
 * A 32-bit checksum of a stored row's value (FNV-1a, walking the value itself: no
 * JSON.stringify, so the hot path of a save allocates no text).
 *
 * Why: a row that this version of Waymark validated when it wrote it is trusted when the map is
 * opened again, without a second full validation. The checksum catches a row that changed
 * since (edited in the browser's developer tools, by an extension or another program on the
 * same origin, or damaged on disk); such a map is validated whole before use. It is not a
 * cryptographic hash: it guards against accidents, not against someone who can already run
 * code in the page.
 *
 * The walk follows object keys in their own order, which IndexedDB's structured clone keeps.
 */

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

const numberView = new Float64Array(1);
const numberWords = new Uint32Array(numberView.buffer);

/** Type tags, mixed in before each value so that "1" and 1, [] and {} differ. */
const TAG = {
  string: 1,
  number: 2,
  true: 3,
  false: 4,
  null: 5,
  undefined: 6,
  array: 7,
  object: 8,
  end: 9,
};

const mix = (hash: number, value: number) => Math.imul(hash ^ value, FNV_PRIME);

function mixString(hash: number, text: string): number {
  let h = mix(hash, TAG.string);
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return mix(h, text.length);
}

function mixValue(hash: number, value: unknown): number {
  switch (typeof value) {
    case 'string':
      return mixString(hash, value);
    case 'number':
      numberView[0] = value;
      return mix(mix(mix(hash, TAG.number), numberWords[0]!), numberWords[1]!);
    case 'boolean':
      return mix(hash, value ? TAG.true : TAG.false);
    case 'undefined':
      return mix(hash, TAG.undefined);
    case 'object': {
      if (value === null) return mix(hash, TAG.null);
      let h = hash;
      if (Array.isArray(value)) {
        h = mix(h, TAG.array);
        for (const item of value) h = mixValue(h, item);
      } else {
        h = mix(h, TAG.object);
        const record = value as Record<string, unknown>;
        for (const key in record) {
          if (!Object.hasOwn(record, key)) continue;
          h = mixValue(mixString(h, key), record[key]);
        }
      }
      return mix(h, TAG.end);
    }
    default:
      // Functions, symbols and bigints never reach storage (IndexedDB refuses the first two).
      return mixString(hash, String(value));
  }
}

/** The checksum of a JSON-like value, as an unsigned 32-bit integer. */
export function checksumOf(value: unknown): number {
  return mixValue(FNV_OFFSET, value) >>> 0;
}
