// ResourceEventStream: the console streams the object's events live with a filter bar and icons;
// the host lists them from one watch on Events involving the object's uid, newest first.
import type { FC } from 'react';
import { EmptyState, List, ListItem } from '@patternfly/react-core';
import type { K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import { useK8sWatchResource } from '../hooks';

type Event = K8sResourceCommon & {
  type?: string;
  reason?: string;
  message?: string;
  count?: number;
  lastTimestamp?: string;
  eventTime?: string;
  metadata?: { creationTimestamp?: string };
  source?: { component?: string };
};

export const ResourceEventStream: FC<{ resource: K8sResourceCommon }> = ({ resource }) => {
  const [events, loaded] = useK8sWatchResource<Event[]>(
    resource?.metadata?.uid
      ? {
          groupVersionKind: { version: 'v1', kind: 'Event' },
          namespace: resource.metadata.namespace,
          isList: true,
          fieldSelector: `involvedObject.uid=${resource.metadata.uid}`,
        }
      : null,
  );
  if (!loaded) return null;
  const when = (e: Event) => e.lastTimestamp ?? e.eventTime ?? e.metadata?.creationTimestamp ?? '';
  const sorted = [...(events ?? [])].sort((a, b) => when(b).localeCompare(when(a)));
  if (sorted.length === 0)
    return <EmptyState titleText="No events" headingLevel="h3" data-test="events-empty" />;
  return (
    <List isPlain data-test="event-stream">
      {sorted.map((e) => (
        <ListItem key={e.metadata?.uid ?? `${e.reason}${when(e)}`}>
          <strong>{e.reason}</strong> ({e.type}, {e.source?.component}, {when(e)}
          {e.count && e.count > 1 ? `, ×${e.count}` : ''}): {e.message}
        </ListItem>
      ))}
    </List>
  );
};
