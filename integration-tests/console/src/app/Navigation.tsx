// The admin perspective's left navigation, built from the plugin's console.navigation/* extensions
// the way the console places them: items go into the console's own sections (by id) or a plugin's
// section, ordered by insertBefore/insertAfter. The console's own items are absent, except Home.
import { forwardRef, type AnchorHTMLAttributes, type FC } from 'react';
import { Link, useLocation } from 'react-router';
import { Nav, NavExpandable, NavItem, NavList } from '@patternfly/react-core';
import { useExtensions } from '@openshift/dynamic-plugin-sdk';
import { useActiveNamespace } from '../sdk/host-state';
import { ALL_NAMESPACES_KEY } from '../sdk/host-state';
import { getModelForGVK, urlSegmentFor } from '../sdk/models';
import { translateLabel } from '../i18n';
import { isNavItem, isNavSection, type NavItemExtension } from './extensions';
import { useTranslation } from 'react-i18next';

const CONSOLE_SECTIONS: Record<string, string> = {
  home: 'Home',
  operators: 'Operators',
  workloads: 'Workloads',
  virtualization: 'Virtualization',
  networking: 'Networking',
  storage: 'Storage',
  builds: 'Builds',
  compute: 'Compute',
  usermanagement: 'User Management',
  administration: 'Administration',
};

/** NavItem renders its `to` as `href` on this component; a stable type keeps the link mounted. */
const RouterLink = forwardRef<HTMLAnchorElement, AnchorHTMLAttributes<HTMLAnchorElement>>(
  ({ href, ...rest }, ref) => <Link ref={ref} to={href ?? '#'} {...rest} />,
);
RouterLink.displayName = 'RouterLink';

const asList = (v?: string | string[]) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/** Orders items by insertBefore/insertAfter, as the console's getSortedNavItems does. */
const sortItems = <
  T extends {
    properties: { id: string; insertBefore?: string | string[]; insertAfter?: string | string[] };
  },
>(
  items: T[],
): T[] => {
  const sorted = items.filter((i) => !i.properties.insertBefore && !i.properties.insertAfter);
  const pending = items.filter((i) => i.properties.insertBefore || i.properties.insertAfter);
  for (let pass = 0; pass < 3 && pending.length; pass++) {
    for (const item of [...pending]) {
      const before = asList(item.properties.insertBefore)
        .map((id) => sorted.findIndex((s) => s.properties.id === id))
        .find((i) => i >= 0);
      const after = asList(item.properties.insertAfter)
        .map((id) => sorted.findIndex((s) => s.properties.id === id))
        .find((i) => i >= 0);
      if (before !== undefined) sorted.splice(before, 0, item);
      else if (after !== undefined) sorted.splice(after + 1, 0, item);
      else if (pass < 2) continue;
      else sorted.push(item);
      pending.splice(pending.indexOf(item), 1);
    }
  }
  return sorted;
};

const hrefFor = (item: NavItemExtension, ns: string): string | undefined => {
  const nsSegment = ns === ALL_NAMESPACES_KEY ? 'all-namespaces' : `ns/${ns}`;
  if (item.type === 'console.navigation/href') {
    const { href, namespaced, prefixNamespaced } = item.properties;
    if (namespaced) return `/k8s/${nsSegment}${href.startsWith('/') ? href : `/${href}`}`;
    if (prefixNamespaced) return `/k8s/${nsSegment}${href.startsWith('/') ? href : `/${href}`}`;
    return href;
  }
  const model = getModelForGVK({
    ...item.properties.model,
    version: item.properties.model.version ?? 'v1',
  });
  if (!model) return undefined;
  return item.type === 'console.navigation/resource-ns'
    ? `/k8s/${nsSegment}/${urlSegmentFor(model)}`
    : `/k8s/cluster/${urlSegmentFor(model)}`;
};

const itemName = (item: NavItemExtension) =>
  translateLabel(item.properties.name) ||
  (item.type !== 'console.navigation/href'
    ? getModelForGVK({ ...item.properties.model, version: item.properties.model.version ?? 'v1' })
        ?.labelPlural
    : '') ||
  item.properties.id;

export const Navigation: FC = () => {
  useTranslation(); // re-render labels on language change
  const location = useLocation();
  const [ns] = useActiveNamespace();
  const sections = sortItems(
    useExtensions(isNavSection).filter((s) => (s.properties.perspective ?? 'admin') === 'admin'),
  );
  const items = sortItems(
    useExtensions(isNavItem).filter((i) => (i.properties.perspective ?? 'admin') === 'admin'),
  );
  const sectionIds = [
    ...Object.keys(CONSOLE_SECTIONS).filter((id) => items.some((i) => i.properties.section === id)),
    ...sections.map((s) => s.properties.id),
  ];
  const isActive = (item: NavItemExtension, href?: string) =>
    !!href &&
    (location.pathname === href ||
      location.pathname.startsWith(`${href}/`) ||
      (item.properties.startsWith ?? []).some((p) => location.pathname.includes(p)));
  const renderItem = (item: NavItemExtension) => {
    const href = hrefFor(item, ns);
    return (
      <NavItem
        key={item.properties.id}
        isActive={isActive(item, href)}
        data-test-id={item.properties.id}
        to={href ?? '#'}
        component={RouterLink}
      >
        {itemName(item)}
      </NavItem>
    );
  };
  return (
    <Nav aria-label="Global">
      <NavList>
        <NavItem isActive={location.pathname === '/'} to="/" component={RouterLink}>
          Home
        </NavItem>
        {items.filter((i) => !i.properties.section).map(renderItem)}
        {sectionIds.map((id) => {
          const sectionItems = items.filter((i) => i.properties.section === id);
          const ext = sections.find((s) => s.properties.id === id);
          const title = ext ? translateLabel(ext.properties.name) || id : CONSOLE_SECTIONS[id];
          if (!sectionItems.length) return null;
          return (
            <NavExpandable
              key={id}
              title={title}
              groupId={id}
              isExpanded
              isActive={sectionItems.some((i) => isActive(i, hrefFor(i, ns)))}
              data-test-id={`nav-section-${id}`}
            >
              {sectionItems.map(renderItem)}
            </NavExpandable>
          );
        })}
      </NavList>
    </Nav>
  );
};
