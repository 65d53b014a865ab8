import type { FC } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, FormGroup, InputGroup, InputGroupItem, TextInput } from '@patternfly/react-core';
import { MinusCircleIcon, PlusCircleIcon } from '@patternfly/react-icons';
import { addressEntrySize, formatAddressCount, type ValidationIssue } from '../../../metallb';
import { FieldIssues, validatedFor } from '../../../components/validation/FieldIssues';
import { issuesAt } from '../../../components/validation/useIssueText';

/** The size a valid row stands for: "51 addresses (192.168.123.200 to 192.168.123.250)". */
const useRowHint = () => {
  const { t } = useTranslation('plugin__metallb-console-plugin');
  return (text: string, avoidBuggyIPs: boolean) => {
    const size = addressEntrySize(text, avoidBuggyIPs);
    if (!size) return undefined;
    const range = t('{{first}} to {{last}}', { first: size.first, last: size.last });
    // count picks the plural form only (a Number is exact enough for that); {{size}} is exact.
    const count = Number(size.size);
    if (size.usable !== size.size)
      return t('{{size}} addresses, {{usable}} usable (avoid buggy IPs) ({{range}})', {
        size: formatAddressCount(size.size),
        usable: formatAddressCount(size.usable),
        range,
        count,
      });
    return t('{{size}} addresses ({{range}})', {
      size: formatAddressCount(size.size),
      range,
      count,
    });
  };
};

/** spec.addresses as rows, each checked as it is typed, with MetalLB's message or its size. */
export const AddressRows: FC<{
  addresses: string[];
  avoidBuggyIPs: boolean;
  issues: ValidationIssue[];
  onChange: (addresses: string[]) => void;
}> = ({ addresses, avoidBuggyIPs, issues, onChange }) => {
  const { t } = useTranslation('plugin__metallb-console-plugin');
  const hint = useRowHint();
  const rows = addresses.length > 0 ? addresses : [''];
  const listIssues = issuesAt(issues, 'spec.addresses');
  return (
    <FormGroup
      label={t('Addresses')}
      isRequired
      role="group"
      fieldId="pool-address-0"
      labelHelp={undefined}
    >
      {rows.map((text, i) => {
        const rowIssues = issuesAt(issues, `spec.addresses[${i}]`);
        const helpId = `pool-address-${i}-help`;
        return (
          <div key={i} className="metallb-plugin__address-row" data-test={`address-row-${i}`}>
            <InputGroup>
              <InputGroupItem isFill>
                <TextInput
                  id={`pool-address-${i}`}
                  value={text}
                  aria-label={t('Address range or CIDR {{n}}', { n: i + 1 })}
                  aria-describedby={helpId}
                  placeholder={t('e.g. {{example}}', {
                    example: '192.168.123.200-192.168.123.250 or 10.0.0.0/24',
                  })}
                  validated={validatedFor(rowIssues)}
                  onChange={(_e, value) => onChange(rows.map((r, j) => (j === i ? value : r)))}
                  data-test={`address-input-${i}`}
                />
              </InputGroupItem>
              <InputGroupItem>
                <Button
                  variant="plain"
                  aria-label={t('Remove address {{n}}', { n: i + 1 })}
                  isDisabled={rows.length === 1}
                  onClick={() => onChange(rows.filter((_r, j) => j !== i))}
                  icon={<MinusCircleIcon />}
                />
              </InputGroupItem>
            </InputGroup>
            <FieldIssues id={helpId} issues={rowIssues} hint={hint(text, avoidBuggyIPs)} />
          </div>
        );
      })}
      <FieldIssues issues={listIssues} />
      <Button
        variant="link"
        icon={<PlusCircleIcon />}
        onClick={() => onChange([...rows, ''])}
        data-test="add-address"
      >
        {t('Add address range')}
      </Button>
    </FormGroup>
  );
};
