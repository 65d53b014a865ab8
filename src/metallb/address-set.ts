// Sets of (pool, IP) pairs in flat typed arrays: open addressing with linear probing. Counting
// distinct IPs per pool this way costs a few multiplications per IP, far below a Map of strings,
// which is what keeps a full utilization recompute close to the cost of reading the IPs at all.
// IPv4 pairs take 2 words a slot and IPv6 pairs 5, so the tables stay small enough for the cache.

class PairTable {
  private slots: Int32Array;
  private mask: number;
  private size = 0;

  constructor(
    private readonly width: number,
    expected: number,
  ) {
    let capacity = 16;
    while (capacity < expected * 2) capacity *= 2;
    this.slots = new Int32Array(capacity * width);
    this.mask = capacity - 1;
  }

  /** Adds (pool, words); true when it was not there yet. `words` has width - 1 entries. */
  add(pool: number, w0: number, w1: number, w2: number, w3: number): boolean {
    if ((this.size + 1) * 2 > this.mask + 1) this.grow();
    const width = this.width;
    let h = Math.imul(pool + 1, 0x9e3779b1);
    h = Math.imul(h ^ w0, 0x85ebca6b);
    if (width > 2) {
      h = Math.imul(h ^ w1, 0xc2b2ae35);
      h = Math.imul(h ^ w2, 0x27d4eb2f);
      h = Math.imul(h ^ w3, 0x165667b1);
    }
    h ^= h >>> 15;
    const slots = this.slots;
    for (let i = h & this.mask; ; i = (i + 1) & this.mask) {
      const at = i * width;
      const owner = slots[at];
      if (owner === 0) {
        slots[at] = pool + 1;
        slots[at + 1] = w0;
        if (width > 2) {
          slots[at + 2] = w1;
          slots[at + 3] = w2;
          slots[at + 4] = w3;
        }
        this.size++;
        return true;
      }
      if (
        owner === pool + 1 &&
        slots[at + 1] === w0 &&
        (width === 2 || (slots[at + 2] === w1 && slots[at + 3] === w2 && slots[at + 4] === w3))
      ) {
        return false;
      }
    }
  }

  private grow(): void {
    const old = this.slots;
    const width = this.width;
    this.slots = new Int32Array(old.length * 2);
    this.mask = this.mask * 2 + 1;
    this.size = 0;
    for (let at = 0; at < old.length; at += width) {
      if (old[at] !== 0) {
        this.add(
          old[at] - 1,
          old[at + 1],
          width > 2 ? old[at + 2] : 0,
          width > 2 ? old[at + 3] : 0,
          width > 2 ? old[at + 4] : 0,
        );
      }
    }
  }
}

export class AddressSet {
  private readonly v4: PairTable;
  private readonly v6: PairTable;

  constructor(expected: number) {
    this.v4 = new PairTable(2, expected / 2);
    this.v6 = new PairTable(5, expected / 2);
  }

  /** Adds the pair; true when it was not there yet. IPv4 uses only w3. */
  add(pool: number, family: number, w0: number, w1: number, w2: number, w3: number): boolean {
    return family === 4 ? this.v4.add(pool, w3, 0, 0, 0) : this.v6.add(pool, w0, w1, w2, w3);
  }
}
