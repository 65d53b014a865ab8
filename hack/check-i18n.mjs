#!/usr/bin/env node
// Fails when locales/ is stale against the code (run `npm run i18n` to refresh), when a language lacks
// a translation, or when an English plural is built by hand. English values equal their keys, but for
// a plural's singular (`<key>_one`); every other language translates every key its plural forms need.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const ns = 'plugin__metallb-console-plugin';
const read = (f) => JSON.parse(readFileSync(f, 'utf8'));
const problems = [];

// English plurals go through i18next's `count` (JSON v4 keys `<key>_one`, `<key>_other`; Korean has
// `_other` only). In a plain key, a number before a plural noun ("{{n}} pools", "({{n}} pools)",
// "{{a}} of {{b}} addresses"), "1 address" or "pool(s)" is a plural built by hand. The nouns are the
// ones this plugin counts; `{{family}}` and `{{kind}}` hold words ("IPv4 addresses").
const COUNTED = (
  'address IP pool Service problem speaker node second minute hour day advertisement peer port ' +
  'profile community event pod VM VirtualMachine item row entry range CIDR error warning issue ' +
  'change object selector label key file byte request endpoint namespace session restart time'
).split(' ');
const pluralOf = (noun) =>
  /[^aeiou]y$/.test(noun)
    ? `${noun.slice(0, -1)}ies`
    : /(s|x)$/.test(noun)
      ? `${noun}es`
      : `${noun}s`;
const PLURALS = COUNTED.map(pluralOf).join('|');
const SINGULARS = COUNTED.join('|');
const COUNT = String.raw`\{\{\s*(?!family\b|kind\b)\w+\s*\}\}`;
const handMade = [
  [
    new RegExp(String.raw`${COUNT}\)?\s+(?:of\s+${COUNT}\s+)?(?:${PLURALS})\b`),
    'a number before a plural noun',
  ],
  [new RegExp(String.raw`(?:^|[\s(])1\s+(?:${SINGULARS})\b`), '"1" before a singular noun'],
  [new RegExp(String.raw`(?:${SINGULARS})\(e?s\)`), 'a "(s)" plural'],
];
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

const tmp = mkdtempSync(join(tmpdir(), 'i18n-'));
try {
  execFileSync(
    join(root, 'node_modules/.bin/i18next'),
    ['--config', 'i18next-parser.config.js', '--output', join(tmp, '$LOCALE/$NAMESPACE.json')],
    { cwd: root, stdio: 'pipe' },
  );
  // Per language, as the parser writes them: English values equal their keys (a plural key's value is
  // its key without the suffix), other languages empty; plural keys follow each language's CLDR forms.
  const extracted = (lang) => read(join(tmp, lang, `${ns}.json`));
  const expected = extracted('en');
  const isPlural = (key) => expected[key] !== key && PLURAL_SUFFIX.test(key);
  const en = read(join(root, 'locales/en', `${ns}.json`));
  for (const key of Object.keys(expected)) {
    if (!(key in en)) problems.push(`locales/en lacks "${key}", used in the code`);
    else if (!isPlural(key) && en[key] !== key)
      problems.push(`locales/en has "${key}" = "${en[key]}"; expected "${key}"`);
  }
  for (const key of Object.keys(en)) {
    if (!(key in expected)) problems.push(`locales/en has "${key}", which the code no longer uses`);
  }
  // English plurals: _other is the key itself, _one its singular, written by hand.
  for (const key of Object.keys(expected).filter((k) => k.endsWith('_other') && isPlural(k))) {
    const base = expected[key];
    if (en[key] !== base)
      problems.push(`locales/en has "${key}" = "${en[key]}"; expected "${base}"`);
    const one = en[`${base}_one`];
    if (!one || one === base)
      problems.push(`locales/en "${base}_one" needs the singular of "${base}"`);
  }
  // Consoles 4.20 and 4.22 pass plugin catalogues through i18next-v4-format-converter, which renames a
  // key ending in _<number> or _plural (JSON v3 plurals); _one/_other pass unchanged.
  for (const key of Object.keys(expected).filter((k) => /_(\d+|plural)$/.test(k)))
    problems.push(`"${key}" ends like a JSON v3 plural, which the console would rename`);
  for (const key of Object.keys(expected).filter((k) => !isPlural(k))) {
    for (const [pattern, what] of handMade) {
      if (pattern.test(key))
        problems.push(
          `"${key}" is a plural built by hand (${what}): pass the number as count (t(key, { count })) and write the singular in locales/en "<key>_one"`,
        );
    }
  }
  for (const lang of readdirSync(join(root, 'locales'))) {
    if (lang === 'en') continue;
    const keys = Object.keys(extracted(lang));
    const other = read(join(root, 'locales', lang, `${ns}.json`));
    for (const key of keys) {
      if (!(key in other) || other[key] === '')
        problems.push(`locales/${lang} lacks a translation of "${key}"`);
    }
    for (const key of Object.keys(other)) {
      if (!keys.includes(key))
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
