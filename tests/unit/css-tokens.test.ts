/**
 * One token per colour: style sheets name colours only through the custom properties of
 * src/ui/styles/tokens.css and the kind registry, every property they read is defined
 * somewhere, and the exports' chrome colours are the screen's tokens.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { registryCssProperties } from '../../src/domain/kinds';
import * as theme from '../../src/export/theme';

const TOKENS = 'src/ui/styles/tokens.css';

function filesUnder(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(path, pattern);
    return pattern.test(entry.name) ? [path] : [];
  });
}

const withoutComments = (css: string) => css.replace(/\/\*[\s\S]*?\*\//g, '');
const cssFiles = filesUnder('src', /\.css$/);
const tokens = withoutComments(readFileSync(TOKENS, 'utf8'));

/** A raw colour in a declaration value: hex, a colour function, or a common colour name. */
const RAW_COLOUR =
  /#[0-9a-f]{3,8}\b|\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch)\(|\b(?:white|black|red|green|blue|yellow|orange|purple|pink|gr[ae]y|silver|navy|teal|maroon|olive|lime|aqua|fuchsia)\b/i;

/** Every declaration value of a style sheet, with its line number. */
function declarations(css: string): { line: number; value: string }[] {
  const out: { line: number; value: string }[] = [];
  const text = withoutComments(css);
  for (const match of text.matchAll(/[{;]\s*(-{0,2}[a-z][a-z0-9-]*)\s*:\s*([^;{}]+)/gi)) {
    const at = match.index + match[0].indexOf(match[1] ?? '');
    const line = text.slice(0, at).split('\n').length;
    out.push({ line, value: match[2] ?? '' });
  }
  return out;
}

describe('colour tokens', () => {
  it('leave no raw colour in any style sheet but the tokens file', () => {
    const raw: string[] = [];
    for (const file of cssFiles) {
      if (file.endsWith('tokens.css')) continue;
      for (const { line, value } of declarations(readFileSync(file, 'utf8'))) {
        if (RAW_COLOUR.test(value)) raw.push(`${file}:${line}: ${value.trim()}`);
      }
    }
    expect(raw).toEqual([]);
  });

  it('hold each colour once', () => {
    const values = [...tokens.matchAll(/(--[a-z0-9-]+)\s*:\s*(#[0-9a-f]{3,8})\s*;/gi)].map((m) =>
      m[2]?.toLowerCase(),
    );
    expect(values.length).toBeGreaterThan(20);
    expect(new Set(values).size).toBe(values.length);
  });

  it('are defined wherever a style sheet reads them', () => {
    const defined = new Set<string>(Object.keys(registryCssProperties()));
    for (const file of cssFiles) {
      for (const m of withoutComments(readFileSync(file, 'utf8')).matchAll(/(--[a-z0-9-]+)\s*:/gi))
        defined.add(m[1] ?? '');
    }
    // Properties set per element by components (style={{ '--kind-accent': … }}, setProperty).
    for (const file of filesUnder('src', /\.tsx?$/)) {
      for (const m of readFileSync(file, 'utf8').matchAll(/'(--[a-z0-9-]+)'/gi))
        defined.add(m[1] ?? '');
    }
    const missing = new Set<string>();
    for (const file of cssFiles) {
      for (const m of withoutComments(readFileSync(file, 'utf8')).matchAll(
        /var\((--[a-z0-9-]+)/gi,
      )) {
        if (!defined.has(m[1] ?? '')) missing.add(`${file}: ${m[1]}`);
      }
    }
    expect([...missing]).toEqual([]);
  });

  it('keep every style sheet under 400 lines', () => {
    const long = cssFiles.filter((file) => readFileSync(file, 'utf8').split('\n').length > 400);
    expect(long).toEqual([]);
  });

  it('give the exports the screen colours of the grid, text and links', () => {
    const token = (name: string) => {
      const match = new RegExp(`${name}:\\s*(#[0-9a-f]{6})`).exec(tokens);
      if (!match) throw new Error(`tokens.css has no ${name}`);
      return match[1];
    };
    expect(theme.PAPER).toBe(token('--color-paper'));
    expect(theme.INK).toBe(token('--color-ink'));
    expect(theme.INK_SOFT).toBe(token('--color-ink-soft'));
    expect(theme.GRID_LINE).toBe(token('--color-line'));
    expect(theme.PHASE_FILL).toBe(token('--color-brand'));
    expect(theme.STEP_FILL).toBe(token('--color-fill-subtle'));
    expect(theme.LANE_FILL).toBe(token('--color-fill-faint'));
    expect(theme.BACKSTAGE_FILL).toBe(token('--color-fill-backstage'));
    expect(theme.VISIBILITY_LINE).toBe(token('--color-visibility'));
    expect(theme.LINK_STROKE.flow).toBe(token('--color-ink-soft'));
    expect(theme.LINK_STROKE.cause).toBe(token('--color-danger'));
  });
});
