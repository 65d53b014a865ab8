import { defineConfig } from '@playwright/test';
import * as path from 'path';

const RESULTS = path.resolve(__dirname, '../results');

// The browser settings of the browser suite (real/) and bench:ui (bench/): Debian's chromium, never a
// downloaded browser; flags keep it off the (closed) network.
export default defineConfig({
  outputDir: path.join(RESULTS, 'playwright'),
  // One cluster, one set of fixtures: specs run in order, one at a time.
  workers: 1,
  fullyParallel: false,
  timeout: 90_000,
  expect: { timeout: 20_000 },
  reporter: [
    ['list'],
    ['html', { outputFolder: path.join(RESULTS, 'playwright-report'), open: 'never' }],
  ],
  use: {
    // The console's convention (and the plugin's): data-test, not data-testid.
    testIdAttribute: 'data-test',
    viewport: { width: 1366, height: 800 },
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
});
