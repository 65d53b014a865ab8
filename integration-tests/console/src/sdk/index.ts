/*
 * The host's implementation of `@openshift-console/dynamic-plugin-sdk`, provided to the plugin in the
 * webpack share scope under that name and version, as the console provides its own. It covers what
 * the plugin imports (check with `grep -rhoE "from '@openshift-console/dynamic-plugin-sdk'" src`);
 * anything the plugin starts importing that is missing here fails the e2e run with a console error.
 */
export { useResolvedExtensions } from '@openshift/dynamic-plugin-sdk';
export * from './fetch';
export {
  useK8sModel,
  useK8sModels,
  getGroupVersionKindForModel,
  getAPIVersionForModel,
  getGroupVersionKindForResource,
  referenceForModel as getReferenceForModel,
} from './models';
export * from './resources';
export {
  k8sGetResource as k8sGet,
  k8sCreateResource as k8sCreate,
  k8sUpdateResource as k8sUpdate,
  k8sPatchResource as k8sPatch,
  k8sDeleteResource as k8sDelete,
  k8sListResource as k8sList,
  k8sListResourceItems as k8sListItems,
} from './resources';
export * from './hooks';
export { useActiveNamespace } from './host-state';
export * from './components/misc';
export * from './components/list-page';
export { ResourceLink, ResourceIcon } from './components/resource-link';
export * from './components/modal';
export * from './components/yaml';
export { HorizontalNav } from './components/horizontal-nav';
export { ResourceEventStream } from './components/events';
export * from './components/table';
export { NamespaceBar } from './components/namespace-bar';
