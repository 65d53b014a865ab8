/**
 * @jest-environment node
 */
import * as fs from 'fs';
import * as path from 'path';
import * as semver from 'semver';

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
  it('names the package and the plugin metallb-console-plugin, for console 4.22 and later', () => {
    expect(pkg.name).toBe('metallb-console-plugin');
    expect(pkg.consolePlugin.name).toBe('metallb-console-plugin');
    expect(pkg.consolePlugin.dependencies['@console/pluginAPI']).toBe('>=4.22.0-0');
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

  it('pins the SDK to 4.22.0 and the modules the console shares to the SDK ranges', () => {
    const deps = { ...pkg.dependencies, ...pkg.devDependencies };
    expect(deps['@openshift-console/dynamic-plugin-sdk']).toBe('4.22.0');
    expect(deps['@openshift-console/dynamic-plugin-sdk-webpack']).toBe('4.22.0');
    const sdk = readJSON<{ peerDependencies: Record<string, string> }>(
      'node_modules/@openshift-console/dynamic-plugin-sdk/package.json',
    );
    for (const [name, range] of Object.entries(sdk.peerDependencies)) {
      if (!(name in deps)) continue;
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
});
