// ESLint flat config: `npm run lint` (eslint, then prettier --check).
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

// Code that runs in Node rather than in the page.
const NODE_FILES = [
  'scripts/**',
  'test/server/**',
  'test/e2e/**',
  '*.config.{js,mjs,cjs,ts}',
  'demo/server.js',
  'demo/sample-endpoint.ts',
];
// Element code, tests and demo pages: where lit templates and custom elements live.
const ELEMENT_FILES = ['src/**/*.{ts,js}', 'test/**/*.{ts,js}', 'demo/**/*.{ts,js}'];

export default defineConfig(
  globalIgnores([
    'dist/**',
    'node_modules/**',
    'coverage/**',
    'bench-results/**',
    '.tmp/**',
    // What `npm run build` makes in an example built in place (examples/README.md).
    'examples/*/dist/**',
  ]),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    // Tests poke at internals now and then, and chai asserts with bare property reads
    // (`expect(x).to.exist`).
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },
  { ...lit.configs['flat/recommended'], files: ELEMENT_FILES },
  { ...litA11y.configs.recommended, files: ELEMENT_FILES },
  { ...wc.configs['flat/best-practice'], files: ELEMENT_FILES },
  {
    files: ['src/**', 'test/**', 'demo/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: NODE_FILES,
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // page.evaluate() callbacks in the end-to-end tests run in the browser.
    files: ['test/e2e/**'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
);
