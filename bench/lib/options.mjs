/**
 * The options of `npm run bench` (bench/run.mjs): command-line flags, then the BENCH_*
 * environment variables, then the defaults. `--help` prints them (HELP below).
 */

/** Everything the bench can measure, in the order it runs. */
export const SECTIONS = ['live', 'frames', 'detail', 'xl', 'load', 'versions'];

export const HELP = `npm run bench [-- options]     (see bench/README.md)

  --quick                 a short run (about 4 min): 1 run per figure, 200 and 2,000 cards,
                          under load at 2,000 only, a short live test
  --sizes=200,2000        map sizes for open and frames (default 200,1000,2000,5000)
  --reps=N                alternating runs per figure, median reported (default 3)
  --open-reps=N           alternating opens per size, median reported (default 9; never fewer
                          than --reps): the open of a small map is short and noisy
  --only=a,b | --skip=a,b sections: ${SECTIONS.join(', ')}
                            live    npm run bench:live (sync latency, memory, offline merge)
                            frames  open, memory, pan, zoom, drag at each size
                            detail  typing, autosave, writes per keystroke, PNG, JSON, report PDF and Word (2,000)
                            xl      10,000 cards: open, pan, search, PNG
                            load    frames, typing and autosave under a CPU throttle
                            versions  Save version ×5 at 2,000 cards: time, bytes on disk
  --load-sizes=200,2000,5000  sizes opened under load (default 200,2000,5000; frames from 2,000)
  --throttle=2            the CPU throttle rate under load (default 2)
  --xl-size=10000         the size of the big map (default 10000)
  --compare[=file]        after the run, compare with the committed bench/results/latest.json
                          (git HEAD), or with file, and print what got worse than the noise
  --fail-on-regression    with --compare: exit 4 when a figure got worse
  --out=file              write the results there instead of bench/results/latest.json
  --skip-build            reuse dist/ and bench/dist/ (BENCH_SKIP_BUILD=1)
  --keep-dist             keep bench/dist/ after the run (BENCH_KEEP_DIST=1)
  --budget=seconds        the run ends itself with partial results after this (default 1500)

Environment: CHROMIUM_PATH, BENCH_SIZES, BENCH_REPS, BENCH_OPEN_REPS, BENCH_SKIP_BUILD, BENCH_KEEP_DIST,
BENCH_BUDGET_MS, BENCH_LOAD_SIZES, BENCH_THROTTLE.`;

const list = (text) =>
  String(text)
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
const sizes = (text) =>
  list(text)
    .map(Number)
    .filter((n) => Number.isInteger(n) && n > 0);

/**
 * Reads `argv` (process.argv.slice(2)) and `env`. Throws an Error naming the flag for an unknown
 * flag or a bad value, so a typo never runs a 10-minute bench with defaults.
 */
export function readOptions(argv, env = {}) {
  const flags = new Map();
  for (const arg of argv) {
    const match = /^--([a-z-]+)(?:=(.*))?$/.exec(arg);
    if (!match) throw new Error(`unknown argument "${arg}" (try --help)`);
    flags.set(match[1], match[2] ?? true);
  }
  const known = new Set([
    'help',
    'quick',
    'sizes',
    'reps',
    'open-reps',
    'only',
    'skip',
    'load-sizes',
    'throttle',
    'xl-size',
    'compare',
    'fail-on-regression',
    'out',
    'skip-build',
    'keep-dist',
    'budget',
  ]);
  for (const name of flags.keys()) {
    if (!known.has(name)) throw new Error(`unknown option --${name} (try --help)`);
  }
  const value = (name, envName, fallback) =>
    flags.has(name) && flags.get(name) !== true
      ? flags.get(name)
      : env[envName] !== undefined && env[envName] !== ''
        ? env[envName]
        : fallback;
  const quick = flags.has('quick');
  const number = (name, text, min) => {
    const n = Number(text);
    if (!Number.isFinite(n) || n < min) throw new Error(`--${name} must be a number ≥ ${min}`);
    return n;
  };

  let sections = [...SECTIONS];
  if (flags.has('only')) {
    const only = list(flags.get('only'));
    for (const s of only) if (!SECTIONS.includes(s)) throw new Error(`--only: no section "${s}"`);
    sections = SECTIONS.filter((s) => only.includes(s));
  }
  if (flags.has('skip')) {
    const skip = list(flags.get('skip'));
    for (const s of skip) if (!SECTIONS.includes(s)) throw new Error(`--skip: no section "${s}"`);
    sections = sections.filter((s) => !skip.includes(s));
  }

  const options = {
    help: flags.has('help'),
    quick,
    sizes: sizes(value('sizes', 'BENCH_SIZES', quick ? '200,2000' : '200,1000,2000,5000')),
    reps: Math.round(number('reps', value('reps', 'BENCH_REPS', quick ? 1 : 3), 1)),
    openReps: Math.round(
      number('open-reps', value('open-reps', 'BENCH_OPEN_REPS', quick ? 1 : 9), 1),
    ),
    sections,
    loadSizes: sizes(value('load-sizes', 'BENCH_LOAD_SIZES', quick ? '2000' : '200,2000,5000')),
    throttle: number('throttle', value('throttle', 'BENCH_THROTTLE', 2), 1),
    xlSize: Math.round(number('xl-size', value('xl-size', 'BENCH_XL_SIZE', 10_000), 1)),
    compare: flags.has('compare')
      ? flags.get('compare') === true
        ? 'HEAD'
        : flags.get('compare')
      : null,
    failOnRegression: flags.has('fail-on-regression'),
    out: flags.get('out') === true ? null : (flags.get('out') ?? null),
    skipBuild: flags.has('skip-build') || Boolean(env.BENCH_SKIP_BUILD),
    keepDist: flags.has('keep-dist') || Boolean(env.BENCH_KEEP_DIST),
    budgetMs: flags.has('budget')
      ? number('budget', flags.get('budget'), 10) * 1000
      : Number(env.BENCH_BUDGET_MS ?? 1_500_000),
  };
  if (options.sizes.length === 0) throw new Error('--sizes: no size given');
  if (options.failOnRegression && !options.compare) options.compare = 'HEAD';
  return options;
}
