// An IPAddressPool checked as MetalLB's webhook checks it (config.For over all pools), with every
// problem reported, not only the first, and placed on its field.
import type { AddressEntry } from '../blocks';
import { readAddressEntry } from '../blocks';
import { goQuote } from '../go-format';
import { findPoolOverlaps, formatPoolOverlap } from '../overlaps';
import type { IPAddressPool } from '../types';
import type { ValidationIssue } from './issues';
import { selectorListIssues, wrapWebhook } from './issues';

export interface PoolValidationOptions {
  /** A new pool: another pool of the same name is a duplicate (an edit replaces its old self). */
  creating?: boolean;
  /** MetalLB's namespace; when given, a pool elsewhere is refused as the webhook refuses it. */
  namespace?: string;
}

const ENTRY_CODES: Record<Extract<AddressEntry, { ok: false }>['reason'], ValidationIssue['code']> =
  {
    cidr: 'pool.invalidCidr',
    start: 'pool.rangeInvalidStart',
    end: 'pool.rangeInvalidEnd',
    order: 'pool.rangeStartAfterEnd',
    family: 'pool.rangeMixedFamily',
  };

const serviceAllocationIssues = (pool: IPAddressPool): ValidationIssue[] => {
  const allocation = pool.spec?.serviceAllocation;
  if (!allocation) return [];
  const issues: ValidationIssue[] = [];
  const namespaces = allocation.namespaces ?? [];
  namespaces.forEach((ns, i) => {
    if (namespaces.indexOf(ns) < i) {
      const message = 'duplicate definition in namespaces field';
      issues.push({
        code: 'pool.duplicateNamespace',
        params: {},
        path: `spec.serviceAllocation.namespaces[${i}]`,
        message,
        webhookMessage: message,
      });
    }
  });
  const selectorsGiven =
    namespaces.length > 0 ||
    (allocation.namespaceSelectors ?? []).length > 0 ||
    (allocation.serviceSelectors ?? []).length > 0;
  if (selectorsGiven) {
    issues.push(
      ...selectorListIssues(
        allocation.namespaceSelectors,
        'spec.serviceAllocation.namespaceSelectors',
        'namespaceSelectors',
      ),
      ...selectorListIssues(
        allocation.serviceSelectors,
        'spec.serviceAllocation.serviceSelectors',
        'serviceSelectors',
      ),
    );
  }
  return issues;
};

/** The pool list the webhook validates: the existing pools with this one replacing its old self, or appended. */
const withCandidate = (
  pool: IPAddressPool,
  others: IPAddressPool[],
  creating: boolean,
): IPAddressPool[] => {
  const name = pool.metadata?.name;
  const at = creating ? -1 : others.findIndex((other) => other.metadata?.name === name);
  return at < 0 ? [...others, pool] : others.map((other, i) => (i === at ? pool : other));
};

/** Issues MetalLB's webhook (and our stricter reading of ranges) finds in `pool`, beside `otherPools`. */
export const validateIPAddressPool = (
  pool: IPAddressPool,
  otherPools: IPAddressPool[] = [],
  options: PoolValidationOptions = {},
): ValidationIssue[] => {
  const name = pool.metadata?.name ?? '';
  const issues: ValidationIssue[] = [];
  const own: ValidationIssue[] = []; // wrapped by MetalLB as "parsing address pool <name>: ..."
  if (options.namespace !== undefined && pool.metadata?.namespace !== options.namespace) {
    const message = `resource must be created in ${options.namespace} namespace`;
    issues.push({
      path: 'metadata.namespace',
      code: 'namespace.wrong',
      params: { namespace: options.namespace },
      message,
      webhookMessage: message,
    });
  }
  if (name === '')
    own.push({
      path: 'metadata.name',
      code: 'pool.nameMissing',
      params: {},
      message: 'missing pool name',
      webhookMessage: 'missing pool name',
    });
  if (options.creating && otherPools.some((other) => other.metadata?.name === name)) {
    const params = { pool: goQuote(name) };
    const message = `duplicate definition of pool ${params.pool}`;
    issues.push({
      path: 'metadata.name',
      code: 'pool.duplicateName',
      params,
      message,
      webhookMessage: message,
    });
  }
  const addresses = pool.spec?.addresses ?? [];
  if (addresses.length === 0) {
    const message = 'pool has no prefixes defined';
    own.push({
      path: 'spec.addresses',
      code: 'pool.noAddresses',
      params: {},
      message,
      webhookMessage: message,
    });
  }
  addresses.forEach((text, i) => {
    const entry = readAddressEntry(text);
    if (!entry.ok) {
      const message = `invalid CIDR ${goQuote(text)} in pool ${goQuote(name)}: ${entry.message}`;
      own.push({
        path: `spec.addresses[${i}]`,
        code: ENTRY_CODES[entry.reason],
        params: { ...entry.params, entry: goQuote(text), pool: goQuote(name) },
        message,
        ...(entry.ourRule ? {} : { webhookMessage: message }),
      });
    }
  });
  own.push(...serviceAllocationIssues(pool));
  issues.push(...wrapWebhook(own, `parsing address pool ${name}: `));

  const seen = new Set<string>();
  for (const overlap of findPoolOverlaps(
    withCandidate(pool, otherPools, options.creating === true),
  )) {
    const index =
      overlap.pool === name
        ? overlap.addressIndex
        : overlap.otherPool === name
          ? overlap.otherAddressIndex
          : -1;
    if (index < 0) continue;
    const message = formatPoolOverlap(overlap);
    const path = `spec.addresses[${index}]`;
    if (!seen.has(path + message)) {
      seen.add(path + message);
      const params = {
        cidr: goQuote(overlap.block),
        pool: goQuote(overlap.pool),
        other: goQuote(overlap.otherBlock),
        otherPool: overlap.otherPool,
      };
      issues.push({ path, code: 'pool.overlap', params, message, webhookMessage: message });
    }
  }
  return issues;
};
