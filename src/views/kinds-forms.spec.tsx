// The forms of the five kinds on the shared form page: what they write, their live previews, their
// exclusive choices and immutable fields, and MetalLB's rules shown before saving.
import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router-dom-v5-compat';
import { k8sCreate, useAccessReview } from '@openshift-console/dynamic-plugin-sdk';
import { bfdProfile, bgpAdvertisement, bgpPeer, community, pool } from '../metallb/test-factories';
import { loaded, programWatches } from './test-support/watches';
import { L2AdvertisementCreatePage } from './l2-advertisements/form/L2AdvertisementFormPage';
import { BGPAdvertisementCreatePage } from './bgp-advertisements/form/BGPAdvertisementFormPage';
import { BGPPeerCreatePage, BGPPeerEditPage } from './bgp-peers/form/BGPPeerFormPage';
import { BFDProfileCreatePage } from './bfd-profiles/form/BFDProfileFormPage';
import { CommunityCreatePage } from './communities/form/CommunityFormPage';

const NS = '/k8s/ns/metallb-system';
const at = (ui: React.ReactElement, path = '/new') =>
  render(
    <MemoryRouter initialEntries={[path]}>
      <Routes>
        <Route path="/new" element={ui} />
        <Route path={`${NS}/:ref/:name/edit`} element={ui} />
        <Route path={`${NS}/:ref/:name`} element={<p>details page</p>} />
      </Routes>
    </MemoryRouter>,
  );

const webapp = pool(
  'ip-addresspool-webapp',
  ['192.168.123.200-192.168.123.250'],
  {},
  { tier: 'web' },
);
const node = (name: string, labels: Record<string, string> = {}) => ({
  metadata: { name, labels },
});
const created = () => jest.mocked(k8sCreate).mock.calls.map(([o]) => o);

beforeEach(() => {
  jest.mocked(useAccessReview).mockReturnValue([true, false]);
  jest.mocked(k8sCreate).mockReset();
  jest.mocked(k8sCreate).mockImplementation(async ({ data }) => data);
});

describe('L2 advertisement form', () => {
  it('walks the lab: l2-adv-webapp naming ip-addresspool-webapp, previewed, dry-run, created', async () => {
    programWatches({
      IPAddressPool: loaded([webapp, pool('other', ['10.0.0.0/24'])]),
      Node: loaded([node('worker-1'), node('worker-2')]),
    });
    at(<L2AdvertisementCreatePage />);
    expect(screen.getByTestId('pools-preview')).toHaveTextContent(
      'Covers now: every pool (2 today) and any pool created later',
    );
    await userEvent.type(screen.getByTestId('resource-name'), 'l2-adv-webapp');
    await userEvent.click(screen.getByLabelText('ip-addresspool-webapp'));
    expect(screen.getByTestId('pools-preview')).toHaveTextContent(
      'Covers now: ip-addresspool-webapp',
    );
    expect(screen.getByTestId('nodes-preview')).toHaveTextContent('Nodes now: worker-1, worker-2');
    await userEvent.click(screen.getByTestId('save-resource'));
    await screen.findByText('details page');
    expect(created().map((c) => c.queryParams)).toEqual([
      { dryRun: 'All', fieldValidation: 'Strict' },
      { fieldValidation: 'Strict' },
    ]);
    expect(created()[1].data).toEqual({
      apiVersion: 'metallb.io/v1beta1',
      kind: 'L2Advertisement',
      metadata: { name: 'l2-adv-webapp', namespace: 'metallb-system' },
      spec: { ipAddressPools: ['ip-addresspool-webapp'] },
    });
  });

  it('previews the pools and nodes each selector matches, and warns about a pool name that does not exist', async () => {
    programWatches({
      IPAddressPool: loaded([webapp]),
      Node: loaded([node('worker-1', { zone: 'a' }), node('worker-2', { zone: 'b' })]),
    });
    at(<L2AdvertisementCreatePage />);
    await userEvent.type(screen.getByLabelText('Other names for Pools by name'), 'typo-pool');
    expect(screen.getByTestId('pool-names')).toHaveTextContent(
      'No pool is named typo-pool: MetalLB accepts it and announces nothing for it',
    );
    await userEvent.click(screen.getByTestId('pool-selectors-add'));
    fireEvent.change(screen.getByLabelText('Pools by label 1'), { target: { value: 'tier=web' } });
    expect(screen.getByTestId('pool-selectors')).toHaveTextContent('matches ip-addresspool-webapp');
    expect(screen.getByTestId('pools-preview')).toHaveTextContent(
      'Covers now: ip-addresspool-webapp',
    );
    await userEvent.click(screen.getByTestId('node-selectors-add'));
    fireEvent.change(screen.getByLabelText('Node selectors 1'), {
      target: { value: 'zone in (b,c)' },
    });
    expect(screen.getByTestId('nodes-preview')).toHaveTextContent('Nodes now: worker-2');
    fireEvent.change(screen.getByLabelText('Node selectors 1'), { target: { value: 'zone in b' } });
    expect(screen.getByTestId('node-selectors')).toHaveTextContent('Cannot read "zone in b"');
  });

  it('switches back to all pools by clearing names and selectors', async () => {
    programWatches({ IPAddressPool: loaded([webapp]) });
    at(<L2AdvertisementCreatePage />);
    await userEvent.click(screen.getByLabelText('ip-addresspool-webapp'));
    await userEvent.click(screen.getByTestId('pools-all'));
    expect(screen.queryByTestId('pool-names')).not.toBeInTheDocument();
    expect(screen.getByTestId('pools-preview')).toHaveTextContent('every pool');
  });
});

describe('BGP advertisement form', () => {
  it('shows the aggregation floor the chosen pools set and refuses a shorter length in MetalLB’s words', async () => {
    programWatches({ IPAddressPool: loaded([pool('wide', ['10.20.30.40/24', '1.2.3.0/28'])]) });
    at(<BGPAdvertisementCreatePage />);
    await userEvent.click(screen.getByLabelText('wide'));
    expect(screen.getByText('At least /28: pool wide has 1.2.3.0/28.')).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText('Aggregation length (IPv4)'), '27');
    expect(
      screen.getByText(
        'invalid aggregation length 27: prefix 28 in this pool is more specific than the aggregation length for addresses 1.2.3.0/28',
      ),
    ).toBeInTheDocument();
  });

  it('picks communities from aliases and checks typed values', async () => {
    programWatches({
      IPAddressPool: loaded([webapp]),
      Community: loaded([community('well-known', { 'no-advertise': '65535:65282' })]),
      BGPPeer: loaded([bgpPeer('tor-a')]),
    });
    at(<BGPAdvertisementCreatePage />);
    await userEvent.click(screen.getByLabelText('no-advertise'));
    await userEvent.click(screen.getByLabelText('tor-a'));
    await userEvent.type(screen.getByLabelText('Other names for Communities'), '65536:1');
    expect(screen.getByTestId('communities')).toHaveTextContent(
      'invalid community value: invalid section "65536" of community "65536:1"',
    );
  });
});

describe('BGP peer form', () => {
  it('makes peer ASN and dynamic ASN one exclusive choice, so both can never be set', async () => {
    programWatches({});
    at(<BGPPeerCreatePage />);
    await userEvent.type(screen.getByTestId('resource-name'), 'tor');
    await userEvent.type(screen.getByTestId('peer-myASN'), '64500');
    await userEvent.type(screen.getByTestId('peer-peerASN'), '64501');
    await userEvent.click(screen.getByLabelText('Dynamic: any other ASN (eBGP)'));
    expect(screen.queryByTestId('peer-peerASN')).not.toBeInTheDocument();
    await userEvent.type(screen.getByTestId('peer-peerAddress'), '192.0.2.1');
    await userEvent.click(screen.getByTestId('save-resource'));
    await screen.findByText('details page');
    expect((created()[1].data as { spec?: unknown }).spec).toEqual({
      myASN: 64500,
      dynamicASN: 'external',
      peerAddress: '192.0.2.1',
    });
  });

  it('says a hold time of 2s is refused, in MetalLB’s words, before saving', async () => {
    programWatches({});
    at(<BGPPeerCreatePage />);
    await userEvent.type(screen.getByTestId('peer-holdTime'), '2s');
    expect(
      screen.getByText(
        'invalid BGPPeer timers: invalid hold time "&Duration{Duration:2s,}": must be 0 or >=3s',
      ),
    ).toBeInTheDocument();
  });

  it('switches between address and interface, and between the password sources', async () => {
    programWatches({});
    at(<BGPPeerCreatePage />);
    await userEvent.type(screen.getByTestId('peer-peerAddress'), '192.0.2.1');
    await userEvent.click(screen.getByLabelText('Interface (unnumbered BGP)'));
    expect(screen.queryByTestId('peer-peerAddress')).not.toBeInTheDocument();
    await userEvent.type(screen.getByTestId('peer-interface'), 'eth1');
    await userEvent.click(screen.getByLabelText('Written in the object'));
    await userEvent.type(screen.getByTestId('peer-password'), 'secret');
    await userEvent.click(
      screen.getByLabelText(
        'From a Secret (type kubernetes.io/basic-auth) in the MetalLB namespace',
      ),
    );
    expect(screen.queryByTestId('peer-password')).not.toBeInTheDocument();
    await userEvent.type(screen.getByTestId('peer-password-secret-name'), 'tor-auth');
    await userEvent.click(screen.getByTestId('yaml-view'));
    const yaml = (screen.getByRole('textbox') as HTMLTextAreaElement).value;
    expect(yaml).toContain('interface: eth1');
    expect(yaml).not.toContain('peerAddress');
    expect(yaml).not.toContain('password: secret');
    expect(yaml).toContain('name: tor-auth');
  });

  it('keeps graceful restart read-only on edit and says why', () => {
    const peer = {
      ...bgpPeer('tor', { enableGracefulRestart: true }),
      metadata: { name: 'tor', namespace: 'metallb-system', resourceVersion: '1' },
    };
    programWatches({ BGPPeer: loaded([peer]), BFDProfile: loaded([bfdProfile('fast')]) });
    at(<BGPPeerEditPage />, `${NS}/metallb.io~v1beta2~BGPPeer/tor/edit`);
    expect(screen.getByTestId('peer-graceful-restart')).toBeDisabled();
    expect(screen.getByTestId('peer-graceful-restart')).toBeChecked();
    expect(
      screen.getByText(/Cannot be changed after creation \(the API server refuses it\)/),
    ).toBeInTheDocument();
    expect(screen.getByTestId('resource-name')).toHaveAttribute('readonly');
  });
});

describe('BFD profile form', () => {
  it('enforces the ranges as you type', async () => {
    programWatches({ BGPPeer: loaded([]) });
    at(<BFDProfileCreatePage />);
    expect(screen.getByTestId('bfd-detectMultiplier')).toHaveAttribute('min', '2');
    await userEvent.type(screen.getByTestId('bfd-detectMultiplier'), '1');
    expect(screen.getByText(/invalid value 1, must be in 2-255 range/)).toBeInTheDocument();
    await userEvent.type(screen.getByTestId('bfd-receiveInterval'), '60001');
    expect(screen.getByText(/invalid value 60001, must be in 10-60000 range/)).toBeInTheDocument();
  });
});

describe('community form', () => {
  it('checks each value as standard or large and refuses an alias defined elsewhere', async () => {
    programWatches({ Community: loaded([community('other', { 'no-advertise': '65535:65282' })]) });
    at(<CommunityCreatePage />);
    await userEvent.type(screen.getByTestId('alias-name-0'), 'edge');
    await userEvent.type(screen.getByTestId('alias-value-0'), 'large:64500:1:2');
    const row = () => screen.getAllByTestId('alias-row')[0];
    expect(row()).toHaveTextContent('Large (three 32-bit numbers)');
    await userEvent.clear(screen.getByTestId('alias-value-0'));
    await userEvent.type(screen.getByTestId('alias-value-0'), '65000:70000');
    expect(row()).toHaveTextContent('invalid section "70000" of community "65000:70000"');
    await userEvent.click(screen.getByTestId('add-alias'));
    await userEvent.type(screen.getByTestId('alias-name-1'), 'no-advertise');
    expect(
      within(screen.getAllByTestId('alias-row')[1]).getByText(
        /duplicate definition of community "no-advertise"/,
      ),
    ).toBeInTheDocument();
  });
});

describe('BGP advertisement shared pool', () => {
  it('reports a local preference clash with another advertisement of the same pools', async () => {
    programWatches({
      IPAddressPool: loaded([webapp]),
      Node: loaded([node('worker-1')]),
      BGPAdvertisement: loaded([
        bgpAdvertisement('existing', { ipAddressPools: ['ip-addresspool-webapp'], localPref: 100 }),
      ]),
    });
    at(<BGPAdvertisementCreatePage />);
    await userEvent.type(screen.getByTestId('resource-name'), 'new');
    await userEvent.click(screen.getByLabelText('ip-addresspool-webapp'));
    await userEvent.type(screen.getByLabelText('Local preference'), '200');
    expect(
      screen.getByText(/invalid local preference 200: local preferernce 100 was already set/),
    ).toBeInTheDocument();
  });
});
