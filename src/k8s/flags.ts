/** Feature flags the plugin's console.flag/model extensions set from API discovery (see console-extensions.json). */
export const FLAG_METALLB = 'METALLB_IPADDRESSPOOL';
export const FLAG_KUBEVIRT = 'METALLB_PLUGIN_KUBEVIRT';
