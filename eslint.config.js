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
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['node:*', 'fs', 'path'], message: 'The app runs in the browser.' }, { group: ['d3'], message: 'Import the d3-* module you use.' }] },
      ],
    },
  },
  {
    // Boundaries: pure layers import no React and no d3-selection; the store never imports the URL codec.
    files: ['src/corpus/**/*.ts', 'src/store/**/*.ts', 'src/url/codec*.ts', 'src/timeline/**/!(use-)*.ts'],
    ignores: ['**/*.tsx', '**/use-*.ts', '**/*.test.ts', 'src/corpus/query.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'react', message: 'Pure logic: no React here.' }, { name: 'd3-selection', message: 'Only hooks touch the DOM.' }, { name: 'd3-zoom', message: 'Only the zoom hook uses d3-zoom.' }] },
      ],
    },
  },
  {
    files: ['src/store/**/*.ts'],
    ignores: ['src/store/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/url/**', '../url/*'], message: 'The store never imports the URL layer.' }] }],
    },
  },
);
