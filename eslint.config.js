// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/', 'storybook-static/', 'coverage/', 'node_modules/', 'custom-elements.json'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts', 'stories/**/*.ts', 'test/**/*.ts', '.storybook/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts', 'stories/**/*.ts', 'test/**/*.ts', '.storybook/**/*.ts'],
    ...wc.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts', 'stories/**/*.ts', 'test/**/*.ts', '.storybook/**/*.ts'],
    languageOptions: { globals: globals.browser },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // Elements are defined through defineElement(), which guards against a second copy of the library.
      'wc/guard-define-call': 'off',
      // Custom elements here are created by the page's HTML; the constructor stays side-effect free.
      'wc/no-constructor-attributes': 'error',
    },
  },
  {
    files: ['src/**/*.test.ts', 'test/**/*.ts'],
    languageOptions: { globals: { ...globals.browser, ...globals.mocha } },
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    files: [
      '*.js',
      '*.mjs',
      'scripts/**/*.mjs',
      'server/**/*.mjs',
      'bench/**/*.mjs',
      'test/node/**/*.mjs',
      'test/server/**/*.mjs',
      '*.config.*',
    ],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['demo/**/*.js', 'test/csp/*.js'],
    languageOptions: { globals: globals.browser },
  },
);
