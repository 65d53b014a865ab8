// Applying the user's edit onto someone else's newer version, field by field: a three-way merge of
// the version the user loaded (base), their draft (yours) and the newer version (theirs). A field only
// one side changed takes that side's value; a field both changed alike takes it once; a field both
// changed differently is an overlap the user decides, and until then holds yours (nothing typed is
// lost). Lists are merged as sequences (diff3): edits to different parts of a list both apply,
// elements inserted at the same place by both are kept both, and elements edited in place by both are
// merged field by field. Only an overlap that changes a list's length makes the whole list the choice.
import { deepEqual, isPlainObject, type PathKey, type PlainObject } from './plain-objects';

export interface Overlap {
  /** Where both changed it; a list's path when the choice is the whole list. */
  path: PathKey[];
  base: unknown;
  /** Also the value the merged object holds there until the user decides. */
  yours: unknown;
  theirs: unknown;
}

export interface MergeResult<T> {
  merged: T;
  /** Empty when the edits did not meet. */
  overlaps: Overlap[];
}

/** Index pairs (in a, in b) of one longest common subsequence of two lists, in order. */
const commonPairs = (a: unknown[], b: unknown[]): Map<number, number> => {
  const lcs = Array.from({ length: a.length + 1 }, () => new Int32Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      lcs[i][j] = deepEqual(a[i], b[j])
        ? lcs[i + 1][j + 1] + 1
        : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  const pairs = new Map<number, number>();
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (deepEqual(a[i], b[j])) pairs.set(i++, j++);
    else if (lcs[i + 1][j] >= lcs[i][j + 1]) i++;
    else j++;
  }
  return pairs;
};

type Chunk = { base: unknown[]; yours: unknown[]; theirs: unknown[] };

/** A stretch between elements all three lists share, resolved when only one side (or both alike) changed it. */
const settled = ({ base, yours, theirs }: Chunk): unknown[] | undefined => {
  if (deepEqual(yours, base)) return theirs;
  if (deepEqual(theirs, base) || deepEqual(yours, theirs)) return yours;
  // Both inserted at the same place: keep both, theirs after yours, an element both added once.
  if (base.length === 0) {
    const unmatched = [...yours];
    const onlyTheirs = theirs.filter((t) => {
      const i = unmatched.findIndex((y) => deepEqual(y, t));
      if (i >= 0) unmatched.splice(i, 1);
      return i < 0;
    });
    return [...yours, ...onlyTheirs];
  }
  return undefined;
};

const mergeLists = (
  base: unknown[],
  yours: unknown[],
  theirs: unknown[],
  path: PathKey[],
  overlaps: Overlap[],
): unknown[] => {
  const toYours = commonPairs(base, yours);
  const toTheirs = commonPairs(base, theirs);
  // Split the lists at the base elements both sides kept; what lies between is a chunk.
  const chunks: Array<Chunk | { kept: unknown }> = [];
  let [b0, y0, t0] = [0, 0, 0];
  const stable = [...toYours.keys()].filter((i) => toTheirs.has(i));
  for (const i of [...stable, base.length]) {
    const [y, t] =
      i < base.length ? [toYours.get(i)!, toTheirs.get(i)!] : [yours.length, theirs.length];
    chunks.push({
      base: base.slice(b0, i),
      yours: yours.slice(y0, y),
      theirs: theirs.slice(t0, t),
    });
    if (i < base.length) chunks.push({ kept: yours[y] });
    [b0, y0, t0] = [i + 1, y + 1, t + 1];
  }
  const open = chunks.filter((c): c is Chunk => !('kept' in c) && settled(c) === undefined);
  // An open chunk whose three sides differ in length has no element-by-element reading: the list is the choice.
  const whole = open.some(
    (c) => c.yours.length !== c.base.length || c.theirs.length !== c.base.length,
  );
  const merged: unknown[] = [];
  const theirsChoice: unknown[] = [];
  const inside: Overlap[] = [];
  for (const chunk of chunks) {
    if ('kept' in chunk) {
      merged.push(chunk.kept);
      theirsChoice.push(chunk.kept);
      continue;
    }
    const resolved = settled(chunk);
    if (resolved) {
      merged.push(...resolved);
      theirsChoice.push(...resolved);
    } else if (whole) {
      merged.push(...chunk.yours);
      theirsChoice.push(...chunk.theirs);
    } else {
      chunk.base.forEach((b, k) => {
        const at = merged.length;
        merged.push(mergeValue(b, chunk.yours[k], chunk.theirs[k], [...path, at], inside));
      });
    }
  }
  if (whole) overlaps.push({ path, base, yours: merged, theirs: theirsChoice });
  else overlaps.push(...inside);
  return merged;
};

const mergeMappings = (
  base: PlainObject,
  yours: PlainObject,
  theirs: PlainObject,
  path: PathKey[],
  overlaps: Overlap[],
): PlainObject => {
  const merged: PlainObject = {};
  // Your key order first (the order you see in the YAML view), then keys only they have.
  const keys = [...Object.keys(yours), ...Object.keys(theirs).filter((k) => !(k in yours))];
  for (const key of keys) {
    const value = mergeValue(base[key], yours[key], theirs[key], [...path, key], overlaps);
    if (value !== undefined) merged[key] = value;
  }
  return merged;
};

const mergeValue = (
  base: unknown,
  yours: unknown,
  theirs: unknown,
  path: PathKey[],
  overlaps: Overlap[],
): unknown => {
  if (deepEqual(yours, theirs) || deepEqual(theirs, base)) return yours;
  if (deepEqual(yours, base)) return theirs;
  if (isPlainObject(yours) && isPlainObject(theirs))
    return mergeMappings(isPlainObject(base) ? base : {}, yours, theirs, path, overlaps);
  if (Array.isArray(yours) && Array.isArray(theirs))
    return mergeLists(Array.isArray(base) ? base : [], yours, theirs, path, overlaps);
  overlaps.push({ path, base, yours, theirs });
  return yours;
};

/** Your changes since `base` applied onto `theirs`; see the file comment for the rules. */
export const threeWayMerge = <T>(base: T, yours: T, theirs: T): MergeResult<T> => {
  const overlaps: Overlap[] = [];
  const merged = mergeValue(base, yours, theirs, [], overlaps) as T;
  return { merged, overlaps };
};
