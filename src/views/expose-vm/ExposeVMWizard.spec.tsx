import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { k8sCreate } from '@openshift-console/dynamic-plugin-sdk';
import { launcherPod, lbService, vm, vmi } from '../../kubevirt/test-factories';
import { ExposeVMWizard } from './ExposeVMWizard';
import type { ExposeVMData } from './useExposeVMData';

const database = vm('database', undefined, { app: 'database' });
const ownerData = (over: Partial<ExposeVMData> = {}): ExposeVMData => ({
  vms: [
    database,
    vm('migrated', { networks: [{ name: 'vlan', multus: { networkName: 'vlan' } }] }),
  ],
  vmsLoaded: true,
  vmsError: undefined,
  vmis: [vmi('database')],
  pods: [launcherPod('database', { 'vmi.kubevirt.io/id': 'database' })],
  // the VM owner: no pools, Services of vmexamples only
  pools: undefined,
  poolsReadable: false,
  services: [lbService('web', { ip: '192.168.123.200' })],
  servicesAllNamespaces: false,
  ...over,
});

const next = () => fireEvent.click(screen.getByRole('button', { name: 'Next' }));

const renderWizard = (data = ownerData(), vmName = 'database') =>
  render(
    <ExposeVMWizard namespace="vmexamples" data={data} initialVM={vmName} onCreated={jest.fn()} />,
  );

describe('ExposeVMWizard', () => {
  beforeEach(() => {
    jest.useFakeTimers();
    jest.mocked(k8sCreate).mockReset().mockResolvedValue({});
  });
  afterEach(() => jest.useRealTimers());

  it('selects on the running pod’s vmi.kubevirt.io/id and warns about a VM without a pod network', () => {
    renderWizard();
    expect(screen.getByTestId('expose-vm-selector')).toHaveTextContent(
      'vmi.kubevirt.io/id=database',
    );
    expect(screen.queryByTestId('expose-vm-no-pod-network')).toBeNull();
    fireEvent.change(screen.getByTestId('expose-vm-select'), { target: { value: 'migrated' } });
    expect(screen.getByTestId('expose-vm-no-pod-network')).toHaveTextContent(
      'has no pod network interface',
    );
  });

  it('for a VM owner: names the pool check it cannot make, and refuses a taken IP before create', () => {
    renderWizard();
    next();
    expect(screen.getByRole('button', { name: 'Next' })).toBeDisabled(); // no port yet
    fireEvent.click(screen.getByRole('button', { name: 'MySQL / MariaDB (3306)' }));
    next();
    expect(screen.getByTestId('expose-pools-unreadable')).toBeInTheDocument();
    fireEvent.click(screen.getByTestId('expose-address-ip'));
    fireEvent.change(screen.getByTestId('expose-ip-input'), {
      target: { value: '192.168.123.200' },
    });
    expect(screen.getByTestId('expose-address-error')).toHaveTextContent(
      '192.168.123.200 is already in use by Service vmexamples/web.',
    );
    expect(screen.getByText(/Could not check that a pool contains this IP/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Next' })).toBeDisabled();
    fireEvent.change(screen.getByTestId('expose-ip-input'), {
      target: { value: '192.168.123.210' },
    });
    expect(screen.getByRole('button', { name: 'Next' })).toBeEnabled();
  });

  it('keeps the YAML and the form in step, dry-runs what it would create, then creates it', async () => {
    renderWizard();
    next();
    fireEvent.click(screen.getByRole('button', { name: 'MySQL / MariaDB (3306)' }));
    next();
    next();
    next();
    // The SDK's YAMLEditor (the shared YAML view), inside the review step's field.
    const yaml = within(screen.getByTestId('expose-yaml')).getByLabelText(
      'YAML editor',
    ) as HTMLTextAreaElement;
    expect(yaml.value).toContain('vmi.kubevirt.io/id: database');
    expect(yaml.value).toContain('name: database-mysql');
    // YAML -> form
    fireEvent.change(yaml, {
      target: { value: yaml.value.replace('name: database-mysql', 'name: db') },
    });
    expect(screen.getByTestId('expose-name')).toHaveValue('db');
    // form -> YAML, keeping what the YAML added
    fireEvent.change(yaml, {
      target: { value: yaml.value.replace('spec:', 'spec:\n  sessionAffinity: ClientIP') },
    });
    fireEvent.click(screen.getByTestId('expose-owned'));
    expect(yaml.value).toContain('sessionAffinity: ClientIP');
    expect(yaml.value).not.toContain('ownerReferences');
    await act(async () => {
      jest.advanceTimersByTime(500);
    });
    expect(k8sCreate).toHaveBeenLastCalledWith(
      expect.objectContaining({ queryParams: { dryRun: 'All' } }),
    );
    expect(screen.getByText('The API server accepts this Service (dry run).')).toBeInTheDocument();
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Create' }));
    });
    const created = jest.mocked(k8sCreate).mock.calls.at(-1)?.[0];
    expect(created?.queryParams).toBeUndefined();
    expect(created?.data).toMatchObject({
      metadata: { name: 'db', namespace: 'vmexamples' },
      spec: {
        type: 'LoadBalancer',
        selector: { 'vmi.kubevirt.io/id': 'database' },
        sessionAffinity: 'ClientIP',
      },
    });
  });

  it('shows the server’s refusal verbatim', async () => {
    jest
      .mocked(k8sCreate)
      .mockRejectedValue(Object.assign(new Error('services "db" already exists'), { code: 409 }));
    renderWizard();
    next();
    fireEvent.click(screen.getByRole('button', { name: 'SSH (22)' }));
    next();
    next();
    next();
    await act(async () => {
      jest.advanceTimersByTime(500);
    });
    expect(screen.getByText('services "db" already exists')).toBeInTheDocument();
  });
});
