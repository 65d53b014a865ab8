// The draft is the whole object as the user will save it, including every field the form does not
// know: form fields change it in place (by copy), so unknown fields and YAML-only settings survive.
import { dump, load } from 'js-yaml';
import { isPlainObject, type PathKey } from '../../k8s/plain-objects';

export type Draft = Record<string, unknown>;
export type { PathKey };
export { getIn } from '../../k8s/plain-objects';

/**
 * A copy of `obj` with `value` at `path`. `undefined` removes the key (or the array element), and
 * an object a removal leaves empty goes too, so clearing a field leaves no `serviceAllocation: {}`.
 */
export const setIn = <T>(obj: T, path: PathKey[], value: unknown): T => {
  const [key, ...rest] = path;
  const container: unknown = obj ?? (typeof key === 'number' ? [] : {});
  const copy = (Array.isArray(container) ? [...container] : { ...(container as object) }) as Record<
    PathKey,
    unknown
  >;
  const next = rest.length === 0 ? value : setIn(copy[key], rest, value);
  const prune = value === undefined && isPlainObject(next) && Object.keys(next).length === 0;
  if (next === undefined || prune) {
    if (Array.isArray(copy)) copy.splice(key as number, 1);
    else delete copy[key];
  } else {
    copy[key] = next;
  }
  return copy as T;
};

/** YAML as the console's editor shows an object: without managedFields. */
export const toYAML = (obj: Draft): string => {
  const metadata = isPlainObject(obj.metadata) ? { ...obj.metadata } : undefined;
  if (metadata) delete metadata.managedFields;
  return dump(metadata ? { ...obj, metadata } : obj, { lineWidth: -1, noRefs: true });
};

/** A parse error's text (js-yaml's, with line and column), or '' when the YAML is not one mapping. */
export type YAMLReading = { ok: true; value: Draft } | { ok: false; message: string };

/** Reads YAML the user typed; anything but one mapping is refused. */
export const fromYAML = (text: string): YAMLReading => {
  try {
    const value = load(text);
    if (!isPlainObject(value)) return { ok: false, message: '' };
    return { ok: true, value };
  } catch (e) {
    return { ok: false, message: (e as Error).message };
  }
};
