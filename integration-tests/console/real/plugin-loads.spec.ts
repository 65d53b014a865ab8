// The console loads the built plugin: its own page of console plugins (the Console operator config's
// "Console plugins" tab) says Loaded, the plugin's files come through bridge's plugin proxy as JavaScript
// with nosniff, and the MetalLB navigation shows (its flag comes from API discovery).
import * as fs from 'fs';
import * as path from 'path';
import { test, expect, navLink, consoleOwnURL } from './fixtures';

const RESULTS = path.resolve(__dirname, '../../results');

test("the console's plugin page says the plugin is loaded", async ({ page, issues }) => {
  await page.goto('/k8s/cluster/operator.openshift.io~v1~Console/cluster/console-plugins');
  const row = page.getByRole('row').filter({ hasText: 'metallb-console-plugin' });
  await expect(row).toContainText('Loaded');
  await expect(row).toContainText('0.1.0');
  // The plugin's JS came over /api/plugins/<name>/ with a JS MIME type and nosniff, as bridge serves it.
  const manifest = await page.request.get(
    '/api/plugins/metallb-console-plugin/plugin-manifest.json',
  );
  const entry = (await manifest.json()).loadScripts[0] as string;
  const script = await page.request.get(`/api/plugins/metallb-console-plugin/${entry}`);
  expect(script.headers()['content-type']).toMatch(/^application\/javascript/);
  expect(script.headers()['x-content-type-options']).toBe('nosniff');
  expect(issues).toEqual([]);
});

test('the MetalLB navigation shows once discovery finds the CRDs', async ({ page, issues }) => {
  await page.goto('/k8s/ns/metallb-system/metallb.io~v1beta1~IPAddressPool');
  await expect(await navLink(page, 'Networking', 'IP address pools')).toBeVisible();
  expect(issues).toEqual([]);
});

// One bundle for consoles 4.19 and later (built with SDK 4.19): the console says nothing about it but, from
// 4.22 on, the one notice that it was built for an older console (registerLegacyPluginEntryCallback). No
// webpack "Unsatisfied version" for the modules the console provides it (the build consumes those without
// a version check: 4.19-4.21 register them as "*", 4.22 gives React 18 and the SDK as 0.0.0-fixed).
test('the console logs nothing about the plugin but, from 4.22, the legacy-callback notice', async ({
  page,
  issues,
}) => {
  // every message, whatever its level (log, info, debug, warning, error)
  const said: string[] = [];
  page.on('console', (m) => said.push(`${m.type()}: ${m.text()}`));
  await page.goto('/metallb/overview');
  await expect(page.getByRole('heading', { name: 'MetalLB overview' })).toBeVisible();
  await page.goto('/k8s/ns/metallb-system/metallb.io~v1beta1~IPAddressPool');
  await expect(page.getByRole('heading', { name: 'IP address pools' })).toBeVisible();
  // kept for the record (docs/test-bed.md): what the console's browser log says on each console
  fs.mkdirSync(RESULTS, { recursive: true });
  fs.writeFileSync(
    path.join(RESULTS, `console-log-${process.env.CONSOLE_VERSION ?? '4.22'}.txt`),
    said.join('\n') + '\n',
  );
  // Warnings and errors that name the plugin, or webpack's "Unsatisfied version" for a module the bundle
  // consumes (these four, each without a version check: `grep -o 'm("default","[^"]*",!1)' dist/*.js`).
  // Not about the plugin, and so not counted: the console's info lines for every plugin ("Loading plugin
  // ...", "... has been loaded") and its flag detections ("METALLB_BGPPEER was detected."), and console
  // 4.22's own "Unsatisfied version 5.0.1 ... redux (required ^4.0.4)" (its runtime bundle asks redux ^4
  // of the redux 5 it provides; the plugin consumes no redux).
  const consumed = [
    'react',
    'react-i18next',
    'react-router-dom-v5-compat',
    '@openshift-console/dynamic-plugin-sdk',
  ];
  // Nor Chromium's note that a watch socket was closed while still connecting: leaving a page closes the
  // console's watch sockets (the watchdog lets net::ERR_ABORTED pass for the same reason).
  const leaving =
    /WebSocket connection to .* failed: WebSocket is closed before the connection is established/;
  // Nor the console's warning about a request of its own that fails on this cluster (console 4.20 warns
  // "consoleFetch failed for url .../namespaces/metallb-system/clusterserviceversions?": CONSOLE_OWN).
  const consoleOwnFetch = (text: string) =>
    consoleOwnURL(/consoleFetch failed for url (\S+)/.exec(text)?.[1] ?? '-');
  const aboutPlugin = said.filter(
    (text) =>
      /^(warning|error): /.test(text) &&
      !leaving.test(text) &&
      !consoleOwnFetch(text) &&
      (/metallb/i.test(text) ||
        consumed.some((name) => text.includes(`of shared singleton module ${name} `))),
  );
  const notice =
    'warning: [DEPRECATION WARNING] metallb-console-plugin@0.1.0 was built for an older version of Console and may not work correctly in this version.';
  // each full page load loads the plugin once
  const expected = process.env.CONSOLE_VERSION === '4.20' ? [] : [notice, notice];
  expect(aboutPlugin).toEqual(expected);
  expect(issues).toEqual([]);
});
