import fc from 'fast-check';
import { deepEqual, getIn, pathText, type PlainObject } from './plain-objects';
import { withServerFields } from './server-fields';
import { threeWayMerge } from './three-way-merge';

/** The lab pool as the user loaded it. */
const loaded = (): PlainObject => ({
  apiVersion: 'metallb.io/v1beta1',
  kind: 'IPAddressPool',
  metadata: {
    name: 'web',
    namespace: 'metallb-system',
    resourceVersion: '100',
    labels: { team: 'web' },
  },
  spec: { addresses: ['192.168.123.200/29', '192.168.123.220/30'], autoAssign: true },
  status: { assignedIPv4: 1, availableIPv4: 11 },
});

/** The parts of the lab pool a test edits. */
interface Editable {
  metadata: { labels?: Record<string, string>; resourceVersion: string };
  spec: { addresses: string[]; autoAssign?: boolean; avoidBuggyIPs?: boolean };
  status?: unknown;
}

/** A copy of `obj` with `change` applied to it (a test writes edits as plain mutations). */
const edited = (obj: PlainObject, change: (o: Editable) => void): PlainObject => {
  const copy = JSON.parse(JSON.stringify(obj)) as Editable & PlainObject;
  change(copy);
  return copy;
};

const paths = (overlaps: { path: (string | number)[] }[]) => overlaps.map((o) => pathText(o.path));

describe('threeWayMerge: what each side changed', () => {
  it('returns your draft when nobody else changed anything', () => {
    const base = loaded();
    const yours = edited(base, (o) => (o.spec.autoAssign = false));
    expect(threeWayMerge(base, yours, base)).toEqual({ merged: yours, overlaps: [] });
  });

  it('returns their version when you changed nothing', () => {
    const base = loaded();
    const theirs = edited(base, (o) => (o.spec.autoAssign = false));
    expect(threeWayMerge(base, base, theirs)).toEqual({ merged: theirs, overlaps: [] });
  });

  it('puts your change on a version whose status alone moved (MetalLB allocating)', () => {
    const base = loaded();
    const yours = edited(base, (o) => o.spec.addresses.push('192.168.123.240/28'));
    const theirs = edited(base, (o) => {
      o.metadata.resourceVersion = '107';
      o.status = { assignedIPv4: 3, availableIPv4: 9 };
    });
    const { merged, overlaps } = threeWayMerge(base, yours, theirs);
    expect(overlaps).toEqual([]);
    expect(merged).toEqual(withServerFields(yours, theirs));
    expect(getIn(merged, ['metadata', 'resourceVersion'])).toBe('107');
  });

  it('applies edits to different fields from both sides', () => {
    const base = loaded();
    const yours = edited(base, (o) => (o.spec.avoidBuggyIPs = true));
    const theirs = edited(base, (o) => {
      o.metadata.labels!.tier = 'front';
      o.metadata.resourceVersion = '101';
    });
    const { merged, overlaps } = threeWayMerge(base, yours, theirs);
    expect(overlaps).toEqual([]);
    expect(merged).toMatchObject({
      metadata: { labels: { team: 'web', tier: 'front' }, resourceVersion: '101' },
      spec: { avoidBuggyIPs: true, autoAssign: true },
    });
  });

  it('takes a change both made alike once, without calling it an overlap', () => {
    const base = loaded();
    const change = (o: Editable) => (o.spec.autoAssign = false);
    const { merged, overlaps } = threeWayMerge(base, edited(base, change), edited(base, change));
    expect(overlaps).toEqual([]);
    expect(getIn(merged, ['spec', 'autoAssign'])).toBe(false);
  });

  it('marks a field both changed differently, holding yours until you decide', () => {
    const base = loaded();
    const yours = edited(base, (o) => (o.metadata.labels!.team = 'shop'));
    const theirs = edited(base, (o) => (o.metadata.labels!.team = 'db'));
    const { merged, overlaps } = threeWayMerge(base, yours, theirs);
    expect(overlaps).toEqual([
      { path: ['metadata', 'labels', 'team'], base: 'web', yours: 'shop', theirs: 'db' },
    ]);
    expect(getIn(merged, ['metadata', 'labels', 'team'])).toBe('shop');
  });

  it('marks a field you removed and they changed (and the reverse)', () => {
    const base = loaded();
    const removed = edited(base, (o) => delete o.metadata.labels!.team);
    const changed = edited(base, (o) => (o.metadata.labels!.team = 'db'));
    expect(threeWayMerge(base, removed, changed).overlaps).toEqual([
      { path: ['metadata', 'labels', 'team'], base: 'web', yours: undefined, theirs: 'db' },
    ]);
    expect(threeWayMerge(base, changed, removed).overlaps).toEqual([
      { path: ['metadata', 'labels', 'team'], base: 'web', yours: 'db', theirs: undefined },
    ]);
  });

  it('removes what both removed, and what one removed the other left alone', () => {
    const base = loaded();
    const yours = edited(base, (o) => delete o.metadata.labels);
    const theirs = edited(base, (o) => delete o.spec.autoAssign);
    const { merged, overlaps } = threeWayMerge(base, yours, theirs);
    expect(overlaps).toEqual([]);
    expect(getIn(merged, ['metadata', 'labels'])).toBeUndefined();
    expect(merged.spec).toEqual({ addresses: (base as unknown as Editable).spec.addresses });
  });

  it('keeps your key order, then keys only they have', () => {
    const base = { a: 1, b: 2 };
    const yours = { b: 2, a: 1, mine: 3 };
    const theirs = { a: 1, b: 2, their: 4 };
    expect(Object.keys(threeWayMerge(base, yours, theirs).merged)).toEqual([
      'b',
      'a',
      'mine',
      'their',
    ]);
  });

  it('merges a mapping both added field by field', () => {
    const base = { spec: {} };
    const yours = { spec: { serviceAllocation: { priority: 10 } } };
    const theirs = { spec: { serviceAllocation: { namespaces: ['shop'] } } };
    expect(threeWayMerge(base, yours, theirs)).toEqual({
      merged: { spec: { serviceAllocation: { priority: 10, namespaces: ['shop'] } } },
      overlaps: [],
    });
  });

  it('marks a value whose type changed on one side and the value on the other', () => {
    const { overlaps } = threeWayMerge({ x: { a: 1 } }, { x: 'text' }, { x: { a: 2 } });
    expect(overlaps).toEqual([{ path: ['x'], base: { a: 1 }, yours: 'text', theirs: { a: 2 } }]);
  });
});

describe('threeWayMerge: lists', () => {
  const addresses = (...a: string[]) => ({ spec: { addresses: a } });

  it('applies your added row and their edited row', () => {
    const base = addresses('10.0.0.0/24', '10.0.1.0/24');
    const yours = addresses('10.0.0.0/24', '10.0.1.0/24', '10.0.2.0/24');
    const theirs = addresses('10.0.0.0/25', '10.0.1.0/24');
    expect(threeWayMerge(base, yours, theirs)).toEqual({
      merged: addresses('10.0.0.0/25', '10.0.1.0/24', '10.0.2.0/24'),
      overlaps: [],
    });
  });

  it('keeps rows both added at the same place, yours first, one both added once', () => {
    const base = addresses('10.0.0.0/24');
    const yours = addresses('10.0.0.0/24', '10.0.5.0/24', '10.0.9.0/24');
    const theirs = addresses('10.0.0.0/24', '10.0.9.0/24', '10.0.7.0/24');
    expect(threeWayMerge(base, yours, theirs).merged).toEqual(
      addresses('10.0.0.0/24', '10.0.5.0/24', '10.0.9.0/24', '10.0.7.0/24'),
    );
  });

  it('applies your removed row and their removed row', () => {
    const base = addresses('a', 'b', 'c');
    expect(threeWayMerge(base, addresses('b', 'c'), addresses('a', 'b')).merged).toEqual(
      addresses('b'),
    );
  });

  it('marks one row both edited differently, by its index', () => {
    const base = addresses('10.0.0.0/24', '10.0.1.0/24');
    const yours = addresses('10.0.0.0/24', '10.0.1.0/25');
    const theirs = addresses('10.0.0.0/24', '10.0.1.0/26');
    const { merged, overlaps } = threeWayMerge(base, yours, theirs);
    expect(merged).toEqual(yours);
    expect(overlaps).toEqual([
      {
        path: ['spec', 'addresses', 1],
        base: '10.0.1.0/24',
        yours: '10.0.1.0/25',
        theirs: '10.0.1.0/26',
      },
    ]);
  });

  it('makes the whole list the choice when you removed a row they edited, keeping both sides’ other edits', () => {
    const base = addresses('a', 'b', 'c');
    const yours = addresses('b', 'c', 'mine'); // removed a, added mine
    const theirs = addresses('a2', 'b', 'c'); // edited a
    const { merged, overlaps } = threeWayMerge(base, yours, theirs);
    expect(merged).toEqual(addresses('b', 'c', 'mine'));
    expect(overlaps).toEqual([
      {
        path: ['spec', 'addresses'],
        base: ['a', 'b', 'c'],
        yours: ['b', 'c', 'mine'],
        theirs: ['a2', 'b', 'c', 'mine'],
      },
    ]);
  });

  it('merges list elements both edited in place field by field (node selectors)', () => {
    const selectors = (...labels: Record<string, string>[]) => ({
      spec: { nodeSelectors: labels.map((matchLabels) => ({ matchLabels })) },
    });
    const base = selectors({ zone: 'a' });
    const yours = selectors({ zone: 'a', rack: '1' });
    const theirs = selectors({ zone: 'b' });
    expect(threeWayMerge(base, yours, theirs)).toEqual({
      merged: selectors({ zone: 'b', rack: '1' }),
      overlaps: [],
    });
    const { overlaps } = threeWayMerge(base, selectors({ zone: 'c' }), theirs);
    expect(paths(overlaps)).toEqual(['spec.nodeSelectors[0].matchLabels.zone']);
  });

  it('names paths so the user can read them', () => {
    expect(pathText(['metadata', 'labels', 'app.kubernetes.io/name'])).toBe(
      'metadata.labels["app.kubernetes.io/name"]',
    );
    expect(pathText(['spec', 'communities', 0, 'value'])).toBe('spec.communities[0].value');
  });
});

// Small alphabets so that the three versions often share keys, values and list elements.
const { value: json } = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(0, 1, 'x', 'y', true, null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.constantFrom('a', 'b', 'c', 'd'), tie('value'), { maxKeys: 4 }),
  ),
}));
const object = fc.dictionary(fc.constantFrom('a', 'b', 'c', 'd', 'e'), json, { maxKeys: 5 });

describe('threeWayMerge: properties', () => {
  it('merging with no concurrent change returns the draft', () => {
    fc.assert(
      fc.property(object, object, (base, yours) => {
        const { merged, overlaps } = threeWayMerge(base, yours, base);
        return overlaps.length === 0 && deepEqual(merged, yours);
      }),
    );
  });

  it('merging a draft that changed nothing returns their version', () => {
    fc.assert(
      fc.property(object, object, (base, theirs) => {
        const { merged, overlaps } = threeWayMerge(base, base, theirs);
        return overlaps.length === 0 && deepEqual(merged, theirs);
      }),
    );
  });

  it('the same change on both sides is taken once', () => {
    fc.assert(
      fc.property(object, object, (base, both) => {
        const { merged, overlaps } = threeWayMerge(base, both, both);
        return overlaps.length === 0 && deepEqual(merged, both);
      }),
    );
  });

  it('merging onto a status-only change equals the draft with their status', () => {
    fc.assert(
      fc.property(object, object, json, fc.string(), (spec, yourSpec, status, rv) => {
        const base = { metadata: { name: 'p', resourceVersion: '1' }, spec, status: { n: 1 } };
        const yours = { ...base, spec: yourSpec };
        const theirs = withServerFields(base, { metadata: { resourceVersion: rv }, status });
        const { merged, overlaps } = threeWayMerge<PlainObject>(base, yours, theirs);
        return overlaps.length === 0 && deepEqual(merged, withServerFields(yours, theirs));
      }),
    );
  });

  it('edits to different top-level fields all apply', () => {
    fc.assert(
      fc.property(object, json, json, (base, mine, theirsValue) => {
        const yours = { ...base, mine };
        const theirs = { ...base, theirs: theirsValue };
        const { merged, overlaps } = threeWayMerge<PlainObject>(base, yours, theirs);
        return overlaps.length === 0 && deepEqual(merged, { ...base, mine, theirs: theirsValue });
      }),
    );
  });

  it('the merged object holds your value at every overlap', () => {
    fc.assert(
      fc.property(object, object, object, (base, yours, theirs) => {
        const { merged, overlaps } = threeWayMerge(base, yours, theirs);
        return overlaps.every((o) => deepEqual(getIn(merged, o.path), o.yours));
      }),
    );
  });

  it('finds the same overlaps whichever side is yours', () => {
    fc.assert(
      fc.property(object, object, object, (base, a, b) => {
        const one = threeWayMerge(base, a, b).overlaps;
        const other = threeWayMerge(base, b, a).overlaps;
        const key = (o: (typeof one)[number]) => pathText(o.path);
        expect(one.map(key).sort()).toEqual(other.map(key).sort());
        for (const o of one) {
          const swapped = other.find((x) => key(x) === key(o))!;
          // A whole-list choice carries both sides' other edits, so compare only field overlaps.
          if (!Array.isArray(o.yours)) {
            expect(swapped.yours).toEqual(o.theirs);
            expect(swapped.theirs).toEqual(o.yours);
          }
        }
      }),
    );
  });

  it('with no overlap, every field one side changed has that side’s value', () => {
    fc.assert(
      fc.property(object, object, object, (base, yours, theirs) => {
        const { merged, overlaps } = threeWayMerge<PlainObject>(base, yours, theirs);
        if (overlaps.length > 0) return true;
        const keys = new Set([...Object.keys(base), ...Object.keys(yours), ...Object.keys(theirs)]);
        return [...keys].every((k) => {
          if (!deepEqual(yours[k], base[k]) && deepEqual(theirs[k], base[k]))
            return deepEqual(merged[k], yours[k]);
          if (!deepEqual(theirs[k], base[k]) && deepEqual(yours[k], base[k]))
            return deepEqual(merged[k], theirs[k]);
          return true;
        });
      }),
    );
  });
});
