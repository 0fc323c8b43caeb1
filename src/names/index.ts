import fs from 'node:fs'
import path from 'node:path'
import {isCommonWord, isListedWord, isKnownProper, stems} from '../lexicon.js'
import {editDistance, fold, germanReading, looseSoundKey, nativeSpelling, soundKey} from './fuzzy.js'
import {BoundedMemo} from '../util/memo.js'
import {lookupKey, wordInfo} from '../util/word-info.js'
import {builtinNameFiles, loadNamesFile, packageDictionaries, SortedList, type NameEntry} from './load.js'
import type {FormIndexSnapshot} from './form-index.js'
import type {PeopleSnapshot} from './people.js'
import {builtinIndex} from './snapshot.js'
import {mtimeOf} from '../util/fs.js'
import {loadWordFile} from '../word-lists.js'

export type FormKind = 'canonical' | 'variant' | 'discouraged' | 'garble'

/** Form kinds by their number in the names snapshot (the most frequent first, whose number is left out). */
const formKinds: FormKind[] = ['variant', 'canonical', 'discouraged', 'garble']

/** One written form of an entry, tokenised for matching. */
export interface FormRef {
  entry: NameEntry
  form: string
  tokens: string[]
  /** `tokens` as lookup keys (`tokenKey`), worked out on first use. */
  readonly keys: string[]
  kind: FormKind
  reason?: string
  /** Every token is also an ordinary lower-case English word (`trump`, `white house`). */
  ambiguous: boolean
}

/** A recorded form: its entry, form, tokens, keys, kind, reason and ambiguity as `add` worked them out. */
type SnapshotForm = [NameEntry, string, string[], string[], FormKind, string | null, boolean | null]

/** The derived index of a list of entries, entries by their position in the list (see `NamesIndex.snapshot`). */
export interface IndexSnapshot {
  /** Entry, form, kind, reason, ambiguity; then tokens and keys where they are not the form split on spaces. */
  /** Entry number, form, kind (its index in `formKinds`), reason, ambiguous, tokens, keys; trailing empty fields left out. */
  forms: Array<[number, string, number?, (string | null)?, (boolean | null)?, string[]?, string[]?]>
  given: Array<[string, string[]]>
  surnames: string[]
  /** Near-miss targets as the first search builds them (token, entry, sound key, folded spelling), in order. */
  fuzzy: Array<[string, number, string, string]>
  short: Array<[string, number]>
  meanings: Array<[string, number[]]>
  /** The words of accepted forms, as written (no final period) and as keys: made whole at once on restore. */
  knownTokens: string[]
  knownLower: string[]
}

/** A node of the token trie: forms that end here, and longer forms below. */
export interface TrieNode {
  next: Map<string, TrieNode> | undefined
  accepted: FormRef[] | undefined
  wrong: FormRef[] | undefined
}

/** A form whose ambiguity (is every word an ordinary English word?) is worked out on first use. */
class Form implements FormRef {
  private known: boolean | undefined
  private tokenKeys: string[] | undefined
  constructor(
    public entry: NameEntry,
    public form: string,
    public tokens: string[],
    public kind: FormKind,
    public reason: string | undefined,
    ambiguous: boolean | undefined,
    keys?: string[]
  ) {
    this.known = ambiguous
    this.tokenKeys = keys
  }
  get keys(): string[] {
    return (this.tokenKeys ||= this.tokens.map(tokenKey))
  }
  get ambiguous(): boolean {
    // (A person's surname that is a rarer English word, `boric` as in boric acid, is ambiguous too.)
    if (this.known === undefined) {
      // (British spellings dictionary-en lacks count as English words in names of several words: `Big Theatre`.)
      const several = this.tokens.length > 1
      this.known = this.tokens.every((token) => joiners.has(token.toLowerCase()) || isCommonWord(token) || (several && isListedWord(token.toLowerCase()))) ||
        (this.entry.type === 'person' && this.tokens.length === 1 && /^\p{Lu}\p{Ll}+$/u.test(this.tokens[0]) && isListedWord(this.tokens[0].toLowerCase()))
    }
    return this.known
  }
}

export interface FuzzyHit {
  entry: NameEntry
  /** The dictionary token that the word is a near miss of. */
  target: string
  distance: number
}

/** Why a given name rendered by its meaning is wrong (`Full Moon Abdelatty`). */
export const translatedMeaningReason = 'the given name translated word for word'

/** Why a derived English given-name form is wrong (rules check for it: the form may open a longer name). */
export const translatedGivenReason = 'the given name translated into English'
export const translatedSurnameGivenReason = 'the surname, a given name too, translated into English'

let equivalents: Map<string, string> | undefined

function givenEquivalents(): Map<string, string> {
  if (!equivalents) {
    equivalents = new Map()
    for (const [englishName, forms] of Object.entries(loadWordFile('given-equivalents'))) for (const form of forms) equivalents.set(form, englishName)
  }
  return equivalents
}

/** The English name machine translation puts for a given name (`Kirill` → `Cyril`), if any. */
export function englishGivenName(given: string): string | undefined {
  return givenEquivalents().get(given)
}

let givenNamesByEnglish: Map<string, string[]> | undefined
const noGivenNames: string[] = []

/** The other way round: the given names an English given name stands for (`Peter` → Petr, Pyotr, Piotr …). */
export function givenNamesFor(english: string): string[] {
  givenNamesByEnglish ||= new Map(Object.entries(loadWordFile('given-equivalents')))
  return givenNamesByEnglish.get(english) || noGivenNames
}

/**
 * `Petr Pavel` → `Peter Pavel`, `Peter Paul`, `Petr Paul`; `Luis Enrique` → `Louis Enrique`, `Louis Henry`,
 * `Luis Henry`: the name with its first given name in English, with every word that has an English equivalent so,
 * and with every word but the first so.
 */
function englishGivenForms(name: string): Array<[string, string]> {
  const tokens = splitForm(name)
  const equivalents = givenEquivalents()
  if (tokens.length < 2 || !equivalents.has(tokens[0])) return []
  const first = [equivalents.get(tokens[0])!, ...tokens.slice(1)].join(' ')
  const all = tokens.map((token) => equivalents.get(token) || token).join(' ')
  // (…and the surname alone, where it is a given name too: `Petr Paul` for Petr Pavel.)
  const rest = [tokens[0], ...tokens.slice(1).map((token) => equivalents.get(token) || token)].join(' ')
  const forms: Array<[string, string]> = []
  for (const form of new Set([first, all])) if (form !== name) forms.push([form, translatedGivenReason])
  if (rest !== name && rest !== first && rest !== all) forms.push([rest, translatedSurnameGivenReason])
  return forms
}

/** One pinyin syllable: an initial (or none), then a final. */
export const pinyinSyllable = /^(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:a|ai|an|ang|ao|e|ei|en|eng|er|i|ia|ian|iang|iao|ie|in|ing|iong|iu|o|ong|ou|u|ua|uai|uan|uang|ue|ui|un|uo|v|ve)$/

/** `Li Chenggang` → `Li Cheng gang`: the forms of a Chinese name whose one-word given name is cut into two syllables. */
function splitGivenSyllables(entry: NameEntry): string[] {
  if (entry.origin !== 'zh' || !entry.given || entry.given.length !== 1 || !entry.surname) return []
  const given = entry.given[0]
  if (!/^\p{Lu}\p{Ll}{3,}$/u.test(given) || entry.name !== entry.surname + ' ' + given) return []
  const lower = given.toLowerCase()
  const forms: string[] = []
  for (let cut = 1; cut < lower.length; cut++) {
    const first = lower.slice(0, cut)
    const second = lower.slice(cut)
    // (A syllable with no initial inside a name would be written after an apostrophe: `Xi'an`.)
    if (pinyinSyllable.test(first) && pinyinSyllable.test(second) && /^[bpmfdtnlgkhjqxrzcsyw]/.test(second)) forms.push(entry.surname + ' ' + given.slice(0, cut) + ' ' + second)
  }
  return forms
}

/**
 * `Xi Jinping` → `Jinping Xi`. Only given names of two syllables or more: `Yi Wang` or `Qiang Li`
 * may well be someone else, written in Western order on purpose.
 */
function reversedChineseForms(entry: NameEntry): string[] {
  if (entry.origin !== 'zh' || !entry.given || entry.given.length !== 1 || !entry.surname) return []
  const given = entry.given[0]
  if (!/^\p{Lu}\p{Ll}{5,}$/u.test(given) || entry.name !== entry.surname + ' ' + given) return []
  return [given + ' ' + entry.surname]
}

/**
 * `Kazuo Ueda` → `Ueda Kazuo`, `Viktor Orbán` → `Orbán Viktor`: Japanese and Hungarian write the family
 * name first, and translation from them keeps that order where English copy puts the given name first.
 */
function reversedFamilyFirstForms(entry: NameEntry): string[] {
  if (entry.origin !== 'ja' && entry.origin !== 'hu') return []
  const tokens = splitForm(entry.name)
  if (tokens.length !== 2 || !tokens.every((token) => /^\p{Lu}\p{Ll}{2,}$/u.test(token))) return []
  return [tokens[1] + ' ' + tokens[0]]
}

let givenMeanings: Record<string, string[]> | undefined

/** `Badr Abdelatty` → `Full Moon Abdelatty`: the name with its first given name rendered by its meaning. */
function meaningGivenForms(name: string): string[] {
  givenMeanings ||= loadWordFile('given-meanings')
  const space = name.indexOf(' ')
  if (space === -1) return []
  const first = name.slice(0, space)
  if (!Object.hasOwn(givenMeanings, first)) return []
  return givenMeanings[first].map((meaning) => meaning + name.slice(space))
}

let russianForms: Record<string, string[]> | undefined

/** `Dmytro Lubinets` → `Dmitry Lubinets`, `Dmitri Lubinets`, …: the name with the given name in its Russian forms. */
/**
 * A Ukrainian surname as Russian letters write it, where they differ (`Klymenko` → `Klimenko`, `Syniehubov` →
 * `Sinegubov`, `Ihnat` → `Ignat`, `Zhelezniak` → `Zheleznyak`): Ukrainian `и` (y) is Russian `и` (i), `г` (h) is `г` (g),
 * `є` (ie) is `е` (e).
 */
export function russianSurname(surname: string): string[] {
  if (!/^[A-Za-z'-]+$/.test(surname)) return []
  const consonant = 'bcdfgjklmnpqrstvwxz'
  // (Copy often keeps the Ukrainian `y` and changes the rest: `Synegubov` as well as `Sinegubov`.)
  const partial = surname
    .replace(/kyi$/, 'ky')
    .replace(/yi$/, 'y')
    .replace(/(?<=[a-z])ia/g, 'ya')
    .replace(/(?<=[a-z])iu/g, 'yu')
    .replace(/(?<=[a-z])ie/g, 'e')
    .replace(/(?<![kzscKZSC])h/g, 'g')
    .replace(/^H/, 'G')
  const full = partial.replace(new RegExp('(?<=[' + consonant + 'h])y(?=[' + consonant + 'h])', 'gi'), 'i')
  return [...new Set([full, partial])].filter((form) => form !== surname)
}

function russianGivenForms(name: string, surnameOverride?: string): string[] {
  russianForms ||= loadWordFile('russian-given-forms')
  const tokens = splitForm(name)
  // (The surname in Russian letters, with the given name in either form: `Alexander Klimenko`, `Oleg Sinegubov`,
  // `Yaroslav Zheleznyak`.)
  if (tokens.length === 2) {
    const surnames = surnameOverride ? [surnameOverride] : russianSurname(tokens[1])
    if (surnames.length > 0) {
      const withSurname = Object.hasOwn(russianForms, '+' + tokens[0]) ? russianForms['+' + tokens[0]] : []
      const given = [tokens[0], ...(Object.hasOwn(russianForms, tokens[0]) ? russianForms[tokens[0]] : []), ...withSurname]
      const forms = given.flatMap((form) => surnames.map((surname) => form + ' ' + surname))
      if (Object.hasOwn(russianForms, tokens[0])) forms.push(...russianForms[tokens[0]].map((form) => form + ' ' + tokens[1]))
      return [...new Set(forms)]
    }
  }
  if (tokens.length < 2 || !Object.hasOwn(russianForms, tokens[0])) return []
  // (With the given name, the surname often comes back in its Russian ending too: `Sergei Koretsky` for Serhiy Koretskyi.)
  const last = tokens[tokens.length - 1]
  const russianLast = /kyi$/.test(last) ? last.slice(0, -1) : undefined
  return russianForms[tokens[0]].flatMap((form) => {
    const forms = [[form, ...tokens.slice(1)].join(' ')]
    if (russianLast) forms.push([form, ...tokens.slice(1, -1), russianLast].join(' '))
    return forms
  })
}

/** Name particles and the English words machine translation turns them into (or captions hear: `been`). */
const translatedParticles: Array<[string, string]> = [
  ['bin', 'son of'], ['ibn', 'son of'], ['bint', 'daughter of'], ['bin', 'been'],
  // (Longer particles before the shorter ones they start with.)
  ['da', 'of the'], ['do', 'of the'], ['dos', 'of the'], ['das', 'of the'], ['de la', 'of the'], ['del', 'of the'], ['de', 'of'],
  ['della', 'of the'], ['degli', 'of the'], ['di', 'of'], ['du', 'of the'], ['des', 'of the'],
  ['von der', 'of the'], ['van der', 'of the'], ['van den', 'of the'], ['von', 'of'], ['van', 'of'],
  // (Portuguese and Spanish `de` rendered as `from`, and `e`/`y` between two surnames as `and`: `Rebelo from Sousa`,
  // `Gouveia and Melo`.)
  ['de', 'from'], ['e', 'and'], ['y', 'and']
]

/** Words that carry no name of their own inside multi-word names. */
const joiners = new Set(['of', 'for', 'and', 'the', 'on', 'in', 'de', 'da', 'di', 'du', 'des', 'del', 'la', 'le', 'van', 'von', 'der', 'al', 'el', 'bin', 'ibn', 'bint', '&'])

/** Normalise a token for lookup: lower case, no trailing period, folded apostrophes (`lookupKey`, kept in the word's record). */
export function tokenKey(token: string): string {
  // Plain lower-case ASCII words are their own key: no lookup, no allocation.
  let plain = true
  for (let index = 0; index < token.length; index++) {
    const code = token.charCodeAt(index)
    if (!((code >= 97 && code <= 122) || code === 45 || code === 39)) {
      plain = false
      break
    }
  }
  if (plain) return token
  return wordInfo(token).key
}

/**
 * A bitset of hashes of the words names start with: a word whose hash bit is
 * clear starts no name, which most words in a document show without a lookup
 * in the trie (the hash reads the length and five character codes; the trie lookup hashes and
 * compares the whole string in a table of thousands). One set serves every
 * index: a bit set by another index only costs that index a lookup.
 */
const startHints = new Uint8Array(1 << 14)

/** A hash of a lookup key from its length and a few character codes, ASCII letters folded to lower case. */
function wordHash(word: string): number {
  let length = word.length
  // Keys drop a final period (`U.S.` → `u.s`), and so must the hash.
  if (length > 1 && word.charCodeAt(length - 1) === 46) length--
  // (Five letters and the length in 17 bits: with some 25,000 first words of names, few ordinary words share all of them.)
  return (length * 7919 + foldedCode(word, 0) * 31 + foldedCode(word, length > 1 ? 1 : 0) * 131 + foldedCode(word, length - 1) * 17 +
    foldedCode(word, length >> 1) * 8191 + foldedCode(word, length > 2 ? length - 2 : 0) * 524287) & 0x1ffff
}

/** A character code as a key has it: ASCII capitals in lower case, `’` as `'`. */
function foldedCode(word: string, index: number): number {
  const code = word.charCodeAt(index)
  return code >= 65 && code <= 90 ? code + 32 : code === 8217 ? 39 : code
}

/** Could a name start with this word as written? False means certainly not (for words of ASCII letters). */
export function mayStartName(word: string): boolean {
  for (let index = 0; index < word.length; index++) if (word.charCodeAt(index) > 127 && word.charCodeAt(index) !== 8217) return true
  const hash = wordHash(word)
  return (startHints[hash >>> 3] & (1 << (hash & 7))) !== 0
}

export function splitForm(form: string): string[] {
  const parts = form.split(' ')
  if (form.indexOf('\t') === -1 && form.indexOf('\n') === -1 && form.indexOf('\u00a0') === -1 && !parts.includes('')) return parts
  return form.split(/\s+/).filter(Boolean)
}

/**
 * The names dictionary with every matcher derived from its entries: forms by
 * lower-case token sequence, known tokens, given names and surnames by origin,
 * surname meanings for word-for-word translations, and near-miss targets.
 */
export class NamesIndex {
  entries: NameEntry[] = []
  accepted = new Map<string, FormRef[]>()
  wrong = new Map<string, FormRef[]>()
  maxTokens = 1
  /** Every form by token keys, for one forward walk per position. */
  trie: TrieNode = {next: undefined, accepted: undefined, wrong: undefined}
  /** Tokens of accepted forms, exactly as written (`Zelensky`, `de`). */
  knownTokens = new Set<string>()
  /** Lower-case tokens of accepted forms. */
  knownLower = new Set<string>()
  /** Given name → origin languages. */
  givenNames = new GivenNames()
  /** Surnames of curated people. */
  curatedSurnames = new Set<string>()
  /** Every form, accepted or not, in the order they were added. */
  forms: FormRef[] = []
  /** The form index of the shipped entries' forms, read from the snapshot on first use (see `formIndex`). */
  builtinForms: (() => FormIndexSnapshot | undefined) | undefined
  /** The person index of the first `count` entries (the shipped ones), when they came from the snapshot. */
  builtinPeople: {count: number; people: PeopleSnapshot} | undefined
  /** Surnames from the generated lists (all origins). */
  surnameList: SortedList | undefined
  /** English word (lower case) → people whose surname means it. */
  meanings = new Map<string, NameEntry[]>()
  /** Distinctive curated tokens for near-miss search, by length. */
  /** Near-miss targets by sound key. */
  private fuzzyByKey = new Map<string, FuzzyTarget[]>()
  /** The same targets by the looser key (r/l, b/v), for names after a title (built on first use). */
  private fuzzyByLooseKey: Map<string, FuzzyTarget[]> | undefined
  private fuzzyTokens = new Set<string>()
  private fuzzyCache = new BoundedMemo<string, FuzzyHit | undefined>(100000)

  add(entry: NameEntry): void {
    this.entries.push(entry)
    this.addForm(entry, entry.name, 'canonical')
    for (const variant of entry.variants) this.addForm(entry, variant, 'variant')
    for (const wrong of entry.discouraged) this.addForm(entry, wrong.form, 'discouraged', wrong.reason)
    for (const garble of entry.garbles) this.addForm(entry, garble, 'garble')
    if (entry.type === 'person') {
      // Captions split a Chinese given name into its syllables (`Li Cheng gang` for Li Chenggang).
      for (const split of splitGivenSyllables(entry)) this.addForm(entry, split, 'discouraged', 'the given name is one word')
      // Translation from languages that write the given name first turns a Chinese name round (`Jinping Xi`).
      for (const reversed of reversedChineseForms(entry)) this.addForm(entry, reversed, 'discouraged', 'Chinese names are written family name first')
      for (const reversed of reversedFamilyFirstForms(entry)) this.addForm(entry, reversed, 'discouraged', 'English copy puts the given name first')
      // …renders a given name by its meaning (`Full Moon Abdelatty` for Badr Abdelatty, `State Bahçeli`)…
      for (const form of [entry.name, ...entry.variants]) {
        for (const rendered of meaningGivenForms(form)) this.addForm(entry, rendered, 'discouraged', translatedMeaningReason)
      }
      // …and turns Central and East European given names into English ones (`Peter Paul` for Petr Pavel).
      for (const [english, reason] of englishGivenForms(entry.name)) this.addForm(entry, english, 'discouraged', reason)
      // Ukrainians named by the Russian forms of their given names (`Dmitry Lubinets`).
      if (entry.origin === 'uk') {
        const russian = new Set(russianGivenForms(entry.name))
        // (…and of its variants' surnames: `Oleg Synegubov` from Oleh Synehubov.)
        for (const variant of entry.variants) {
          const parts = splitForm(variant)
          for (const surname of parts.length === 2 ? russianSurname(parts[1]) : []) for (const form of russianGivenForms(entry.name, surname)) russian.add(form)
        }
        for (const form of russian) if (form !== entry.name && !entry.variants.includes(form)) this.addForm(entry, form, 'discouraged', 'the Russian form of the Ukrainian name')
      }
      const forms = entry.variants.length === 0 ? [entry.name] : [entry.name, ...entry.variants]
      // Machine translation renders the Arabic `bin`/`bint` as English words (`Mohammed son of Salman`), and so the
      // particles of Romance and Germanic names (`Lula of the Silva`, `Ursula of the Leyen`), also in a surname of
      // several words that stands alone (`Lula da Silva`).
      for (const form of entry.surname?.includes(' ') && !forms.includes(entry.surname) ? [...forms, entry.surname] : forms) {
        if (!form.includes(' ')) continue
        const words = form.split(' ')
        const lower = words.map((word) => word.toLowerCase())
        // (Where a longer particle matched, not the shorter one it starts with: `de la`, not `de`.)
        // (One particle may have several renderings: `bin` as `son of` and `been`, `de` as `of` and `from`.)
        let taken: Map<number, string> | undefined
        for (const [particle, english] of translatedParticles) {
          const parts = particle.split(' ')
          // (Between two words of the name, never its first or its last.)
          for (let at = 1; at + parts.length < words.length; at++) {
            if (!parts.every((part, offset) => lower[at + offset] === part)) continue
            if (taken?.has(at) && taken.get(at) !== particle) break
            ;(taken ||= new Map()).set(at, particle)
            const translated = [...words.slice(0, at), english, ...words.slice(at + parts.length)].join(' ')
            this.addForm(entry, translated, 'discouraged', english === 'been' ? '`bin` misheard' : '`' + particle + '` translated word for word')
            break
          }
        }
      }
      let derived: Set<string> | undefined
      for (const form of forms) {
        const tokens = splitForm(form)
        const surname = entry.surname && form.includes(entry.surname) ? entry.surname : tokens[tokens.length - 1]
        const surnameTokens = splitForm(surname)
        const given = entry.given && form === entry.name ? entry.given : tokens.slice(0, tokens.length - surnameTokens.length)
        for (const name of given) {
          if (joiners.has(name.toLowerCase()) || name.length < 2 || /\.$/.test(name)) continue
          this.addGiven(name, entry.origin || 'other')
        }
        if (tokens.length > 1 || entry.variants.length > 0 || form === entry.name) {
          for (const part of surnameTokens) if (!joiners.has(part.toLowerCase())) this.curatedSurnames.add(part)
          this.addFuzzy(surnameTokens[surnameTokens.length - 1], entry)
        }
        // The surname alone is an accepted form too (`Putin`, `Zelenskyy`).
        if (tokens.length > 1 && surname.length > 2 && !derived?.has(surname) && !entry.variants.includes(surname)) {
          ;(derived ||= new Set()).add(surname)
          this.addForm(entry, surname, 'variant', undefined, entry.ambiguous)
        }
      }
      if (entry.meaning) {
        // (Under each word and its stems that English has: `nightingales` is looked up as `nightingale` too.)
        const words = new Set<string>()
        for (const word of entry.meaning.words) {
          words.add(word)
          for (const stem of stems(word)) if (stem !== word && stem.length > 2 && isCommonWord(stem)) words.add(stem)
        }
        for (const word of words) {
          const list = this.meanings.get(word) || []
          list.push(entry)
          this.meanings.set(word, list)
        }
      }
    } else if (entry.type === 'organization' || entry.type === 'media' || (entry.type === 'place' && /^country\b/.test(entry.role || ''))) {
      // Places stay out of near-miss search: real towns sit one letter from each
      // other (Samarra, Samara); their variants are listed as discouraged forms. Countries, fewer and longer, are in
      // it (`Kazakhistan`).
      for (const form of [entry.name, ...entry.variants]) {
        const tokens = splitForm(form)
        if (tokens.length === 1) this.addFuzzy(tokens[0], entry)
      }
    }
  }

  addGiven(name: string, origin: string): void {
    this.givenNames.add(name, origin)
  }

  addLists(given: SortedList | undefined, surnames: SortedList | undefined): void {
    if (given) this.givenNames.list = given
    if (surnames) this.surnameList = surnames
  }

  /** Is this a surname of a curated person or in the generated surname lists? */
  isSurname(word: string): boolean {
    if (this.curatedSurnames.has(word)) return true
    const list = this.surnameList
    if (!list) return false
    return this.surnameCache.get(word, (value) => list.has(value))
  }
  private surnameCache = new BoundedMemo<string, boolean>(100000)

  private addForm(entry: NameEntry, form: string, kind: FormKind, reason?: string, ambiguousOverride?: boolean): void {
    const tokens = splitForm(form)
    const wholeName = tokens.length === 1 || entry.type !== 'person'
    this.insertForm(entry, form, tokens, tokens.map(lookupKey), kind, reason, ambiguousOverride ?? (wholeName ? entry.ambiguous : undefined))
  }

  /** True while `restore()` inserts the snapshot's forms, whose known words it has already set. */
  private restoring = false

  /** Forms as added, while the shipped dictionaries are indexed for a snapshot (see `snapshot()`). */
  private recorded: SnapshotForm[] | undefined

  private insertForm(entry: NameEntry, form: string, tokens: string[], keys: string[], kind: FormKind, reason: string | undefined, ambiguous: boolean | undefined): void {
    this.recorded?.push([entry, form, tokens, keys, kind, reason ?? null, ambiguous ?? null])
    const key = keys.join(' ')
    const accepted = kind === 'canonical' || kind === 'variant'
    const ref = new Form(entry, form, tokens, kind, reason, ambiguous, keys)
    this.forms.push(ref)
    const map = accepted ? this.accepted : this.wrong
    const list = map.get(key)
    if (list) list.push(ref)
    else map.set(key, [ref])
    let node = this.trie
    for (let at = 0; at < keys.length; at++) {
      const tokenKeyValue = keys[at]
      node.next ||= new Map()
      let child = node.next.get(tokenKeyValue)
      if (!child) {
        child = {next: undefined, accepted: undefined, wrong: undefined}
        node.next.set(tokenKeyValue, child)
      }
      node = child
    }
    if (accepted) (node.accepted ||= []).push(ref)
    else (node.wrong ||= []).push(ref)
    const hash = wordHash(keys[0])
    startHints[hash >>> 3] |= 1 << (hash & 7)
    if (tokens.length > this.maxTokens) this.maxTokens = tokens.length
    if (accepted && !this.restoring) {
      for (let index = 0; index < tokens.length; index++) {
        const token = tokens[index]
        this.knownTokens.add(token.endsWith('.') ? token.slice(0, -1) : token)
        this.knownLower.add(keys[index])
      }
    }
  }

  /** Start recording what `add` derives from each entry, for `snapshot()`. */
  record(): void {
    this.recorded = []
  }

  /**
   * What `add` derived from the entries so far (every form with its tokens and keys, given names,
   * surnames, near-miss targets, meanings), as JSON-ready data: `restore()` rebuilds the same index
   * from it without working any of it out again. Needs `record()` before the first `add`.
   */
  snapshot(): IndexSnapshot {
    if (!this.recorded) throw new Error('snapshot() needs record() before the entries were added')
    const number = new Map(this.entries.map((entry, index) => [entry, index]))
    const snapshot: IndexSnapshot = {
      // (Tokens and keys only where splitting the form on spaces would not give them back.)
      forms: this.recorded.map(([entry, form, tokens, keys, kind, reason, ambiguous]) => {
        const split = form.split(' ')
        const plain = split.length === tokens.length && split.every((token, index) => token === tokens[index] && lookupKey(token) === keys[index])
        // (Numbers for the kinds and no trailing empty fields: the snapshot is parsed on every cold run.)
        const item: IndexSnapshot['forms'][number] = plain ? [number.get(entry)!, form, formKinds.indexOf(kind), reason ?? null, ambiguous ?? null] : [number.get(entry)!, form, formKinds.indexOf(kind), reason ?? null, ambiguous ?? null, tokens, keys]
        while (item.length > 2 && (item[item.length - 1] === null || (item.length === 3 && item[2] === 0))) item.pop()
        return item
      }),
      given: [...this.givenNames.curatedEntries()],
      surnames: [...this.curatedSurnames],
      fuzzy: this.fuzzyTargets(this.pendingFuzzy).map(({token, entry, key, folded}) => [token, number.get(entry)!, key, folded]),
      short: this.shortSurnames.map(([token, entry]) => [token, number.get(entry)!]),
      meanings: [...this.meanings].map(([word, entries]) => [word, entries.map((entry) => number.get(entry)!)]),
      knownTokens: [...this.knownTokens],
      knownLower: [...this.knownLower]
    }
    this.recorded = undefined
    return snapshot
  }

  /** Rebuild, in an empty index, what `snapshot()` recorded for `entries`. */
  restore(entries: NameEntry[], snapshot: IndexSnapshot): void {
    // (Indexed loops: a cold run executes this once, before the compilers have looked at it, where
    // destructuring through iterators costs several times more.)
    for (let index = 0; index < entries.length; index++) this.entries.push(entries[index])
    // (The known words as one list each: a set made from an array at once is several times faster, in a cold process,
    // than the same words added form by form.)
    this.knownTokens = new Set(snapshot.knownTokens)
    this.knownLower = new Set(snapshot.knownLower)
    this.restoring = true
    const forms = snapshot.forms
    for (let index = 0; index < forms.length; index++) {
      const item = forms[index]
      const form = item[1]
      const split = item[5] || form.split(' ')
      let keys = item[6]
      if (!keys) {
        keys = new Array<string>(split.length)
        for (let at = 0; at < split.length; at++) keys[at] = lookupKey(split[at])
      }
      this.insertForm(entries[item[0]], form, split, keys, formKinds[item[2] ?? 0], item[3] ?? undefined, item[4] ?? undefined)
    }
    this.restoring = false
    const given = snapshot.given
    for (let index = 0; index < given.length; index++) {
      const origins = given[index][1]
      for (let at = 0; at < origins.length; at++) this.givenNames.add(given[index][0], origins[at])
    }
    const surnames = snapshot.surnames
    for (let index = 0; index < surnames.length; index++) this.curatedSurnames.add(surnames[index])
    // (The near-miss targets wait, keyed, for the first near-miss search.)
    this.restoredFuzzy = {targets: snapshot.fuzzy, entries}
    const short = snapshot.short
    for (let index = 0; index < short.length; index++) this.shortSurnames.push([short[index][0], entries[short[index][1]]])
    const meanings = snapshot.meanings
    for (let index = 0; index < meanings.length; index++) this.meanings.set(meanings[index][0], meanings[index][1].map((entry) => entries[entry]))
  }

  /** Near-miss targets wait until the first near-miss search (most runs never make one). */
  private pendingFuzzy: Array<[string, NameEntry]> = []

  private addFuzzy(token: string, entry: NameEntry): void {
    if (token.length >= 5) this.pendingFuzzy.push([token, entry])
    else if (token.length === 4 && entry.type === 'person') this.shortSurnames.push([token, entry])
  }

  /** Four-letter surnames of curated people, for near misses after a title only (`Chancellor Mertz`). */
  private shortSurnames: Array<[string, NameEntry]> = []
  private shortByKey: Map<string, FuzzyTarget[]> | undefined

  /** The snapshot's near-miss targets, until the first near-miss search. */
  private restoredFuzzy: {targets: IndexSnapshot['fuzzy']; entries: NameEntry[]} | undefined

  private buildFuzzy(): void {
    const restored = this.restoredFuzzy
    if (restored) {
      const {targets, entries} = restored
      for (let index = 0; index < targets.length; index++) {
        const item = targets[index]
        this.fuzzyTokens.add(item[0])
        push(this.fuzzyByKey, item[2], {token: item[0], key: item[2], folded: item[3], entry: entries[item[1]]})
      }
      this.restoredFuzzy = undefined
    }
    for (const target of this.fuzzyTargets(this.pendingFuzzy)) {
      this.fuzzyTokens.add(target.token)
      push(this.fuzzyByKey, target.key, target)
    }
    this.pendingFuzzy = []
  }

  /**
   * The near-miss targets of `pending` (tokens not yet targets, no ordinary words), in order: each token
   * by its sound key…
   */
  private fuzzyTargets(pending: Array<[string, NameEntry]>): FuzzyTarget[] {
    const targets: FuzzyTarget[] = []
    const seen = new Set<string>()
    for (const [token, entry] of pending) {
      if (this.fuzzyTokens.has(token) || seen.has(token) || isCommonWord(token)) continue
      seen.add(token)
      const folded = fold(token).toLowerCase()
      targets.push({token, key: soundKey(token), folded, entry})
      // …and as its own language's spelling sounds, as captions and transliteration write it (`Siyarto`
      // for Szijjártó, `Navrotsky` for Nawrocki).
      // (Only for the spellings furthest from their sounds; a French or German surname sounded out
      // comes too close to unrelated names: `Hadiya`, `Haddad`.)
      const native = soundedOrigins.has(entry.origin || '') ? fold(nativeSpelling(token, entry.origin)).toLowerCase() : folded
      if (native !== folded) targets.push({token, key: soundKey(native), folded: native, entry})
    }
    return targets
  }

  /** Is this (capitalised) word a name we know of in any list? */
  isKnownName(word: string): boolean {
    return this.knownTokens.has(word) || this.givenNames.has(word) || this.isSurname(word) || isKnownProper(word)
  }

  /** Origins of a given name (`Sergey` → ru). */
  givenOrigins(word: string): string[] | undefined {
    return this.givenNames.get(word)
  }

  /**
   * After a title (`Secretary of State Lubio`), one edit that only swaps sounds some scripts and ears
   * do not tell apart (r/l, b/v) is a near miss too.
   */
  nearMissAfterTitle(word: string, short = false): FuzzyHit | undefined {
    if (word.length < 5 || this.knownTokens.has(word)) return undefined
    if (this.pendingFuzzy.length > 0 || this.restoredFuzzy) this.buildFuzzy()
    if (!this.fuzzyByLooseKey) {
      this.fuzzyByLooseKey = new Map()
      for (const targets of this.fuzzyByKey.values()) for (const target of targets) push(this.fuzzyByLooseKey, looseSoundKey(target.token), target)
    }
    const folded = fold(word).toLowerCase()
    for (const item of this.fuzzyByLooseKey.get(looseSoundKey(word)) || []) {
      if (item.folded !== folded && editDistance(folded, item.folded, 1) === 1) return {entry: item.entry, target: item.token, distance: 1}
    }
    // A four-letter surname a letter off that sounds the same (`Mertz` for Merz), after an office, not a plain `Mr`.
    if (short && word.length <= 5) {
      if (!this.shortByKey) {
        this.shortByKey = new Map()
        for (const [token, entry] of this.shortSurnames) {
          if (!isCommonWord(token)) push(this.shortByKey, soundKey(token), {token, key: soundKey(token), folded: fold(token).toLowerCase(), entry})
        }
      }
      for (const item of this.shortByKey.get(soundKey(word)) || []) {
        if (item.folded !== folded && editDistance(folded, item.folded, 1) === 1) return {entry: item.entry, target: item.token, distance: 1}
      }
    }
    return undefined
  }

  /**
   * The curated name `word` is probably a garbled form of: one or two edits
   * away with the same transliteration-tolerant sound key.
   */
  nearMiss(word: string): FuzzyHit | undefined {
    return this.fuzzyCache.get(word, (value) => this.findNearMiss(value))
  }

  private findNearMiss(word: string): FuzzyHit | undefined {
    if (this.pendingFuzzy.length > 0 || this.restoredFuzzy) this.buildFuzzy()
    let best: FuzzyHit | undefined
    if (word.length >= 5 && !this.knownTokens.has(word)) {
      const folded = fold(word).toLowerCase()
      let key = soundKey(word)
      const accented = /[^\u0000-\u007f]/.test(word)
      const allCaps = /^[\p{Lu}\d]+$/u.test(word)
      const consider = (item: FuzzyTarget, limit: number) => {
        // (An acronym is no slip of a word in ordinary case: `Gasset` is no `GASTAT`.)
        if (!allCaps && item.token.length > 1 && /^[\p{Lu}\d]+$/u.test(item.token)) return
        if (item.folded === folded) {
          // The name's letters with a diacritic it does not have, or another one (`Poilièvre` for Poilievre,
          // `Erdögan` for Erdoğan): a slip of one letter.
          // (Of the name's spellings, the one with its own diacritics: `Erdoğan`, not `Erdogan`.)
          const better = !best || best.distance > 1 || (!/[^\u0000-\u007f]/.test(best.target) && /[^\u0000-\u007f]/.test(item.token))
          // (A mark only left off, as English often leaves it off a capital, is a style: `Elysée` for Élysée.)
          if (accented && word.toLowerCase() !== item.token.toLowerCase() && better && !marksLeftOff(word, item.token)) best = {entry: item.entry, target: item.token, distance: 1}
          return
        }
        // (A letter with a diacritic the name does not have, in a word spelled otherwise too, is another language's name
        // written right, not a slip: `Völler` is no `Villar`.)
        if (accented && !/[^\u0000-\u007f]/.test(item.token)) return
        const distance = editDistance(folded, item.folded, limit)
        if (distance > limit || distance === 0) return
        // (Two edits need the same sounds, and a name of six letters or more: `Meehan` is no slip of Mohan; a country takes one
        // edit only, `Belavia` is an airline, no slip of Bolivia.)
        if (distance === 2 && (key !== item.key || item.folded.length < 6 || item.entry.type === 'place')) return
        // (Of spellings equally near, the one nearer as written: `Güller` is a slip of `Güler`, not `Guler`.)
        if (!best || distance < best.distance || (distance === best.distance && accented && editDistance(word.toLowerCase(), item.token.toLowerCase(), 4) < editDistance(word.toLowerCase(), best.target.toLowerCase(), 4))) {
          best = {entry: item.entry, target: item.token, distance}
        }
      }
      // (A spelling of an accepted name with marks only left off is that name: `Elysée` for Élysée.)
      if (accented && (this.fuzzyByKey.get(key) || []).some((item) => item.folded === folded && marksLeftOff(word, item.token))) return undefined
      // Up to two edits with the same sound key (`Whitkoff`, `Zalinsky`), for words of six letters or more.
      if (word.length >= 6) for (const item of this.fuzzyByKey.get(key) || []) consider(item, 2)
      // (The sound key reads `shi`, `chi` as Japanese romanisations write them; a Western name's `Shi` is the `Shei` of
      // another: `Shinebaum` for Sheinbaum.)
      if (!best && word.length >= 6 && /[sc]hi/i.test(word)) {
        key = soundKey(word.replace(/([sScC])hi/g, '$1hy'))
        for (const item of this.fuzzyByKey.get(key) || []) consider(item, 2)
      }
      // (Russian writes an English `W` before a vowel as `U`: `Uitkoff` is one letter from Witkoff, with another sound key.)
      if (/^U[aeio]/.test(word)) for (const item of this.fuzzyByKey.get(soundKey('W' + word.slice(1))) || []) consider(item, 1)
      // One sound written as transliteration or an ear writes it, which moves the word to another sound key: a voiced
      // consonant for a voiceless one or back (`Sperbank`, `Gasprombank`), `ks` for `x` (`Interfaks`), `Sh` for pinyin's
      // `X` (`Shinhua`). Only the name's own letters otherwise.
      // A Slavic name transliterated the German way (`Selenskyj`, `Uschakow`): read as German spells it, a curated
      // name of those languages one letter or none away.
      if (!best && !accented) {
        const reading = germanReading(word)
        if (reading !== undefined) {
          for (const item of this.fuzzyByKey.get(soundKey(reading)) || []) {
            if (!germanTransliterated.has(item.entry.origin || '') || item.folded === folded) continue
            if (editDistance(reading, item.folded, 1) <= 1) {
              best = {entry: item.entry, target: item.token, distance: 1}
              break
            }
          }
        }
      }
      // (Also where the nearest name is two letters away: one sound is the nearer slip, `Birelli` for Pirelli, not Barella.)
      if ((!best || best.distance > 1) && !accented) {
        // (The first letter too, in a longer word, for a body's name: `Birelli` for Pirelli; a person's surname so changed is
        // another surname, `Peckham` is no Beckham.)
        const first = folded.length >= 6 ? voicing[folded.charAt(0)] : undefined
        const alternatives = soundAlternatives(folded)
        if (first) alternatives.push(first + folded.slice(1))
        for (const alternative of alternatives) {
          const found = (this.fuzzyByKey.get(soundKey(alternative)) || []).find((item) => item.folded === alternative &&
            !(alternative.charAt(0) !== folded.charAt(0) && item.entry.type === 'person'))
          if (found) {
            best = {entry: found.entry, target: found.token, distance: 1}
            break
          }
        }
      }
    }
    return best
  }
}

/** Is `written` the name `target` with some of its marks left off, and none added or changed? */
function marksLeftOff(written: string, target: string): boolean {
  const a = [...written.normalize('NFC')]
  const b = [...target.normalize('NFC')]
  return a.length === b.length && a.every((char, index) => char === b[index] || char === fold(b[index]))
}

/** Consonants that differ in voicing alone, each way. */
const voicing: Record<string, string> = {b: 'p', p: 'b', d: 't', t: 'd', g: 'k', k: 'g', z: 's', s: 'z', v: 'f', f: 'v'}

/**
 * Spellings of a lower-case word one transliterated sound away (after its first letter): each voiced consonant
 * for its voiceless pair or back, `ks` for `x`, `au` for `ow`, and an opening `sh` for pinyin's `x`.
 */
export function soundAlternatives(word: string): string[] {
  const result: string[] = []
  for (let index = 1; index < word.length; index++) {
    const other = voicing[word.charAt(index)]
    if (other) result.push(word.slice(0, index) + other + word.slice(index + 1))
  }
  if (word.includes('ks')) result.push(word.replace('ks', 'x'))
  // (Russian letters write an English `ow` as `au`: `Pauell` for Powell.)
  if (word.includes('au')) result.push(word.replace('au', 'ow'))
  // (…and the ear writes a German or French `au` as `ow`: `Landow` for Landau.)
  if (word.endsWith('ow')) result.push(word.slice(0, -2) + 'au')
  if (word.startsWith('sh')) result.push('x' + word.slice(2))
  return result
}

/** Languages written in Cyrillic, whose names German copy transliterates its own way. */
const germanTransliterated = new Set(['ru', 'uk', 'be', 'bg', 'sr', 'mk', 'kk', 'ky', 'tg', 'mn'])

/** Languages whose spelling is far enough from its sounds to look a name up by them too. */
const soundedOrigins = new Set(['pl', 'cs', 'sk', 'hu'])

interface FuzzyTarget {
  token: string
  key: string
  folded: string
  entry: NameEntry
}

/** Add `value` to the list `map` keeps under `key`. */
export function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}

export interface NamesOptions {
  /** Extra names files (YAML or JSON), absolute paths. */
  files?: string[]
  /** Use the dictionaries shipped with copydesk (default true). */
  builtin?: boolean
  /** Plain words to accept as names (`ignore` in the configuration). */
  words?: string[]
}

const indexes = new Map<string, NamesIndex>()

/** Build (once per process and set of files) the names index. */
export function namesIndex(options: NamesOptions = {}): NamesIndex {
  const builtin = options.builtin === false ? [] : builtinNameFiles()
  const files = [...builtin, ...(options.files || [])]
  const stamp = files.map((file) => file + '@' + mtimeOf(file)).join('|') + '#' + (options.words || []).join(',')
  const cached = indexes.get(stamp)
  if (cached) return cached
  const base = packageDictionaries()
  const index = builtinIndex(builtin, (file) => displayPath(file, base))
  for (const file of options.files || []) {
    for (const entry of loadNamesFile(file, displayPath(file, base))) index.add(entry)
  }
  if (options.builtin !== false) {
    const given = path.join(base, 'generated', 'given-names.txt')
    const surnames = path.join(base, 'generated', 'surnames.txt')
    index.addLists(fs.existsSync(given) ? SortedList.load(given) : undefined, fs.existsSync(surnames) ? SortedList.load(surnames) : undefined)
  }
  for (const word of options.words || []) {
    index.add({name: word, type: 'other', variants: [], discouraged: [], garbles: [], file: 'configuration', line: 0})
  }
  indexes.set(stamp, index)
  return index
}

function displayPath(file: string, base: string): string {
  const root = path.dirname(base)
  return file.startsWith(root + path.sep) ? path.relative(root, file) : file
}

/**
 * Given names and their origins: curated people's in memory, the generated
 * lists (`given-names.txt`, `Name<TAB>ru,uk` a line, sorted) searched in place.
 */
export class GivenNames {
  list: SortedList | undefined
  private curated = new Map<string, string[]>()
  private cache = new BoundedMemo<string, string[] | undefined>(100000)

  add(name: string, origin: string): void {
    const list = this.curated.get(name)
    if (!list) this.curated.set(name, [origin])
    else if (!list.includes(origin)) list.push(origin)
    this.cache.delete(name)
  }

  get(name: string): string[] | undefined {
    return this.cache.get(name, (value) => this.lookUp(value))
  }

  private lookUp(name: string): string[] | undefined {
    const curated = this.curated.get(name)
    const listed = this.list?.value(name)
    if (!curated && listed === undefined) return undefined
    return [...new Set([...(curated || []), ...(listed ? listed.split(',') : [])])]
  }

  has(name: string): boolean {
    return this.get(name) !== undefined
  }

  /** Curated given names and their origins, in the order they were added. */
  curatedEntries(): IterableIterator<[string, string[]]> {
    return this.curated.entries()
  }
}
