import { render, screen } from '@testing-library/react';
import { PoolWarningAlerts } from './PoolWarnings';

const alertText = () => screen.getByTestId('pool-warnings').textContent;

describe('PoolWarningAlerts', () => {
  it('counts the Services waiting on a full pool, one or many', () => {
    const view = render(
      <PoolWarningAlerts warnings={[{ code: 'exhausted', family: 'IPv4', pending: 1 }]} />,
    );
    expect(alertText()).toContain(
      'Every IPv4 address is assigned; 1 Service is waiting for an address from it.',
    );
    view.unmount();
    render(<PoolWarningAlerts warnings={[{ code: 'exhausted', family: 'IPv6', pending: 3 }]} />);
    expect(alertText()).toContain(
      'Every IPv6 address is assigned; 3 Services are waiting for an address from it.',
    );
  });

  it('says a full pool nobody waits on is full, without counting zero waiting', () => {
    render(<PoolWarningAlerts warnings={[{ code: 'full', family: 'IPv4' }]} />);
    expect(alertText()).toContain('IPv4 full');
    expect(alertText()).toContain(
      'Every IPv4 address is assigned: the next Service that needs one from this pool will wait.',
    );
    expect(alertText()).not.toMatch(/waiting|exhausted/);
  });
});
