// The two versions of an object in a conflict, written alike so the comparison shows only real
// differences: an object from a list or watch can lack `apiVersion` and `kind` (the API server drops
// them from list items) while the draft has them, and the server orders keys its own way while the
// draft keeps the order the user typed. What the server writes (status, resourceVersion) is left
// out: neither side typed it, and MetalLB's status counts would only hide the real differences.
import { dump } from 'js-yaml';
import { userContent } from '../../k8s/server-fields';
import type { Draft } from './draft';
import { toYAML } from './draft';

const FIRST = ['apiVersion', 'kind', 'metadata', 'spec', 'status'];

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Mapping keys sorted at every depth (list order is meaning, so lists keep theirs). */
const sortKeys = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (!isObject(value)) return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, sortKeys(value[key])]),
  );
};

/** Top level in the order kubectl shows it, everything below sorted. */
const canonical = (obj: Draft): Draft => {
  const sorted = sortKeys(obj) as Draft;
  const head = FIRST.filter((key) => key in sorted);
  const rest = Object.keys(sorted).filter((key) => !FIRST.includes(key));
  return Object.fromEntries(
    [...head, ...rest].filter((key) => sorted[key] !== undefined).map((key) => [key, sorted[key]]),
  );
};

/** YAML of theirs and yours, with a type field one side lacks taken from the other. */
export const comparableYAML = (theirs: Draft, yours: Draft): { theirs: string; yours: string } => ({
  theirs: toYAML(canonical(userContent(theirs, yours))),
  yours: toYAML(canonical(userContent(yours, theirs))),
});

/** A field's value on one line as YAML writes it in flow style (`[a, b]`, `{team: web}`); undefined when unset. */
export const valueText = (value: unknown): string | undefined =>
  value === undefined ? undefined : dump(value, { flowLevel: 0, lineWidth: -1 }).trim();
