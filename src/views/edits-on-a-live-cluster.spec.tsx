// Editing while the cluster lives: MetalLB rewriting a pool's status is no conflict, someone else's
// change can take the user's changes on top, field by field, and nothing typed is lost when the
// watch fails or the object goes. Every kind edits through the same page; the pool and the L2
// advertisement stand for them here, in the form and in the YAML view.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router-dom-v5-compat';
import {
  k8sGet,
  k8sUpdate,
  useAccessReview,
  useK8sWatchResource,
  type WatchK8sResource,
} from '@openshift-console/dynamic-plugin-sdk';
import type { ReactElement } from 'react';
import { l2Advertisement, pool } from '../metallb/test-factories';
import type { K8sObject } from '../metallb';
import { PoolEditPage } from './pools/form/PoolFormPage';
import { L2AdvertisementEditPage } from './l2-advertisements/form/L2AdvertisementFormPage';

const NS = '/k8s/ns/metallb-system';
const POOLS = `${NS}/metallb.io~v1beta1~IPAddressPool`;
const L2 = `${NS}/metallb.io~v1beta1~L2Advertisement`;

/** What the API server holds now, by kind; a test changes it and re-renders, as a watch event would. */
let server: Record<string, { items: K8sObject[]; error?: Error }> = {};

const serveWatches = () =>
  jest.mocked(useK8sWatchResource).mockImplementation(((r: WatchK8sResource | null) => {
    if (!r) return [undefined, true, undefined];
    const { items, error } = server[r.groupVersionKind?.kind ?? ''] ?? { items: [] };
    if (!r.name || r.isList) return [items, true, error];
    // A watch by name (the edit page before this change asked for one) sees the same objects.
    return [items.find((o) => o.metadata?.name === r.name), true, error];
  }) as typeof useK8sWatchResource);

const page = (path: string, element: ReactElement, route: string) => (
  <MemoryRouter initialEntries={[path]}>
    <Routes>
      <Route path={route} element={element} />
      <Route path={route.replace('/edit', '')} element={<p>details page</p>} />
    </Routes>
  </MemoryRouter>
);
const editPool = () => page(`${POOLS}/web/edit`, <PoolEditPage />, `${POOLS}/:name/edit`);

/** The lab pool at a resourceVersion, with MetalLB's status counts. */
const web = (rv: string, assigned = 0, extra: Partial<K8sObject & { spec: object }> = {}) =>
  ({
    ...pool('web', ['192.168.123.200-192.168.123.210']),
    metadata: { name: 'web', namespace: 'metallb-system', uid: 'u1', resourceVersion: rv },
    status: { assignedIPv4: assigned, availableIPv4: 11 - assigned },
    ...extra,
  }) as K8sObject;

const httpError = (code: number, message: string) => Object.assign(new Error(message), { code });
const updates = () => jest.mocked(k8sUpdate).mock.calls.map(([o]) => o);
type Saved = K8sObject & { spec: Record<string, unknown>; status?: unknown };
const saved = () => updates()[updates().length - 1].data as Saved;

beforeEach(() => {
  server = {};
  serveWatches();
  jest.mocked(useAccessReview).mockReturnValue([true, false]);
  jest.mocked(k8sUpdate).mockReset();
  jest.mocked(k8sUpdate).mockImplementation(async ({ data }) => data);
  jest.mocked(k8sGet).mockReset();
});

describe('a status change is not a conflict', () => {
  it('takes MetalLB’s new status under the edit without a word, and saves the edit on that version', async () => {
    server.IPAddressPool = { items: [web('100', 0)] };
    const view = render(editPool());
    await userEvent.click(await screen.findByTestId('add-address'));
    await userEvent.type(screen.getByTestId('address-input-1'), '192.168.123.240/28');
    // Two Services take addresses: MetalLB rewrites the status twice.
    server.IPAddressPool = { items: [web('101', 1)] };
    view.rerender(editPool());
    server.IPAddressPool = { items: [web('102', 2)] };
    view.rerender(editPool());
    expect(screen.queryByTestId('conflict-alert')).not.toBeInTheDocument();
    expect(screen.getByTestId('address-input-1')).toHaveValue('192.168.123.240/28');
    await userEvent.click(screen.getByTestId('save-resource'));
    await screen.findByText('details page');
    expect(saved().metadata?.resourceVersion).toBe('102');
    expect(saved().spec.addresses).toEqual([
      '192.168.123.200-192.168.123.210',
      '192.168.123.240/28',
    ]);
    expect(saved().status).toEqual({ assignedIPv4: 2, availableIPv4: 9 });
  });

  it('keeps YAML the user typed, comments and all, and saves it on the newer version', async () => {
    server.IPAddressPool = { items: [web('100', 0)] };
    const view = render(editPool());
    await userEvent.click(await screen.findByLabelText('YAML view'));
    const editor = () => screen.getByLabelText('YAML editor') as HTMLTextAreaElement;
    const withComment = editor().value.replace(
      'spec:\n',
      'spec:\n  # web tier only\n  avoidBuggyIPs: true\n',
    );
    expect(withComment).toContain('# web tier only');
    fireEvent.change(editor(), { target: { value: withComment } });
    server.IPAddressPool = { items: [web('103', 3)] };
    view.rerender(editPool());
    expect(screen.queryByTestId('conflict-alert')).not.toBeInTheDocument();
    expect(editor().value).toBe(withComment);
    await userEvent.click(screen.getByTestId('save-resource'));
    await screen.findByText('details page');
    expect(saved().metadata?.resourceVersion).toBe('103');
    expect(saved().spec.avoidBuggyIPs).toBe(true);
  });

  it('sends the edit again when the save meets a status-only 409, and lands it', async () => {
    server.IPAddressPool = { items: [web('100', 0)] };
    const conflict = httpError(409, 'the object has been modified; please apply your changes');
    jest
      .mocked(k8sUpdate)
      .mockImplementation(async ({ data }) =>
        (data as K8sObject).metadata?.resourceVersion === '100' ? Promise.reject(conflict) : data,
      );
    jest.mocked(k8sGet).mockResolvedValue(web('104', 4));
    render(editPool());
    await userEvent.type(await screen.findByTestId('pool-labels'), 'team=web');
    await userEvent.click(screen.getByTestId('save-resource'));
    await screen.findByText('details page');
    expect(
      updates().map((u) => [(u.data as K8sObject).metadata?.resourceVersion, u.queryParams]),
    ).toEqual([
      ['100', { dryRun: 'All', fieldValidation: 'Strict' }],
      ['104', { dryRun: 'All', fieldValidation: 'Strict' }],
      ['104', { fieldValidation: 'Strict' }],
    ]);
    expect(saved().metadata?.labels).toEqual({ team: 'web' });
  });
});

describe('someone else’s change', () => {
  it('says what they changed, applies the user’s changes onto their version, and saves on it', async () => {
    server.IPAddressPool = { items: [web('100')] };
    const view = render(editPool());
    await userEvent.type(await screen.findByTestId('pool-labels'), 'team=web');
    server.IPAddressPool = {
      items: [
        web('101', 1, {
          spec: { addresses: ['192.168.123.200-192.168.123.210', '192.168.123.224/28'] },
        }),
      ],
    };
    view.rerender(editPool());
    const alert = await screen.findByTestId('conflict-alert');
    expect(within(alert).getByTestId('their-changes')).toHaveTextContent(
      'spec.addresses: [192.168.123.200-192.168.123.210] → [192.168.123.200-192.168.123.210, 192.168.123.224/28]',
    );
    await userEvent.click(screen.getByTestId('conflict-apply'));
    expect(screen.queryByTestId('conflict-alert')).not.toBeInTheDocument();
    expect(screen.getByTestId('merge-applied')).toBeInTheDocument();
    expect(screen.getByTestId('address-input-1')).toHaveValue('192.168.123.224/28');
    expect(screen.getByTestId('pool-labels')).toHaveValue('team=web');
    await userEvent.click(screen.getByTestId('save-resource'));
    await screen.findByText('details page');
    expect(saved().metadata?.resourceVersion).toBe('101');
    expect(saved().metadata?.labels).toEqual({ team: 'web' });
    expect(saved().spec.addresses).toHaveLength(2);
  });

  it('keeps apiVersion and kind when the watch’s list items come without them', async () => {
    const bare = (o: K8sObject): K8sObject => ({ ...o, apiVersion: undefined, kind: undefined });
    server.IPAddressPool = { items: [bare(web('100'))] };
    const view = render(editPool());
    await userEvent.type(await screen.findByTestId('pool-labels'), 'team=web');
    server.IPAddressPool = {
      items: [
        bare(web('101', 0, { spec: { addresses: ['192.168.123.200/30'], autoAssign: false } })),
      ],
    };
    view.rerender(editPool());
    expect(screen.getByTestId('their-changes')).not.toHaveTextContent(/apiVersion|kind/);
    await userEvent.click(screen.getByTestId('conflict-apply'));
    await userEvent.click(screen.getByTestId('save-resource'));
    await screen.findByText('details page');
    expect(saved()).toMatchObject({
      apiVersion: 'metallb.io/v1beta1',
      kind: 'IPAddressPool',
      metadata: { resourceVersion: '101', labels: { team: 'web' } },
      spec: { addresses: ['192.168.123.200/30'], autoAssign: false },
    });
  });

  it('marks a field both changed, refuses to save until the user chooses, and saves the choice', async () => {
    server.IPAddressPool = { items: [web('100')] };
    const view = render(editPool());
    const input = await screen.findByTestId('address-input-0');
    await userEvent.clear(input);
    await userEvent.type(input, '192.168.123.200/29');
    server.IPAddressPool = {
      items: [web('101', 0, { spec: { addresses: ['192.168.123.200/30'] } })],
    };
    view.rerender(editPool());
    await userEvent.click(await screen.findByTestId('conflict-apply'));
    const review = screen.getByTestId('merge-review');
    expect(within(review).getByTestId('overlap-0')).toHaveTextContent(
      'spec.addresses[0]Keep yours: 192.168.123.200/29Take theirs: 192.168.123.200/30',
    );
    expect(screen.getByTestId('address-input-0')).toHaveValue('192.168.123.200/29');
    await userEvent.click(screen.getByTestId('save-resource'));
    expect(screen.getByTestId('merge-undecided')).toBeInTheDocument();
    expect(k8sUpdate).not.toHaveBeenCalled();
    await userEvent.click(screen.getByLabelText(/Take theirs/));
    expect(screen.getByTestId('address-input-0')).toHaveValue('192.168.123.200/30');
    await userEvent.click(screen.getByTestId('save-resource'));
    await screen.findByText('details page');
    expect(saved().spec.addresses).toEqual(['192.168.123.200/30']);
    expect(saved().metadata?.resourceVersion).toBe('101');
  });

  it('after a 409 on save, applies the user’s changes onto the version the server returned', async () => {
    server.IPAddressPool = { items: [web('100')] };
    jest
      .mocked(k8sUpdate)
      .mockImplementation(async ({ data }) =>
        (data as K8sObject).metadata?.resourceVersion === '100'
          ? Promise.reject(httpError(409, 'the object has been modified'))
          : data,
      );
    jest.mocked(k8sGet).mockResolvedValue(
      web('105', 0, {
        spec: { addresses: ['192.168.123.200-192.168.123.210'], autoAssign: false },
      }),
    );
    render(editPool());
    await userEvent.type(await screen.findByTestId('pool-labels'), 'team=web');
    await userEvent.click(screen.getByTestId('save-resource'));
    const alert = await screen.findByTestId('conflict-alert');
    expect(alert).toHaveTextContent('Nothing was overwritten');
    expect(alert).toHaveTextContent('spec.autoAssign: not set → false');
    await userEvent.click(screen.getByTestId('conflict-apply'));
    await userEvent.click(screen.getByTestId('save-resource'));
    await screen.findByText('details page');
    expect(saved()).toMatchObject({
      metadata: { resourceVersion: '105', labels: { team: 'web' } },
      spec: { autoAssign: false },
    });
  });

  it('applies in the YAML view too, and the text shows the merged object', async () => {
    server.L2Advertisement = {
      items: [
        {
          ...l2Advertisement('l2-web', { ipAddressPools: ['web'] }),
          metadata: { name: 'l2-web', namespace: 'metallb-system', resourceVersion: '7' },
        },
      ],
    };
    server.IPAddressPool = { items: [web('100')] };
    const l2 = () => page(`${L2}/l2-web/edit`, <L2AdvertisementEditPage />, `${L2}/:name/edit`);
    const view = render(l2());
    await userEvent.click(await screen.findByLabelText('YAML view'));
    const editor = () => screen.getByLabelText('YAML editor') as HTMLTextAreaElement;
    fireEvent.change(editor(), {
      target: { value: editor().value.replace('spec:\n', 'spec:\n  interfaces:\n    - eth1\n') },
    });
    server.L2Advertisement = {
      items: [
        {
          ...l2Advertisement('l2-web', {
            ipAddressPools: ['web'],
            nodeSelectors: [{ matchLabels: { zone: 'a' } }],
          }),
          metadata: { name: 'l2-web', namespace: 'metallb-system', resourceVersion: '8' },
        },
      ],
    };
    view.rerender(l2());
    await userEvent.click(await screen.findByTestId('conflict-apply'));
    expect(editor().value).toContain('interfaces:\n    - eth1');
    expect(editor().value).toContain('zone: a');
    expect(editor().value).toContain("resourceVersion: '8'");
    await userEvent.click(screen.getByTestId('save-resource'));
    await screen.findByText('details page');
    expect(saved().spec).toEqual({
      ipAddressPools: ['web'],
      interfaces: ['eth1'],
      nodeSelectors: [{ matchLabels: { zone: 'a' } }],
    });
  });
});

describe('errors after load keep the draft', () => {
  it('a failed watch is an alert above the form, which stays with the draft', async () => {
    server.IPAddressPool = { items: [web('100')] };
    const view = render(editPool());
    await userEvent.type(await screen.findByTestId('pool-labels'), 'team=web');
    server.IPAddressPool = { items: [web('100')], error: httpError(500, 'watch closed: EOF') };
    view.rerender(editPool());
    expect(screen.getByTestId('edited-object-watch-error')).toHaveTextContent('watch closed: EOF');
    expect(screen.getByTestId('pool-labels')).toHaveValue('team=web');
    expect(screen.getByTestId('save-resource')).toBeEnabled();
  });

  it('a deleted object is an alert above the form, which stays with the draft', async () => {
    server.IPAddressPool = { items: [web('100')] };
    const view = render(editPool());
    await userEvent.type(await screen.findByTestId('pool-labels'), 'team=web');
    server.IPAddressPool = { items: [] };
    view.rerender(editPool());
    await waitFor(() =>
      expect(screen.getByTestId('edited-object-deleted')).toHaveTextContent(
        'IP address pool web was deleted while you were editing it',
      ),
    );
    expect(screen.getByTestId('pool-labels')).toHaveValue('team=web');
  });
});
