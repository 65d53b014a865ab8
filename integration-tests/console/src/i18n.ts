// i18next as the console sets it up: `~` separates namespace and key, keys are whole sentences, and
// plugin namespaces come from `/locales/resource.json?lng=..&ns=plugin__<name>` (the console's
// bridge answers that from the plugin's `locales/<lng>/<ns>.json`; so does the host's server).
// The console translates its own chrome too; the host's chrome stays English.
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';

export const LANGUAGES = { en: 'English', ko: '한국어' } as const;
export type Language = keyof typeof LANGUAGES;
const STORAGE_KEY = 'lab-language';

export const storedLanguage = (): Language => {
  const stored = localStorage.getItem(STORAGE_KEY);
  return stored && stored in LANGUAGES ? (stored as Language) : 'en';
};

const loaded = new Set<string>();

export const loadNamespace = async (lng: string, ns: string) => {
  if (loaded.has(`${lng}/${ns}`)) return;
  const response = await fetch(`/locales/resource.json?lng=${lng}&ns=${encodeURIComponent(ns)}`);
  const bundle = response.ok ? ((await response.json()) as Record<string, string>) : {};
  i18n.addResourceBundle(lng, ns, bundle, true, true);
  loaded.add(`${lng}/${ns}`);
};

let namespaces: string[] = [];

export const initI18n = async () => {
  const lng = storedLanguage();
  await i18n.use(initReactI18next).init({
    lng,
    fallbackLng: 'en',
    ns: ['public'],
    defaultNS: 'public',
    nsSeparator: '~',
    keySeparator: false,
    returnEmptyString: false,
    interpolation: { escapeValue: false },
    react: { useSuspense: false },
    resources: {},
  });
  document.documentElement.lang = lng;
};

/** Preloads a plugin's namespace in the current language and English (the fallback). */
export const preloadNamespace = async (ns: string) => {
  namespaces = [...new Set([...namespaces, ns])];
  await Promise.all([loadNamespace('en', ns), loadNamespace(i18n.language, ns)]);
  await i18n.loadNamespaces(ns);
};

export const changeLanguage = async (lng: Language) => {
  await Promise.all(namespaces.map((ns) => loadNamespace(lng, ns)));
  localStorage.setItem(STORAGE_KEY, lng);
  document.documentElement.lang = lng;
  await i18n.changeLanguage(lng);
};

/** `%plugin__x~Text%` → the translation, as the console resolves extension labels. */
export const translateLabel = (label: string | undefined): string => {
  if (!label) return '';
  const match = /^%(.+)%$/.exec(label);
  return match ? i18n.t(match[1]) : label;
};

export default i18n;
