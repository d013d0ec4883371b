#!/usr/bin/env node
/**
 * `npm run bench:compare`: the regression check without running the bench (lib/compare.mjs).
 *
 *   npm run bench:compare                       bench/results/latest.json vs the committed one
 *   npm run bench:compare -- run.json           that run vs the committed latest.json
 *   npm run bench:compare -- run.json --against=old.json | --against=git:<rev>
 *   … --fail-on-regression                      exit 4 when a figure got worse than the noise
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compareResults, formatComparison, readReference } from './lib/compare.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
let current = join(ROOT, 'bench', 'results', 'latest.json');
let against = 'HEAD';
let failOnRegression = false;
for (const arg of args) {
  if (arg === '--fail-on-regression') failOnRegression = true;
  else if (arg.startsWith('--against=')) against = arg.slice('--against='.length);
  else if (arg === '--help') {
    console.log(
      'npm run bench:compare -- [run.json] [--against=file|git:<rev>] [--fail-on-regression]',
    );
    process.exit(0);
  } else if (arg.startsWith('--')) {
    console.error(`unknown option ${arg} (try --help)`);
    process.exit(2);
  } else current = arg;
}

try {
  const now = readReference(current, ROOT);
  const reference = readReference(against, ROOT);
  const comparison = compareResults(reference.results, now.results);
  console.log(`${now.name} (run ${now.results.meta?.startedAt ?? '?'})`);
  console.log(
    formatComparison(comparison, reference.results.meta, reference.name, now.results.meta),
  );
  process.exit(failOnRegression && comparison.worse.length > 0 ? 4 : 0);
} catch (error) {
  console.error(`bench:compare: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(2);
}
