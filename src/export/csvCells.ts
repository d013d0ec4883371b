/**
 * Single CSV cells: making them safe for spreadsheets and reading typed values back.
 */

// A cell a spreadsheet could run as a formula starts with one of these (OWASP "CSV
// injection"). The apostrophe itself is included so the guard can always be undone exactly:
// text that really starts with "'=" is written as "''=" and read back as "'=".
const RISKY_START = /^[=+\-@\t\r']/;
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/**
 * Guards a cell against formula injection: a leading apostrophe makes Excel, LibreOffice and
 * Google Sheets show the text instead of running it. Plain negative numbers ("-2") are left
 * alone: a spreadsheet reads them as numbers, not formulas.
 */
export function neutraliseCell(value: string): string {
  return RISKY_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
}

/** Undoes `neutraliseCell`: drops the apostrophe it added, and only that one. */
export function restoreCell(value: string): string {
  return value.length > 1 && value.startsWith("'") && RISKY_START.test(value.slice(1))
    ? value.slice(1)
    : value;
}

/** A cell read into a value, or why it could not be. */
export type CellResult<T> = { ok: true; value: T } | { ok: false; message: string };

const ok = <T>(value: T): CellResult<T> => ({ ok: true, value });
const bad = <T>(message: string): CellResult<T> => ({ ok: false, message });

const GROUPS = "[ \u00A0\u202F']"; // space, no-break space, narrow no-break space, Swiss apostrophe

/**
 * A number or, for a blank cell, null. With `decimalComma` (semicolon- and tab-separated
 * files, see csvRows.ts) `72,5` is 72.5 and `1.234,5` is 1234.5; otherwise only `72.5` is, and
 * `1,234.5` is 1234.5. Thousands may also be grouped with spaces (`1 234,5`). A dot followed
 * by exactly three digits in a decimal-comma file is ambiguous and refused with a message.
 */
export function readNumber(cell: string, decimalComma = false): CellResult<number | null> {
  let text = cell
    .trim()
    .replace(/^\+/, '')
    .replace(/\u2212/g, '-');
  if (text === '') return ok(null);
  text = text.replace(new RegExp(`(\\d)${GROUPS}(?=\\d{3}(\\D|$))`, 'g'), '$1');
  if (decimalComma) {
    if (/^-?[1-9]\d{0,2}\.\d{3}$/.test(text)) {
      return bad(
        `“${cell.trim()}” could be a whole number with a thousands dot or a decimal: write it without the dot, or with a decimal comma`,
      );
    }
    if (/^-?[1-9]\d{0,2}(\.\d{3})+(,\d+)?$/.test(text)) {
      text = text.replace(/\./g, '').replace(',', '.');
    } else if (/^-?\d*,\d+$/.test(text)) {
      text = text.replace(',', '.');
    }
  } else if (/^-?[1-9]\d{0,2}(,\d{3})+(\.\d+)?$/.test(text)) {
    text = text.replace(/,/g, '');
  } else if (/^-?\d+,\d+$/.test(text)) {
    return bad('expected a number with a dot for decimals (e.g. 72.5)');
  }
  if (!/^-?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(text)) {
    return bad('expected a number');
  }
  const value = Number(text);
  return Number.isFinite(value) ? ok(value) : bad('the number is too large');
}

/** A date cell: YYYY-MM-DD kept as text (the schema checks it), blank as null. */
export function readDate(cell: string): CellResult<string | null> {
  const text = cell.trim();
  return ok(text === '' ? null : text);
}

const YES = new Set(['yes', 'y', 'true', 'x', '1', '✓']);
const NO = new Set(['', 'no', 'n', 'false', '0']);

/** yes / no, true / false, x, 1 / 0; blank is no. */
export function readYesNo(cell: string): CellResult<boolean> {
  const text = cell.trim().toLowerCase();
  if (YES.has(text)) return ok(true);
  if (NO.has(text)) return ok(false);
  return bad('expected yes or no');
}

const normalise = (text: string) =>
  text
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, ' ');

/**
 * One of a vocabulary, written either as its id ("pain-point") or its label ("Pain point"),
 * in any case. `extra` adds synonyms (e.g. "green" for "on-track").
 */
export function readChoice<T extends string>(
  cell: string,
  values: readonly T[],
  labels: Partial<Record<T, string>>,
  extra: Record<string, T> = {},
): CellResult<T | null> {
  const text = normalise(cell);
  if (text === '') return ok(null);
  for (const value of values) {
    const label = labels[value];
    if (
      normalise(value) === text ||
      normalise(value.replace(/-/g, ' ')) === text ||
      (label !== undefined && normalise(label) === text)
    ) {
      return ok(value);
    }
  }
  const synonym = extra[text];
  if (synonym !== undefined) return ok(synonym);
  return bad(`expected one of: ${values.join(', ')}`);
}
