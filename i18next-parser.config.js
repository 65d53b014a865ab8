// Extracts every t() key from src/ and every %plugin__...~Text% label from console-extensions.json.
const { ConsoleExtensionsLexer } = require('./i18n-scripts/lexers');

module.exports = {
  input: [
    'src/**/*.{ts,tsx}',
    '!src/**/*.spec.{ts,tsx}',
    '!src/metallb/bench/**',
    'console-extensions.json',
  ],
  output: 'locales/$LOCALE/$NAMESPACE.json',
  sort: true,
  createOldCatalogs: false,
  keySeparator: false,
  namespaceSeparator: '~',
  reactNamespace: false,
  defaultNamespace: 'plugin__metallb-console-plugin',
  locales: ['en', 'ko'],
  // English values are the keys; Korean keeps its translations and gets '' for new keys (the check fails on those).
  defaultValue: (locale, _ns, key) => (locale === 'en' ? key : ''),
  keepRemoved: false,
  failOnWarnings: false,
  lexers: {
    ts: ['JavascriptLexer'],
    tsx: ['JsxLexer'],
    json: [ConsoleExtensionsLexer],
    default: ['JavascriptLexer'],
  },
};
