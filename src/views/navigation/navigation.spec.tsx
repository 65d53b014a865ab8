// The navigation names no namespace: MetalLB's lists are found where MetalLB runs, and Expose a VM
// works in the console's active project, with the console's namespace bar to choose another.
import { render, screen } from '@testing-library/react';
import * as fs from 'fs';
import * as path from 'path';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router-dom-v5-compat';
import type { WatchK8sResource } from '@openshift-console/dynamic-plugin-sdk';
import { metallbResource } from '../../metallb/install-test-factories';
import { recordWatches, serveEveryKind } from '../../k8s/hooks/watch-test-helpers';
import MetalLBListRedirect from './MetalLBListRedirect';
import ExposeVMPage from '../expose-vm/ExposeVMPage';

type Extension = { type: string; properties: Record<string, unknown> };
const extensions = JSON.parse(
  fs.readFileSync(path.resolve(__dirname, '../../../console-extensions.json'), 'utf-8'),
) as Extension[];
const navItems = extensions.filter((e) => e.type === 'console.navigation/href');
const routePaths = extensions
  .filter((e) => e.type === 'console.page/route')
  .flatMap((e) => [e.properties.path].flat() as string[]);

const Where = () => <p data-test="location">{useLocation().pathname}</p>;

describe('navigation items', () => {
  it('name no namespace', () => {
    for (const item of navItems) {
      expect({ id: item.properties.id, href: item.properties.href }).toEqual({
        id: item.properties.id,
        href: expect.not.stringMatching(/\/ns\//),
      });
    }
  });

  it('go to MetalLB’s lists through the namespace finder, each lit on its list’s pages', () => {
    const lists = navItems.filter((i) => String(i.properties.href).startsWith('/metallb/list/'));
    expect(lists.map((i) => i.properties.id)).toEqual([
      'metallb-ipaddresspools',
      'metallb-l2advertisements',
      'metallb-bgpadvertisements',
      'metallb-bgppeers',
      'metallb-bfdprofiles',
      'metallb-communities',
    ]);
    for (const item of lists) {
      const ref = String(item.properties.href).replace('/metallb/list/', '');
      expect(item.properties.startsWith).toEqual([ref]);
    }
    expect(routePaths).toContain('/metallb/list/:ref');
  });

  it('open Expose a VM in the active project, a route the console reads the project from', () => {
    const expose = navItems.find((i) => i.properties.id === 'metallb-expose-vm')!;
    expect(expose.properties).toMatchObject({ href: '/metallb-expose-vm', prefixNamespaced: true });
    expect(routePaths).toEqual(
      expect.arrayContaining([
        '/k8s/ns/:ns/metallb-expose-vm',
        '/k8s/all-namespaces/metallb-expose-vm',
      ]),
    );
  });
});

describe('MetalLBListRedirect', () => {
  const at = (url: string) =>
    render(
      <MemoryRouter initialEntries={[url]}>
        <Routes>
          <Route path="/metallb/list/:ref" element={<MetalLBListRedirect />} />
          <Route path="*" element={<Where />} />
        </Routes>
      </MemoryRouter>,
    );

  it('opens the list in the namespace MetalLB runs in', () => {
    serveEveryKind();
    recordWatches((r: WatchK8sResource) =>
      r.groupVersionKind?.kind === 'MetalLB'
        ? [[metallbResource('openshift-metallb')], true, undefined]
        : [[], true, undefined],
    );
    at('/metallb/list/metallb.io~v1beta1~L2Advertisement');
    expect(screen.getByTestId('location')).toHaveTextContent(
      '/k8s/ns/openshift-metallb/metallb.io~v1beta1~L2Advertisement',
    );
  });

  it('waits while the namespace is not known, and refuses a kind it does not list', () => {
    serveEveryKind();
    recordWatches(() => [undefined, false, undefined]);
    const view = at('/metallb/list/metallb.io~v1beta1~IPAddressPool');
    expect(
      screen.getByRole('progressbar', { name: 'Finding the namespace MetalLB runs in' }),
    ).toBeInTheDocument();
    view.unmount();
    at('/metallb/list/core~v1~Secret');
    expect(screen.getByText('No MetalLB list core~v1~Secret')).toBeInTheDocument();
  });
});

describe('Expose a VM from the navigation', () => {
  const at = (url: string) =>
    render(
      <MemoryRouter initialEntries={[url]}>
        <Routes>
          <Route path="/k8s/ns/:ns/metallb-expose-vm" element={<ExposeVMPage />} />
          <Route path="/k8s/all-namespaces/metallb-expose-vm" element={<ExposeVMPage />} />
        </Routes>
      </MemoryRouter>,
    );

  // The console draws its namespace bar above every /k8s/ns/ and /k8s/all-namespaces/ page: the
  // wizard draws none of its own (a second bar showed in the real console).
  it('with all projects active, points to the console’s project choice, not a text box', () => {
    serveEveryKind();
    recordWatches(() => [[], true, undefined]);
    at('/k8s/all-namespaces/metallb-expose-vm');
    expect(screen.getByTestId('expose-choose-project')).toHaveTextContent(
      'Choose it in the Project list above',
    );
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
  });

  it('in a project, lists that project’s VirtualMachines', () => {
    serveEveryKind();
    const requests = recordWatches(() => [[], true, undefined]);
    at('/k8s/ns/vmexamples/metallb-expose-vm');
    expect(screen.getByTestId('expose-no-vms')).toHaveTextContent('Namespace vmexamples has no');
    const vms = [...requests.values()].find((r) => r.groupVersionKind?.kind === 'VirtualMachine');
    expect(vms?.namespace).toBe('vmexamples');
  });
});
