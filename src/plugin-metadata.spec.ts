/**
 * @jest-environment node
 */
import * as fs from 'fs';
import * as path from 'path';
import * as semver from 'semver';
import { sharedPluginModules } from '@openshift-console/dynamic-plugin-sdk-webpack/lib/shared-modules/shared-modules-meta';

const ROOT = path.resolve(__dirname, '..');
const readJSON = <T>(file: string): T =>
  JSON.parse(fs.readFileSync(path.join(ROOT, file), 'utf-8')) as T;

type PackageJSON = {
  name: string;
  devDependencies: Record<string, string>;
  dependencies?: Record<string, string>;
  consolePlugin: {
    name: string;
    exposedModules: Record<string, string>;
    dependencies: Record<string, string>;
  };
};
type Extension = { type: string; properties: Record<string, unknown> };

const pkg = readJSON<PackageJSON>('package.json');
/** The modules the console shares with plugins, as the SDK's webpack plugin lists them. */
const CONSOLE_SHARED: readonly string[] = sharedPluginModules;
const extensions = readJSON<Extension[]>('console-extensions.json');

const codeRefs = (value: unknown): string[] => {
  if (Array.isArray(value)) return value.flatMap(codeRefs);
  if (value && typeof value === 'object') {
    const ref = (value as { $codeRef?: unknown }).$codeRef;
    if (typeof ref === 'string') return [ref.split('.')[0]];
    return Object.values(value).flatMap(codeRefs);
  }
  return [];
};

describe('plugin metadata', () => {
  it('names the package and the plugin metallb-console-plugin', () => {
    expect(pkg.name).toBe('metallb-console-plugin');
    expect(pkg.consolePlugin.name).toBe('metallb-console-plugin');
  });

  it('has an English and a Korean catalogue under the plugin namespace', () => {
    for (const lang of ['en', 'ko']) {
      expect(
        fs.existsSync(path.join(ROOT, `locales/${lang}/plugin__metallb-console-plugin.json`)),
      ).toBe(true);
    }
  });

  it('exposes only modules that exist', () => {
    for (const [name, file] of Object.entries(pkg.consolePlugin.exposedModules)) {
      const base = path.join(ROOT, 'src', file);
      const exists = ['.ts', '.tsx'].some((ext) => fs.existsSync(base + ext));
      expect({ name, exists }).toEqual({ name, exists: true });
    }
  });

  it('refers from console-extensions.json only to exposed modules', () => {
    const exposed = Object.keys(pkg.consolePlugin.exposedModules);
    for (const ref of codeRefs(extensions)) {
      expect(exposed).toContain(ref);
    }
  });

  // One bundle for consoles 4.19 and later, built the way the SDK README's "target multiple Console
  // versions per code branch" describes: with the SDK of the oldest console claimed. 4.19.1 rather
  // than 4.20.0: 4.20.0 adds exports (useOverlay, the `utils` API) that a 4.19 console lacks, so
  // typing against it would let the code use them. SDK webpack has no 4.19.1; 4.19.0 is its 4.19.
  it('is built with the SDK of console 4.19 and claims consoles 4.19 and later', () => {
    const deps = { ...pkg.dependencies, ...pkg.devDependencies };
    expect(deps['@openshift-console/dynamic-plugin-sdk']).toBe('4.19.1');
    expect(deps['@openshift-console/dynamic-plugin-sdk-webpack']).toBe('4.19.0');
    expect(pkg.consolePlugin.dependencies['@console/pluginAPI']).toBe('>=4.19.0-0');
    expect(semver.satisfies('4.19.0', pkg.consolePlugin.dependencies['@console/pluginAPI'])).toBe(
      true,
    );
    expect(semver.satisfies('4.18.9', pkg.consolePlugin.dependencies['@console/pluginAPI'])).toBe(
      false,
    );
  });

  it('pins the modules the console shares to the ranges of that SDK', () => {
    const deps = { ...pkg.dependencies, ...pkg.devDependencies };
    // SDK 4.19 lists the versions console 4.19 provides as its dependencies (4.22 moved them to
    // peerDependencies); the webpack plugin reads them from there as each share's requiredVersion.
    const sdk = readJSON<{ dependencies: Record<string, string> }>(
      'node_modules/@openshift-console/dynamic-plugin-sdk/package.json',
    );
    const listed = CONSOLE_SHARED.filter((name) => name in deps);
    expect(listed).toEqual(
      expect.arrayContaining(['react', 'react-i18next', 'react-router-dom-v5-compat']),
    );
    for (const name of listed) {
      const range = sdk.dependencies[name];
      if (!range) continue; // the SDK itself
      const installed = readJSON<{ version: string }>(`node_modules/${name}/package.json`).version;
      expect({ name, installed, ok: semver.satisfies(installed, range) }).toEqual({
        name,
        installed,
        ok: true,
      });
      const declared = semver.minVersion(deps[name]);
      expect({ name, declared: declared && semver.satisfies(declared, range) }).toEqual({
        name,
        declared: true,
      });
    }
  });

  // Console 4.19-4.21 provide react-router 5 as `react-router` and `react-router-dom`, and v6 as
  // `react-router-dom-v5-compat`; console 4.22 aliases all three to react-router 7. Only the
  // v5-compat name means the same API in every console.
  it('imports only console-shared modules it lists, and react-router only as v5-compat', () => {
    const imported = new Set<string>();
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const file = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(file);
        else if (/\.tsx?$/.test(entry.name) && !/\.spec\.tsx?$/.test(entry.name)) {
          for (const m of fs.readFileSync(file, 'utf-8').matchAll(/from '([^'.][^']*)'/g)) {
            const name = m[1].startsWith('@') ? m[1].split('/').slice(0, 2).join('/') : m[1];
            if (CONSOLE_SHARED.includes(name)) imported.add(name);
          }
        }
      }
    };
    walk(path.join(ROOT, 'src'));
    const deps = { ...pkg.dependencies, ...pkg.devDependencies };
    expect([...imported].filter((name) => !(name in deps))).toEqual([]);
    expect(imported).toContain('react-router-dom-v5-compat');
    expect([...imported].filter((name) => /^react-router(-dom)?$/.test(name))).toEqual([]);
  });
});
