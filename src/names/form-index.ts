import {lookupKey} from '../util/word-info.js'
import type {FormRef, NamesIndex} from './index.js'

/**
 * Indexes of the accepted forms that `garbled-name` looks names up in, by
 * something other than their words in order: by their words in any order (a
 * name turned round by translation, `Indian Reserve Bank`), by their first
 * word, and companies by their first letters. They are facts about the
 * dictionaries, so the shipped ones come ready from the names snapshot (a
 * cold run otherwise spends some 40 ms working them out for its first
 * document); forms added after those (a project's names files) are indexed
 * here, after them.
 */
export interface FormIndex {
  /** Sorted words → forms (three words or more, not people). */
  forms: Map<string, FormRef[]>
  /** Sorted words without `of`, `the`, `for`, each without a plural `-s` → forms of three such words or more (`People's Bank of China`). */
  withoutJoiners: Map<string, FormRef[]>
  /** Every word of those forms (also with a plural `-s`), and the nationalities. */
  words: Set<string>
  /** Nationality → its country (`indian` → `india`). */
  countries: Map<string, string>
  /** `bagHash` of the words of each key of `forms`, and of `withoutJoiners`. */
  formBags: Set<number>
  looseBags: Set<number>
  /** Forms of two words or more (people) or three or more (the rest), by the key of their first word. */
  byFirst: Map<string, FormRef[]>
  /** The first three letters (lower case) of companies' one-word names of six letters or more (`Rosneft`, `Euroclear`). */
  companyStarts: Set<string>
}

/** A form index as JSON-ready data, forms by their position in `names.forms`. */
export interface FormIndexSnapshot {
  /** How many entries and forms it covers. */
  entries: number
  formCount: number
  forms: Array<[string, number[]]>
  withoutJoiners: Array<[string, number[]]>
  words: string[]
  countries: Array<[string, string]>
  formBags: number[]
  looseBags: number[]
  byFirst: Array<[string, number[]]>
  companyStarts: string[]
}

/** Words a translation drops when it turns a name round (`China People's Bank`). */
export const orderJoiners = new Set(['of', 'the', 'for'])

interface Indexed {
  index: FormIndex
  /** Entries and forms of `names` indexed so far. */
  entries: number
  forms: number
}

const indexes = new WeakMap<NamesIndex, Indexed>()

/** The form index of `names`: the snapshot's, then every form added after it. */
export function formIndex(names: NamesIndex): FormIndex {
  let indexed = indexes.get(names)
  if (!indexed) {
    const ready = names.builtinForms?.()
    indexed = ready ? {index: restoreFormIndex(ready, names.forms), entries: ready.entries, forms: ready.formCount} : {index: emptyIndex(), entries: 0, forms: 0}
    indexes.set(names, indexed)
  }
  if (indexed.entries < names.entries.length || indexed.forms < names.forms.length) extend(indexed, names)
  return indexed.index
}

function emptyIndex(): FormIndex {
  return {forms: new Map(), withoutJoiners: new Map(), words: new Set(), countries: new Map(), formBags: new Set(), looseBags: new Set(), byFirst: new Map(), companyStarts: new Set()}
}

/** Index the entries and forms of `names` added since `indexed` was last brought up to date. */
function extend(indexed: Indexed, names: NamesIndex): void {
  const index = indexed.index
  // (Nationalities first: the forms' words are compared through them.)
  for (let position = indexed.entries; position < names.entries.length; position++) {
    const entry = names.entries[position]
    const country = entry.type === 'demonym' ? /^of (\S+)$/.exec(entry.role || '')?.[1] : undefined
    if (country) {
      const key = lookupKey(entry.name)
      index.countries.set(key, lookupKey(country))
      index.words.add(key)
    }
  }
  for (let position = indexed.forms; position < names.forms.length; position++) {
    const ref = names.forms[position]
    if (ref.kind !== 'canonical' && ref.kind !== 'variant') continue
    const type = ref.entry.type
    const keys = ref.keys
    if (keys.length >= 3 || (keys.length === 2 && type === 'person')) push(index.byFirst, keys[0], ref)
    if (keys.length === 1 && ref.form.length >= 6 && (type === 'organization' || type === 'media')) index.companyStarts.add(ref.form.slice(0, 3).toLowerCase())
    if (keys.length < 3 || type === 'person') continue
    for (const key of keys) {
      index.words.add(key)
      index.words.add(key + 's')
    }
    index.formBags.add(bagHash(keys))
    push(index.forms, orderKey(keys), ref)
    const content = contentWords(index, keys)
    if (content.length >= 3) {
      index.looseBags.add(bagHash(content))
      push(index.withoutJoiners, orderKey(content), ref)
    }
  }
  indexed.entries = names.entries.length
  indexed.forms = names.forms.length
}

/** The form index of `names` as JSON-ready data (for the names snapshot). */
export function snapshotFormIndex(names: NamesIndex): FormIndexSnapshot {
  const index = formIndex(names)
  const numbers = new Map<FormRef, number>()
  for (let position = 0; position < names.forms.length; position++) numbers.set(names.forms[position], position)
  const pack = (map: Map<string, FormRef[]>): Array<[string, number[]]> => [...map].map(([key, refs]) => [key, refs.map((ref) => numbers.get(ref)!)])
  return {
    entries: names.entries.length,
    formCount: names.forms.length,
    forms: pack(index.forms),
    withoutJoiners: pack(index.withoutJoiners),
    words: [...index.words],
    countries: [...index.countries],
    formBags: [...index.formBags],
    looseBags: [...index.looseBags],
    byFirst: pack(index.byFirst),
    companyStarts: [...index.companyStarts]
  }
}

function restoreFormIndex(snapshot: FormIndexSnapshot, forms: FormRef[]): FormIndex {
  // (Indexed loops: a cold run executes this once, before the compilers have looked at it.)
  const unpack = (items: Array<[string, number[]]>): Map<string, FormRef[]> => {
    const map = new Map<string, FormRef[]>()
    for (let index = 0; index < items.length; index++) {
      const numbers = items[index][1]
      const refs = new Array<FormRef>(numbers.length)
      for (let at = 0; at < numbers.length; at++) refs[at] = forms[numbers[at]]
      map.set(items[index][0], refs)
    }
    return map
  }
  return {
    forms: unpack(snapshot.forms),
    withoutJoiners: unpack(snapshot.withoutJoiners),
    words: new Set(snapshot.words),
    countries: new Map(snapshot.countries),
    formBags: new Set(snapshot.formBags),
    looseBags: new Set(snapshot.looseBags),
    byFirst: unpack(snapshot.byFirst),
    companyStarts: new Set(snapshot.companyStarts)
  }
}

/** The words of a name without joiners, as names turned round are compared. */
export function contentWords(index: FormIndex, keys: string[]): string[] {
  const content: string[] = []
  for (const word of keys) if (!orderJoiners.has(word)) content.push(contentWord(index, word))
  return content
}

/** A word of a name as names turned round are compared: the country for a nationality, the singular for a plural. */
export function contentWord(index: FormIndex, word: string): string {
  return index.countries.get(word) ?? singular(word)
}

/** A word without its plural `-s` (`investments` → `investment`), to compare the words of names. */
function singular(word: string): string {
  return word.length > 4 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word
}

/** The words of a name, sorted. (Joiners count: `City of New York` and `New York City` are both right.) */
export function orderKey(keys: string[]): string {
  return keys.slice().sort().join(' ')
}

/** A 32-bit hash of a word (FNV-1a over its UTF-16 code units). */
export function wordHash(word: string): number {
  let hash = 2166136261
  for (let index = 0; index < word.length; index++) hash = Math.imul(hash ^ word.charCodeAt(index), 16777619)
  return hash >>> 0
}

/** An order-free hash of several words (the sum of their hashes): equal for the same words in any order. */
export function bagHash(words: string[]): number {
  let bag = 0
  for (const word of words) bag = (bag + wordHash(word)) >>> 0
  return bag
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}
