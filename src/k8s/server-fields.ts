// What in an object is the server's, not the user's: its `status` (MetalLB's controller rewrites a
// pool's on every allocation) and the metadata the API server stamps on every write. A newer version
// that differs from the loaded one only there is no one else's edit: a form takes it underneath the
// user's draft without a word. Anything else (spec, labels, annotations, a new uid) is someone's save.
import { deepEqual, isPlainObject, type PathKey, type PlainObject } from './plain-objects';

/** Metadata the API server writes on every change. */
export const SERVER_METADATA = ['resourceVersion', 'generation', 'managedFields'] as const;

const metadataOf = (obj: PlainObject): PlainObject =>
  isPlainObject(obj.metadata) ? obj.metadata : {};

/**
 * The object without what the server writes. `apiVersion` and `kind` that `other` has and `obj` lacks
 * are filled in: list and watch items come without them, and their absence is no change.
 */
export const userContent = (obj: PlainObject, other: PlainObject = {}): PlainObject => {
  const metadata = { ...metadataOf(obj) };
  for (const key of SERVER_METADATA) delete metadata[key];
  const content: PlainObject = { ...obj, metadata };
  delete content.status;
  if (content.apiVersion === undefined && other.apiVersion !== undefined)
    content.apiVersion = other.apiVersion;
  if (content.kind === undefined && other.kind !== undefined) content.kind = other.kind;
  return content;
};

/** True when `theirs` differs from `base` only in status and server-written metadata. */
export const onlyServerChanged = (base: PlainObject, theirs: PlainObject): boolean =>
  deepEqual(userContent(base, theirs), userContent(theirs, base));

/** `draft` with the server's part (status, resourceVersion, generation, managedFields) of `server`. */
export const withServerFields = <T extends PlainObject>(draft: T, server: PlainObject): T => {
  const metadata = { ...metadataOf(draft) };
  const serverMetadata = metadataOf(server);
  for (const key of SERVER_METADATA) {
    if (serverMetadata[key] === undefined) delete metadata[key];
    else metadata[key] = serverMetadata[key];
  }
  const next: PlainObject = { ...draft, metadata };
  if (server.status === undefined) delete next.status;
  else next.status = server.status;
  return next as T;
};

export interface FieldChange {
  path: PathKey[];
  /** undefined: the field was not set. */
  before: unknown;
  after: unknown;
}

const collectChanges = (
  before: unknown,
  after: unknown,
  path: PathKey[],
  out: FieldChange[],
): void => {
  if (deepEqual(before, after)) return;
  const mapping = (v: unknown) => isPlainObject(v) || v === undefined;
  if (mapping(before) && mapping(after)) {
    // A mapping that appears or goes is read key by key too: "labels.team: (not set) → web".
    const b = (before ?? {}) as PlainObject;
    const a = (after ?? {}) as PlainObject;
    const keys = [...Object.keys(a), ...Object.keys(b).filter((k) => !(k in a))];
    for (const key of keys) collectChanges(b[key], a[key], [...path, key], out);
    return;
  }
  // Lists and values are read whole: "addresses: [a] → [a, b]" says more than "addresses[1]: + b".
  out.push({ path, before, after });
};

/** What someone else changed between `base` and `theirs`, field by field, the server's part left out. */
export const changedFields = (base: PlainObject, theirs: PlainObject): FieldChange[] => {
  const out: FieldChange[] = [];
  collectChanges(userContent(base, theirs), userContent(theirs, base), [], out);
  return out;
};
