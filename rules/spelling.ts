import type {Root, Word} from 'nlcst'
import retextSpell from 'retext-spell'
import dictionary from 'dictionary-en'
import {VFile} from 'vfile'
import {defineRule} from '../src/rule.js'
import {rangeOf} from '../src/fix.js'
import {sentencesOf, isLowercase, type Token} from '../src/util/words.js'
import {unpunctuatedTranscript} from '../src/util/prose.js'
import {WordFact} from '../src/util/word-info.js'
import fs from 'node:fs'
import path from 'node:path'
import {isCommonWord, isFrequentWord, isListedWord, lexicon, stems} from '../src/lexicon.js'
import {packageDictionaries} from '../src/names/load.js'
import {spelledRight, spelledWords} from '../src/spell-words.js'
import {toString} from 'nlcst-to-string'
import {editDistance} from '../src/names/fuzzy.js'
import type {NamesIndex} from '../src/names/index.js'

/**
 * `spelling`: ordinary spelling through retext-spell and dictionary-en, made
 * names-aware. Only lower-case words are checked: a capitalised word that no
 * dictionary knows is a proper-noun candidate (the names rules judge those),
 * never a spelling error. Words the names rules already reported are skipped,
 * so one span never gets two warnings. Whether a word is spelled right is
 * nspell's verdict as retext-spell asks for it, read from the forms nspell
 * accepts (`src/spell-words.ts`); one retext-spell instance (one nspell) is
 * built for suggestions, on the first search.
 */

type Transformer = (tree: Root, file: VFile, next: (error?: Error) => void) => void

let suggester: Transformer | undefined
/** Suggestions computed so far, by word. */
const suggestionCache = new Map<string, string[]>()
/** Whether a misspelling is one edit from a listed word, by word. */
const closeCache = new Map<string, boolean>()

/**
 * One retext-spell instance (one nspell) for the whole process, built on the
 * first suggestion search: whether a word is spelled right comes from the
 * forms nspell accepts (`src/spell-words.ts`), so most runs never build it.
 */
function checker(): Transformer {
  // `max` is high: only a few, pre-filtered words ever reach the checker.
  suggester ||= (retextSpell as unknown as (options: object) => Transformer)({dictionary, max: 1e6, ignoreLiteral: false})
  return suggester
}

/** At most this many nspell suggestion searches per document (the rest get the fast ones only). */
const nspellBudget = 2

const alphabet = 'abcdefghijklmnopqrstuvwxyz'

/**
 * Words one edit away (a swapped, missing, extra or wrong letter) that the
 * English lists know, best kinds of slip first: `goverment` → `government`.
 */
function closeWords(word: string): string[] {
  const found: string[] = []
  const consider = (candidate: string) => {
    if (candidate.length > 1 && !found.includes(candidate) && (lexicon().common.has(candidate) || isListedWord(candidate, false))) found.push(candidate)
  }
  for (let index = 0; index + 1 < word.length; index++) consider(word.slice(0, index) + word[index + 1] + word[index] + word.slice(index + 2))
  for (let index = 0; index <= word.length; index++) for (const letter of alphabet) consider(word.slice(0, index) + letter + word.slice(index))
  for (let index = 0; index < word.length; index++) consider(word.slice(0, index) + word.slice(index + 1))
  for (let index = 0; index < word.length; index++) for (const letter of alphabet) if (letter !== word[index]) consider(word.slice(0, index) + letter + word.slice(index + 1))
  return found.slice(0, 5)
}

/** The words dictionary-en spells, by first letter and length, made on the first search. */
let wordsByStart: Map<string, string[]> | undefined

/**
 * Words dictionary-en spells two slips or fewer from `word`, with its first
 * letter (a slip seldom hits the first letter), nearest first. nspell
 * searches two edits deep where one finds nothing, which takes 0.1–0.3 s
 * when no word is that near, and then returns nothing or words no one meant
 * (`lavrov` → `Pavlov`, `silivri` → nothing); this search takes a few
 * milliseconds and tells the two cases apart before nspell is asked.
 */
function twoSlipsAway(word: string): string[] {
  if (!wordsByStart) {
    wordsByStart = new Map()
    for (const form of spelledWords()) {
      // (Words with an apostrophe never come here, so no possessive is the word meant.)
      if (form.includes("'")) continue
      const key = form.charAt(0) + form.length
      const list = wordsByStart.get(key)
      if (list) list.push(form)
      else wordsByStart.set(key, [form])
    }
  }
  const found: Array<[string, number]> = []
  for (let length = word.length - 2; length <= word.length + 2; length++) {
    for (const form of wordsByStart.get(word.charAt(0) + length) || []) {
      const distance = editDistance(word, form, 2)
      if (distance <= 2) found.push([form, distance])
    }
  }
  return found.sort((a, b) => a[1] - b[1]).map(([form]) => form)
}

/** nspell's own suggestions for one word, through the suggesting retext-spell instance. */
function nspellSuggestions(node: Word | undefined, text: string, path: string | undefined): string[] {
  if (!node) return []
  const shadowTree: Root = {type: 'RootNode', children: [{type: 'ParagraphNode', children: [{type: 'SentenceNode', children: [node]}]}]}
  const shadow = new VFile({path, value: text})
  let failure: Error | undefined
  checker()(shadowTree, shadow, (error) => {
    failure = error
  })
  if (failure) throw failure
  const message = shadow.messages.find((item) => item.source === 'retext-spell' && item.fatal !== undefined)
  return message ? (message.expected || []).slice(0, 5) : []
}

/** Digits and clock times: retext-spell leaves them alone. */
function irrelevant(word: string): boolean {
  return /^\d+$/.test(word) || /^\d{1,2}:\d{2}(?:[ap]\.?m\.?)?$/i.test(word)
}

/**
 * retext-spell's verdict on a word (nspell's `correct` on the whole word, or
 * else on each of its text parts, `alpha-bravo`), from the list of the forms
 * nspell accepts (`src/spell-words.ts`).
 */
function spelledLikeRetextSpell(node: Word, actual: string): boolean {
  if (irrelevant(actual) || spelledRight(actual)) return true
  if (node.children.length < 2) return false
  for (const child of node.children) {
    if (child.type !== 'TextNode' || irrelevant(child.value)) continue
    if (!spelledRight(child.value)) return false
  }
  return true
}

/** Prefixes English forms freely (`overpromising`, `relaunch`): accept them when the rest is a word. */
const prefixes = /^(anti|agro|bio|counter|co|cyber|de|dis|eco|extra|geo|hyper|in|inter|mega|micro|mid|mis|multi|nano|narco|neo|non|out|over|petro|post|pre|pro|pseudo|re|semi|sub|super|tele|trans|ultra|un|under|self)-?/

/**
 * British spellings map onto the American ones dictionary-en knows: each
 * pattern turns a British ending or infix into its American form
 * (`criticised` → `criticized`, `honoured` → `honored`, `theatre` → `theater`,
 * `travelled` → `traveled`, `licence` → `license`, `catalogue` → `catalog`,
 * `judgement` → `judgment`, `paediatric` → `pediatric`), and the old `-st`
 * forms drop it (`amidst`, `amongst`, `whilst`).
 */
const british: Array<[RegExp, string]> = [
  [/is(e|es|ed|ing|ation|ations|ational|er|ers)$/, 'iz$1'],
  [/ys(e|es|ed|ing|er|ers)$/, 'yz$1'],
  [/our/g, 'or'],
  [/tre(s|d)?$/, 'ter$1'],
  [/ence(s)?$/, 'ense$1'],
  [/ll(ed|ing|er|ers|ation|ations)$/, 'l$1'],
  [/ogue(s)?$/, 'og$1'],
  [/dgement(s)?$/, 'dgment$1'],
  [/(?<=[^aeiou])[ao]e(?=[^aeiou])/g, 'e'],
  [/(?<=(d|g|l))st$/, ''],
  [/(?<=l)st$/, 'e']
]

/** Is `word` a British spelling of a word dictionary-en knows, or a listed British word? */
function isBritish(word: string): boolean {
  if (stems(word).some((stem) => britishWords().has(stem))) return true
  let all = word
  for (const [pattern, replacement] of british) {
    const changed = word.replace(pattern, replacement)
    if (changed !== word && changed.length > 2 && isCommonWord(changed)) return true
    all = all.replace(pattern, replacement)
  }
  return all !== word && isCommonWord(all)
}

let britishList: Set<string> | undefined
function britishWords(): Set<string> {
  if (!britishList) {
    // Every word list in dictionaries/spelling/ (British spellings, current vocabulary).
    const dir = path.join(packageDictionaries(), 'spelling')
    britishList = new Set()
    for (const name of fs.readdirSync(dir).filter((file) => file.endsWith('.txt'))) {
      for (const line of fs.readFileSync(path.join(dir, name), 'utf8').split('\n')) {
        const word = line.trim()
        if (word && !word.startsWith('#')) britishList.add(word)
      }
    }
  }
  return britishList
}

/** A closed compound of two ordinary words (`roadmap`, `homeownership`, `drawdown`). */
function isCompound(word: string): boolean {
  if (word.length < 7) return false
  const {common} = lexicon()
  for (let cut = 3; cut <= word.length - 3; cut++) {
    const head = word.slice(0, cut)
    const tail = word.slice(cut)
    if (common.has(head) && (common.has(tail) || (tail.length > 4 && isCommonWord(tail)))) return true
  }
  return false
}

function acceptable(word: string, extra: Set<string>): boolean {
  if (extra.has(word) || isListedWord(word)) return true
  // Possessives: the word itself is what is spelled (`agreement's`).
  if (/'s?$/.test(word) && word.length > 4) {
    const base = word.replace(/'s?$/, '')
    return lexicon().common.has(base) || acceptable(base, extra)
  }
  // Hyphenated: the word written solid (`pre-emptive`, `co-operation`), or every part a word (or acceptable on its own).
  if (word.includes('-')) {
    if (isCommonWord(word.replace(/-/g, ''))) return true
    const parts = word.split('-').filter(Boolean)
    const prefixed = (part: string, index: number) => index === 0 && index < parts.length - 1 && prefixes.exec(part)?.[0] === part
    return parts.length > 1 && parts.every((part, index) => prefixed(part, index) || lexicon().common.has(part) || isCommonWord(part) || acceptable(part, extra))
  }
  // The plural of a word dictionary-en spells, where it lists no plural (`rescissions`).
  if (/[^s]s$/.test(word) && word.length > 4 && spelledRight(word.slice(0, -1))) return true
  // (…and its plural: `roadmaps`, `drawdowns`.)
  if (isCompound(word) || (word.endsWith('s') && !word.endsWith('ss') && isCompound(word.slice(0, -1)))) return true
  const match = prefixes.exec(word)
  // A short prefix needs a longer rest, or typos pass as words (`untill` is no `un` + `till`).
  const rest = match ? word.length - match[0].length : 0
  if (match && rest >= (match[0].length <= 3 ? 5 : 3) && isCommonWord(word.slice(match[0].length))) return true
  return isBritish(word)
}

/** Is the offset inside a web address (the run of non-space characters around it looks like one)? */
function inAddress(text: string, offset: number): boolean {
  let start = offset
  while (start > 0 && !/\s/.test(text.charAt(start - 1))) start--
  let end = offset
  while (end < text.length && !/\s/.test(text.charAt(end))) end++
  return /^[("“']?(?:https?:\/\/|www\.)|^[\w-]+(?:\.[\w-]+)+\//.test(text.slice(start, end))
}

/** A word of another language by its place: doubled (`boda boda`), or a short particle between two capitalised words of a name (`Mukuru kwa Njenga`). */
function foreignWord(tokens: Token[], index: number): boolean {
  const token = tokens[index]
  const previous = tokens[index - 1]
  const next = tokens[index + 1]
  if (previous && /^[ \t]+$/.test(token.before) && previous.value.toLowerCase() === token.value) return true
  if (next && /^[ \t]+$/.test(next.before) && next.value.toLowerCase() === token.value) return true
  return token.value.length <= 3 && previous !== undefined && next !== undefined && /^[ \t]+$/.test(token.before) && /^[ \t]+$/.test(next.before) &&
    /^\p{Lu}\p{Ll}/u.test(previous.value) && /^\p{Lu}\p{Ll}/u.test(next.value) && !previous.sentenceInitial
}

/** Per configuration: which words need the spell checker. */
interface Verdicts {
  names: NamesIndex
  extra: Set<string>
}
const verdictCache = new WeakMap<object, Verdicts>()

/** Whether a word needs the spell checker depends only on the word and the configuration (the owner). */
const verdictFact = new WordFact<boolean, Verdicts>((word, {names, extra}) => needsChecking(word.replace(/’/g, "'"), names, extra))

/** A lower-case word that no list accepts: retext-spell decides. */
function needsChecking(word: string, names: NamesIndex, extra: Set<string>): boolean {
  if (!isLowercase(word) || !/^[a-z][a-z'-]*[a-z]$/.test(word) || word.length < 3) return false
  if (/(^|[^a-z])(https?|www)([^a-z]|$)/.test(word)) return false
  return !(lexicon().common.has(word) || names.knownLower.has(word) || acceptable(word, extra))
}

export default defineRule(
  {
    id: 'spelling',
    description: 'Misspelled ordinary words (dictionary-en via retext-spell), never correct names.',
    defaultSeverity: 'warn',
    fixSafe: false
  },
  function (tree, file, {text, names, options}) {
    const extra = new Set<string>(Array.isArray(options.words) ? (options.words as string[]) : [])
    const reported = file.messages
      .filter((message) => message.ruleId === 'name-case' || message.ruleId === 'garbled-name' || message.ruleId === 'case')
      .map((message) => rangeOf(message) ?? [-1, -1])
    const candidates: Token[] = []
    // Whether a word needs the spell checker depends only on the word (and this configuration):
    // decide once per distinct word.
    let verdicts = verdictCache.get(options)
    if (!verdicts || verdicts.names !== names) {
      verdicts = {names, extra}
      verdictCache.set(options, verdicts)
    }
    const foreign = new Set<Token>()
    // Unknown words next to another (a phrase of another language, unless they are slips of everyday words: `the
    // goverment recieved`).
    const besides = new Set<Token>()
    for (const sentence of sentencesOf(tree, text)) {
      const tokens = sentence.tokens
      for (let index = 0; index < tokens.length; index++) {
        const token = tokens[index]
        // (Only lower-case words are checked: the rest need no lookup.)
        if (!isLowercase(token.value) || !verdictFact.of(token.info, verdicts)) continue
        if (reported.some(([start, end]) => token.start < end && token.end > start)) continue
        // A word inside a web address (`https://www.cbr.ru/eng/`) is no word of prose, nor a short one before a slash
        // and a letter, a unit (`boe/d`, `km/h`).
        if (/[/.]$/.test(token.before) && inAddress(text, token.start)) continue
        if (token.value.length <= 4 && text.charCodeAt(token.end) === 47 && /\p{L}/u.test(text.charAt(token.end + 1))) continue
        candidates.push(token)
        if (foreignWord(tokens, index)) foreign.add(token)
        // (Two unknown words side by side, or in one list, are a phrase of another language: `Je voulais vivre`,
        // `chira, muri and molasses`; see `besides`.)
        const before = candidates[candidates.length - 2]
        if (before !== undefined && index > 0 && tokens[index - 1] === before && /^(?:,?[ \t]+)$/.test(token.before)) {
          besides.add(token)
          besides.add(before)
        }
      }
    }
    if (candidates.length === 0) return

    // How often each unknown word comes in the document: a word written the same way twice is a term (`keke`
    // riders), seldom the same slip twice.
    const seen = new Map<string, number>()
    for (const token of candidates) seen.set(token.value, (seen.get(token.value) || 0) + 1)
    // Decide as retext-spell would (the whole word, then its parts), from nspell's forms without building nspell.
    const suggest = options.suggest !== false
    let transcript: boolean | undefined
    let budget = suggest ? nspellBudget : 0
    for (const token of candidates) {
      const node = token.node
      const actual = toString(node).replace(/’/g, "'")
      if (spelledLikeRetextSpell(node, actual)) continue
      // Letters without a vowel (`bpd`, `mph`) are abbreviations, not misspellings.
      if (!/[aeiouy]/.test(actual)) continue
      let suggestions = suggestionCache.get(actual)
      let close = closeCache.get(actual)
      if (close === undefined) {
        if (closeCache.size > 50000) {
          closeCache.clear()
          suggestionCache.clear()
        }
        // One edit away from a listed word covers most typos, in a millisecond.
        const near = closeWords(actual)
        close = near.length > 0
        closeCache.set(actual, close)
        if (close) suggestionCache.set(actual, near)
        suggestions = close ? near : undefined
      }
      if (!suggestions) {
        suggestions = []
        // nspell's search (0.04–0.4 s a word) only where that finds nothing, and only where a word is
        // two slips away (else it searches longest and finds nothing worth offering); its cost grows
        // with the word, so long words get the two-slip search's words, and compounds neither.
        if (!/[-']/.test(actual)) {
          const near = twoSlipsAway(actual)
          if (near.length > 0 && budget > 0 && actual.length <= 10) {
            budget--
            suggestions = nspellSuggestions(node, text, file.path)
          }
          if (suggestions.length === 0) suggestions = near.slice(0, 5)
          suggestionCache.set(actual, suggestions)
        }
      }
      // A typo is one slip from a word; an unknown word far from every word is more often
      // jargon or a coinage (`adtech`): a hint, not a warning.
      // (So is any unknown word of a transcript without punctuation: speech-to-text writes words it knows, so what
      // it writes that no dictionary has is a term or a foreign word, `the cepo`, not a slip of the keys.)
      const reason = 'Unexpected unknown word `' + actual + '`' + (suggestions.length > 0 ? ', expected for example ' + suggestions.map((s) => '`' + s + '`').join(', ') : '')
      const place = {place: node.position, ancestors: [token.sentence, node]}
      // (So is a word of another language, as regional English writes them: one the document writes twice, one doubled
      // (`boda boda`), a short one inside a name (`Mukuru kwa Njenga`), two side by side.)
      const hint = close === false || (seen.get(token.value) || 0) > 1 || foreign.has(token) ||
        (besides.has(token) && !(suggestions.length > 0 && isFrequentWord(suggestions[0]))) || (transcript ??= unpunctuatedTranscript(tree, text))
      const message = hint ? file.info(reason, place) : file.message(reason, place)
      message.actual = actual
      message.expected = suggestions
    }
  }
)
