import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router-dom-v5-compat';
import {
  k8sCreate,
  k8sGet,
  k8sUpdate,
  useAccessReview,
  useK8sWatchResource,
} from '@openshift-console/dynamic-plugin-sdk';
import type { WatchK8sResource } from '@openshift-console/dynamic-plugin-sdk';
import { pool } from '../../../metallb/test-factories';
import type { IPAddressPool } from '../../../metallb';
import { PoolCreatePage, PoolEditPage } from './PoolFormPage';

const POOLS = '/k8s/ns/metallb-system/metallb.io~v1beta1~IPAddressPool';

/** The pools watch (list) and the edited pool's watch (by name). */
const watches = (pools: IPAddressPool[], edited?: IPAddressPool) =>
  jest
    .mocked(useK8sWatchResource)
    .mockImplementation(((r: WatchK8sResource | null) =>
      r?.name
        ? [edited, true, undefined]
        : [pools, true, undefined]) as typeof useK8sWatchResource);

const renderAt = (path: string) =>
  render(
    <MemoryRouter initialEntries={[path]}>
      <Routes>
        <Route path={`${POOLS}/~new`} element={<PoolCreatePage />} />
        <Route path={`${POOLS}/:name/edit`} element={<PoolEditPage />} />
        <Route path={`${POOLS}/:name`} element={<p>details page</p>} />
      </Routes>
    </MemoryRouter>,
  );

const httpError = (code: number, message: string) => Object.assign(new Error(message), { code });
const existing = (rv = '100') => ({
  ...pool('web', ['10.0.0.0/24']),
  metadata: { name: 'web', namespace: 'metallb-system', resourceVersion: rv, uid: 'u1' },
});

beforeEach(() => {
  jest.mocked(useAccessReview).mockReturnValue([true, false]);
  jest.mocked(k8sCreate).mockReset();
  jest.mocked(k8sUpdate).mockReset();
  jest.mocked(k8sGet).mockReset();
});

describe('pool form', () => {
  it('walks the lab: name, one range, its size, dry run, then create', async () => {
    watches([]);
    jest.mocked(k8sCreate).mockImplementation(async ({ data }) => data);
    renderAt(`${POOLS}/~new`);
    await userEvent.type(screen.getByTestId('pool-name'), 'ip-addresspool-webapp');
    await userEvent.type(screen.getByTestId('address-input-0'), '192.168.123.200-192.168.123.250');
    expect(screen.getByTestId('address-row-0')).toHaveTextContent(
      '51 addresses (192.168.123.200 to 192.168.123.250)',
    );
    expect(screen.getByLabelText('Namespace')).toHaveValue('metallb-system');
    await userEvent.click(screen.getByTestId('save-resource'));
    await screen.findByText('details page');
    const calls = jest.mocked(k8sCreate).mock.calls.map(([options]) => options);
    expect(calls.map((c) => c.queryParams)).toEqual([
      { dryRun: 'All', fieldValidation: 'Strict' },
      { fieldValidation: 'Strict' },
    ]);
    expect(calls[1].data).toEqual({
      apiVersion: 'metallb.io/v1beta1',
      kind: 'IPAddressPool',
      metadata: { name: 'ip-addresspool-webapp', namespace: 'metallb-system' },
      spec: { addresses: ['192.168.123.200-192.168.123.250'] },
    });
  });

  it("says what is wrong with a row as it is typed, in MetalLB's words, overlaps included", async () => {
    watches([pool('db', ['192.168.123.0/24'])]);
    renderAt(`${POOLS}/~new`);
    await userEvent.type(screen.getByTestId('pool-name'), 'web');
    const input = screen.getByTestId('address-input-0');
    await userEvent.type(input, '192.168.123.9');
    expect(screen.getByTestId('address-row-0')).toHaveTextContent(
      'invalid CIDR "192.168.123.9" in pool "web": invalid CIDR "192.168.123.9"',
    );
    expect(input).toHaveAttribute('aria-invalid', 'true');
    await userEvent.type(input, '/32');
    expect(screen.getByTestId('address-row-0')).toHaveTextContent(
      'CIDR "192.168.123.9/32" in pool "web" overlaps with already defined CIDR "192.168.123.0/24"',
    );
    await userEvent.click(screen.getByTestId('add-address'));
    await userEvent.type(screen.getByTestId('address-input-1'), '10.0.0.0/24');
    expect(screen.getByTestId('address-row-1')).toHaveTextContent('256 addresses');
    await userEvent.click(screen.getByTestId('add-address'));
    await userEvent.type(screen.getByTestId('address-input-2'), '10.0.1.5/32');
    expect(screen.getByTestId('address-row-2')).toHaveTextContent(
      '1 address (10.0.1.5 to 10.0.1.5)',
    );
  });

  it('does not save what MetalLB would refuse, and still shows what the server says', async () => {
    watches([pool('db', ['192.168.123.0/24'])]);
    const refusal =
      'admission webhook "ipaddresspoolvalidationwebhook.metallb.io" denied the request: CIDR "192.168.123.9/32" in pool "web" overlaps with already defined CIDR "192.168.123.0/24"';
    jest.mocked(k8sCreate).mockRejectedValue(httpError(403, refusal));
    renderAt(`${POOLS}/~new`);
    await userEvent.type(screen.getByTestId('pool-name'), 'web');
    await userEvent.type(screen.getByTestId('address-input-0'), '192.168.123.9/32');
    await userEvent.click(screen.getByTestId('save-resource'));
    expect(await screen.findByTestId('server-refusal')).toHaveTextContent(refusal);
    expect(screen.getByTestId('server-refusal')).toHaveTextContent('dry run, nothing was saved');
    expect(k8sCreate).toHaveBeenCalledTimes(1);
    expect(jest.mocked(k8sCreate).mock.calls[0][0].queryParams).toEqual({
      dryRun: 'All',
      fieldValidation: 'Strict',
    });
    expect(screen.getByTestId('address-input-0')).toHaveValue('192.168.123.9/32');
  });

  it('shows a refusal only the server knows, verbatim, and keeps the form as typed', async () => {
    watches([]);
    const refusal = 'ipaddresspools.metallb.io "web" already exists';
    jest.mocked(k8sCreate).mockRejectedValue(httpError(409, refusal));
    renderAt(`${POOLS}/~new`);
    await userEvent.type(screen.getByTestId('pool-name'), 'web');
    await userEvent.type(screen.getByTestId('address-input-0'), '10.9.0.0/24');
    await userEvent.click(screen.getByTestId('save-resource'));
    expect(await screen.findByTestId('server-refusal')).toHaveTextContent(refusal);
    expect(screen.getByTestId('pool-name')).toHaveValue('web');
  });

  it('keeps fields the form does not know through form and YAML, and saves them', async () => {
    const pool0 = {
      ...existing(),
      metadata: { ...existing().metadata, annotations: { note: 'keep me' } },
      spec: { addresses: ['10.0.0.0/24'], futureField: { x: 1 } },
    } as IPAddressPool;
    watches([pool0], pool0);
    jest.mocked(k8sUpdate).mockImplementation(async ({ data }) => data);
    renderAt(`${POOLS}/web/edit`);
    await userEvent.click(await screen.findByLabelText('YAML view'));
    const yaml = screen.getByLabelText('YAML editor');
    expect((yaml as HTMLTextAreaElement).value).toContain('futureField:');
    fireEvent.change(yaml, {
      target: { value: (yaml as HTMLTextAreaElement).value.replace('10.0.0.0/24', '10.0.1.0/24') },
    });
    await userEvent.click(screen.getByLabelText('Form view'));
    expect(screen.getByTestId('address-input-0')).toHaveValue('10.0.1.0/24');
    await userEvent.type(screen.getByTestId('pool-labels'), 'team=web');
    await userEvent.click(screen.getByLabelText('YAML view'));
    expect((screen.getByLabelText('YAML editor') as HTMLTextAreaElement).value).toContain(
      'team: web',
    );
    await userEvent.click(screen.getByTestId('save-resource'));
    await screen.findByText('details page');
    const saved = jest.mocked(k8sUpdate).mock.calls[1][0].data as IPAddressPool & {
      spec: { futureField?: unknown };
    };
    expect(saved.spec?.futureField).toEqual({ x: 1 });
    expect(saved.metadata?.annotations).toEqual({ note: 'keep me' });
    expect(saved.metadata?.labels).toEqual({ team: 'web' });
    expect(saved.metadata?.resourceVersion).toBe('100');
  });

  it('keeps YAML that does not parse, and refuses to switch until it does', async () => {
    watches([existing()], existing());
    renderAt(`${POOLS}/web/edit`);
    await userEvent.click(await screen.findByLabelText('YAML view'));
    fireEvent.change(screen.getByLabelText('YAML editor'), {
      target: { value: 'spec: [unclosed' },
    });
    await userEvent.click(screen.getByLabelText('Form view'));
    expect(screen.getByTestId('yaml-error')).toHaveTextContent('Your text is kept');
    expect(screen.getByLabelText('YAML editor')).toHaveValue('spec: [unclosed');
  });

  it('on 409 saves nothing, says it changed, keeps the edit, compares, and reloads on request', async () => {
    watches([existing()], existing());
    jest.mocked(k8sUpdate).mockRejectedValue(httpError(409, 'the object has been modified'));
    const theirs = { ...existing('101'), spec: { addresses: ['10.0.0.0/25'] } };
    jest.mocked(k8sGet).mockResolvedValue(theirs);
    const view = renderAt(`${POOLS}/web/edit`);
    const input = await screen.findByTestId('address-input-0');
    await userEvent.clear(input);
    await userEvent.type(input, '10.0.0.0/26');
    await userEvent.click(screen.getByTestId('save-resource'));
    const alert = await screen.findByTestId('conflict-alert');
    expect(alert).toHaveTextContent('IP address pool web changed since you opened it');
    expect(alert).toHaveTextContent('Nothing was overwritten');
    expect(k8sUpdate).toHaveBeenCalledTimes(1);
    expect(screen.getByTestId('address-input-0')).toHaveValue('10.0.0.0/26');
    await userEvent.click(screen.getByTestId('conflict-compare'));
    const changed = within(screen.getByTestId('conflict-diff'))
      .getAllByRole('row')
      .filter((r) => r.getAttribute('data-diff') === 'changed')
      .map((r) => r.textContent);
    expect(changed.join('\n')).toContain('10.0.0.0/25');
    expect(changed.join('\n')).toContain('10.0.0.0/26');
    // The watch delivers their version too; reloading it leaves nothing to warn about.
    watches([theirs], theirs);
    view.rerender(
      <MemoryRouter initialEntries={[`${POOLS}/web/edit`]}>
        <Routes>
          <Route path={`${POOLS}/:name/edit`} element={<PoolEditPage />} />
        </Routes>
      </MemoryRouter>,
    );
    await userEvent.click(screen.getByTestId('conflict-reload'));
    expect(screen.getByTestId('address-input-0')).toHaveValue('10.0.0.0/25');
    expect(screen.queryByTestId('conflict-alert')).not.toBeInTheDocument();
  });

  it('raises the conflict as soon as the watch sees someone else’s change', async () => {
    watches([existing()], existing());
    const view = renderAt(`${POOLS}/web/edit`);
    await screen.findByTestId('address-input-0');
    expect(screen.queryByTestId('conflict-alert')).not.toBeInTheDocument();
    const theirs = { ...existing('105'), spec: { addresses: ['10.0.0.0/25'] } };
    watches([theirs], theirs);
    view.rerender(
      <MemoryRouter initialEntries={[`${POOLS}/web/edit`]}>
        <Routes>
          <Route path={`${POOLS}/:name/edit`} element={<PoolEditPage />} />
        </Routes>
      </MemoryRouter>,
    );
    await waitFor(() => expect(screen.getByTestId('conflict-alert')).toBeInTheDocument());
  });

  it('tells a user who may not create pools why Create does nothing', () => {
    watches([]);
    jest.mocked(useAccessReview).mockReturnValue([false, false]);
    renderAt(`${POOLS}/~new`);
    expect(screen.getByTestId('save-forbidden')).toHaveTextContent(
      'Your user cannot create IPAddressPools in metallb-system',
    );
    expect(screen.getByTestId('save-resource')).toHaveAttribute('aria-disabled', 'true');
  });

  it('shows a spinner while the edited pool loads, and the reason when it cannot be read', () => {
    jest.mocked(useK8sWatchResource).mockReturnValue([undefined, false, undefined] as never);
    const view = renderAt(`${POOLS}/web/edit`);
    expect(
      screen.getByRole('progressbar', { name: 'Loading IP address pool web' }),
    ).toBeInTheDocument();
    view.unmount();
    jest
      .mocked(useK8sWatchResource)
      .mockReturnValue([
        undefined,
        false,
        httpError(403, 'ipaddresspools "web" is forbidden'),
      ] as never);
    renderAt(`${POOLS}/web/edit`);
    expect(screen.getByText('IP address pool web could not be loaded')).toBeInTheDocument();
    expect(screen.getByText('ipaddresspools "web" is forbidden')).toBeInTheDocument();
  });

  it('picks serviceAllocation namespaces, and words a repeated one as MetalLB does', async () => {
    watches([]);
    renderAt(`${POOLS}/~new`);
    const picker = screen.getByTestId('namespace-picker');
    await userEvent.type(picker, 'vmexamples{Enter}');
    await userEvent.type(picker, 'shop{Enter}');
    await userEvent.type(picker, 'vmexamples{Enter}');
    expect(screen.getByTestId('namespace-chips')).toHaveTextContent('vmexamplesshopvmexamples');
    expect(screen.getByText('duplicate definition in namespaces field')).toBeInTheDocument();
    await userEvent.click(
      screen.getAllByRole('button', { name: 'Remove namespace vmexamples' })[1],
    );
    expect(screen.queryByText('duplicate definition in namespaces field')).not.toBeInTheDocument();
    await userEvent.click(screen.getByLabelText('YAML view'));
    expect((screen.getByLabelText('YAML editor') as HTMLTextAreaElement).value).toContain(
      'serviceAllocation:\n    namespaces:\n      - vmexamples\n      - shop',
    );
  });

  it('does not call empty fields wrong before the first save, and does after it', async () => {
    watches([]);
    jest.mocked(k8sCreate).mockResolvedValue({});
    renderAt(`${POOLS}/~new`);
    expect(screen.queryByText('missing pool name')).not.toBeInTheDocument();
    expect(screen.queryAllByTestId('field-issue')).toHaveLength(0);
    await userEvent.click(screen.getByTestId('save-resource'));
    expect(await screen.findAllByText('missing pool name')).not.toHaveLength(0);
    expect(screen.getByTestId('local-issues')).toHaveTextContent('invalid CIDR "" in pool ""');
  });
});
