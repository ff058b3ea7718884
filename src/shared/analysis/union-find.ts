// Disjoint sets, for grouping claims joined by "corroborates" links and the
// sources behind them into independent origins. Path halving and union by
// size keep every operation close to constant time, so 100,000 claims group
// in one pass.

/** Disjoint sets over the integers 0 … n−1. */
export class UnionFind {
  private readonly parent: Int32Array
  private readonly sizes: Int32Array

  constructor(n: number) {
    this.parent = new Int32Array(n)
    this.sizes = new Int32Array(n).fill(1)
    for (let i = 0; i < n; i++) this.parent[i] = i
  }

  find(x: number): number {
    const parent = this.parent
    while (parent[x]! !== x) {
      parent[x] = parent[parent[x]!]!
      x = parent[x]!
    }
    return x
  }

  /** Joins the sets of a and b; false when they were already one. */
  union(a: number, b: number): boolean {
    let ra = this.find(a)
    let rb = this.find(b)
    if (ra === rb) return false
    if (this.sizes[ra]! < this.sizes[rb]!) [ra, rb] = [rb, ra]
    this.parent[rb] = ra
    this.sizes[ra]! += this.sizes[rb]!
    return true
  }

  /** How many elements share x's set. */
  sizeOf(x: number): number {
    return this.sizes[this.find(x)]!
  }
}

/** Disjoint sets over any keys, for the few sources of one corroborating group. */
export class KeyedUnionFind<K> {
  private readonly parent = new Map<K, K>()

  add(key: K): void {
    if (!this.parent.has(key)) this.parent.set(key, key)
  }

  find(key: K): K {
    this.add(key)
    let root = key
    while (this.parent.get(root) !== root) root = this.parent.get(root)!
    // Compress the path walked, so later finds are direct.
    for (let k = key; k !== root;) {
      const next = this.parent.get(k)!
      this.parent.set(k, root)
      k = next
    }
    return root
  }

  union(a: K, b: K): void {
    const ra = this.find(a)
    const rb = this.find(b)
    if (ra !== rb) this.parent.set(rb, ra)
  }
}
