/**
 * A memo for word-level answers (is this word common? its lookup key?) that a
 * long-running process (the language server, a CI job over thousands of files)
 * keeps from growing without bound: past `limit` entries it starts afresh.
 */
export class BoundedMemo<K, V> {
  private map = new Map<K, V>()

  constructor(private readonly limit: number) {}

  /** The cached answer for `key`, computing and storing it on a miss. */
  get(key: K, compute: (key: K) => V): V {
    let value = this.map.get(key)
    if (value === undefined && !this.map.has(key)) {
      value = compute(key)
      if (this.map.size >= this.limit) this.map.clear()
      this.map.set(key, value)
    }
    return value as V
  }

  /** Forget one answer (its inputs changed). */
  delete(key: K): void {
    this.map.delete(key)
  }

  clear(): void {
    this.map.clear()
  }
}
