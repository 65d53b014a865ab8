// HorizontalNav: the page's own tabs plus the console.tab/horizontalNav extensions whose model matches
// the resource, routed relative to the details page (`.../<name>/<tab href>`). The console renders
// the same tabs as links in its `co-m-horizontal-nav`; the host uses PatternFly Tabs.
import { createContext, useContext, type ComponentType, type FC } from 'react';
import { Route, Routes, useLocation, useNavigate } from 'react-router';
import { PageSection, Tab, Tabs, TabTitleText } from '@patternfly/react-core';
import { useResolvedExtensions } from '@openshift/dynamic-plugin-sdk';
import type { CodeRef, Extension } from '@openshift/dynamic-plugin-sdk';
import type { HorizontalNavProps, NavPage } from '@openshift-console/dynamic-plugin-sdk';
import { getGroupVersionKindForResource } from '../models';
import { translateLabel } from '../../i18n';

const TAB_PANEL_ID = 'host-horizontal-nav-panel';

/** The details page's URL without a tab; set by the host's details route. */
export const DetailsBaseContext = createContext<string>('');

type TabExtension = Extension<
  'console.tab/horizontalNav',
  {
    model: { group?: string; version: string; kind: string };
    page: { name: string; href: string };
    component: CodeRef<ComponentType<Record<string, unknown>>>;
  }
>;
const isTab = (e: Extension): e is TabExtension => e.type === 'console.tab/horizontalNav';

export const HorizontalNav: FC<HorizontalNavProps> = ({ resource, pages, customData }) => {
  const base = useContext(DetailsBaseContext);
  const location = useLocation();
  const navigate = useNavigate();
  const [tabExtensions] = useResolvedExtensions<TabExtension>(isTab);
  const gvk = resource ? getGroupVersionKindForResource(resource) : undefined;
  const extensionPages: NavPage[] = tabExtensions
    .filter(
      (e) =>
        gvk &&
        e.properties.model.kind === gvk.kind &&
        (e.properties.model.group ?? '') === (gvk.group ?? '') &&
        (!e.properties.model.version || e.properties.model.version === gvk.version),
    )
    .map((e) => ({
      // As the console: extension labels written %namespace~key% are translated.
      name: translateLabel(e.properties.page.name) || e.properties.page.name,
      href: e.properties.page.href,
      component: e.properties.component as ComponentType,
    }));
  const all = [...pages, ...extensionPages];
  const hrefOf = (p: NavPage) => (p.href ?? p.path ?? '').replace(/^\//, '');
  const rest = location.pathname.slice(base.length).replace(/^\//, '');
  const active = all.findIndex((p) => hrefOf(p) === rest.split('/')[0]);
  return (
    <>
      <PageSection hasBodyWrapper={false} padding={{ default: 'noPadding' }}>
        <Tabs
          activeKey={active < 0 ? 0 : active}
          onSelect={(_e, key) =>
            navigate(`${base}${hrefOf(all[Number(key)]) ? `/${hrefOf(all[Number(key)])}` : ''}`)
          }
          aria-label="Details tabs"
          inset={{ default: 'insetMd' }}
        >
          {all.map((p, i) => (
            <Tab
              key={hrefOf(p) || 'details'}
              eventKey={i}
              title={<TabTitleText>{p.name}</TabTitleText>}
              data-test={`horizontal-link-${p.name}`}
              // The routes below are the one panel every tab controls (no PatternFly TabContent).
              tabContentId={TAB_PANEL_ID}
            />
          ))}
        </Tabs>
      </PageSection>
      <div id={TAB_PANEL_ID} role="tabpanel">
        <Routes>
          {all.map((p) => {
            const Component = p.component as ComponentType<Record<string, unknown>>;
            const path = hrefOf(p);
            return (
              <Route
                key={path || 'details'}
                path={path ? `${path}/*` : ''}
                element={<Component obj={resource} {...(customData ?? {})} />}
              />
            );
          })}
        </Routes>
      </div>
    </>
  );
};
