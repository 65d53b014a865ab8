// The console extension types the host interprets (a subset of console-types in the SDK).
import type { ComponentType } from 'react';
import type { CodeRef, Extension } from '@openshift/dynamic-plugin-sdk';

export type GVK = { group?: string; version?: string; kind: string };

export type ResourcePageExtension = Extension<
  'console.page/resource/list' | 'console.page/resource/details' | 'console.resource/create',
  { model: GVK; component: CodeRef<ComponentType<Record<string, unknown>>> }
>;
export type RoutePageExtension = Extension<
  'console.page/route',
  { path: string | string[]; exact?: boolean; perspective?: string; component: ComponentType }
>;
export type NavSectionExtension = Extension<
  'console.navigation/section',
  {
    id: string;
    name?: string;
    perspective?: string;
    insertBefore?: string | string[];
    insertAfter?: string | string[];
  }
>;
type NavItemProps = {
  id: string;
  name?: string;
  perspective?: string;
  section?: string;
  insertBefore?: string | string[];
  insertAfter?: string | string[];
  startsWith?: string[];
};
export type NavHrefExtension = Extension<
  'console.navigation/href',
  NavItemProps & { href: string; namespaced?: boolean; prefixNamespaced?: boolean }
>;
export type NavResourceExtension = Extension<
  'console.navigation/resource-ns' | 'console.navigation/resource-cluster',
  NavItemProps & { model: GVK }
>;
export type NavItemExtension = NavHrefExtension | NavResourceExtension;

export const isResourcePage =
  (type: ResourcePageExtension['type']) =>
  (e: Extension): e is ResourcePageExtension =>
    e.type === type;
export const isRoutePage = (e: Extension): e is RoutePageExtension =>
  e.type === 'console.page/route';
export const isNavSection = (e: Extension): e is NavSectionExtension =>
  e.type === 'console.navigation/section';
export const isNavItem = (e: Extension): e is NavItemExtension =>
  e.type === 'console.navigation/href' ||
  e.type === 'console.navigation/resource-ns' ||
  e.type === 'console.navigation/resource-cluster';
