// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

const BROWSER_TS = ['src/**/*.ts', 'stories/**/*.ts', 'test/**/*.ts', '.storybook/**/*.ts'];
/** Files a TypeScript program knows: tsconfig.test.json (TypeScript) and tsconfig.server.json (the server's JSDoc). */
const TYPED = [...BROWSER_TS, '*.config.ts', 'server/**/*.mjs'];

export default tseslint.config(
  { ignores: ['dist/', 'storybook-static/', 'coverage/', 'node_modules/', 'custom-elements.json'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // Type-aware rules: a promise nobody awaits loses its rejection, and a promise where a
    // boolean or a void callback is expected (an event listener, an `if`) is a bug the types show.
    files: TYPED,
    extends: [...tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: {
        project: ['./tsconfig.test.json', './tsconfig.server.json'],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      // An abort passes the signal's reason on, and a catch rethrows what it caught: both are
      // `any`/`unknown` by the DOM's types. Rejecting with a string or an object is still an error.
      '@typescript-eslint/prefer-promise-reject-errors': [
        'error',
        { allowThrowingAny: true, allowThrowingUnknown: true },
      ],
      // `async` without `await` is how an adapter method turns a throw into a rejection: the
      // contract promises a promise, and callers `.catch()` it.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    files: BROWSER_TS,
    ...lit.configs['flat/recommended'],
  },
  {
    files: BROWSER_TS,
    ...wc.configs['flat/recommended'],
  },
  {
    // Accessibility of the templates the library and its stories render.
    files: ['src/**/*.ts', 'stories/**/*.ts'],
    ...litA11y.configs.recommended,
    rules: {
      ...litA11y.configs.recommended.rules,
      // Our lists have list-style: none, and Safari/VoiceOver then drops their list semantics
      // unless role="list" says it again: the role is not redundant there, and the rule has no option.
      'lit-a11y/no-redundant-role': 'off',
    },
  },
  {
    files: BROWSER_TS,
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
    rules: {
      // chai's `expect(x).to.be.true` is an expression statement.
      '@typescript-eslint/no-unused-expressions': 'off',
      // Tests replace methods and put them back (console.error, an adapter's getProcedure), by reference.
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  {
    files: [
      '*.js',
      '*.mjs',
      '*.cjs',
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
