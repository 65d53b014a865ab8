// A set of (pool, IP) pairs in flat typed arrays: open addressing with linear probing. Counting
// distinct IPs per pool this way costs a few multiplications per IP, far below a Map of strings,
// which is what keeps a full utilization recompute close to the cost of reading the IPs at all.

const SLOT = 6; // pool + 1 (0 = empty), family, four 32-bit words of the address

export class AddressSet {
  private slots: Int32Array;
  private mask: number;
  private size = 0;

  constructor(expected: number) {
    let capacity = 16;
    while (capacity < expected * 2) capacity *= 2;
    this.slots = new Int32Array(capacity * SLOT);
    this.mask = capacity - 1;
  }

  /** Adds the pair; true when it was not there yet. IPv4 uses only w3. */
  add(pool: number, family: number, w0: number, w1: number, w2: number, w3: number): boolean {
    if ((this.size + 1) * 2 > this.mask + 1) this.grow();
    let h = Math.imul(pool + 1, 0x9e3779b1) ^ family;
    h = Math.imul(h ^ w0, 0x85ebca6b);
    h = Math.imul(h ^ w1, 0xc2b2ae35);
    h = Math.imul(h ^ w2, 0x27d4eb2f);
    h = Math.imul(h ^ w3, 0x165667b1);
    h ^= h >>> 15;
    const slots = this.slots;
    for (let i = h & this.mask; ; i = (i + 1) & this.mask) {
      const at = i * SLOT;
      const owner = slots[at];
      if (owner === 0) {
        slots[at] = pool + 1;
        slots[at + 1] = family;
        slots[at + 2] = w0;
        slots[at + 3] = w1;
        slots[at + 4] = w2;
        slots[at + 5] = w3;
        this.size++;
        return true;
      }
      if (
        owner === pool + 1 &&
        slots[at + 1] === family &&
        slots[at + 2] === w0 &&
        slots[at + 3] === w1 &&
        slots[at + 4] === w2 &&
        slots[at + 5] === w3
      ) {
        return false;
      }
    }
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2);
    this.mask = this.mask * 2 + 1;
    this.size = 0;
    for (let at = 0; at < old.length; at += SLOT) {
      if (old[at] !== 0)
        this.add(old[at] - 1, old[at + 1], old[at + 2], old[at + 3], old[at + 4], old[at + 5]);
    }
  }
}
