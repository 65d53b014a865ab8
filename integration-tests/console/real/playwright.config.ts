import { defineConfig } from '@playwright/test';
import * as path from 'path';
import base from '../playwright.base';

// The browser suite in the real OpenShift console: the cluster admin's console is the base URL (the VM
// owner's is VM_OWNER_CONSOLE_URL); both started by test-real.sh. Browser settings: ../playwright.base.ts.
export default defineConfig({
  ...base,
  testDir: __dirname,
  globalSetup: require.resolve('./global-setup'),
  outputDir: path.resolve(__dirname, '../../results/playwright-real'),
  reporter: [
    ['list'],
    [
      'html',
      {
        outputFolder: path.resolve(__dirname, '../../results/playwright-real-report'),
        open: 'never',
      },
    ],
  ],
  use: { ...base.use, baseURL: process.env.ADMIN_CONSOLE_URL },
});
