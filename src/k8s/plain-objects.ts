// Plain JSON values as the API server sends them: equality by value (mapping keys in any order, a key
// holding undefined the same as no key) and paths into them.

export type PathKey = string | number;
export type PlainObject = Record<string, unknown>;

export const isPlainObject = (v: unknown): v is PlainObject =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Same value: lists element by element in order, mappings key by key in any order. */
export const deepEqual = (a: unknown, b: unknown): boolean => {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, i) => deepEqual(item, b[i]));
  }
  if (!isPlainObject(a) || !isPlainObject(b)) return false;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) if (!deepEqual(a[key], b[key])) return false;
  return true;
};

/** The value at `path`, or undefined. */
export const getIn = (obj: unknown, path: PathKey[]): unknown =>
  path.reduce<unknown>(
    (at, key) =>
      at === null || at === undefined ? undefined : (at as Record<PathKey, unknown>)[key],
    obj,
  );

/** "spec.addresses[2]", "metadata.labels["app.kubernetes.io/name"]": a path as the user reads it. */
export const pathText = (path: PathKey[]): string =>
  path
    .map((key, i) => {
      if (typeof key === 'number') return `[${key}]`;
      if (!/^[A-Za-z_][\w-]*$/.test(key)) return `[${JSON.stringify(key)}]`;
      return i === 0 ? key : `.${key}`;
    })
    .join('');
