// MetalLB's native BGP mode on the BGP forms: with the MetalLB resource saying bgpBackend: native,
// the peer form warns on a field native mode refuses (in MetalLB's words, with the fix) and the BFD
// profile form says native mode runs no BFD. With bgpBackend unset the mode comes from the speaker pods,
// which here are config/manifests/metallb-frr-k8s.yaml's (METALLB_BGP_TYPE=frr-k8s, as on OpenShift):
// no warning. Native speakers (no METALLB_BGP_TYPE) are read as native by the unit tests
// (src/metallb/native-bgp.spec.ts, with the released manifests' speaker shapes, and
// src/views/native-bgp-forms.spec.tsx). The resource is put back as it was; nothing is created.
import { test, expect, kubectl, setLanguage, shootBothThemes } from './fixtures';

const NS = '/k8s/ns/metallb-system';
const PEERS = `${NS}/metallb.io~v1beta2~BGPPeer`;
const BFD = `${NS}/metallb.io~v1beta1~BFDProfile`;

const setBackend = (backend: string | null) =>
  kubectl([
    'patch',
    'metallbs.metallb.io',
    'metallb',
    '-n',
    'metallb-system',
    '--type',
    'merge',
    '-p',
    JSON.stringify({ spec: { bgpBackend: backend } }),
  ]);

let before: string | null = null;
test.beforeAll(() => {
  before =
    kubectl([
      'get',
      'metallbs.metallb.io',
      'metallb',
      '-n',
      'metallb-system',
      '-o',
      'jsonpath={.spec.bgpBackend}',
    ]) || null;
});
test.afterAll(() => setBackend(before));

test('native BGP mode: the peer and BFD forms name the limit and the fix; FRR-K8s says nothing', async ({
  page,
}) => {
  setBackend('native');
  await page.goto(`${PEERS}/~new`);
  await page.getByTestId('resource-name').fill('e2e-native-peer');
  await page.getByTestId('peer-myASN').fill('64500');
  await page.getByTestId('peer-peerASN').fill('64501');
  await page.getByTestId('peer-peerAddress').fill('192.0.2.1');
  await expect(page.getByTestId('native-bgp-limit')).toHaveCount(0);
  await page.getByTestId('peer-keepaliveTime').fill('30s');
  const limit = page.getByTestId('native-bgp-limit');
  await expect(limit).toHaveCount(1);
  await expect(limit).toContainText('peer 192.0.2.1 has keepalive-time set on native bgp mode');
  await expect(limit).toContainText('spec.bgpBackend: frr-k8s');
  await limit.scrollIntoViewIfNeeded();
  await shootBothThemes(page, 'native-bgp-peer-form');
  await setLanguage(page, 'ko');
  await expect(limit).toContainText('FRR-K8s');
  await shootBothThemes(page, 'native-bgp-peer-form-ko');
  await setLanguage(page, 'en');

  await page.goto(`${BFD}/~new`);
  await expect(page.getByTestId('native-bgp-limit')).toContainText(
    'bfd profiles not supported in native mode',
  );
  await shootBothThemes(page, 'native-bgp-bfd-form');

  setBackend('frr-k8s');
  await page.goto(`${PEERS}/~new`);
  await page.getByTestId('peer-peerAddress').fill('192.0.2.1');
  await page.getByTestId('peer-keepaliveTime').fill('30s');
  await expect(page.getByTestId('peer-keepaliveTime')).toHaveValue('30s');
  await expect(page.getByTestId('native-bgp-limit')).toHaveCount(0);

  // Unset: the mode comes from the local cluster's speakers, which run FRR-K8s mode: no limit either.
  setBackend(null);
  await page.goto(`${PEERS}/~new`);
  await page.getByTestId('peer-peerAddress').fill('192.0.2.1');
  await page.getByTestId('peer-keepaliveTime').fill('30s');
  await expect(page.getByTestId('peer-keepaliveTime')).toHaveValue('30s');
  await expect(page.getByTestId('native-bgp-limit')).toHaveCount(0);
  // and native again as soon as the resource says so (the warning is live, not a page-load read)
  setBackend('native');
  await expect(page.getByTestId('native-bgp-limit')).toContainText(
    'peer 192.0.2.1 has keepalive-time set on native bgp mode',
  );
});
