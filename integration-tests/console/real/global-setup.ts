// Before the suite: each lab user opens their console once, as a new user would, so that bridge makes
// their settings ConfigMap (POST /api/console/user-settings); the specs then set theme and language in it.
import { chromium } from '@playwright/test';
import {
  consoleURL,
  kubectl,
  resetUserSettings,
  settingsConfigMap,
  type LabUser,
} from './fixtures';
import base from '../playwright.base';

export default async () => {
  const browser = await chromium.launch(base.use?.launchOptions);
  try {
    for (const user of ['admin', 'vm-owner'] as LabUser[]) {
      const page = await browser.newPage();
      await page.goto(consoleURL(user, '/'));
      const deadline = Date.now() + 60_000;
      for (;;) {
        const names = kubectl([
          'get',
          'configmaps',
          '-n',
          'openshift-console-user-settings',
          '-o',
          'jsonpath={.items[*].metadata.name}',
        ]);
        if (names.split(' ').includes(settingsConfigMap(user))) break;
        if (Date.now() > deadline) {
          throw new Error(`the console of ${user} made no user-settings ConfigMap within 60 s`);
        }
        await page.waitForTimeout(500);
      }
      await page.close();
    }
    resetUserSettings();
  } finally {
    await browser.close();
  }
};
