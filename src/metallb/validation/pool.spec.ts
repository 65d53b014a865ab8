import { pool } from '../test-factories';
import { validateIPAddressPool as validateWithCodes } from './pool';

/** MetalLB's words and paths; the codes views translate are pinned in their own test below. */
const validateIPAddressPool = (...args: Parameters<typeof validateWithCodes>) =>
  validateWithCodes(...args).map(({ code: _code, params: _params, ...words }) => words);

describe('validateIPAddressPool', () => {
  it('passes a good pool', () => {
    expect(
      validateIPAddressPool(pool('web', ['192.168.10.0/24', '2001:db8::/64']), [
        pool('db', ['10.0.0.0/8']),
      ]),
    ).toEqual([]);
  });

  it('reports every bad entry on its field, wrapped as MetalLB wraps it', () => {
    expect(
      validateIPAddressPool(pool('web', ['10.0.0.0/24', '10.0.0.1', '10.0.1.9-10.0.1.2'])),
    ).toEqual([
      {
        path: 'spec.addresses[1]',
        message: 'invalid CIDR "10.0.0.1" in pool "web": invalid CIDR "10.0.0.1"',
        webhookMessage:
          'parsing address pool web: invalid CIDR "10.0.0.1" in pool "web": invalid CIDR "10.0.0.1"',
      },
      {
        path: 'spec.addresses[2]',
        message:
          'invalid CIDR "10.0.1.9-10.0.1.2" in pool "web": invalid IP range "10.0.1.9-10.0.1.2": start IP "10.0.1.9" is after the end IP "10.0.1.2"',
        webhookMessage:
          'parsing address pool web: invalid CIDR "10.0.1.9-10.0.1.2" in pool "web": invalid IP range "10.0.1.9-10.0.1.2": start IP "10.0.1.9" is after the end IP "10.0.1.2"',
      },
    ]);
  });

  it('refuses a mixed-family range in our words, with no webhook text since MetalLB accepts it', () => {
    const [issue] = validateIPAddressPool(pool('web', ['::1-10.0.0.1']));
    expect(issue.path).toBe('spec.addresses[0]');
    expect(issue.message).toMatch(
      /^invalid CIDR "::1-10.0.0.1" in pool "web": invalid IP range .* one IP family/,
    );
    expect(issue.webhookMessage).toBeUndefined();
  });

  it('needs a name and at least one entry', () => {
    expect(validateIPAddressPool({ metadata: {}, spec: { addresses: [] } })).toEqual([
      {
        path: 'metadata.name',
        message: 'missing pool name',
        webhookMessage: 'parsing address pool : missing pool name',
      },
      {
        path: 'spec.addresses',
        message: 'pool has no prefixes defined',
        webhookMessage: 'parsing address pool : pool has no prefixes defined',
      },
    ]);
  });

  it('refuses a second pool of the same name when creating, and replaces the old one when editing', () => {
    const existing = [pool('web', ['10.0.0.0/24'])];
    expect(
      validateIPAddressPool(pool('web', ['10.0.0.0/24']), existing, { creating: true }),
    ).toEqual([
      {
        path: 'metadata.name',
        message: 'duplicate definition of pool "web"',
        webhookMessage: 'duplicate definition of pool "web"',
      },
      expect.objectContaining({ path: 'spec.addresses[0]' }),
    ]);
    expect(validateIPAddressPool(pool('web', ['10.0.0.0/25']), existing)).toEqual([]);
  });

  it('reports overlaps with other pools and inside the pool, on the entry, in the webhook order', () => {
    const others = [pool('db', ['192.168.123.0/24']), pool('zz', ['10.9.0.0/16'])];
    const issues = validateIPAddressPool(
      pool('web', ['192.168.123.200/29', '10.9.1.0/24', '10.9.1.0/25']),
      others,
    );
    const overlap = (cidr: string, other: string) =>
      `CIDR "${cidr}" in pool "web" overlaps with already defined CIDR "${other}"`;
    expect(issues.map((i) => [i.path, i.message])).toEqual([
      ['spec.addresses[0]', overlap('192.168.123.200/29', '192.168.123.0/24')],
      ['spec.addresses[1]', overlap('10.9.1.0/24', '10.9.0.0/16')],
      ['spec.addresses[2]', overlap('10.9.1.0/25', '10.9.0.0/16')],
      ['spec.addresses[2]', overlap('10.9.1.0/25', '10.9.1.0/24')],
    ]);
    expect(issues.every((i) => i.webhookMessage === i.message)).toBe(true);
  });

  it("words an overlap with an earlier-listed pool from that pool's side, as the webhook does on update", () => {
    const others = [pool('a-web', ['10.0.0.0/24']), pool('b-db', ['10.1.0.0/16'])];
    const issues = validateIPAddressPool(pool('a-web', ['10.1.2.0/24']), others);
    expect(issues).toEqual([
      {
        path: 'spec.addresses[0]',
        message:
          'CIDR "10.1.0.0/16" in pool "b-db" overlaps with already defined CIDR "10.1.2.0/24"',
        webhookMessage:
          'CIDR "10.1.0.0/16" in pool "b-db" overlaps with already defined CIDR "10.1.2.0/24"',
      },
    ]);
  });

  it('checks serviceAllocation duplicates', () => {
    const issues = validateIPAddressPool(
      pool('web', ['10.0.0.0/24'], {
        serviceAllocation: {
          namespaces: ['a', 'b', 'a'],
          serviceSelectors: [{ matchLabels: { app: 'x' } }, { matchLabels: { app: 'x' } }],
        },
      }),
    );
    expect(issues).toEqual([
      {
        path: 'spec.serviceAllocation.namespaces[2]',
        message: 'duplicate definition in namespaces field',
        webhookMessage: 'parsing address pool web: duplicate definition in namespaces field',
      },
      {
        path: 'spec.serviceAllocation.serviceSelectors[1]',
        message: 'duplicate definition of serviceSelectors {map["app":"x"] []}',
        webhookMessage:
          'parsing address pool web: duplicate definition of serviceSelectors {map["app":"x"] []}',
      },
    ]);
  });

  it("refuses a pool outside MetalLB's namespace when told the namespace", () => {
    const elsewhere = {
      ...pool('web', ['10.0.0.0/24']),
      metadata: { name: 'web', namespace: 'default' },
    };
    expect(validateIPAddressPool(elsewhere, [], { namespace: 'metallb-system' })).toEqual([
      {
        path: 'metadata.namespace',
        message: 'resource must be created in metallb-system namespace',
        webhookMessage: 'resource must be created in metallb-system namespace',
      },
    ]);
  });

  it('gives each issue a code and the values its sentence names, for translated text', () => {
    const codes = (addresses: string[], others = [pool('db', ['10.0.0.0/24'])]) =>
      validateWithCodes(pool('web', addresses), others).map((i) => [i.code, i.params]);
    expect(codes(['10.0.0.1', '10.0.1.9-10.0.1.2', '10.0.0.0/30'])).toEqual([
      ['pool.invalidCidr', { entry: '"10.0.0.1"', pool: '"web"' }],
      [
        'pool.rangeStartAfterEnd',
        { entry: '"10.0.1.9-10.0.1.2"', pool: '"web"', start: '"10.0.1.9"', end: '"10.0.1.2"' },
      ],
      [
        'pool.overlap',
        { cidr: '"10.0.0.0/30"', pool: '"web"', other: '"10.0.0.0/24"', otherPool: 'db' },
      ],
    ]);
    expect(codes(['x-10.0.0.1', '10.0.0.1-y', '::1-10.0.0.1'], [])).toEqual([
      ['pool.rangeInvalidStart', { entry: '"x-10.0.0.1"', pool: '"web"', start: '"x"' }],
      ['pool.rangeInvalidEnd', { entry: '"10.0.0.1-y"', pool: '"web"', end: '"y"' }],
      [
        'pool.rangeMixedFamily',
        expect.objectContaining({ startFamily: 'IPv6', endFamily: 'IPv4' }),
      ],
    ]);
  });
});
