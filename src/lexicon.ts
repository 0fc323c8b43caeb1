import path from 'node:path'
import dictionary from 'dictionary-en'
import {packageDictionaries, SortedList} from './names/load.js'
import {WordFact, wordInfo, type WordInfo} from './util/word-info.js'

/**
 * A fast view of `dictionary-en` for context checks (is this capitalised word
 * an ordinary English word? a proper noun English already knows?). Stems only,
 * with the common inflections stripped; spelling itself goes through
 * retext-spell and nspell.
 */
export interface Lexicon {
  /** Lower-case stems: ordinary words. */
  common: Set<string>
  /** Capitalised stems: names English dictionaries know (`Friedman`, `Kremlin`). */
  proper: Set<string>
  /** Lower-case words the dictionary gives an `-ing` form (flag `G`): verbs (`grow`, `remain`). */
  verbs: Set<string>
}

let cached: Lexicon | undefined

/** The prefix flags of dictionary-en's affix file (`PFX A 0 re .`). */
const prefixes: Record<string, string> = {A: 're', I: 'in', U: 'un', C: 'de', E: 'dis', F: 'con', K: 'pro'}

export function lexicon(): Lexicon {
  if (cached) return cached
  const common = new Set<string>()
  const proper = new Set<string>()
  const verbs = new Set<string>(['be', 'have', 'do'])
  const text = Buffer.from(dictionary.dic).toString('utf8')
  let start = text.indexOf('\n') + 1
  while (start < text.length) {
    let end = text.indexOf('\n', start)
    if (end === -1) end = text.length
    const slash = text.indexOf('/', start)
    const hasFlags = slash !== -1 && slash < end
    const word = text.slice(start, hasFlags ? slash : end).trim()
    if (word) {
      const first = word.charAt(0)
      if (first !== first.toLowerCase()) proper.add(word)
      else {
        common.add(word)
        // Words the dictionary derives with a prefix flag (`port/CAEGDS` gives `report`, `deport`, `disport`).
        if (hasFlags) {
          const flags = text.slice(slash + 1, end)
          const verb = flags.includes('G')
          if (verb) verbs.add(word)
          for (let index = 0; index < flags.length; index++) {
            const prefix = prefixes[flags.charAt(index)]
            if (prefix) {
              common.add(prefix + word)
              if (verb) verbs.add(prefix + word)
            }
          }
        }
      }
    }
    start = end + 1
  }
  cached = {common, proper, verbs}
  return cached
}

const inflections: Array<[RegExp, string]> = [
  [/ies$/, 'y'],
  [/ied$/, 'y'],
  [/(ss|x|ch|sh|zz)es$/, '$1'],
  [/s$/, ''],
  [/ed$/, ''],
  [/ed$/, 'e'],
  [/ing$/, ''],
  [/ing$/, 'e'],
  [/ly$/, ''],
  [/ers?$/, ''],
  [/ations?$/, 'e'],
  // Nouns dictionary-en derives by affix rather than lists: delegation(s) → delegate,
  // election(s) → elect, government(s) → govern.
  [/ations?$/, 'ate'],
  [/ions?$/, ''],
  [/ions?$/, 'e'],
  [/ments?$/, '']
]

/** Is `word` (lower case) the plain form of a verb (`grow`, `be`)? */
export function isVerb(word: string): boolean {
  return lexicon().verbs.has(word)
}

const commonFact = new WordFact<boolean>(commonWord)

/** Is `word` (any case) an ordinary lower-case English word, or an inflection of one? Answered once per word, in its record. */
export function isCommonWord(word: string): boolean {
  return commonFact.of(wordInfo(word))
}

/** `isCommonWord` for a token's word (`token.info`, `token.baseInfo`), answered once per distinct word. */
export function isCommon(info: WordInfo): boolean {
  return commonFact.of(info)
}

function commonWord(word: string): boolean {
  let lower = word.toLowerCase().replace(/’/g, "'")
  if (/'s?$/.test(lower) && lower.length > 3) lower = lower.replace(/'s?$/, '')
  const {common} = lexicon()
  if (common.has(lower)) return true
  // Every inflection below ends in s, d, g, y, r or n.
  const last = lower.charCodeAt(lower.length - 1)
  if (last !== 115 && last !== 100 && last !== 103 && last !== 121 && last !== 114 && last !== 110) return false
  // (An indexed loop: this runs for most words of a cold run's first document, before the compilers look at it.)
  for (let index = 0; index < inflections.length; index++) {
    const pattern = inflections[index][0]
    if (pattern.test(lower)) {
      const stem = lower.replace(pattern, inflections[index][1])
      if (stem.length > 2 && common.has(stem)) return true
    }
  }
  return false
}

/** The stem a word-for-word translation lookup should use (`Sands` → `sand`). */
export function stems(word: string): string[] {
  const lower = word.toLowerCase()
  const result = [lower]
  for (const [pattern, replacement] of inflections) {
    if (pattern.test(lower)) result.push(lower.replace(pattern, replacement))
  }
  return result
}

/** Does English know this capitalised word as a name (`Friedman`, `Gates`)? */
export function isKnownProper(word: string): boolean {
  return lexicon().proper.has(word)
}

let scowl: SortedList | undefined

/**
 * Is `word` in the generated English word list (SCOWL, sizes 10–70:
 * `dictionaries/generated/english-words.txt`)? Loaded on first use.
 */
export function isListedWord(word: string, memo = true): boolean {
  scowl ||= SortedList.load(path.join(packageDictionaries(), 'generated', 'english-words.txt'))
  return memo ? scowl.has(word) : scowl.value(word) !== undefined
}

let frequent: SortedList | undefined

/**
 * Is `word` (or its stem) a frequent English word (SCOWL sizes 10–35:
 * `dictionaries/generated/frequent-words.txt`)? Loaded on first use.
 */
export function isFrequentWord(word: string): boolean {
  frequent ||= SortedList.load(path.join(packageDictionaries(), 'generated', 'frequent-words.txt'))
  // (A noun of one who does, `-er`, is frequent only as itself: `farmer` is, `harmer` is not, though `harm` is.)
  return stems(word).some((stem) => frequent!.has(stem) && !(word.length - stem.length >= 2 && /ers?$/i.test(word) && !/ers?$/.test(stem) && !/e$/.test(stem)))
}
