import fs from 'node:fs'
import path from 'node:path'
import dictionary from 'dictionary-en'
// @ts-expect-error: nspell ships no type declarations (retext-spell imports it the same way).
import nspell from 'nspell'
import {packageDictionaries, SortedList} from './names/load.js'
import {writeFileAtomic} from './util/fs.js'

/**
 * The lower-case words nspell accepts with dictionary-en, as one sorted list
 * kept beside the compiled code (`dist/spell-words.txt`).
 *
 * Building nspell from dictionary-en takes about a tenth of a second, most of
 * a cold run's spelling; deciding whether a lower-case word is spelled right
 * needs only the forms it expands the dictionary to. For a word of lower-case
 * letters, apostrophes and hyphens, `nspell.correct` is true exactly when the
 * word is one of those forms and carries neither the `ONLYINCOMPOUND` nor the
 * `FORBIDDENWORD` flag (its compound rules only take digits, and such a word
 * has no other casing to try), so the list answers as nspell would. The list
 * is written the first time nspell is built and rebuilt when dictionary-en
 * changes (its first line holds a stamp of the dictionary); a read-only
 * install builds nspell in memory instead. Suggestions still come from nspell
 * through retext-spell.
 */

interface Nspell {
  data: Record<string, string[] | null>
  flags: Record<string, string>
}

let words: SortedList | undefined

/** Is this lower-case word (`'` for `’`) one dictionary-en spells so? */
export function spelledRight(word: string): boolean {
  words ||= load()
  return words.has(word)
}

/** Every lower-case word dictionary-en spells (some 100,000 forms), in order. */
export function spelledWords(): string[] {
  words ||= load()
  return words.keys()
}

function listFile(): string {
  return path.join(path.dirname(packageDictionaries()), 'dist', 'spell-words.txt')
}

/** A stamp of dictionary-en's files: their sizes and a hash of their bytes. */
function stamp(): string {
  let hash = 2166136261
  for (const bytes of [dictionary.aff, dictionary.dic]) {
    for (let index = 0; index < bytes.length; index++) hash = Math.imul(hash ^ bytes[index], 16777619)
  }
  return '#' + dictionary.aff.length + '/' + dictionary.dic.length + '/' + (hash >>> 0).toString(36)
}

function load(): SortedList {
  const expected = stamp()
  try {
    const text = fs.readFileSync(listFile(), 'utf8')
    if (text.slice(0, text.indexOf('\n')) === expected) return new SortedList(text, listFile())
  } catch {
    // No list yet: build it below.
  }
  const text = expected + '\n' + acceptedWords().join('\n') + '\n'
  try {
    writeFileAtomic(listFile(), text)
  } catch {
    // Read-only install: keep the list in memory.
  }
  return new SortedList(text, listFile())
}

/** Every lower-case form nspell accepts, sorted (the stamp line, `#…`, sorts before them all). */
export function acceptedWords(): string[] {
  const spell = (nspell as unknown as (dictionary: {aff: Uint8Array; dic: Uint8Array}) => Nspell)(dictionary)
  const flagged = (name: string, codes: string[] | null) => codes !== null && codes !== undefined && name in spell.flags && codes.includes(spell.flags[name])
  const accepted: string[] = []
  for (const [word, codes] of Object.entries(spell.data)) {
    if (!/^[a-z][a-z'-]*$/.test(word) || flagged('ONLYINCOMPOUND', codes) || flagged('FORBIDDENWORD', codes)) continue
    accepted.push(word)
  }
  return accepted.sort()
}
