/**
 * The wizard's page in the console's namespaced URL space, so the console's project (and its
 * namespace bar) follow the URL: `/k8s/ns/<ns>/metallb-expose-vm`, with `?vm=<name>` to start on
 * that VM; without a namespace, `/k8s/all-namespaces/metallb-expose-vm` asks for the project.
 */
export const EXPOSE_VM_SEGMENT = 'metallb-expose-vm';

export const exposeVMPath = (namespace?: string, vm?: string) =>
  namespace
    ? `/k8s/ns/${encodeURIComponent(namespace)}/${EXPOSE_VM_SEGMENT}${vm ? `?vm=${encodeURIComponent(vm)}` : ''}`
    : `/k8s/all-namespaces/${EXPOSE_VM_SEGMENT}`;
