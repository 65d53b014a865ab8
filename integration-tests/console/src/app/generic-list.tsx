// The console's default list page for a kind no plugin gives a list page (name, namespace, created),
// at a host-only route, /host/generic-list/ns/<ns>/<ref>, so that `npm run bench:ui` can time a plugin
// list page against it on the same objects. Like the rest of the host, its table is not virtualized.
import type { FC } from 'react';
import { useParams } from 'react-router';
import { Bullseye, Spinner } from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import type { K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import { ListPageBody, ListPageHeader } from '../sdk/components/list-page';
import { Timestamp } from '../sdk/components/misc';
import { ResourceLink } from '../sdk/components/resource-link';
import { useK8sWatchResource } from '../sdk/hooks';
import { getModelForReference } from '../sdk/models';
import { NotFoundPage, useNamespaceFromURL } from './pages';

export const GenericListPage: FC = () => {
  const { ns, ref } = useParams();
  useNamespaceFromURL(ns);
  const model = getModelForReference(ref ?? '');
  const [items, loaded, error] = useK8sWatchResource<K8sResourceCommon[]>(
    model
      ? {
          groupVersionKind: { group: model.apiGroup, version: model.apiVersion, kind: model.kind },
          namespace: ns,
          isList: true,
        }
      : null,
  );
  if (!model) return <NotFoundPage />;
  const groupVersionKind = { group: model.apiGroup, version: model.apiVersion, kind: model.kind };
  return (
    <>
      <ListPageHeader title={model.labelPlural} />
      <ListPageBody>
        {error ? (
          <p>{(error as Error).message}</p>
        ) : !loaded ? (
          <Bullseye>
            <Spinner aria-label="Loading" />
          </Bullseye>
        ) : (
          <Table aria-label={model.labelPlural} variant="compact" data-test="generic-list">
            <Thead>
              <Tr>
                <Th>Name</Th>
                <Th>Namespace</Th>
                <Th>Created</Th>
              </Tr>
            </Thead>
            <Tbody>
              {(items ?? []).map((item) => (
                <Tr key={item.metadata?.uid ?? item.metadata?.name}>
                  <Td dataLabel="Name">
                    <ResourceLink
                      groupVersionKind={groupVersionKind}
                      name={item.metadata?.name}
                      namespace={item.metadata?.namespace}
                    />
                  </Td>
                  <Td dataLabel="Namespace">{item.metadata?.namespace}</Td>
                  <Td dataLabel="Created">
                    <Timestamp timestamp={item.metadata?.creationTimestamp ?? ''} />
                  </Td>
                </Tr>
              ))}
            </Tbody>
          </Table>
        )}
      </ListPageBody>
    </>
  );
};
