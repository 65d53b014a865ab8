// The pool list watches only LoadBalancer Services: the console must hand the hook's fieldSelector to
// both the list and the watch socket, and the API server must filter on it (Kubernetes 1.35 serves
// spec.type for Services). The cluster always holds ClusterIP Services (default/kubernetes at least),
// so an unfiltered list would show them.
import { test, expect, kubectl } from './fixtures';

const LIST = '/k8s/ns/metallb-system/metallb.io~v1beta1~IPAddressPool';
const SERVICES_PATH = '/api/kubernetes/api/v1/services';

test('the pool list lists and watches LoadBalancer Services only', async ({ page, issues }) => {
  const all = JSON.parse(kubectl(['get', 'services', '-A', '-o', 'json'])) as {
    items: Array<{ spec: { type: string } }>;
  };
  expect(all.items.some((s) => s.spec.type !== 'LoadBalancer')).toBe(true);

  const sockets: string[] = [];
  page.on('websocket', (ws) => {
    if (new URL(ws.url()).pathname === SERVICES_PATH) sockets.push(ws.url());
  });
  const listed = page.waitForResponse(
    (r) =>
      new URL(r.url()).pathname === SERVICES_PATH && !new URL(r.url()).searchParams.has('watch'),
  );
  await page.goto(LIST);
  const list = await listed;
  expect(new URL(list.url()).searchParams.get('fieldSelector')).toBe('spec.type=LoadBalancer');
  const body = (await list.json()) as { items: Array<{ spec: { type: string } }> };
  expect(body.items.every((s) => s.spec.type === 'LoadBalancer')).toBe(true);

  await expect.poll(() => sockets.length).toBeGreaterThan(0);
  const socket = new URL(sockets[0]);
  expect(socket.searchParams.get('watch')).toBe('true');
  expect(socket.searchParams.get('fieldSelector')).toBe('spec.type=LoadBalancer');
  expect(issues).toEqual([]);
});
