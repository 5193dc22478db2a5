import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'scripts/bench/results'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      // With noUncheckedIndexedAccess every typed-array read is `T | undefined`; loops over known bounds assert with `!`.
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Corpus and URL text is untrusted: render it as text.' },
        { selector: "MemberExpression[property.name=/^(innerHTML|outerHTML)$/]", message: 'Corpus and URL text is untrusted: render it as text.' },
        { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'Corpus and URL text is untrusted: render it as text.' },
        { selector: "NewExpression[callee.name='Date'][arguments.length=1][arguments.0.type='Literal']", message: 'Calendar dates: use src/corpus/dates.ts (UTC), never new Date("YYYY-MM-DD").' },
      ],
      // The rooms below repeat these patterns with their own.
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['node:*', 'fs', 'path'], message: 'The app runs in the browser.' }, { group: ['d3'], message: 'Import the d3-* module you use.' }] },
      ],
    },
  },
  // The rooms (README, "How it is built"): imports run shared → features → app, never feature → feature.
  ...rooms(),
);

/**
 * One rule per room, listing the folders it must not import. (A later config's `no-restricted-imports` replaces
 * an earlier one for the same files, so each room's rule also carries the pure-layer paths where they apply.)
 */
function rooms() {
  const features = ['timeline', 'filters', 'headlines', 'background', 'events'];
  const forbid = (names, message) => names.map((name) => ({ group: [`../${name}/*`, `../${name}`, `**/src/${name}/*`], message: `${message} (${name}/)` }));
  const app = { group: ['../app/*', '**/src/app/*'], message: 'Only main.tsx imports the app shell.' };
  // What every file of the app may not import (later configs replace the rule, so each room repeats these).
  const browser = [
    { group: ['node:*', 'fs', 'path'], message: 'The app runs in the browser.' },
    { group: ['d3'], message: 'Import the d3-* module you use.' },
  ];
  const notFeature = (f) => forbid(features.filter((o) => o !== f), 'A feature never imports another feature: compose them in app/');
  // Pure logic (no components, no hooks, no tests) imports no React and no DOM-touching d3.
  const pure = {
    paths: [
      { name: 'react', message: 'Pure logic: no React here.' },
      { name: 'd3-selection', message: 'Only hooks touch the DOM.' },
      { name: 'd3-zoom', message: 'Only the zoom hook uses d3-zoom.' },
    ],
  };
  const notPure = ['**/*.tsx', '**/use-*.ts', '**/*.test.ts', '**/*.worker.ts', 'src/corpus/query.ts', 'src/url/sync.ts', 'src/ui/**'];
  /** A room: its files may not import `patterns`; its pure files also not React or d3-selection/zoom. */
  const room = (dir, own) => {
    const patterns = [...browser, ...own];
    return [
      { files: [`${dir}/**/*.{ts,tsx}`], rules: { 'no-restricted-imports': ['error', { patterns }] } },
      { files: [`${dir}/**/*.ts`], ignores: notPure, rules: { 'no-restricted-imports': ['error', { ...pure, patterns }] } },
    ];
  };
  return [
    ...features.flatMap((f) => room(`src/${f}`, [...notFeature(f), app])),
    ...room('src/ui', [...forbid(['store', 'url', ...features], 'ui/ is presentational: it takes props'), app]),
    ...room('src/corpus', [...forbid(['store', 'ui', 'url', ...features], 'corpus/ is the data layer: it imports neither store/ nor ui/'), app]),
    ...room('src/store', [...forbid(['url', 'ui', ...features], 'The store never imports the URL layer, ui/ or a feature'), app]),
    ...room('src/url', [...forbid(features, 'url/ never imports a feature'), app]),
    {
      files: ['scripts/**/*.ts', 'e2e/**/*.ts'],
      rules: {
        'no-restricted-imports': [
          'error',
          { patterns: ['store', 'url', 'ui', 'app', ...features].map((name) => ({ group: [`**/src/${name}/*`, `**/src/${name}`], message: `scripts/ and e2e/ reach only src/corpus (${name}/)` })) },
        ],
      },
    },
  ];
}
