import js from '@eslint/js';
import checkFile from 'eslint-plugin-check-file';
import jsxA11y from 'eslint-plugin-jsx-a11y-x';
import reactHooks from 'eslint-plugin-react-hooks';
import testingLibrary from 'eslint-plugin-testing-library';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Imports only run downward: catalogue → domain → state → ui.
const layer = (files, forbidden, message) => ({
  files,
  rules: {
    'no-restricted-imports': [
      'error',
      { patterns: forbidden.map((group) => ({ group: [group], message })) },
    ],
  },
});

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-*',
      '.bench',
      'node_modules',
      'test-results',
      'playwright-report',
      '.test-output',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  { files: ['**/*.cjs'], languageOptions: { sourceType: 'commonjs', globals: globals.node } },
  {
    files: ['src/**/*.{ts,tsx}', 'tests/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  // A newcomer finds a file by its name: kebab-case everywhere, folders too.
  {
    files: ['src/**/*', 'tests/**/*', 'scripts/**/*'],
    plugins: { 'check-file': checkFile },
    rules: {
      'check-file/filename-naming-convention': [
        'error',
        { '**/*.{ts,tsx,mjs,css}': 'KEBAB_CASE' },
        { ignoreMiddleExtensions: true },
      ],
      'check-file/folder-naming-convention': ['error', { '**/': 'KEBAB_CASE' }],
    },
  },
  {
    files: ['src/ui/**/*.tsx'],
    ...jsxA11y.configs.recommended,
    rules: {
      ...jsxA11y.configs.recommended.rules,
      // A region that scrolls sideways must take focus so keyboard users can scroll it (axe
      // scrollable-region-focusable).
      'jsx-a11y-x/no-noninteractive-tabindex': ['error', { tags: [], roles: ['region'] }],
    },
  },
  {
    files: ['tests/**/*.test.{ts,tsx}'],
    ignores: ['tests/e2e/**'],
    ...testingLibrary.configs['flat/react'],
  },
  layer(
    ['src/catalogue/**'],
    ['react', 'react-dom', 'zustand', '**/domain/**', '**/state/**', '**/ui/**'],
    'The catalogue layer is the bottom of the house: it imports no domain, state or UI code.',
  ),
  layer(
    ['src/domain/**'],
    ['react', 'react-dom', 'zustand', '@tanstack/react-table', '**/state/**', '**/ui/**'],
    'Domain code is pure: no React, no store, no UI.',
  ),
  layer(['src/state/**'], ['react-dom', '**/ui/**'], 'State never imports UI.'),
);
