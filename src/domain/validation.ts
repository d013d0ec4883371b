/**
 * Turns zod issues into plain-language problems that name the place that is wrong,
 * e.g. `phases[2].steps[0].title: expected text`.
 */
import type { z } from 'zod';
import { formatPath } from './schema';

/**
 * One reason a map was refused: where (`phases[2].steps[0].title`) and what is wrong, in plain
 * words.
 */
export interface Problem {
  path: string;
  message: string;
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'yes or no (true/false)',
  array: 'a list',
  object: 'a group of fields',
  date: 'a date',
  null: 'nothing (null)',
  undefined: 'nothing',
  nan: 'a number',
};

const SHOWN_VALUE_CHARACTERS = 40;

/**
 * What the file holds instead, as `, not "banana"`, when the parse was asked for it
 * (`{ reportInput: true }`); empty when the issue does not carry its input.
 */
function foundInstead(issue: z.core.$ZodIssue): string {
  if (!('input' in issue) || issue.input === undefined) return '';
  const value = issue.input;
  if (Array.isArray(value)) return ', not a list';
  if (typeof value === 'object' && value !== null) return ', not a group of fields';
  // Infinity (1e400 in a file) and NaN are written as such, not as JSON's null.
  const written =
    typeof value === 'number' && !Number.isFinite(value)
      ? String(value)
      : (JSON.stringify(value) ?? String(value));
  const shown =
    written.length > SHOWN_VALUE_CHARACTERS
      ? `${written.slice(0, SHOWN_VALUE_CHARACTERS - 1)}…`
      : written;
  return `, not ${shown}`;
}

function plainMessage(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type': {
      const expected = TYPE_WORDS[issue.expected] ?? issue.expected;
      // zod 4 leaves `input` out of issues unless asked, so fall back to its own message.
      const missing =
        'input' in issue ? issue.input === undefined : /received undefined$/.test(issue.message);
      return missing
        ? `missing, expected ${expected}`
        : `expected ${expected}${foundInstead(issue)}`;
    }
    case 'invalid_value':
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}${foundInstead(issue)}`;
    case 'invalid_union':
      return 'not a recognised value here (check the "kind" field and the fields that kind needs)';
    case 'too_big':
      return issue.origin === 'string'
        ? `text is too long (at most ${String(issue.maximum)} characters)`
        : issue.origin === 'array'
          ? `too many items (at most ${String(issue.maximum)})`
          : `too large (at most ${String(issue.maximum)})`;
    case 'too_small':
      return issue.origin === 'string'
        ? 'must not be empty'
        : issue.origin === 'array'
          ? `too few items (at least ${String(issue.minimum)})`
          : `too small (at least ${String(issue.minimum)})`;
    case 'invalid_format':
      if (issue.format === 'date') return 'expected a date written as YYYY-MM-DD';
      if (issue.format === 'datetime') return 'expected a date and time (ISO 8601)';
      return issue.message;
    default:
      return issue.message;
  }
}

/** zod's issues as plain-word problems, each with its path. */
export function describeIssues(error: z.ZodError): Problem[] {
  return error.issues.map((issue) => ({
    path: formatPath(issue.path),
    message: plainMessage(issue),
  }));
}

/** One line per problem, at most `limit` lines, with a count of the rest. */
export function summariseProblems(problems: readonly Problem[], limit = 5): string {
  const lines = problems.slice(0, limit).map((p) => `${p.path}: ${p.message}`);
  if (problems.length > limit) lines.push(`… and ${problems.length - limit} more problems`);
  return lines.join('\n');
}
