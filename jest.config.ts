import type { Config } from 'jest';

const config: Config = {
  testEnvironment: 'jsdom',
  // Not a speed target (those are benchmarks): room for the form and table specs that type and page
  // through PatternFly in jsdom, 1-4 s each on a quiet 2-core machine and past jest's default 5 s
  // when other builds share it (React 17, since the bundle targets console 4.19, renders them ~25%
  // slower than React 18 did).
  testTimeout: 30_000,
  roots: ['<rootDir>/src', '<rootDir>/hack'],
  testRegex: '.*\\.spec\\.(ts|tsx)$',
  moduleNameMapper: {
    // The SDK is supplied by the console at run time; tests get typed stubs instead.
    '^@openshift-console/dynamic-plugin-sdk$':
      '<rootDir>/__mocks__/@openshift-console/dynamic-plugin-sdk.tsx',
    '^react-i18next$': '<rootDir>/__mocks__/react-i18next.ts',
    '\\.(jpg|jpeg|png|gif|svg|woff2?)$': '<rootDir>/__mocks__/fileMock.ts',
    '\\.css$': '<rootDir>/__mocks__/styleMock.ts',
  },
  transform: {
    '^.+\\.[jt]sx?$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', tsx: true },
          transform: { react: { runtime: 'automatic' } },
          target: 'es2020',
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  setupFilesAfterEnv: ['<rootDir>/setup-tests.ts'],
  // A budget, not a speed check (speed lives in benchmarks): npm test runs the unit tests while the
  // cluster's and the console's builds run in the background, and a page test typing into 120 rows
  // took over Jest's default 5 s on 2 busy cores.
  testTimeout: 30_000,
};

export default config;
