// Sets of (pool, IP) pairs for counting distinct IPs per pool in a full recompute: open addressing
// with linear probing over flat Int32Arrays, one class per family so the hot add() has no branch on
// the key width. Each slot starts with a tag, generation * poolLimit + pool + 1: a tag from an
// older generation reads as empty, so clear() is usually one increment, and a recompute reuses the
// same memory instead of allocating and zeroing tables every time. Slots are 2 words
// (IPv4) or 5 (IPv6) so the tables stay small enough for the cache.

const MIN_CAPACITY = 1024;
const TAG_LIMIT = 2 ** 31;

abstract class PairTable {
  protected slots: Int32Array;
  protected mask: number;
  protected size = 0;
  /** Pools are numbered 0..poolLimit-2; a power of two. */
  protected poolLimit = 1;
  /** generation * poolLimit: tags of this generation are base + 1 .. base + poolLimit - 1. */
  protected base = 0;

  constructor(protected readonly width: number) {
    this.slots = new Int32Array(MIN_CAPACITY * width);
    this.mask = MIN_CAPACITY - 1;
  }

  /** Forgets every pair and readies the set for pools numbered below `pools`; call before add(). */
  clear(pools: number): void {
    this.size = 0;
    let poolLimit = 1;
    while (poolLimit <= pools) poolLimit *= 2;
    if (poolLimit > TAG_LIMIT / 2) throw new Error(`too many pools: ${pools}`);
    if (poolLimit === this.poolLimit && this.base + 2 * poolLimit <= TAG_LIMIT) {
      this.base += poolLimit;
    } else {
      // out of generations, or tags of another pool limit could alias: zero the table once
      this.slots.fill(0);
      this.poolLimit = poolLimit;
      this.base = poolLimit;
    }
  }

  /** Doubles the table, keeping this generation's pairs. */
  protected grow(): void {
    const old = this.slots;
    const width = this.width;
    const { base, poolLimit } = this;
    this.slots = new Int32Array(old.length * 2);
    this.mask = this.mask * 2 + 1;
    this.size = 0;
    for (let at = 0; at < old.length; at += width) {
      const pool = old[at] - base - 1;
      if (pool >= 0 && pool < poolLimit - 1) this.reinsert(old, at, pool);
    }
  }

  protected abstract reinsert(from: Int32Array, at: number, pool: number): void;
}

/** (pool, IPv4) pairs; slot = [tag, ip]. */
export class IPv4PairSet extends PairTable {
  constructor() {
    super(2);
  }

  /** Adds (pool, ip), ip being the 32-bit value in any sign; true when it was not there yet. */
  add(pool: number, ip: number): boolean {
    if ((this.size + 1) * 4 > (this.mask + 1) * 3) this.grow();
    const slots = this.slots;
    const mask = this.mask;
    const base = this.base;
    const tag = base + pool + 1;
    const end = base + this.poolLimit;
    let h = Math.imul(ip ^ Math.imul(pool, 0x27d4eb2f), 0x9e3779b1);
    h ^= h >>> 15;
    for (let i = h & mask; ; i = (i + 1) & mask) {
      const at = i * 2;
      const t = slots[at];
      if (t === tag) {
        if (slots[at + 1] === ip) return false;
      } else if (t <= base || t >= end) {
        slots[at] = tag;
        slots[at + 1] = ip;
        this.size++;
        return true;
      }
    }
  }

  protected reinsert(from: Int32Array, at: number, pool: number): void {
    this.add(pool, from[at + 1]);
  }
}

/** (pool, IPv6) pairs; slot = [tag, w0, w1, w2, w3]. */
export class IPv6PairSet extends PairTable {
  constructor() {
    super(5);
  }

  /** Adds (pool, w0..w3), the words of the IPv6 address high first; true when it was not there yet. */
  add(pool: number, w0: number, w1: number, w2: number, w3: number): boolean {
    if ((this.size + 1) * 4 > (this.mask + 1) * 3) this.grow();
    const slots = this.slots;
    const mask = this.mask;
    const base = this.base;
    const tag = base + pool + 1;
    const end = base + this.poolLimit;
    let h = Math.imul(w3 ^ Math.imul(pool, 0x27d4eb2f), 0x9e3779b1);
    h = Math.imul(h ^ w2, 0x85ebca6b);
    h = Math.imul(h ^ w1, 0xc2b2ae35);
    h = Math.imul(h ^ w0, 0x165667b1);
    h ^= h >>> 15;
    for (let i = h & mask; ; i = (i + 1) & mask) {
      const at = i * 5;
      const t = slots[at];
      if (t === tag) {
        if (
          slots[at + 4] === w3 &&
          slots[at + 3] === w2 &&
          slots[at + 2] === w1 &&
          slots[at + 1] === w0
        ) {
          return false;
        }
      } else if (t <= base || t >= end) {
        slots[at] = tag;
        slots[at + 1] = w0;
        slots[at + 2] = w1;
        slots[at + 3] = w2;
        slots[at + 4] = w3;
        this.size++;
        return true;
      }
    }
  }

  protected reinsert(from: Int32Array, at: number, pool: number): void {
    this.add(pool, from[at + 1], from[at + 2], from[at + 3], from[at + 4]);
  }
}
