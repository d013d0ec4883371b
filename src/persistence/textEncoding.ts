/**
 * Bytes of a text file (a map's JSON, a CSV) to text, in the encodings Excel, LibreOffice and
 * text editors really write:
 *
 * - UTF-8, with or without a byte order mark ("CSV UTF-8", and every JSON file);
 * - UTF-16 little- or big-endian with a byte order mark (Excel's "Unicode text"), and without
 *   one when every other byte is zero (plain English text in UTF-16);
 * - Windows-1252 (Excel's plain "CSV" on Western European Windows), used only when the bytes
 *   are not UTF-8, and only when they read as Western European text.
 *
 * Anything else is refused with a message naming what was found, so a file is either read
 * correctly or not at all: never with characters silently replaced by "�".
 */

/** The encodings Waymark reads, as their users know them. */
export type TextEncodingName = 'UTF-8' | 'UTF-16 LE' | 'UTF-16 BE' | 'Windows-1252';

/** A file's text and the encoding it was read in, or why it could not be read, in plain words. */
export type DecodeResult =
  | {
      ok: true;
      /** The text without its byte order mark. */
      text: string;
      encoding: TextEncodingName;
      /** How many U+FFFD "�" the text itself holds: characters lost before it was saved. */
      replacementCharacters: number;
    }
  | { ok: false; message: string };

const SAVE_AS_UTF8 =
  'Save it again as UTF-8 (in Excel: "CSV UTF-8"; in LibreOffice: character set "Unicode (UTF-8)").';

function decoder(label: string): TextDecoder {
  return new TextDecoder(label, { fatal: true, ignoreBOM: true });
}

/** The line (1-based) of byte `offset`, for messages. */
function lineOf(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** The first byte at which `bytes` stop being valid UTF-8, or -1. */
function firstBadUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    const need =
      b < 0x80
        ? 0
        : b >= 0xc2 && b <= 0xdf
          ? 1
          : b >= 0xe0 && b <= 0xef
            ? 2
            : b >= 0xf0 && b <= 0xf4
              ? 3
              : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return -1;
}

const countReplacements = (text: string) => text.split('\uFFFD').length - 1;

function decoded(text: string, encoding: TextEncodingName): DecodeResult {
  return { ok: true, text, encoding, replacementCharacters: countReplacements(text) };
}

/** UTF-16 without a byte order mark: most odd (LE) or even (BE) bytes are zero. */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return null;
  const sample = Math.min(bytes.length, 4096);
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample; i++) {
    if (bytes[i] !== 0) continue;
    if (i % 2 === 0) evenZeros++;
    else oddZeros++;
  }
  const pairs = sample / 2;
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return 'utf-16be';
  return null;
}

// Bytes that Windows-1252 leaves undefined: a file holding them was written in something else.
const UNDEFINED_IN_1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

// Windows-1252 is Latin-1 except for 0x80–0x9F (WHATWG Encoding, "windows-1252" index). Decoded
// here rather than with TextDecoder, whose Windows-1252 is Latin-1 in some runtimes (Node).
const CP1252_80_9F = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    text += String.fromCharCode(
      ...Array.from(chunk, (b) => (b >= 0x80 && b <= 0x9f ? CP1252_80_9F.charCodeAt(b - 0x80) : b)),
    );
  }
  return text;
}

/**
 * Whether text decoded as Windows-1252 reads as Western European: words of four letters or
 * more made only of accented letters ("Ïðèâåò" is Russian in Windows-1251, "ÆüËÜ" Japanese in
 * Shift-JIS) do not occur in French, German, Spanish or the Nordic languages.
 */
function looksWesternEuropean(text: string): boolean {
  let foreignWords = 0;
  for (const word of text.match(/\p{L}{4,}/gu) ?? []) {
    if (!/[A-Za-z]/.test(word)) foreignWords++;
    if (foreignWords >= 2) return false;
  }
  return true;
}

/**
 * Decodes a text file's bytes (see the module comment for what is read). Never throws;
 * `message` says which encoding was found and how to save the file so Waymark reads it.
 */
export function decodeText(bytes: Uint8Array): DecodeResult {
  const [b0, b1, b2] = [bytes[0], bytes[1], bytes[2]];
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) {
    const body = bytes.subarray(3);
    const bad = firstBadUtf8(body);
    if (bad >= 0) {
      return {
        ok: false,
        message: `This file says it is UTF-8 text, but line ${lineOf(body, bad)} holds bytes that are not UTF-8: it may be damaged, or joined from files in different encodings. ${SAVE_AS_UTF8}`,
      };
    }
    return decoded(decoder('utf-8').decode(body), 'UTF-8');
  }
  const utf16 =
    b0 === 0xff && b1 === 0xfe
      ? { label: 'utf-16le', name: 'UTF-16 LE' as const, skip: 2 }
      : b0 === 0xfe && b1 === 0xff
        ? { label: 'utf-16be', name: 'UTF-16 BE' as const, skip: 2 }
        : null;
  const guessed = utf16 ? null : utf16WithoutBom(bytes);
  const wide =
    utf16 ??
    (guessed
      ? {
          label: guessed,
          name: guessed === 'utf-16le' ? ('UTF-16 LE' as const) : ('UTF-16 BE' as const),
          skip: 0,
        }
      : null);
  if (wide) {
    try {
      return decoded(decoder(wide.label).decode(bytes.subarray(wide.skip)), wide.name);
    } catch {
      return {
        ok: false,
        message: `This file looks like ${wide.name} text (Excel's "Unicode text"), but it is cut off or damaged. ${SAVE_AS_UTF8}`,
      };
    }
  }
  const bad = firstBadUtf8(bytes);
  if (bad < 0) return decoded(decoder('utf-8').decode(bytes), 'UTF-8');

  // Not UTF-8: Excel's plain "CSV" on Western European Windows is Windows-1252.
  const undefinedByte = bytes.findIndex((b) => UNDEFINED_IN_1252.has(b));
  const text = undefinedByte < 0 ? decodeWindows1252(bytes) : '';
  if (undefinedByte >= 0 || !looksWesternEuropean(text)) {
    return {
      ok: false,
      message: `This file is not UTF-8 text (line ${lineOf(bytes, bad)} holds bytes that are not UTF-8), and it does not read as Windows-1252 (Western European) either: it is probably in another older encoding, such as Cyrillic, Greek, Central European or Japanese. Waymark reads UTF-8, UTF-16 and Windows-1252. ${SAVE_AS_UTF8}`,
    };
  }
  return decoded(text, 'Windows-1252');
}

/** Reads a file or blob and decodes it with `decodeText`; a read failure becomes a message. */
export async function readTextFile(file: Blob): Promise<DecodeResult> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return { ok: false, message: 'This file could not be read.' };
  }
  return decodeText(bytes);
}
