import { defineConfig } from '@playwright/test';
import * as path from 'path';
import real from '../real/playwright.config';

// npm run screenshots: every page of the plugin, and the README's pictures (pages.spec.ts), in the real
// console, set up as the browser suite is (integration-tests/console/real: global-setup makes the users'
// settings ConfigMaps).
export default defineConfig({
  ...real,
  testDir: __dirname,
  outputDir: path.resolve(__dirname, '../../results/playwright-screenshots'),
  reporter: [['list']],
});
