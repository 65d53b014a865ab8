// Routes from the plugin's own extensions under the console's URL conventions:
//   console.page/resource/list     /k8s/ns/:ns/<ref>, /k8s/all-namespaces/<ref> (or /k8s/cluster/<ref>)
//   console.page/resource/details  /k8s/ns/:ns/<ref>/:name/* (or /k8s/cluster/<ref>/:name/*)
//   console.resource/create        /k8s/ns/:ns/<ref>/~new
//   console.page/route             its path(s), exact or as a prefix
// where <ref> is group~version~Kind for CRDs and the plural for core kinds (referenceFor in the console).
import { lazy, Suspense, type ComponentType, type FC, type LazyExoticComponent } from 'react';
import { Route, Routes, useLocation, useParams } from 'react-router';
import { Bullseye, Spinner } from '@patternfly/react-core';
import { useExtensions, type CodeRef } from '@openshift/dynamic-plugin-sdk';
import { DetailsBaseContext } from '../sdk/components/horizontal-nav';
import { getModelForGVK, urlSegmentFor } from '../sdk/models';
import { isResourcePage, isRoutePage, type GVK } from './extensions';
import { GenericListPage } from './generic-list';
import {
  GenericCreatePage,
  GenericDetailsPage,
  HomePage,
  NotFoundPage,
  useNamespaceFromURL,
} from './pages';

type Page = ComponentType<Record<string, unknown>>;

// As the console's AsyncComponent: a page's module is fetched when its route is first shown, not
// all of them before the first route renders (that cost every page ~1 s at the host's start).
const pages = new Map<string, LazyExoticComponent<Page>>();
const lazyPage = (uid: string, component: unknown): LazyExoticComponent<Page> => {
  let page = pages.get(uid);
  if (!page) {
    page = lazy(() => (component as CodeRef<Page>)().then((C) => ({ default: C })));
    pages.set(uid, page);
  }
  return page;
};

const Loading: FC = () => (
  <Bullseye>
    <Spinner aria-label="Loading" />
  </Bullseye>
);

const ResourcePage: FC<{
  Component: Page;
  kind: string;
  details?: boolean;
}> = ({ Component, kind, details }) => {
  const { ns, name } = useParams();
  const location = useLocation();
  useNamespaceFromURL(ns);
  if (!details) return <Component namespace={ns} kind={kind} />;
  const base = location.pathname.slice(0, location.pathname.indexOf(`/${name}`) + name!.length + 1);
  return (
    <DetailsBaseContext.Provider value={base}>
      <Component namespace={ns} name={name} kind={kind} />
    </DetailsBaseContext.Provider>
  );
};

/** A plugin route under /k8s/ns/:ns or /k8s/all-namespaces sets the active namespace, as the console's URL does. */
const NamespacedRoutePage: FC<{ Component: Page }> = ({ Component }) => {
  useNamespaceFromURL(useParams().ns);
  return <Component />;
};

const GenericDetailsRoute: FC = () => {
  const { ns, ref, name } = useParams();
  const base = ns ? `/k8s/ns/${ns}/${ref}/${name}` : `/k8s/cluster/${ref}/${name}`;
  return <GenericDetailsPage base={base} />;
};

const segmentFor = (model: GVK) => {
  const m = getModelForGVK({
    group: model.group,
    version: model.version ?? 'v1',
    kind: model.kind,
  });
  return m ? { segment: urlSegmentFor(m), namespaced: !!m.namespaced } : undefined;
};

// Predicates must keep their identity across renders: the extension hooks filter again (and set
// state) whenever its filtered list changes, so a new predicate per render loops forever.
const isListPage = isResourcePage('console.page/resource/list');
const isDetailsPage = isResourcePage('console.page/resource/details');
const isCreatePage = isResourcePage('console.resource/create');

export const PluginRoutes: FC = () => {
  // The host renders once the plugins are loaded (index.tsx): their extensions are all here.
  const lists = useExtensions(isListPage);
  const details = useExtensions(isDetailsPage);
  const creates = useExtensions(isCreatePage);
  const routes = useExtensions(isRoutePage);
  const resourceRoutes = (
    exts: typeof lists,
    paths: (segment: string, namespaced: boolean) => string[],
    isDetails?: boolean,
  ) =>
    exts.flatMap((e) => {
      const s = segmentFor(e.properties.model);
      if (!s) return [];
      return paths(s.segment, s.namespaced).map((path) => (
        <Route
          key={`${e.uid}${path}`}
          path={path}
          element={
            <ResourcePage
              Component={lazyPage(e.uid, e.properties.component)}
              kind={s.segment}
              details={isDetails}
            />
          }
        />
      ));
    });
  return (
    <Suspense fallback={<Loading />}>
      <Routes>
        <Route path="/" element={<HomePage />} />
        {resourceRoutes(lists, (seg, ns) =>
          ns ? [`/k8s/ns/:ns/${seg}`, `/k8s/all-namespaces/${seg}`] : [`/k8s/cluster/${seg}`],
        )}
        {resourceRoutes(creates, (seg, ns) =>
          ns ? [`/k8s/ns/:ns/${seg}/~new`] : [`/k8s/cluster/${seg}/~new`],
        )}
        {resourceRoutes(
          details,
          (seg, ns) => (ns ? [`/k8s/ns/:ns/${seg}/:name/*`] : [`/k8s/cluster/${seg}/:name/*`]),
          true,
        )}
        {routes.flatMap((e) =>
          (Array.isArray(e.properties.path) ? e.properties.path : [e.properties.path]).map(
            (path) => {
              const Component = lazyPage(e.uid, e.properties.component);
              return (
                <Route
                  key={`${e.uid}${path}`}
                  path={e.properties.exact ? path : `${path.replace(/\/$/, '')}/*`}
                  element={
                    path.startsWith('/k8s/') ? (
                      <NamespacedRoutePage Component={Component} />
                    ) : (
                      <Component />
                    )
                  }
                />
              );
            },
          ),
        )}
        {/* host only: the console's default list, as the reference of npm run bench:ui */}
        <Route path="/host/generic-list/ns/:ns/:ref" element={<GenericListPage />} />
        <Route path="/k8s/ns/:ns/:ref/~new" element={<GenericCreatePage />} />
        <Route path="/k8s/cluster/:ref/~new" element={<GenericCreatePage />} />
        <Route path="/k8s/ns/:ns/:ref/:name/*" element={<GenericDetailsRoute />} />
        <Route path="/k8s/cluster/:ref/:name/*" element={<GenericDetailsRoute />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </Suspense>
  );
};
