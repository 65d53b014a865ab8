import type { FC } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Alert,
  Button,
  Flex,
  FlexItem,
  Form,
  FormGroup,
  FormHelperText,
  FormSelect,
  FormSelectOption,
  HelperText,
  HelperTextItem,
  TextInput,
  ToggleGroup,
  ToggleGroupItem,
} from '@patternfly/react-core';
import { MinusCircleIcon, PlusCircleIcon } from '@patternfly/react-icons';
import {
  PORT_PRESETS,
  presetPort,
  type NetworkIssue,
  type PortChoice,
  type PortIssue,
  type Protocol,
} from '../../../kubevirt';
import { networkIssueText, portIssueText } from '../messages';

const PROTOCOLS: Protocol[] = ['TCP', 'UDP', 'SCTP'];

export const PortsStep: FC<{
  ports: PortChoice[];
  onPorts: (ports: PortChoice[]) => void;
  issues: PortIssue[];
  masqueradeIssue?: NetworkIssue;
  vmName: string;
}> = ({ ports, onPorts, issues, masqueradeIssue, vmName }) => {
  const { t } = useTranslation('plugin__metallb-console-plugin');
  const issueFor = (index: number, field: PortIssue['field']) =>
    issues.find((i) => i.index === index && i.field === field);
  const setPort = (index: number, next: Partial<PortChoice>) =>
    onPorts(ports.map((p, i) => (i === index ? { ...p, ...next } : p)));
  const hasPreset = (port: number) => ports.some((p) => p.port === port && p.protocol === 'TCP');
  const togglePreset = (id: (typeof PORT_PRESETS)[number]['id']) => {
    const preset = presetPort(id);
    onPorts(
      hasPreset(preset.port)
        ? ports.filter((p) => !(p.port === preset.port && p.protocol === 'TCP'))
        : [...ports, preset],
    );
  };
  const field = (
    index: number,
    name: PortIssue['field'],
    label: string,
    value: string | number,
    onChange: (v: string) => void,
    type: 'text' | 'number' = 'text',
  ) => {
    const issue = issueFor(index, name);
    const id = `expose-port-${index}-${name}`;
    return (
      <FormGroup label={label} fieldId={id}>
        <TextInput
          id={id}
          type={type}
          value={value}
          onChange={(_e, v) => onChange(v)}
          validated={issue ? 'error' : 'default'}
          data-test={id}
        />
        {issue ? (
          <FormHelperText>
            <HelperText>
              <HelperTextItem variant="error">{portIssueText(t, issue)}</HelperTextItem>
            </HelperText>
          </FormHelperText>
        ) : null}
      </FormGroup>
    );
  };
  const listIssue = issues.find((i) => i.index === -1);
  return (
    <Form onSubmit={(e) => e.preventDefault()}>
      <FormGroup label={t('Common services')} fieldId="expose-presets" role="group">
        <ToggleGroup aria-label={t('Common services')}>
          {PORT_PRESETS.map((preset) => (
            <ToggleGroupItem
              key={preset.id}
              text={`${preset.label} (${preset.port})`}
              isSelected={hasPreset(preset.port)}
              onChange={() => togglePreset(preset.id)}
              data-test={`expose-preset-${preset.id}`}
            />
          ))}
        </ToggleGroup>
      </FormGroup>
      {ports.map((p, index) => (
        <Flex
          key={index}
          flexWrap={{ default: 'nowrap' }}
          alignItems={{ default: 'alignItemsFlexStart' }}
          data-test={`expose-port-row-${index}`}
        >
          <FlexItem>
            {field(index, 'name', t('Name'), p.name, (v) => setPort(index, { name: v }))}
          </FlexItem>
          <FlexItem>
            <FormGroup label={t('Protocol')} fieldId={`expose-port-${index}-protocol`}>
              <FormSelect
                id={`expose-port-${index}-protocol`}
                value={p.protocol}
                onChange={(_e, v) => setPort(index, { protocol: v as Protocol })}
              >
                {PROTOCOLS.map((proto) => (
                  <FormSelectOption key={proto} value={proto} label={proto} />
                ))}
              </FormSelect>
            </FormGroup>
          </FlexItem>
          <FlexItem>
            {field(
              index,
              'port',
              t('Port'),
              Number.isNaN(p.port) ? '' : p.port,
              (v) => setPort(index, { port: Number(v) }),
              'number',
            )}
          </FlexItem>
          <FlexItem>
            {field(
              index,
              'targetPort',
              t('Guest port'),
              Number.isNaN(p.targetPort) ? '' : p.targetPort,
              (v) => setPort(index, { targetPort: Number(v) }),
              'number',
            )}
          </FlexItem>
          <FlexItem className="metallb-plugin__expose-remove">
            <Button
              variant="plain"
              aria-label={t('Remove port {{n}}', { n: index + 1 })}
              onClick={() => onPorts(ports.filter((_p, i) => i !== index))}
              icon={<MinusCircleIcon />}
            />
          </FlexItem>
        </Flex>
      ))}
      <div>
        <Button
          variant="link"
          icon={<PlusCircleIcon />}
          onClick={() =>
            onPorts([...ports, { name: '', protocol: 'TCP', port: NaN, targetPort: NaN }])
          }
          data-test="expose-add-port"
        >
          {t('Add a custom port')}
        </Button>
      </div>
      {listIssue ? (
        <HelperText>
          <HelperTextItem variant="error">{portIssueText(t, listIssue)}</HelperTextItem>
        </HelperText>
      ) : null}
      {masqueradeIssue ? (
        <Alert
          isInline
          variant="warning"
          title={t('The VM does not forward these ports')}
          data-test="expose-masquerade-ports"
        >
          {networkIssueText(t, masqueradeIssue, vmName)}
        </Alert>
      ) : null}
    </Form>
  );
};
