#!/usr/bin/env node
// Fails when locales/ is stale against the code (run `npm run i18n` to refresh) or when a language lacks
// a translation. English values equal their keys; every other language must translate every key.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const ns = 'plugin__metallb-console-plugin';
const read = (f) => JSON.parse(readFileSync(f, 'utf8'));
const problems = [];

const tmp = mkdtempSync(join(tmpdir(), 'i18n-'));
try {
  execFileSync(
    join(root, 'node_modules/.bin/i18next'),
    ['--config', 'i18next-parser.config.js', '--output', join(tmp, '$LOCALE/$NAMESPACE.json')],
    { cwd: root, stdio: 'pipe' },
  );
  const extracted = read(join(tmp, 'en', `${ns}.json`));
  const en = read(join(root, 'locales/en', `${ns}.json`));
  for (const key of Object.keys(extracted)) {
    if (!(key in en)) problems.push(`locales/en lacks "${key}", used in the code`);
    else if (en[key] !== extracted[key])
      problems.push(`locales/en has "${key}" = "${en[key]}"; expected "${extracted[key]}"`);
  }
  for (const key of Object.keys(en)) {
    if (!(key in extracted))
      problems.push(`locales/en has "${key}", which the code no longer uses`);
  }
  for (const lang of readdirSync(join(root, 'locales'))) {
    if (lang === 'en') continue;
    const other = read(join(root, 'locales', lang, `${ns}.json`));
    for (const key of Object.keys(extracted)) {
      if (!(key in other) || other[key] === '')
        problems.push(`locales/${lang} lacks a translation of "${key}"`);
    }
    for (const key of Object.keys(other)) {
      if (!(key in extracted))
        problems.push(`locales/${lang} has "${key}", which the code no longer uses`);
    }
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

if (problems.length) {
  console.error(`i18n catalogues are stale (${problems.length}):\n  ${problems.join('\n  ')}`);
  console.error('Run `npm run i18n`, then translate the empty Korean values in locales/ko.');
  process.exit(1);
}
console.log('i18n catalogues are current: every key extracted, every language complete');
