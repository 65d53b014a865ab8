/**
 * @jest-environment node
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '..');
const ns = 'plugin__metallb-console-plugin.json';

/** Runs the catalogue check in a copy of the project, so a test can break the copy. */
const checkCopy = (mutate: (dir: string) => void): { ok: boolean; output: string } => {
  const dir = mkdtempSync(join(tmpdir(), 'i18n-check-'));
  try {
    for (const p of [
      'src',
      'locales',
      'hack',
      'i18n-scripts',
      'console-extensions.json',
      'i18next-parser.config.js',
      'package.json',
    ]) {
      cpSync(join(root, p), join(dir, p), { recursive: true });
    }
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
    mutate(dir);
    const output = execFileSync('node', ['hack/check-i18n.mjs'], {
      cwd: dir,
      stdio: 'pipe',
    }).toString();
    return { ok: true, output };
  } catch (e) {
    const err = e as { stderr?: Buffer };
    return { ok: false, output: err.stderr?.toString() ?? String(e) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

describe('i18n catalogues', () => {
  it('are current for the code and complete in Korean', () => {
    const result = checkCopy(() => undefined);
    expect(result.output).toContain('i18n catalogues are current');
    expect(result.ok).toBe(true);
  });

  it('fail when the code uses a key the catalogues lack', () => {
    const result = checkCopy((dir) => {
      writeFileSync(
        join(dir, 'src/new-string.ts'),
        "declare const t: (k: string) => string;\nexport const s = t('A brand new sentence');\n",
      );
    });
    expect(result.ok).toBe(false);
    expect(result.output).toContain('locales/en lacks "A brand new sentence"');
  });

  it('fail on a plural built by hand, naming the key and the fix', () => {
    const key = '{{n}} pools in the list';
    const result = checkCopy((dir) => {
      writeFileSync(
        join(dir, 'src/new-string.ts'),
        `declare const t: (k: string, o: object) => string;\nexport const s = t('${key}', { n: 2 });\n`,
      );
      // in both catalogues, so that only the plural is wrong
      for (const [lang, value] of [
        ['en', key],
        ['ko', '목록의 풀 {{n}}개'],
      ]) {
        const file = join(dir, 'locales', lang, ns);
        const catalogue = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
        writeFileSync(file, JSON.stringify({ ...catalogue, [key]: value }));
      }
    });
    expect(result.ok).toBe(false);
    expect(result.output).toContain(`"${key}" is a plural built by hand`);
    expect(result.output).toContain('pass the number as count');
    expect(result.output.match(/built by hand/g)).toHaveLength(1);
  });

  it('fail when an English plural has no singular written', () => {
    const base = '{{count}} problems to fix before saving';
    const result = checkCopy((dir) => {
      const file = join(dir, 'locales/en', ns);
      const en = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
      expect(en[`${base}_one`]).toBe('{{count}} problem to fix before saving');
      writeFileSync(file, JSON.stringify({ ...en, [`${base}_one`]: base }));
    });
    expect(result.ok).toBe(false);
    expect(result.output).toContain(`locales/en "${base}_one" needs the singular`);
  });

  it('fail when Korean lacks a translation', () => {
    const result = checkCopy((dir) => {
      const file = join(dir, 'locales/ko', ns);
      const ko = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
      const [first] = Object.keys(ko);
      ko[first] = '';
      writeFileSync(file, JSON.stringify(ko));
    });
    expect(result.ok).toBe(false);
    expect(result.output).toContain('locales/ko lacks a translation of');
  });
});
