import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** A folder may not import the modules `group` names (gitignore patterns; `!` allows one back). */
function layer(files, message, group) {
  return [
    {
      files: [files],
      rules: { 'no-restricted-imports': ['error', { patterns: [{ group, message }] }] },
    },
  ];
}

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'data/',
      'dist/',
      'test-output/',
      'tab/dist/',
      'jest.config.js',
      'jest.mutation.config.js',
      '.stryker-tmp*/',
      'reports/',
    ],
  },
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
  // Each folder's boundary (README.md, "Architecture"): what it may import of the others.
  ...layer('storage/**/*.ts', 'storage/ is records in and out: no outer layer.', [
    '**/server/**',
    '**/bot/**',
    '**/tab/**',
    '**/site/**',
    '**/runtime/**',
  ]),
  ...layer('runtime/**/*.ts', 'runtime/ is what the server, the bot and the site share.', [
    '**/server/**',
    '**/bot/**',
    '**/tab/**',
    '**/site/**',
  ]),
  ...layer('bot/**/*.ts', 'bot/ talks to Teams: not the server, the tab or the site.', [
    '**/server/**',
    '**/tab/**',
    '**/site/**',
  ]),
  ...layer('site/**/*.ts', 'site/ turns records into files: no bot, tab or server.', [
    '**/bot/**',
    '**/tab/**',
    '**/server/**',
  ]),
  ...layer('server/**/*.ts', "server/ serves the tab's built files, never its sources.", [
    '**/tab/src/**',
  ]),
  ...layer('contract/**/*.ts', 'contract/ is types the tab and the server share.', [
    '**/server/**',
    '**/runtime/**',
    '**/storage/**',
    '**/bot/**',
    '**/tab/**',
    '**/site/**',
  ]),
  ...layer(
    'tab/src/**/*.{ts,tsx}',
    'The tab reads the server only through contract/ and shares only domain/.',
    [
      '**/server/**',
      '**/storage/**',
      '**/bot/**',
      '**/site/**',
      'node:*',
      '@azure/*',
      'botbuilder*',
    ],
  ),
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
