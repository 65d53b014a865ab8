import { Component, useEffect, type ErrorInfo, type FC, type ReactNode } from 'react';
import { BrowserRouter, useLocation, useNavigate } from 'react-router';
import {
  Alert,
  Page,
  PageSection,
  PageSidebar,
  PageSidebarBody,
  SkipToContent,
} from '@patternfly/react-core';
import { PluginStoreProvider, type PluginStore } from '@openshift/dynamic-plugin-sdk';
import { useK8sModels } from '../sdk/models';
import { ALL_NAMESPACES_KEY, setNamespaceNavigator } from '../sdk/host-state';
import { OverlayRoot } from '../sdk/components/modal';
import { Masthead } from './Masthead';
import { Navigation } from './Navigation';
import { PluginRoutes } from './PluginRoutes';

/** A page that throws shows the error and logs it (the e2e specs fail on console errors). */
class ErrorBoundary extends Component<
  { resetKey: string; children: ReactNode },
  { error?: Error }
> {
  state: { error?: Error } = {};
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('Page crashed:', error, info.componentStack);
  }
  componentDidUpdate(prev: { resetKey: string }) {
    if (prev.resetKey !== this.props.resetKey && this.state.error)
      this.setState({ error: undefined });
  }
  render() {
    return this.state.error ? (
      <PageSection hasBodyWrapper={false}>
        <Alert variant="danger" title="Oh no! Something went wrong.">
          {this.state.error.message}
        </Alert>
      </PageSection>
    ) : (
      this.props.children
    );
  }
}

/** useActiveNamespace's setter moves the URL to the new namespace, as the console's does. */
const NamespaceNavigator: FC = () => {
  const navigate = useNavigate();
  const location = useLocation();
  useEffect(() => {
    setNamespaceNavigator((ns) => {
      const target = ns === ALL_NAMESPACES_KEY ? 'all-namespaces' : `ns/${ns}`;
      const next = location.pathname.replace(
        /^\/k8s\/(ns\/[^/]+|all-namespaces)\//,
        `/k8s/${target}/`,
      );
      if (next !== location.pathname) navigate(next);
    });
  }, [navigate, location.pathname]);
  return null;
};

const Shell: FC = () => {
  const location = useLocation();
  useK8sModels(); // routes and nav depend on discovery
  return (
    <Page
      masthead={<Masthead />}
      sidebar={
        <PageSidebar>
          <PageSidebarBody>
            <Navigation />
          </PageSidebarBody>
        </PageSidebar>
      }
      isManagedSidebar
      skipToContent={<SkipToContent href="#content-scrollable">Skip to content</SkipToContent>}
      mainContainerId="content-scrollable"
    >
      <ErrorBoundary resetKey={location.pathname}>
        <PluginRoutes />
      </ErrorBoundary>
    </Page>
  );
};

export const App: FC<{ store: PluginStore }> = ({ store }) => (
  <PluginStoreProvider store={store}>
    <BrowserRouter>
      <NamespaceNavigator />
      <Shell />
      <OverlayRoot />
    </BrowserRouter>
  </PluginStoreProvider>
);
