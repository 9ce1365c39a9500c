// Lint: typescript-eslint's type-checked rules on the TypeScript, eslint-plugin-astro on the pages.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', '.build/', '.astro/', '.cache/', 'node_modules/', 'pdf/', 'tests/fixtures/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node, ...globals.browser },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // An async function may implement a promise-returning interface without awaiting anything.
      '@typescript-eslint/require-await': 'off',
      // `{ dropped: _, ...rest }` leaves a field out of a copy.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true, argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Search and exports are made from the core, not from what pages show: the layering of src/lib.
    files: ['src/lib/search/**', 'src/lib/export/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/view/*'], message: 'search/ and export/ do not import view/: move the logic to the core.' }] },
      ],
    },
  },
  {
    // Tests read JSON the build wrote and use the test runner's asymmetric matchers (typed any).
    files: ['tests/**', '**/*.test.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
    },
  },
  ...astro.configs.recommended,
  {
    files: ['**/*.astro', '**/*.mjs', '**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
);
