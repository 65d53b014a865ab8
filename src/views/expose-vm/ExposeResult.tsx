import { useEffect, useRef, useState, type FC } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Alert,
  Button,
  ClipboardCopy,
  DescriptionList,
  DescriptionListDescription,
  DescriptionListGroup,
  DescriptionListTerm,
  Label,
  Spinner,
  Stack,
  StackItem,
  Title,
} from '@patternfly/react-core';
import { Link } from 'react-router-dom-v5-compat';
import {
  ResourceLink,
  useAccessReview,
  useK8sWatchResource,
} from '@openshift-console/dynamic-plugin-sdk';
import { connectCommand, type ExposedService, type PortChoice } from '../../kubevirt';
import {
  formatIP,
  ingressIPs,
  pendingReason,
  resolveOwner,
  type EndpointSlice,
  type KubeEvent,
  type ServiceAnnouncementStatus,
} from '../../metallb';
import { useAnnouncementText } from '../../components/useAnnouncementText';
import type { ExposeVMData } from './useExposeVMData';
import { EventModel, gvkOf, ServiceL2StatusModel, ServiceModel } from '../../k8s/models';
import { useMetalLBNamespace } from '../../k8s/hooks/useMetalLBNamespace';
import { EndpointSliceModel } from '../../k8s/hooks/useAnnouncementSources';
import type { CreatedService } from './ExposeVMWizard';
import { httpStatusOf } from '../../k8s/errors';

/** Seconds from Create to the first render that showed the IP, and the node (kept for the e2e timing). */
const useSecondsUntil = (shown: boolean, since: number): number | undefined => {
  const [seconds, setSeconds] = useState<number>();
  const done = useRef(false);
  useEffect(() => {
    if (shown && !done.current) {
      done.current = true;
      setSeconds((performance.now() - since) / 1000);
    }
  }, [shown, since]);
  return seconds;
};

export const ExposeResult: FC<{
  created: CreatedService;
  ports: PortChoice[];
  vmName: string;
  data: ExposeVMData;
  onAgain: () => void;
}> = ({ created, ports, vmName, data, onAgain }) => {
  const { t } = useTranslation('plugin__metallb-console-plugin');
  const text = useAnnouncementText();
  const where = useMetalLBNamespace();
  const { name, namespace } = created;
  // Once the Service is deleted the console's watch of one object answers 404 (and keeps the last
  // object it had); a watch that never had it answers no object.
  const [service, loaded, serviceError] = useK8sWatchResource<ExposedService>({
    groupVersionKind: gvkOf(ServiceModel),
    name,
    namespace,
  });
  const [events] = useK8sWatchResource<KubeEvent[]>({
    groupVersionKind: gvkOf(EventModel),
    namespace,
    isList: true,
    fieldSelector: `involvedObject.name=${name}`,
  });
  // The owner's namespace may read these; with Local they tell which node can announce (see resolveOwner).
  const [endpointSlices] = useK8sWatchResource<EndpointSlice[]>({
    groupVersionKind: gvkOf(EndpointSliceModel),
    namespace,
    isList: true,
    selector: { matchLabels: { 'kubernetes.io/service-name': name } },
  });
  const [l2Readable, l2Checking] = useAccessReview({
    group: ServiceL2StatusModel.apiGroup,
    resource: ServiceL2StatusModel.plural,
    verb: 'list',
    namespace: where.namespace,
  });
  const [l2Statuses] = useK8sWatchResource<ServiceAnnouncementStatus[]>(
    l2Readable && !l2Checking && where.loaded
      ? {
          groupVersionKind: gvkOf(ServiceL2StatusModel),
          namespace: where.namespace,
          isList: true,
          selector: {
            matchLabels: {
              'metallb.io/service-name': name,
              'metallb.io/service-namespace': namespace,
            },
          },
        }
      : null,
  );
  // The owner from ServiceL2Status when readable; else the newest nodeAssigned event (said to be one).
  const l2 = l2Readable && !l2Checking ? (l2Statuses ?? []) : undefined;
  const ips = service?.metadata ? ingressIPs(service).map(formatIP) : [];
  const ip = ips[0];
  const owner =
    service?.metadata && ip
      ? resolveOwner({ service, l2Statuses: l2, events: events ?? [], endpointSlices })
      : undefined;
  const node = owner?.nodes[0];
  const pending =
    service?.metadata && !ip
      ? pendingReason({ service, pools: data.pools, services: data.services, events: events ?? [] })
      : undefined;
  const pendingText = pending && pending.code !== 'waiting' ? text.pending(pending) : undefined;
  const ipSeconds = useSecondsUntil(!!ip, created.createdAt);
  const nodeSeconds = useSecondsUntil(!!node, created.createdAt);

  if ((loaded && !service?.metadata) || httpStatusOf(serviceError) === 404) {
    return (
      <Alert
        isInline
        variant="info"
        title={t('Service {{name}} no longer exists', { name })}
        data-test="expose-gone"
      >
        <Button variant="link" isInline onClick={onAgain}>
          {t('Expose a port again')}
        </Button>
      </Alert>
    );
  }
  return (
    <Stack hasGutter data-test="expose-result">
      <StackItem>
        <Title headingLevel="h2">{t('Service {{name}} created', { name })}</Title>
      </StackItem>
      <StackItem>
        <DescriptionList isHorizontal horizontalTermWidthModifier={{ default: '20ch' }}>
          <DescriptionListGroup>
            <DescriptionListTerm>{t('External IP')}</DescriptionListTerm>
            <DescriptionListDescription>
              {ip ? (
                <span data-test="expose-ip" data-seconds={ipSeconds?.toFixed(2)}>
                  {ips.join(', ')}
                </span>
              ) : pendingText ? (
                <Alert
                  isInline
                  variant="danger"
                  title={t('MetalLB cannot assign an IP')}
                  data-test="expose-pending"
                >
                  <p>{pendingText.summary}</p>
                  {pending?.code === 'pools-full' && pending.message ? (
                    <p>
                      <code>{pending.message}</code>
                    </p>
                  ) : null}
                  <p>{pendingText.fix}</p>
                </Alert>
              ) : (
                <span>
                  <Spinner size="sm" aria-label={t('Waiting for an IP')} />{' '}
                  {t('Waiting for MetalLB to assign an IP…')}
                </span>
              )}
            </DescriptionListDescription>
          </DescriptionListGroup>
          <DescriptionListGroup>
            <DescriptionListTerm>{t('Announced from node')}</DescriptionListTerm>
            <DescriptionListDescription>
              {node && owner ? (
                <span
                  data-test="expose-node"
                  data-seconds={nodeSeconds?.toFixed(2)}
                  data-node={node}
                >
                  {owner.nodes.join(', ')}{' '}
                  <Label isCompact color={owner.source === 'event' ? 'orange' : 'blue'}>
                    {owner.source === 'event'
                      ? t('from the newest nodeAssigned event; events can be stale')
                      : t('from ServiceL2Status')}
                  </Label>
                </span>
              ) : ip ? (
                <span>
                  <Spinner size="sm" aria-label={t('Waiting for the announcing node')} />{' '}
                  {t(
                    'Waiting for a speaker to announce it (no node announces while the VM is stopped)…',
                  )}
                </span>
              ) : (
                t('None yet')
              )}
            </DescriptionListDescription>
          </DescriptionListGroup>
        </DescriptionList>
      </StackItem>
      {ip ? (
        <StackItem data-test="expose-connect">
          <Title headingLevel="h3">{t('Connect')}</Title>
          {ports.map((p) => (
            <ClipboardCopy
              key={`${p.port}/${p.protocol}`}
              isReadOnly
              hoverTip={t('Copy')}
              clickTip={t('Copied')}
            >
              {connectCommand(ip, p)}
            </ClipboardCopy>
          ))}
        </StackItem>
      ) : null}
      <StackItem>
        <Title headingLevel="h3">{t('Links')}</Title>
        <Stack>
          <StackItem>
            {t('Service')}:{' '}
            <ResourceLink
              groupVersionKind={gvkOf(ServiceModel)}
              name={name}
              namespace={namespace}
              inline
            />
          </StackItem>
          <StackItem>
            <Link to={`/k8s/ns/${namespace}/services/${name}/metallb`}>
              {t('Its MetalLB tab: pool, announcing node and why')}
            </Link>
          </StackItem>
          <StackItem>
            <Link
              to={`/k8s/ns/${namespace}/kubevirt.io~v1~VirtualMachine/${vmName}/metallb-services`}
            >
              {t('LoadBalancer Services of VirtualMachine {{vm}}', { vm: vmName })}
            </Link>
          </StackItem>
          {ip ? (
            <StackItem>
              <Link to={`/metallb/assignments?ip=${encodeURIComponent(ip)}`}>
                {t('This IP in IP assignments')}
              </Link>
            </StackItem>
          ) : null}
          <StackItem>
            <Button variant="link" isInline onClick={onAgain} data-test="expose-again">
              {t('Expose another port')}
            </Button>
          </StackItem>
        </Stack>
      </StackItem>
    </Stack>
  );
};
