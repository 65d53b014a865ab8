import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ConflictAlert } from './ConflictAlert';
import { comparableYAML } from './conflict-compare';

// What the user edited: the object as loaded, with kind and apiVersion, keys in the draft's order.
const yours = {
  apiVersion: 'metallb.io/v1beta1',
  kind: 'IPAddressPool',
  metadata: { name: 'web', namespace: 'metallb-system', resourceVersion: '100' },
  spec: { addresses: ['10.0.0.0/26'], autoAssign: true },
};
// What the server has now, as a list/watch item: no kind, no apiVersion, keys in the server's order.
const theirs = {
  metadata: { namespace: 'metallb-system', name: 'web', resourceVersion: '101' },
  spec: { autoAssign: true, addresses: ['10.0.0.0/25'] },
};

const differing = () =>
  within(screen.getByTestId('conflict-diff'))
    .getAllByRole('row')
    .filter((row) => row.getAttribute('data-diff') && row.getAttribute('data-diff') !== 'same')
    .map((row) => row.textContent);

const renderAlert = () =>
  render(
    <ConflictAlert
      kind="IP address pool"
      base={{ ...yours, spec: { addresses: ['10.0.0.0/24'], autoAssign: true } }}
      theirs={theirs}
      yours={yours}
      onApply={jest.fn()}
      onReload={jest.fn()}
    />,
  );

describe('ConflictAlert', () => {
  it('says what they changed, field by field', () => {
    renderAlert();
    expect(screen.getByTestId('their-changes')).toHaveTextContent(
      'spec.addresses: [10.0.0.0/24] → [10.0.0.0/25]',
    );
    expect(within(screen.getByTestId('their-changes')).getAllByRole('listitem')).toHaveLength(1);
  });

  it('compares only the real differences: not type fields one side lacks, key order, nor the server’s stamps', async () => {
    renderAlert();
    await userEvent.click(screen.getByTestId('conflict-compare'));
    const rows = differing();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toContain('- 10.0.0.0/25');
    expect(rows[0]).toContain('- 10.0.0.0/26');
    expect(screen.getByTestId('conflict-diff')).not.toHaveTextContent(/only (theirs|yours)/);
    expect(screen.getByTestId('conflict-diff')).not.toHaveTextContent('resourceVersion');
  });
});

describe('comparableYAML', () => {
  it('writes both sides with the type fields and keys in one order', () => {
    const texts = comparableYAML(theirs, {
      ...yours,
      metadata: theirs.metadata,
      spec: theirs.spec,
    });
    expect(texts.theirs).toBe(texts.yours);
    expect(texts.theirs.split('\n').slice(0, 3)).toEqual([
      'apiVersion: metallb.io/v1beta1',
      'kind: IPAddressPool',
      'metadata:',
    ]);
  });

  it('keeps a real difference of type, and list order', () => {
    const texts = comparableYAML(
      { ...theirs, apiVersion: 'metallb.io/v1beta2', kind: 'BGPPeer' },
      { ...yours, spec: { addresses: ['10.0.0.0/25', '10.0.1.0/25'] } },
    );
    expect(texts.theirs).toContain('apiVersion: metallb.io/v1beta2');
    expect(texts.yours).toContain('apiVersion: metallb.io/v1beta1');
    expect(texts.yours).toMatch(/- 10\.0\.0\.0\/25\n\s+- 10\.0\.1\.0\/25/);
  });

  it('leaves out managedFields, resourceVersion and status on both sides', () => {
    const texts = comparableYAML(
      {
        ...theirs,
        metadata: { ...theirs.metadata, managedFields: [{ manager: 'kubectl' }] },
        status: { assignedIPv4: 3 },
      },
      yours,
    );
    expect(texts.theirs).not.toMatch(/managedFields|resourceVersion|status|assignedIPv4/);
    expect(texts.yours).not.toMatch(/resourceVersion/);
  });
});
