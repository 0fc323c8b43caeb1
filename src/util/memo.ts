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

/**
 * The derived data of the document being linted (its sentences, its names),
 * keyed by the tree or file it was computed from. Rules run one document at a
 * time, so one slot is enough; a `WeakMap` would do the same, but V8 walks
 * its entries as ephemerons on every collection, and these values reach back
 * to their keys (a token points into its tree): that cost more than the rules.
 */
export class DocumentMemo<K extends object, V> {
  private key: K | undefined
  private value: V | undefined

  constructor() {
    documentMemos.push(this)
  }

  /** The answer for `key`, computing it when `key` is not the document held. */
  get(key: K, compute: (key: K) => V): V {
    if (this.key !== key) {
      // Drop the previous document before computing, so two are never held at once.
      this.clear()
      const value = compute(key)
      this.key = key
      this.value = value
    }
    return this.value as V
  }

  clear(): void {
    this.key = undefined
    this.value = undefined
  }
}

const documentMemos: Array<DocumentMemo<object, unknown>> = []

/** Let go of the last document's derived data (the processor calls this after its rules ran). */
export function releaseDocumentMemos(): void {
  for (const memo of documentMemos) memo.clear()
}
