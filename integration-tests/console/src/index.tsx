// Boot, in the console's order: share scope, i18n, API discovery, plugin store, then render. The
// console renders its shell before plugins finish loading; the host waits for them (and their
// feature flags) so that every route the plugin declares exists on the first render.
import '@patternfly/patternfly/patternfly.css';
import '@patternfly/patternfly/patternfly-addons.css';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { applyTheme, storedTheme } from './app/Masthead';
import { initI18n, preloadNamespace } from './i18n';
import {
  createPluginStore,
  initSharedScope,
  loadPlugins,
  PLUGIN_NAMES,
  registerLegacyPluginEntryCallback,
} from './plugins';
import { discoverModels } from './sdk/models';

const boot = async () => {
  applyTheme(storedTheme());
  registerLegacyPluginEntryCallback();
  const scope = await initSharedScope();
  await initI18n();
  await Promise.all([
    discoverModels(),
    // ConsolePlugin spec.i18n.loadType: Preload
    ...PLUGIN_NAMES.map((name) => preloadNamespace(`plugin__${name}`)),
  ]);
  const store = createPluginStore(scope);
  await loadPlugins(store);
  const container = document.getElementById('app');
  if (!container) throw new Error('no #app element');
  createRoot(container).render(<App store={store} />);
};

boot().catch((error: Error) => {
  console.error('The host failed to start:', error);
  document.getElementById('app')!.textContent = `The host failed to start: ${error.message}`;
});
