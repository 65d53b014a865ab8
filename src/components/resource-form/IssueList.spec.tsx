import { render, screen } from '@testing-library/react';
import type { ValidationIssue } from '../../metallb';
import { IssueList } from './IssueList';

const missingName: ValidationIssue = {
  path: 'metadata.name',
  code: 'pool.nameMissing',
  params: {},
  message: 'missing pool name',
};
const noAddresses: ValidationIssue = {
  path: 'spec.addresses',
  code: 'pool.noAddresses',
  params: {},
  message: 'pool has no prefixes defined',
};

describe('IssueList', () => {
  it('counts the problems in its title, one or many', () => {
    const view = render(<IssueList issues={[missingName]} />);
    expect(screen.getByText('1 problem to fix before saving')).toBeInTheDocument();
    view.unmount();
    render(<IssueList issues={[missingName, noAddresses]} />);
    expect(screen.getByText('2 problems to fix before saving')).toBeInTheDocument();
    expect(screen.getByTestId('issue-list')).toHaveTextContent(
      'spec.addresses: pool has no prefixes defined',
    );
  });
});
