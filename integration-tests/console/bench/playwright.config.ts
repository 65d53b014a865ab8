import { defineConfig } from '@playwright/test';
import base from '../playwright.base';

// npm run bench:ui: the *.bench.ts files here, on objects global-setup makes and global-teardown
// removes. Same browser and console as the browser suite; not part of npm test (it takes minutes).
export default defineConfig({
  ...base,
  testDir: __dirname,
  testMatch: /.*\.bench\.ts$/,
  globalSetup: require.resolve('./global-setup'),
  globalTeardown: require.resolve('./global-teardown'),
  timeout: 600_000,
  reporter: [['list']],
  // No trace: recording one snapshots the DOM inside the page while it is being timed (a profile
  // showed ~0.2 s of Playwright's snapshotter in a 1.6 s render).
  // the cluster admin's real console (bench-ui.sh starts it)
  use: { ...base.use, baseURL: process.env.ADMIN_CONSOLE_URL, trace: 'off' },
});
