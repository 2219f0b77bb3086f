/**
 * The tests `npm run test:mutation` (Stryker) runs against each mutant of domain/: the project's own
 * transform, only tests/domain (they need no Azurite, so no global setup starting one per run).
 * The lifecycle property test is left out: it runs up to 1,500 random intent sequences and a
 * mutant that stops the lifecycle makes it run all of them, about 12 s a mutant (docs/testing.md).
 */
const { globalSetup: _setup, globalTeardown: _teardown, ...base } = require('./jest.config.js');

/** @type {import('jest').Config} */
module.exports = {
  ...base,
  // tests/support holds no tests; it is a root so that Jest's --findRelatedTests (see
  // stryker.config.mjs) follows a test's imports through the builders to domain/.
  roots: ['<rootDir>/tests/domain', '<rootDir>/tests/support'],
  testPathIgnorePatterns: ['/node_modules/', '/tests/domain/lifecycle\\.property\\.test\\.ts$'],
};
