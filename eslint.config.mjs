import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'data/', 'dist/', 'test-output/', 'tab/dist/', 'jest.config.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      'no-console': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // domain/ is the heart: no I/O, no SDKs, no other layer.
    files: ['domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', 'fs', 'http', 'https', 'crypto', 'path'],
              message: 'domain/ does no I/O.',
            },
            {
              group: ['@azure/*', 'botbuilder*', 'react*', 'pino'],
              message: 'domain/ imports no SDK.',
            },
            {
              group: ['**/storage/**', '**/server/**', '**/bot/**', '**/tab/**', '**/site/**'],
              message: 'domain/ imports no outer layer.',
            },
          ],
        },
      ],
    },
  },
  {
    // The few plain CommonJS files run by Node itself (no TypeScript in a child process).
    files: ['**/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { require: 'readonly', process: 'readonly', setImmediate: 'readonly' },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['tests/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
);
