// Mutation testing of domain/ (`npm run test:mutation`, docs/testing.md). Not part of `npm test`:
// a mutant takes 5–60 s there, and domain/ has thousands.
import process from 'node:process';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'jest',
  mutate: ['domain/**/*.ts', '!domain/messages/**'],
  jest: {
    projectType: 'custom',
    configFile: 'jest.mutation.config.js',
    // Every mutant runs all of tests/domain unless STRYKER_RELATED_TESTS=1: then only the test
    // files that import the mutated file (`npm run test:mutation:files` sets it per file).
    enableFindRelatedTests: process.env.STRYKER_RELATED_TESTS === '1',
  },
  coverageAnalysis: 'perTest',
  concurrency: 2,
  // Beyond 1.5 × the covering tests' time: on the shared two-core machine a default 5 s margin
  // turned slow runs into false timeouts, which Stryker counts as killed.
  timeoutMS: 60000,
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  // `npm run test:mutation:files` names one report per file (scripts/mutationByFile.ts).
  jsonReporter: { fileName: process.env.STRYKER_JSON_REPORT ?? 'reports/mutation/mutation.json' },
  tempDirName: '.stryker-tmp',
  ignorePatterns: ['data', 'dist', 'tab/dist', 'test-output', 'reports', '.stryker-tmp*'],
};
