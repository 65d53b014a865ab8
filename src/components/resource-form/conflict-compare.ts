// The two versions of an object in a conflict, written alike so the comparison shows only real
// differences: an object from a list or watch can lack `apiVersion` and `kind` (the API server drops
// them from list items) while the draft has them, and the server orders keys its own way while the
// draft keeps the order the user typed.
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
export const comparableYAML = (theirs: Draft, yours: Draft): { theirs: string; yours: string } => {
  const typed = (obj: Draft, other: Draft): Draft => ({
    ...obj,
    apiVersion: obj.apiVersion ?? other.apiVersion,
    kind: obj.kind ?? other.kind,
  });
  return {
    theirs: toYAML(canonical(typed(theirs, yours))),
    yours: toYAML(canonical(typed(yours, theirs))),
  };
};
