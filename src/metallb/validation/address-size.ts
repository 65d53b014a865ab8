// What one spec.addresses entry stands for, for a form row: its family, how many addresses and
// how many MetalLB can hand out (avoidBuggyIPs skips x.x.x.0 and x.x.x.255), and its bounds.
import { readAddressEntry } from '../blocks';
import { usableAddressCount } from '../capacity';
import { formatIP } from '../ip';

export interface AddressEntrySize {
  family: 4 | 6;
  size: bigint;
  usable: bigint;
  first: string;
  last: string;
}

/** The entry's size, or null when MetalLB would refuse it (the validator says why). */
export const addressEntrySize = (text: string, avoidBuggyIPs = false): AddressEntrySize | null => {
  const entry = readAddressEntry(text);
  if (!entry.ok) return null;
  const { block } = entry;
  return {
    family: block.family,
    size: block.last - block.first + 1n,
    usable: usableAddressCount(block, avoidBuggyIPs),
    first: formatIP({ family: block.family, value: block.first }),
    last: formatIP({ family: block.family, value: block.last }),
  };
};
