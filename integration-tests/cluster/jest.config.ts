import type { Config } from 'jest';

// Integration tests against the local lab cluster (integration-tests/cluster/up.sh).
// Run through integration-tests/cluster/test.sh, which brings the cluster up first.
const config: Config = {
  rootDir: '../..',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/integration-tests/cluster/tests/**/*.test.ts'],
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      {
        jsc: { parser: { syntax: 'typescript' }, target: 'es2020' },
        module: { type: 'commonjs' },
      },
    ],
  },
  // the cluster's state (etcd's *.snap files among it) is not the project's: jest took them for
  // obsolete snapshots
  modulePathIgnorePatterns: ['<rootDir>/.cluster/'],
  testTimeout: 240_000,
  maxWorkers: 1,
};

export default config;
