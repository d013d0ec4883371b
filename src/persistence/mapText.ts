/**
 * A whole map kept as one value (a version of a map, a template): its file, the envelope of
 * format.ts as JSON, gzip-compressed with the browser's own CompressionStream when it has one.
 * Compressed, a 2,000-card map's 440 KB of JSON is about 27 KB (measured on the benchmark's
 * generated map; text with less repetition compresses less), in about 10 ms off the page's
 * main work (the stream runs natively). Without CompressionStream the JSON is kept as it is.
 *
 * Reading goes the way of a file (format.ts readMapFile: parse safely, migrate, validate), so a
 * version saved by an older Waymark opens in a newer one.
 */
import type { JourneyMap } from '../domain/schema';
import type { MapText } from './db';
import { readMapFile, toEnvelope, type LoadResult } from './format';

/** A map's text as stored, with its sizes. */
export interface EncodedMap extends MapText {
  /** The size of the map's file (compact JSON, UTF-8), in bytes. */
  jsonBytes: number;
  /** The bytes stored. */
  storedBytes: number;
}

const hasCompression = () =>
  typeof CompressionStream === 'function' && typeof DecompressionStream === 'function';

/** Runs bytes through a (de)compression stream and gathers what comes out. */
async function pipe(bytes: Uint8Array, through: CompressionStream | DecompressionStream) {
  const writer = through.writable.getWriter();
  // A failure shows on the reading side too (damaged gzip): this side only must not go unheard.
  void writer
    .write(bytes as Uint8Array<ArrayBuffer>)
    .then(() => writer.close())
    .catch(() => undefined);
  const reader = through.readable.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    length += value.length;
  }
  const out = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/** Encodes a map as its file, compressed when the browser can (see the module comment). */
export async function encodeMap(map: JourneyMap): Promise<EncodedMap> {
  const json = JSON.stringify(toEnvelope(map));
  const bytes = new TextEncoder().encode(json);
  if (!hasCompression()) {
    return { encoding: 'json', data: json, jsonBytes: bytes.length, storedBytes: bytes.length };
  }
  const data = await pipe(bytes, new CompressionStream('gzip'));
  return { encoding: 'gzip', data, jsonBytes: bytes.length, storedBytes: data.length };
}

/** The text of a stored map (its file's JSON). Throws when gzip bytes are damaged. */
export async function mapTextOf(stored: MapText): Promise<string> {
  if (stored.encoding === 'json' && typeof stored.data === 'string') return stored.data;
  if (stored.encoding === 'gzip' && ArrayBuffer.isView(stored.data)) {
    if (!hasCompression()) {
      throw new Error('this browser cannot read compressed versions (no DecompressionStream)');
    }
    const view = stored.data;
    const gz = new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
    const bytes = await pipe(gz, new DecompressionStream('gzip'));
    return new TextDecoder().decode(bytes);
  }
  throw new Error(`unknown encoding "${String(stored.encoding)}"`);
}

/** Reads a stored map back: decompress, then parse, migrate and validate as a file. */
export async function decodeMap(stored: MapText): Promise<LoadResult> {
  let text: string;
  try {
    text = await mapTextOf(stored);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      error: {
        kind: 'not-json',
        message: `This copy could not be read (${detail}).`,
        problems: [],
      },
    };
  }
  return readMapFile(text);
}
