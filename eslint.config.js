import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
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
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'tests/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
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
