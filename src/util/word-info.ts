/**
 * One record per distinct word, shared by every token that spells it.
 *
 * The rules ask the same questions of a word again and again (is it an
 * ordinary English word? its lookup key? does a name start with it?), most
 * of them answered by a lookup in a table keyed by the word. A string lookup
 * in a table of thousands of words costs a hash and several cache misses;
 * asked of every token by every rule, those lookups were most of a lint. A
 * token now finds its word's record once, when the sentences are collected,
 * and each question is answered once per distinct word and kept in the
 * record: after that, asking is an array read.
 */
export class WordInfo {
  /**
   * Answers by fact: `answers[2 * id]` is the owner an answer was worked out for (the fact itself
   * when answers do not depend on one, else for example the names index), `answers[2 * id + 1]`
   * the answer.
   */
  readonly answers: unknown[] = []
  /** The word as dictionaries look it up (`lookupKey`). */
  readonly key: string

  constructor(readonly value: string) {
    this.key = lookupKey(value)
  }
}

/** A word as dictionaries look it up: lower case, `’` as `'`, without a final period (`U.S.` → `u.s`). */
export function lookupKey(word: string): string {
  let key = word.toLowerCase()
  if (key.includes('’')) key = key.replace(/’/g, "'")
  return key.endsWith('.') ? key.slice(0, -1) : key
}

let factCount = 0

/**
 * A question about a word whose answer depends only on the word (and an
 * owner, such as the names index of the configuration being linted).
 */
export class WordFact<T, O = undefined> {
  private readonly at = 2 * factCount++

  constructor(private readonly compute: (value: string, owner: O) => T) {}

  /** The answer for `info`'s word (with `owner`), worked out on the first question. */
  of(info: WordInfo, owner?: O): T {
    const answers = info.answers
    const key = owner === undefined ? this : owner
    if (answers[this.at] === key) return answers[this.at + 1] as T
    const answer = this.compute(info.value, owner as O)
    answers[this.at] = key
    answers[this.at + 1] = answer
    return answer
  }
}

/** Records by word; a long-running process starts afresh past this many (tokens keep theirs). */
const limit = 200000
let records = new Map<string, WordInfo>()

/** The record of `value`, made on first sight. */
export function wordInfo(value: string): WordInfo {
  let info = records.get(value)
  if (info === undefined) {
    if (records.size >= limit) records = new Map()
    info = new WordInfo(value)
    records.set(value, info)
  }
  return info
}
