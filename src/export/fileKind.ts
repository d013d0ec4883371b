/**
 * What a chosen or dropped file really is, from its first bytes (its "magic number") rather
 * than its name: a picture renamed to .csv is still a picture. Waymark reads text (JSON, CSV)
 * and Excel workbooks (.xlsx); everything else is named for what it is, so the message can say
 * "This is a PNG picture; Waymark imports maps saved as JSON, CSV or Excel (.xlsx)."
 */
import { unzipSync } from 'fflate';

/**
 * What a file's first bytes say it is: text, an Excel workbook, or something else named in words.
 */
export type FileKind =
  | { kind: 'text' }
  | { kind: 'xlsx' }
  /** `what` is a phrase such as "a PNG picture"; `advice` an optional next step. */
  | { kind: 'other'; what: string; advice?: string };

const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0) =>
  signature.every((b, i) => bytes[at + i] === b);

const ascii = (bytes: Uint8Array, from: number, to: number) =>
  String.fromCharCode(...bytes.subarray(from, Math.min(to, bytes.length)));

const SAVE_AS_XLSX =
  'Open it in Excel or LibreOffice and save it as an Excel workbook (.xlsx) or as CSV UTF-8.';

/** The names inside a ZIP archive (Office files are ZIP archives of XML), or null if unreadable. */
function zipEntryNames(bytes: Uint8Array): string[] | null {
  const names: string[] = [];
  try {
    // The filter sees every entry and declines them all, so nothing is decompressed.
    unzipSync(bytes, {
      filter: (file) => {
        names.push(file.name);
        return false;
      },
    });
  } catch {
    return null;
  }
  return names;
}

function zipKind(bytes: Uint8Array, name: string): FileKind {
  // OpenDocument files store their type uncompressed, first in the archive.
  const head = ascii(bytes, 0, 120);
  if (head.includes('mimetypeapplication/vnd.oasis.opendocument.spreadsheet')) {
    return { kind: 'other', what: 'an OpenDocument spreadsheet (.ods)', advice: SAVE_AS_XLSX };
  }
  if (head.includes('mimetypeapplication/vnd.oasis.opendocument.text')) {
    return { kind: 'other', what: 'an OpenDocument text document (.odt)' };
  }
  const names = zipEntryNames(bytes);
  if (!names) return { kind: 'other', what: 'a damaged ZIP archive' };
  const has = (entry: string) => names.includes(entry);
  if (has('xl/workbook.xml')) return { kind: 'xlsx' };
  if (has('xl/workbook.bin')) {
    return { kind: 'other', what: 'an Excel binary workbook (.xlsb)', advice: SAVE_AS_XLSX };
  }
  if (has('word/document.xml')) return { kind: 'other', what: 'a Word document (.docx)' };
  if (has('ppt/presentation.xml')) {
    return { kind: 'other', what: 'a PowerPoint presentation (.pptx)' };
  }
  if (names.some((entry) => entry.startsWith('Index/') && entry.endsWith('.iwa'))) {
    return {
      kind: 'other',
      what: 'an Apple iWork document (Numbers, Pages or Keynote)',
      advice: SAVE_AS_XLSX,
    };
  }
  return /\.xlsx$/i.test(name)
    ? { kind: 'other', what: 'a ZIP archive named .xlsx that holds no Excel workbook' }
    : { kind: 'other', what: 'a ZIP archive' };
}

/**
 * What the file is, from its bytes (and its name only where the bytes cannot tell, as for the
 * Office 97–2003 formats, which share one container). Text is returned as `text` whatever it
 * holds: the JSON and CSV readers say what is wrong with it.
 */
export function sniffFile(name: string, bytes: Uint8Array): FileKind {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    return zipKind(bytes, name);
  }
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) {
    return { kind: 'other', what: 'a PNG picture' };
  }
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { kind: 'other', what: 'a JPEG photo' };
  if (ascii(bytes, 0, 6) === 'GIF87a' || ascii(bytes, 0, 6) === 'GIF89a') {
    return { kind: 'other', what: 'a GIF picture' };
  }
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') {
    return { kind: 'other', what: 'a WebP picture' };
  }
  if (ascii(bytes, 4, 8) === 'ftyp') {
    const brand = ascii(bytes, 8, 12);
    return /^(heic|heix|mif1|msf1|avif)$/.test(brand)
      ? { kind: 'other', what: 'a HEIC or AVIF photo' }
      : { kind: 'other', what: 'a video or audio file' };
  }
  if (ascii(bytes, 0, 5) === '%PDF-') return { kind: 'other', what: 'a PDF document' };
  if (ascii(bytes, 0, 5) === '{\\rtf')
    return { kind: 'other', what: 'a rich text document (.rtf)' };
  if (startsWith(bytes, [0x1f, 0x8b])) return { kind: 'other', what: 'a compressed (gzip) file' };
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    if (/\.xls$/i.test(name)) {
      return { kind: 'other', what: 'an Excel 97–2003 workbook (.xls)', advice: SAVE_AS_XLSX };
    }
    if (/\.doc$/i.test(name)) return { kind: 'other', what: 'a Word 97–2003 document (.doc)' };
    return {
      kind: 'other',
      what: 'an Office 97–2003 file (.xls, .doc or .ppt)',
      advice: SAVE_AS_XLSX,
    };
  }
  return { kind: 'text' };
}

/**
 * The sentence for a file Waymark cannot read: "This is a PNG picture; Waymark imports maps
 * saved as JSON, CSV or Excel (.xlsx)." `reads` is what the place that refuses it accepts.
 */
export function notReadableMessage(
  found: Extract<FileKind, { kind: 'other' }>,
  reads: string,
): string {
  return `This is ${found.what}; ${reads}.${found.advice ? ` ${found.advice}` : ''}`;
}

/** Text that is really markup or binary data, named for what it is; null for plain text. */
export function sniffText(text: string): string | null {
  const start = text.trimStart().slice(0, 200).toLowerCase();
  if (start.startsWith('<svg') || (start.startsWith('<?xml') && start.includes('<svg'))) {
    return 'an SVG picture';
  }
  if (start.startsWith('<!doctype html') || start.startsWith('<html')) return 'a web page (HTML)';
  if (start.startsWith('<?xml')) return 'an XML file';
  // eslint-disable-next-line no-control-regex
  const controls = (text.slice(0, 4096).match(/[\u0000-\u0008\u000E-\u001F]/g) ?? []).length;
  if (controls > 8) return 'a binary file, not text';
  return null;
}
