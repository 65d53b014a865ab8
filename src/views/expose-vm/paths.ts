/** The wizard's page: `/metallb/expose-vm/ns/<ns>`, with `?vm=<name>` to start on that VM. */
export const exposeVMPath = (namespace: string, vm?: string) =>
  `/metallb/expose-vm/ns/${encodeURIComponent(namespace)}${vm ? `?vm=${encodeURIComponent(vm)}` : ''}`;
