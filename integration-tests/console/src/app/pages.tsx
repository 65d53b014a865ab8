// Pages the console has and the plugin relies on without declaring: the home page (here: the loaded
// plugins, like Administration → Dynamic plugins), generic details and create pages for any kind,
// and 404.
import { useEffect, type FC } from 'react';
import { useParams } from 'react-router';
import {
  Alert,
  Bullseye,
  Content,
  EmptyState,
  EmptyStateBody,
  PageSection,
  Spinner,
  Title,
} from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import { usePluginInfo } from '@openshift/dynamic-plugin-sdk';
import { DocumentTitle } from '../sdk/components/misc';
import { HorizontalNav, DetailsBaseContext } from '../sdk/components/horizontal-nav';
import { ResourceYAMLEditor } from '../sdk/components/yaml';
import { ResourceIcon } from '../sdk/components/resource-link';
import { useK8sWatchResource } from '../sdk/hooks';
import { getModelForReference, referenceForModel } from '../sdk/models';
import { setActiveNamespaceFromURL } from '../sdk/host-state';
import { ActionsMenu } from './ActionsMenu';

export const HomePage: FC = () => {
  const plugins = usePluginInfo();
  return (
    <>
      <DocumentTitle>Home</DocumentTitle>
      <PageSection hasBodyWrapper={false}>
        <Title headingLevel="h1">Dynamic plugins</Title>
        <Content component="p">
          This host stands in for the OpenShift console 4.22 shell: it loads the plugins below
          through the console&apos;s plugin store and serves their pages and navigation.
        </Content>
      </PageSection>
      <PageSection hasBodyWrapper={false}>
        <Table aria-label="Dynamic plugins" variant="compact" data-test="plugin-table">
          <Thead>
            <Tr>
              <Th>Name</Th>
              <Th>Version</Th>
              <Th>Status</Th>
              <Th>Extensions</Th>
            </Tr>
          </Thead>
          <Tbody>
            {plugins.map((p) => (
              <Tr key={p.manifest.name} data-test={`plugin-${p.manifest.name}`}>
                <Td dataLabel="Name">{p.manifest.name}</Td>
                <Td dataLabel="Version">{p.manifest.version}</Td>
                <Td dataLabel="Status" data-test="plugin-status">
                  {p.status}
                  {p.status === 'failed' ? `: ${p.errorMessage}` : ''}
                </Td>
                <Td dataLabel="Extensions">{p.manifest.extensions.length}</Td>
              </Tr>
            ))}
          </Tbody>
        </Table>
      </PageSection>
    </>
  );
};

export const NotFoundPage: FC = () => (
  <PageSection hasBodyWrapper={false}>
    <DocumentTitle>Page Not Found (404)</DocumentTitle>
    <EmptyState titleText="404: Page Not Found" headingLevel="h1">
      <EmptyStateBody>We couldn&apos;t find that page.</EmptyStateBody>
    </EmptyState>
  </PageSection>
);

/** Keeps useActiveNamespace in step with the URL, as the console's namespace redux state does. */
export const useNamespaceFromURL = (ns: string | undefined) => {
  useEffect(() => {
    setActiveNamespaceFromURL(ns ?? '#ALL_NS#');
  }, [ns]);
};

const DetailsTab: FC<{ obj?: Record<string, unknown> }> = ({ obj }) => (
  <PageSection hasBodyWrapper={false}>
    <pre style={{ whiteSpace: 'pre-wrap' }}>
      {JSON.stringify((obj as { metadata?: unknown })?.metadata, null, 2)}
    </pre>
  </PageSection>
);

const YAMLTab: FC<{ obj?: Record<string, unknown> }> = ({ obj }) =>
  obj ? <ResourceYAMLEditor initialResource={obj} hideHeader /> : null;

/** The console's default details page for a kind without a plugin page: metadata and YAML tabs. */
export const GenericDetailsPage: FC<{ base: string }> = ({ base }) => {
  const { ns, ref, name } = useParams();
  useNamespaceFromURL(ns);
  const model = getModelForReference(ref ?? '');
  const [obj, loaded, error] = useK8sWatchResource<Record<string, unknown>>(
    model
      ? {
          groupVersionKind: { group: model.apiGroup, version: model.apiVersion, kind: model.kind },
          name,
          namespace: ns,
        }
      : null,
  );
  if (!model) return <NotFoundPage />;
  return (
    <DetailsBaseContext.Provider value={base}>
      <DocumentTitle>{`${name} · ${model.label}`}</DocumentTitle>
      <PageSection hasBodyWrapper={false}>
        <Title headingLevel="h1">
          <ResourceIcon kind={referenceForModel(model)} /> {name}
        </Title>
        {obj ? <ActionsMenu contextId={referenceForModel(model)} resource={obj} /> : null}
      </PageSection>
      {error ? (
        <PageSection hasBodyWrapper={false}>
          <Alert variant="danger" isInline title="Error loading">
            {(error as Error).message}
          </Alert>
        </PageSection>
      ) : !loaded ? (
        <Bullseye>
          <Spinner aria-label="Loading" />
        </Bullseye>
      ) : (
        <HorizontalNav
          resource={obj}
          pages={[
            { href: '', name: 'Details', component: DetailsTab as FC },
            { href: 'yaml', name: 'YAML', component: YAMLTab as FC },
          ]}
        />
      )}
    </DetailsBaseContext.Provider>
  );
};

/** The console's default create page: a YAML editor seeded with a minimal object. */
export const GenericCreatePage: FC = () => {
  const { ns, ref } = useParams();
  useNamespaceFromURL(ns);
  const model = getModelForReference(ref ?? '');
  if (!model) return <NotFoundPage />;
  const initial = {
    apiVersion: model.apiGroup ? `${model.apiGroup}/${model.apiVersion}` : model.apiVersion,
    kind: model.kind,
    metadata: { name: 'example', ...(model.namespaced ? { namespace: ns } : {}) },
    spec: {},
  };
  return <ResourceYAMLEditor initialResource={initial} create />;
};
