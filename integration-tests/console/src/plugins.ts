// The plugin store, configured as console 4.22 configures its own (frontend/public/plugins.ts): entry
// callback `__load_plugin_entry__`, `@console/pluginAPI` resolved to the console version, the webpack
// share scope, callback registration only. Feature flags from console.flag/model come from API
// discovery, re-run on a timer (the console re-discovers when CRDs change).
import { PluginStore } from '@openshift/dynamic-plugin-sdk';
import type { Extension } from '@openshift/dynamic-plugin-sdk';
import { discoverModels, getModelForGVK } from './sdk/models';
import { setPluginStore } from './sdk/host-state';

export const CONSOLE_VERSION = '4.22.0';
export const PLUGIN_NAMES = ['metallb-console-plugin'];

declare const __webpack_init_sharing__: (scope: string) => Promise<void>;
declare const __webpack_share_scopes__: Record<string, Record<string, unknown>>;

/** The console's share scope, with the react-router-dom aliases its monkeyPatchSharedScope adds. */
export const initSharedScope = async () => {
  await __webpack_init_sharing__('default');
  const scope = __webpack_share_scopes__.default;
  scope['react-router-dom'] = scope['react-router'];
  scope['react-router-dom-v5-compat'] = scope['react-router'];
  return scope;
};

/**
 * Console 4.22's `registerLegacyPluginEntryCallback` (frontend/packages/console-dynamic-plugin-sdk/
 * src/runtime/plugin-init.ts): bundles built with SDK webpack 1.0.0 to 4.21.x (ours: 4.19, for
 * consoles 4.19 and later) call `loadPluginEntry` with the ID `<name>@<version>`; the console warns
 * once per plugin and hands the entry to the 4.22 callback under the plain name.
 */
export const registerLegacyPluginEntryCallback = () => {
  const w = window as unknown as Record<string, (name: string, entry: unknown) => void>;
  w.loadPluginEntry = (pluginName, entryModule) => {
    const patchedPluginName = pluginName.includes('@')
      ? pluginName.slice(0, pluginName.lastIndexOf('@'))
      : pluginName;
    console.warn(
      `[DEPRECATION WARNING] ${pluginName} was built for an older version of Console and may not work correctly in this version.`,
    );
    w.__load_plugin_entry__(patchedPluginName, entryModule);
  };
};

export const createPluginStore = (sharedScope: Record<string, unknown>) => {
  const store = new PluginStore({
    loaderOptions: {
      canLoadPlugin: (manifest) => PLUGIN_NAMES.includes(manifest.name),
      entryCallbackSettings: { name: '__load_plugin_entry__' },
      customDependencyResolutions: { '@console/pluginAPI': CONSOLE_VERSION },
      sharedScope,
      transformPluginManifest: (manifest) => {
        if (manifest.registrationMethod !== 'callback') {
          throw new Error("registrationMethod must be 'callback', other methods are not supported");
        }
        return manifest;
      },
    },
  });
  setPluginStore(store);
  (window as unknown as { pluginStore: PluginStore }).pluginStore = store;
  return store;
};

type ModelFlag = Extension<
  'console.flag/model',
  { flag: string; model: { group?: string; version: string; kind: string } }
>;
type HandlerFlag = Extension<
  'console.flag',
  { handler: () => Promise<(set: (flag: string, value: boolean) => void) => void> }
>;

export const updateModelFlags = (store: PluginStore) => {
  const flags: Record<string, boolean> = {};
  for (const e of store.getExtensions()) {
    if (e.type !== 'console.flag/model') continue;
    const { flag, model } = (e as unknown as ModelFlag).properties;
    flags[flag] = !!getModelForGVK(model);
  }
  const current = store.getFeatureFlags();
  if (Object.entries(flags).some(([k, v]) => current[k] !== v)) store.setFeatureFlags(flags);
};

const runHandlerFlags = (store: PluginStore) => {
  for (const e of store.getExtensions()) {
    if (e.type !== 'console.flag') continue;
    const handler = (e as unknown as HandlerFlag).properties.handler as unknown as () => Promise<
      (set: (flag: string, value: boolean) => void) => void
    >;
    void handler().then((h) => h((flag, value) => store.setFeatureFlags({ [flag]: value })));
  }
};

export const loadPlugins = async (store: PluginStore) => {
  await Promise.all(
    PLUGIN_NAMES.map((name) =>
      store.loadPlugin(`/api/plugins/${name}/plugin-manifest.json`).catch((error: Error) => {
        console.error(`[loadPlugins] ${name} loadPlugin failed: ${error.message}`);
      }),
    ),
  );
  for (const info of store.getPluginInfo()) {
    if (info.status === 'failed')
      console.error(`[loadPlugins] ${info.manifest.name} failed: ${info.errorMessage}`);
  }
  updateModelFlags(store);
  runHandlerFlags(store);
  setInterval(() => {
    discoverModels()
      .then(() => updateModelFlags(store))
      .catch(() => undefined);
  }, 15_000);
};
