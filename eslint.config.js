import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/**
 * Layering (README "Architecture"): each folder may import only from the folders below it.
 *   domain ← persistence ← export
 *   domain, persistence, export ← editor ← sync ← session
 *   editor ← commands ← bindings ← canvas ← ui ← app
 * Components reach the map only through the bindings (hooks), the editor's operations and
 * domain types: never the shared documents, the undo history or Yjs itself.
 */
const ALL = [
  'persistence',
  'export',
  'editor',
  'sync',
  'session',
  'commands',
  'bindings',
  'canvas',
  'ui',
  'app',
];
/** The rule for src/<name>: it may import only from `allowed` (and domain, and itself). */
const layer = (name, allowed, extra = []) => ({
  files: [`src/${name}/**`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          ...ALL.filter((other) => other !== name && !allowed.includes(other)).map((other) => ({
            group: [`**/${other}/*`, `**/${other}`, `!./*`, `!**/domain/*`],
            message: `src/${name} must not import from src/${other} (see the README's architecture).`,
          })),
          ...extra,
        ],
      },
    ],
  },
});
/** What components may not reach into: the engine's internals and Yjs. */
const ENGINE_INTERNALS = [
  {
    group: ['**/editor/document/*', '**/editor/history', 'yjs', 'y-protocols/*', '@hocuspocus/*'],
    message:
      'Components change the map through editor operations and read it through the bindings.',
  },
];

export default tseslint.config(
  { ignores: ['**/dist', 'node_modules', 'test-results', 'playwright-report', 'bench/results'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  layer('domain', []),
  layer('persistence', []),
  layer('export', ['persistence']),
  layer('editor', ['persistence', 'export']),
  layer('sync', ['persistence', 'export', 'editor']),
  layer('session', ['persistence', 'export', 'editor', 'sync']),
  layer('commands', ['persistence', 'export', 'editor']),
  layer('bindings', ['persistence', 'export', 'editor', 'sync', 'session', 'commands']),
  layer('canvas', ['persistence', 'export', 'editor', 'commands', 'bindings'], ENGINE_INTERNALS),
  layer(
    'ui',
    ['persistence', 'export', 'editor', 'sync', 'session', 'commands', 'bindings', 'canvas'],
    ENGINE_INTERNALS,
  ),
);
