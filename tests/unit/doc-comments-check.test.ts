/**
 * scripts/check-doc-comments.mjs (run on src/ by `npm run lint`): it names every export
 * without a doc comment and fails.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const SCRIPT = join(process.cwd(), 'scripts/check-doc-comments.mjs');
const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** Runs the check on a folder holding `files`; its exit code and everything it printed. */
function check(files: Record<string, string>): { code: number; output: string } {
  const dir = mkdtempSync(join(tmpdir(), 'doc-comments-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  try {
    const output = execFileSync('node', [SCRIPT, dir], { encoding: 'utf8', stdio: 'pipe' });
    return { code: 0, output };
  } catch (error) {
    const failed = error as { status: number; stdout: string; stderr: string };
    return { code: failed.status, output: failed.stdout + failed.stderr };
  }
}

// Each run starts node and loads the TypeScript compiler: seconds on a busy machine.
describe('the doc comment check', { timeout: 30_000 }, () => {
  it('names each export without a doc comment, and fails', () => {
    const { code, output } = check({
      'a.ts': [
        '/** The file header: it does not document the first export. */',
        '',
        'export const first = 1;',
        '/** Documented. */',
        'export function documented() {}',
        'export function bare() {}',
        '// A line comment is not a doc comment.',
        'export interface Shape { x: number }',
        'export type Alias = string;',
        'const local = 2;',
        'export { local };',
        "export { other } from './b';",
      ].join('\n'),
      'a.test.ts': 'export const inATest = 1;',
    });
    expect(code).toBe(1);
    expect(output).toContain('5 exports have no doc comment');
    for (const name of ['first', 'bare', 'Shape', 'Alias', 'local']) {
      expect(output).toMatch(new RegExp(`a\\.ts:\\d+ ${name}\\b`));
    }
    expect(output).not.toMatch(/documented|other|inATest/);
  });

  it('passes when every export has one', () => {
    const { code, output } = check({
      'b.tsx': '/** A component. */\nexport function Card() {\n  return null;\n}\n',
    });
    expect(code).toBe(0);
    expect(output).toContain('Every export in');
  });
});
