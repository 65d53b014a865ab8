// The BGP forms when MetalLB runs its native BGP implementation: each field native mode refuses says
// so, with MetalLB's message and the fix, once it is set; with FRR-K8s or an unknown mode, nothing.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router-dom-v5-compat';
import { useAccessReview } from '@openshift-console/dynamic-plugin-sdk';
import { bfdProfile, bgpPeer, community, pool } from '../metallb/test-factories';
import { loaded, programWatches, type WatchResult } from './test-support/watches';
import { serveEveryKind } from '../k8s/hooks/watch-test-helpers';
import { BGPPeerCreatePage, BGPPeerEditPage } from './bgp-peers/form/BGPPeerFormPage';
import { BFDProfileCreatePage } from './bfd-profiles/form/BFDProfileFormPage';
import { BGPAdvertisementCreatePage } from './bgp-advertisements/form/BGPAdvertisementFormPage';
import { CommunityEditPage } from './communities/form/CommunityFormPage';

const NS = '/k8s/ns/metallb-system';
const at = (ui: React.ReactElement, path = '/new') =>
  render(
    <MemoryRouter initialEntries={[path]}>
      <Routes>
        <Route path="/new" element={ui} />
        <Route path={`${NS}/:ref/:name/edit`} element={ui} />
      </Routes>
    </MemoryRouter>,
  );

const metallb = (bgpBackend?: string) => ({
  apiVersion: 'metallb.io/v1beta1',
  kind: 'MetalLB',
  metadata: { name: 'metallb', namespace: 'metallb-system' },
  spec: bgpBackend ? { bgpBackend } : {},
});

/** A cluster with the operator's MetalLB kind served, and these objects. */
const cluster = (watches: Record<string, WatchResult>) => {
  serveEveryKind();
  programWatches(watches);
};

const limits = () => screen.queryAllByTestId('native-bgp-limit').map((e) => e.textContent);

beforeEach(() => {
  jest.mocked(useAccessReview).mockReturnValue([true, false]);
});

describe('BGP forms on native BGP mode', () => {
  it('warns on each peer field native mode refuses once it is set, with MetalLB’s words and the fix', async () => {
    cluster({ MetalLB: loaded([metallb('native')]), BFDProfile: loaded([bfdProfile('fast')]) });
    at(<BGPPeerCreatePage />);
    await userEvent.type(screen.getByTestId('peer-peerAddress'), '192.0.2.1');
    expect(limits()).toEqual([]);
    await userEvent.type(screen.getByTestId('peer-keepaliveTime'), '30s');
    await userEvent.type(screen.getByTestId('peer-vrf'), 'red');
    await userEvent.click(screen.getByLabelText('Dynamic: any other ASN (eBGP)'));
    await userEvent.selectOptions(screen.getByTestId('peer-bfd'), 'fast');
    await userEvent.click(screen.getByTestId('peer-dual-stack'));
    const shown = limits();
    expect(shown).toHaveLength(5);
    expect(shown.join('\n')).toContain('peer 192.0.2.1 has keepalive-time set on native bgp mode');
    expect(shown.join('\n')).toContain('peer 192.0.2.1 has vrf set on native bgp mode');
    expect(shown.join('\n')).toContain('peer 192.0.2.1 has dynamicASN set on native bgp mode');
    expect(shown.join('\n')).toContain('peer 192.0.2.1 has bfd-profile set on native bgp mode');
    expect(shown.join('\n')).toContain(
      'peer 192.0.2.1 has dualstackaddressfamily flag set on native bgp mode',
    );
    expect(shown[0]).toContain('switch MetalLB to FRR-K8s mode (spec.bgpBackend: frr-k8s');
    // Cleared, the warning goes.
    await userEvent.clear(screen.getByTestId('peer-vrf'));
    expect(limits()).toHaveLength(4);
  });

  it('says nothing on FRR-K8s, nor when the mode is unknown', () => {
    const peer = {
      ...bgpPeer('tor', { keepaliveTime: '30s', vrf: 'red', peerAddress: '192.0.2.1' }),
      metadata: { name: 'tor', namespace: 'metallb-system', resourceVersion: '1' },
    };
    for (const install of [[metallb('frr-k8s')], [metallb()], []]) {
      cluster({ MetalLB: loaded(install), BGPPeer: loaded([peer]) });
      const view = at(<BGPPeerEditPage />, `${NS}/metallb.io~v1beta2~BGPPeer/tor/edit`);
      expect(screen.getByTestId('peer-vrf')).toHaveValue('red');
      expect(limits()).toEqual([]);
      view.unmount();
    }
  });

  it('without the operator, reads native mode from the speaker pods and gives the reinstall fix', async () => {
    // The speaker of MetalLB v0.16.1's config/manifests/metallb-native.yaml: no METALLB_BGP_TYPE.
    const speaker = (env: Array<{ name: string; value: string }>) => ({
      metadata: {
        name: 'speaker-a',
        namespace: 'metallb-system',
        labels: { app: 'metallb', component: 'speaker' },
      },
      spec: {
        containers: [{ name: 'speaker', env: [{ name: 'METALLB_NODE_NAME', value: 'n' }, ...env] }],
      },
    });
    cluster({ MetalLB: loaded([]), Pod: loaded([speaker([])]) });
    const view = at(<BGPPeerCreatePage />);
    await userEvent.type(screen.getByTestId('peer-peerAddress'), '192.0.2.1');
    await userEvent.type(screen.getByTestId('peer-keepaliveTime'), '30s');
    expect(limits()).toEqual([
      expect.stringContaining('peer 192.0.2.1 has keepalive-time set on native bgp mode'),
    ]);
    expect(limits()[0]).toContain('its speaker pods set no METALLB_BGP_TYPE');
    expect(limits()[0]).toContain('frrk8s.enabled=true');
    view.unmount();
    const bfd = at(<BFDProfileCreatePage />);
    expect(limits()).toEqual([
      expect.stringContaining('bfd profiles not supported in native mode'),
    ]);
    expect(limits()[0]).toContain('reinstall MetalLB in FRR-K8s mode');
    bfd.unmount();

    // metallb-frr-k8s.yaml's speaker: nothing.
    cluster({
      MetalLB: loaded([]),
      Pod: loaded([speaker([{ name: 'METALLB_BGP_TYPE', value: 'frr-k8s' }])]),
    });
    at(<BFDProfileCreatePage />);
    expect(limits()).toEqual([]);
  });

  it('says on the BFD profile form that native mode runs no BFD', () => {
    cluster({ MetalLB: loaded([metallb('native')]) });
    at(<BFDProfileCreatePage />);
    expect(limits()).toEqual([
      expect.stringContaining('bfd profiles not supported in native mode'),
    ]);
  });

  it('flags a large community and an IPv6 pool on the BGP advertisement form', async () => {
    cluster({
      MetalLB: loaded([metallb('native')]),
      IPAddressPool: loaded([pool('dual', ['192.168.124.0/24', '2001:db8::/120'])]),
    });
    at(<BGPAdvertisementCreatePage />);
    await userEvent.click(screen.getByTestId('pools-all'));
    expect(limits()).toEqual([
      expect.stringContaining(
        'pool "dual" has ipv6 CIDR 2001:db8::/120, native bgp mode does not support ipv6',
      ),
    ]);
  });

  it('flags a large value on the Community form, on its row', () => {
    const obj = {
      ...community('communities', { 'no-advertise': '65535:65282', big: 'large:64500:1:2' }),
      metadata: { name: 'communities', namespace: 'metallb-system', resourceVersion: '1' },
    };
    cluster({ MetalLB: loaded([metallb('native')]), Community: loaded([obj]) });
    at(<CommunityEditPage />, `${NS}/metallb.io~v1beta1~Community/communities/edit`);
    expect(limits()).toEqual([
      expect.stringContaining('BGP community CR "communities" has non legacy community'),
    ]);
  });
});
