/**
 * Plain-language checks of JSON text, so that a bad file gets a sentence a person can act on
 * ("line 3, column 14: a comma is missing") rather than the browser's parser text, which differs
 * between browsers and is written for programmers.
 *
 * - `jsonNestingDepth` is a quick scan run before parsing: a valid but absurdly deep file
 *   (`[[[[…]]]]`) would otherwise overflow the stack in the parser or in validation.
 * - `describeJsonError` runs only after `JSON.parse` failed, and finds the first error.
 */

/** A Waymark file nests about eight levels deep; far more is not a map. */
export const MAX_JSON_DEPTH = 100;

/** The deepest nesting of objects and arrays in `text` (strings skipped), stopping past `limit`. */
export function jsonNestingDepth(text: string, limit = MAX_JSON_DEPTH): number {
  let depth = 0;
  let deepest = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      // Skip a string, with its escapes.
      for (i++; i < text.length && text.charCodeAt(i) !== 0x22; i++) {
        if (text.charCodeAt(i) === 0x5c) i++;
      }
    } else if (c === 0x7b || c === 0x5b) {
      depth++;
      if (depth > deepest) deepest = depth;
      if (deepest > limit) return deepest;
    } else if (c === 0x7d || c === 0x5d) {
      depth--;
    }
  }
  return deepest;
}

class JsonSyntaxError {
  constructor(
    readonly at: number,
    readonly message: string,
  ) {}
}

const shown = (text: string, at: number) => {
  const char = Array.from(text.slice(at, at + 2))[0];
  if (char === undefined) return 'the end of the file';
  if (char === '\n' || char === '\r') return 'a line break';
  return `“${char}”`;
};

/** A minimal JSON reader that only finds where and why text is not JSON (RFC 8259). */
class Scanner {
  private at = 0;
  constructor(private readonly text: string) {}

  private fail(message: string): never {
    throw new JsonSyntaxError(this.at, message);
  }

  private space(): void {
    while (/[ \t\n\r]/.test(this.text[this.at] ?? '')) this.at++;
  }

  private endOrFound(expected: string): never {
    if (this.at >= this.text.length) this.fail('the file ends in the middle, as if it was cut off');
    this.fail(`expected ${expected} but found ${shown(this.text, this.at)}`);
  }

  document(): void {
    this.space();
    this.value();
    this.space();
    if (this.at < this.text.length) this.fail('there is more text after the end of the JSON');
  }

  private value(): void {
    const c = this.text[this.at];
    if (c === '{') return this.object();
    if (c === '[') return this.array();
    if (c === '"') return this.string();
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return this.number();
    for (const word of ['true', 'false', 'null']) {
      if (this.text.startsWith(word, this.at)) {
        this.at += word.length;
        return;
      }
    }
    if (c === "'") this.fail('text must be in double quotes ("…"), not single quotes');
    this.endOrFound('a value (text in double quotes, a number, true, false, null, { or [)');
  }

  private object(): void {
    this.at++;
    this.space();
    if (this.text[this.at] === '}') return void this.at++;
    for (;;) {
      this.space();
      if (this.text[this.at] === '}')
        this.fail('there is a comma before “}” with nothing after it');
      if (this.text[this.at] !== '"') this.endOrFound('a field name in double quotes');
      this.string();
      this.space();
      if (this.text[this.at] !== ':') this.endOrFound('“:” after the field name');
      this.at++;
      this.space();
      this.value();
      this.space();
      const next = this.text[this.at];
      if (next === '}') return void this.at++;
      if (next !== ',') this.endOrFound('“,” or “}” (is a comma missing?)');
      this.at++;
    }
  }

  private array(): void {
    this.at++;
    this.space();
    if (this.text[this.at] === ']') return void this.at++;
    for (;;) {
      this.space();
      if (this.text[this.at] === ']')
        this.fail('there is a comma before “]” with nothing after it');
      this.value();
      this.space();
      const next = this.text[this.at];
      if (next === ']') return void this.at++;
      if (next !== ',') this.endOrFound('“,” or “]” (is a comma missing?)');
      this.at++;
    }
  }

  private string(): void {
    this.at++;
    for (;;) {
      const c = this.text[this.at];
      if (c === undefined) this.fail('a piece of text is never closed (a " is missing)');
      if (c === '"') return void this.at++;
      if (c < ' ') this.fail('a line break or tab inside text must be written as \\n or \\t');
      if (c === '\\') {
        const escape = this.text[this.at + 1] ?? '';
        if (escape === 'u' && /^[0-9a-fA-F]{4}$/.test(this.text.slice(this.at + 2, this.at + 6))) {
          this.at += 6;
          continue;
        }
        if (!'"\\/bfnrt'.includes(escape) || escape === '') {
          this.fail(`“\\${escape}” is not a JSON escape (a \\ inside text is written \\\\)`);
        }
        this.at += 2;
        continue;
      }
      this.at++;
    }
  }

  private number(): void {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(
      this.text.slice(this.at, this.at + 400),
    );
    if (!match || match[0] === '-') this.fail('a number is written wrongly');
    this.at += match[0].length;
  }
}

/** Line and column (1-based, columns in characters) of `at` in `text`. */
function position(text: string, at: number): { line: number; column: number } {
  const before = text.slice(0, at);
  const line = before.split('\n').length;
  const column = Array.from(before.slice(before.lastIndexOf('\n') + 1)).length + 1;
  return { line, column };
}

/**
 * Why `text` is not JSON, as "line 3, column 14: expected “,” or “}” (is a comma missing?)";
 * null when it is valid JSON after all. Call it after `JSON.parse` failed.
 */
export function describeJsonError(text: string): string | null {
  try {
    new Scanner(text).document();
    return null;
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) return null;
    const { line, column } = position(text, error.at);
    return `line ${line}, column ${column}: ${error.message}`;
  }
}
