import { createElement, Fragment, type FC, type PropsWithChildren } from 'react';
import i18next, { type TFunction } from 'i18next';
import en from '../locales/en/plugin__metallb-console-plugin.json';

/**
 * A real i18next with the English catalogue, set up as the console sets up its own (`~` between
 * namespace and key, whole sentences as keys, JSON v4 plurals): tests see the English the user sees,
 * plural forms included. A key missing from the catalogue fails the test, as the console reports it
 * (a console error): e.g. an interpolation named `ns`, which i18next takes for the namespace option.
 */
const NS = 'plugin__metallb-console-plugin';
const i18n = i18next.createInstance();
void i18n.init({
  lng: 'en',
  fallbackLng: 'en',
  ns: [NS],
  defaultNS: NS,
  nsSeparator: '~',
  keySeparator: false,
  interpolation: { escapeValue: false },
  resources: { en: { [NS]: en } },
  saveMissing: true,
  missingKeyHandler: (_lngs, ns, key) => {
    throw new Error(`Missing i18n key "${key}" in namespace "${ns}"`);
  },
});

const fixed = new Map<string, TFunction>();
const tFor = (ns: string = NS): TFunction => {
  if (!fixed.has(ns)) fixed.set(ns, i18n.getFixedT('en', ns));
  return fixed.get(ns) as TFunction;
};

export const useTranslation = (ns?: string) => ({ t: tFor(ns), i18n: { language: 'en' } });

export const Trans: FC<PropsWithChildren<unknown>> = ({ children }) =>
  createElement(Fragment, null, children);
