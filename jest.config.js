// Jest: TypeScript through ts-jest in transpile-only mode (tsconfig.json sets
// isolatedModules, so ts-jest skips type checking: `npm run typecheck` does it).
// Integration tests get a PostgreSQL server from tests/support/globalSetup.ts.
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['<rootDir>/tests/**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }] },
  globalSetup: '<rootDir>/tests/support/globalSetup.ts',
  globalTeardown: '<rootDir>/tests/support/globalTeardown.ts',
  // Generous for 2-core CI machines; a single test should stay far below it.
  testTimeout: 60_000,
  // 2 cores: one worker per core keeps Postgres and the tests from starving each other.
  maxWorkers: 2,
  reporters: ['default', '<rootDir>/tests/support/summaryReporter.js'],
};
