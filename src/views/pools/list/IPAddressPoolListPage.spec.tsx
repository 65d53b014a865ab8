import { render, screen } from '@testing-library/react';
import { useK8sWatchResource } from '@openshift-console/dynamic-plugin-sdk';
import IPAddressPoolListPage from './IPAddressPoolListPage';

const pool = (name: string, addresses: string[], autoAssign?: boolean) => ({
  apiVersion: 'metallb.io/v1beta1',
  kind: 'IPAddressPool',
  metadata: { name, namespace: 'metallb-system', uid: `uid-${name}` },
  spec: { addresses, autoAssign },
});

describe('IPAddressPoolListPage', () => {
  it('lists each pool with its addresses and auto-assign setting', () => {
    jest
      .mocked(useK8sWatchResource)
      .mockReturnValue([
        [pool('web', ['192.168.123.200-192.168.123.250']), pool('db', ['10.0.0.0/29'], false)],
        true,
        undefined,
      ]);
    render(<IPAddressPoolListPage />);
    expect(screen.getByRole('heading', { name: 'IP address pools' })).toBeInTheDocument();
    const rows = screen.getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent)).toEqual([
      'web192.168.123.200-192.168.123.250Yes',
      'db10.0.0.0/29No',
    ]);
    expect(useK8sWatchResource).toHaveBeenCalledWith(
      expect.objectContaining({ namespace: 'metallb-system', isList: true }),
    );
  });
});
