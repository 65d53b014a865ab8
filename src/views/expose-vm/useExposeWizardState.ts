// The wizard's state: the choices, and the Service YAML kept in step with them both ways. A form edit
// rebuilds the YAML on top of the last parsed YAML (so fields only the YAML has survive); a YAML edit
// that parses becomes the new base and the choices are read back from it.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dump, load } from 'js-yaml';
import {
  buildService,
  chooseLauncherSelector,
  defaultServiceName,
  readChoices,
  type ExposeChoices,
  type ExposedService,
  type VirtualMachine,
  type VMRef,
} from '../../kubevirt';
import type { ExposeVMData } from './useExposeVMData';

const initialChoices = (namespace: string): ExposeChoices => ({
  name: '',
  namespace,
  selector: {},
  ports: [],
  address: { mode: 'auto' },
  sharingKey: '',
  trafficPolicy: 'Cluster',
  ownedByVM: true,
});

export const useExposeWizardState = (namespace: string, data: ExposeVMData, initialVM: string) => {
  const { t } = useTranslation('plugin__metallb-console-plugin');
  const [vmName, setVMName] = useState(initialVM);
  const [choices, setChoices] = useState<ExposeChoices>(() => initialChoices(namespace));
  const [base, setBase] = useState<ExposedService>({});
  const [yaml, setYAML] = useState('');
  const [yamlError, setYAMLError] = useState<string>();
  const [unreadable, setUnreadable] = useState<string[]>([]);
  const nameTouched = useRef(false);

  const vm: VirtualMachine | undefined = data.vms.find((v) => v.metadata?.name === vmName);
  const vmi = data.vmis.find((v) => v.metadata?.name === vmName);
  const vmRef: VMRef = useMemo(
    () => ({ name: vm?.metadata?.name ?? vmName, uid: vm?.metadata?.uid ?? '' }),
    [vm?.metadata?.name, vm?.metadata?.uid, vmName],
  );
  const selector = useMemo(
    () => (vm ? chooseLauncherSelector(vm, vmi, data.pods) : undefined),
    [vm, vmi, data.pods],
  );

  const apply = useCallback(
    (next: ExposeChoices, nextBase = base) => {
      setChoices(next);
      setYAML(dump(buildService(next, vmRef, nextBase), { lineWidth: -1 }));
      setYAMLError(undefined);
    },
    [base, vmRef],
  );

  // A new VM (or its pod getting its labels) brings its selector and, unless typed, a name.
  const selectorKey = JSON.stringify(selector?.selector ?? {});
  useEffect(() => {
    if (!vm) return;
    apply({
      ...choices,
      selector: selector?.selector ?? {},
      name: nameTouched.current ? choices.name : defaultServiceName(vmRef.name, choices.ports),
    });
    // choices and apply are read, not watched: only the VM and its selector start this
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [vmRef.name, vmRef.uid, selectorKey]);

  const update = (patch: Partial<ExposeChoices>) => {
    const next = { ...choices, ...patch };
    if (patch.ports && !nameTouched.current)
      next.name = defaultServiceName(vmRef.name, patch.ports);
    if (patch.name !== undefined) nameTouched.current = true;
    apply(next);
  };

  const editYAML = (text: string) => {
    setYAML(text);
    let parsed: unknown;
    try {
      parsed = load(text);
    } catch (e) {
      setYAMLError((e as Error).message);
      return;
    }
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
      setYAMLError(t('The YAML must be one Service object.'));
      return;
    }
    const service = parsed as ExposedService;
    const read = readChoices(service, vmRef);
    setYAMLError(undefined);
    setBase(service);
    setUnreadable(read.unreadable);
    if (read.choices.name !== choices.name) nameTouched.current = true;
    setChoices({ ...read.choices, namespace });
  };

  /** The object to send: the YAML as the user left it. */
  const service = useMemo((): ExposedService | undefined => {
    if (yamlError) return undefined;
    try {
      return load(yaml) as ExposedService;
    } catch {
      return undefined;
    }
  }, [yaml, yamlError]);

  return {
    vmName,
    setVMName,
    vm,
    vmi,
    vmRef,
    selector,
    choices,
    update,
    yaml,
    editYAML,
    yamlError,
    unreadable,
    service,
  };
};
