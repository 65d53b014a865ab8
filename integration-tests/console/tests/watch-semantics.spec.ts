// The host's watches behave as Kubernetes clients must: a BOOKMARK moves the resourceVersion the next
// watch resumes from, and ERROR 410 (Gone) makes the client list again before watching. Playwright
// stands between the page and the real API server's watch socket to inject both events.
import type { WebSocketRoute } from '@playwright/test';
import { test, expect, applyPoolWhenFree, kubectl, kubectlDelete } from './fixtures';

const LIST = '/k8s/ns/metallb-system/metallb.io~v1beta1~IPAddressPool';
const POOLS_PATH =
  '/api/kubernetes/apis/metallb.io/v1beta1/namespaces/metallb-system/ipaddresspools';
const POOL = {
  apiVersion: 'metallb.io/v1beta1',
  kind: 'IPAddressPool',
  metadata: { name: 'e2e-after-relist', namespace: 'metallb-system' },
  spec: { addresses: ['192.168.123.170/31'], autoAssign: false },
};

test.afterAll(() => kubectlDelete('ipaddresspool', 'e2e-after-relist', 'metallb-system'));

test('BOOKMARK moves the resourceVersion; ERROR 410 relists; the watch stays live', async ({
  page,
  issues,
}) => {
  // A resourceVersion the API server knows, to bookmark.
  const list = JSON.parse(kubectl(['get', '--raw', POOLS_PATH.replace('/api/kubernetes', '')])) as {
    metadata: { resourceVersion: string };
  };
  const bookmarkRV = list.metadata.resourceVersion;
  const sockets: string[] = [];
  const lists: string[] = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.pathname === POOLS_PATH && !url.searchParams.has('watch')) lists.push(r.url());
  });
  await page.routeWebSocket(
    (url) => url.pathname === POOLS_PATH && url.searchParams.get('watch') === 'true',
    (ws: WebSocketRoute) => {
      sockets.push(ws.url());
      ws.connectToServer();
      const n = sockets.length;
      setTimeout(() => {
        if (n === 1) {
          ws.send(
            JSON.stringify({
              type: 'BOOKMARK',
              object: {
                kind: 'IPAddressPool',
                apiVersion: 'metallb.io/v1beta1',
                metadata: { resourceVersion: bookmarkRV },
              },
            }),
          );
          // The API server ends watches now and then; the client resumes from the bookmark.
          setTimeout(() => void ws.close(), 300);
        } else if (n === 2) {
          ws.send(
            JSON.stringify({
              type: 'ERROR',
              object: {
                kind: 'Status',
                apiVersion: 'v1',
                status: 'Failure',
                reason: 'Expired',
                code: 410,
                message: 'too old resource version',
              },
            }),
          );
        }
      }, 500);
    },
  );

  await page.goto(LIST);
  await expect.poll(() => sockets.length, { timeout: 30_000 }).toBeGreaterThanOrEqual(3);
  expect(new URL(sockets[0]).searchParams.get('allowWatchBookmarks')).toBe('true');
  expect(new URL(sockets[1]).searchParams.get('resourceVersion')).toBe(bookmarkRV);
  // One list to start, one after the 410; the third watch starts from the relist's resourceVersion.
  expect(lists).toHaveLength(2);

  await applyPoolWhenFree(POOL);
  await expect(page.getByTestId('pool-row-e2e-after-relist')).toBeVisible();
  expect(issues).toEqual([]);
});
