import { render, screen } from '@testing-library/react';
import { UtilizationBar } from './UtilizationBar';
import { UtilizationSourceAlert } from './UtilizationSourceAlert';

describe('UtilizationSourceAlert', () => {
  it('says nothing while the Services are counted', () => {
    const { container } = render(<UtilizationSourceAlert source="services" />);
    expect(container).toBeEmptyDOMElement();
  });

  it('names a 403 as missing permission and says the counts are MetalLB’s', () => {
    render(<UtilizationSourceAlert source="pool-status" problem="forbidden" />);
    const alert = screen.getByTestId('services-unavailable');
    expect(alert).toHaveTextContent('Utilization as reported by MetalLB');
    expect(alert).toHaveTextContent('Your user cannot list Services in all namespaces');
    expect(alert).toHaveTextContent('a pool without status shows unknown');
  });

  it('quotes the server when the watch failed, and says when it timed out', () => {
    const { rerender } = render(
      <UtilizationSourceAlert
        source="none"
        problem="failed"
        error={new Error('the server is currently unable to handle the request')}
      />,
    );
    const alert = screen.getByTestId('services-unavailable');
    expect(alert).toHaveTextContent('Utilization is unavailable');
    expect(alert).toHaveTextContent(
      'could not be loaded, so the assigned addresses cannot be counted here: the server is currently unable to handle the request',
    );
    rerender(<UtilizationSourceAlert source="pool-status" problem="timed-out" />);
    expect(screen.getByTestId('services-unavailable')).toHaveTextContent(
      'did not load within 10 seconds',
    );
  });
});

describe('UtilizationBar', () => {
  it('shows an unknown count as unknown, and says where a count comes from', () => {
    render(
      <UtilizationBar family="IPv4" assigned={undefined} capacity={51n} source="pool-status" />,
    );
    const bar = screen.getByRole('progressbar');
    expect(screen.getByTestId('utilization-IPv4')).toHaveTextContent('unknown of 51');
    expect(bar).toHaveAttribute(
      'aria-valuetext',
      'IPv4: unknown of 51 addresses assigned, as reported by MetalLB in the pool status',
    );
  });

  it('shows huge counts exactly, in the user’s number format', () => {
    render(<UtilizationBar family="IPv6" assigned={1234n} capacity={3n * 2n ** 64n} />);
    expect(screen.getByTestId('utilization-IPv6')).toHaveTextContent('1,234 of 3 × 2⁶⁴');
  });
});
