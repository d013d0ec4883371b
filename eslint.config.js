import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** Layering from ARCHITECTURE.md: domain ← persistence ← store ← actions ← canvas, ui ← app. */
const layer = (files, forbidden) => ({
  files,
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: forbidden.map((name) => ({
          group: [`**/${name}/*`, `**/${name}`],
          message: `This layer must not import from src/${name} (see ARCHITECTURE.md).`,
        })),
      },
    ],
  },
});

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
  layer(['src/domain/**'], ['persistence', 'store', 'actions', 'canvas', 'ui', 'app', 'export']),
  layer(['src/persistence/**'], ['store', 'actions', 'canvas', 'ui', 'app', 'export']),
  layer(['src/export/**'], ['store', 'actions', 'canvas', 'ui', 'app']),
  layer(['src/store/**'], ['actions', 'canvas', 'ui', 'app']),
  layer(['src/actions/**'], ['canvas', 'ui', 'app']),
);
