import type {Root} from 'nlcst'
import {contextData} from '../context-data.js'
import {DocumentMemo} from '../util/memo.js'
import {sentencesOf, type SentenceInfo, type Token} from '../util/words.js'
import {mayStartName, tokenKey, type FormRef, type NamesIndex, type TrieNode} from './index.js'
import {WordFact} from '../util/word-info.js'

/** A run of words that spells a dictionary form, ignoring case. */
export interface NameMatch {
  sentence: SentenceInfo
  /** Index of the first and last token in `sentence.tokens`. */
  from: number
  to: number
  /** Accepted forms (canonical, variants) with this spelling. */
  accepted: FormRef[]
  /** Wrong forms (discouraged, garbles) with this spelling. */
  wrong: FormRef[]
}

export interface DocumentNames {
  sentences: SentenceInfo[]
  matches: NameMatch[]
  /** Lower-case keys of accepted forms written with a capital somewhere not at a sentence start. */
  capitalisedKeys: Set<string>
}

const cache = new DocumentMemo<Root, DocumentNames>()

/** Gap that may sit inside a multi-word name: spaces or one line break, after an optional abbreviation period. */
export function isNameGap(gap: string): boolean {
  if (gap === ' ') return true
  return /^\.?[ \t\u00a0]*\n?[ \t\u00a0]*$/.test(gap) && gap.replace('.', '').length > 0
}

/** Text of tokens `from..to` as a key, the last one without its possessive. */
export function keyOf(tokens: Token[], from: number, to: number): string {
  let key = ''
  for (let index = from; index <= to; index++) {
    key += (index === from ? '' : ' ') + tokenKey(index === to ? tokens[index].base : tokens[index].value)
  }
  return key
}

/** The trie node of the forms a word starts, by names index (most words start none). */
const rootFact = new WordFact<TrieNode | undefined, NamesIndex>((value, names) => (mayStartName(value) ? names.trie.next?.get(tokenKey(value)) : undefined))

/** Find every dictionary form in the document, longest first, once per tree. */
export function documentNames(tree: Root, text: string, names: NamesIndex): DocumentNames {
  return cache.get(tree, () => findNames(tree, text, names))
}

function findNames(tree: Root, text: string, names: NamesIndex): DocumentNames {
  const sentences = sentencesOf(tree, text)
  const context = contextData()
  const matches: NameMatch[] = []
  const capitalisedKeys = new Set<string>()
  for (const sentence of sentences) {
    const tokens = sentence.tokens
    let index = 0
    while (index < tokens.length) {
      let found: NameMatch | undefined
      // Walk the trie forward from here; the last token may carry a possessive.
      const token = tokens[index]
      const hasBase = token.base !== token.value
      let node = rootFact.of(token.info, names)
      let baseNode = hasBase ? rootFact.of(token.baseInfo, names) : undefined
      if (node === undefined && baseNode === undefined) {
        index++
        continue
      }
      let to = index
      for (;;) {
        if (baseNode && (baseNode.accepted || baseNode.wrong)) found = {sentence, from: index, to, accepted: baseNode.accepted || [], wrong: baseNode.wrong || []}
        if (!node) break
        if (node.accepted || node.wrong) {
          if (tokens[to].base === tokens[to].value) found = {sentence, from: index, to, accepted: node.accepted || [], wrong: node.wrong || []}
        }
        if (!node.next || to + 1 >= tokens.length || !isNameGap(tokens[to + 1].before)) break
        const nextToken = tokens[to + 1]
        baseNode = nextToken.base !== nextToken.value ? node.next.get(nextToken.baseKey) : undefined
        node = node.next.get(nextToken.key)
        to++
      }
      if (found) {
        matches.push(found)
        if (found.accepted.length > 0 && !(tokens[found.from].sentenceInitial && found.to === found.from) && /^\p{Lu}/u.test(tokens[found.from].value)) {
          // A capitalised month or weekday (`in May`) is no evidence for the name (`Theresa May`).
          const calendar = found.from === found.to && (context.months.has(tokens[found.from].base) || context.weekdays.has(tokens[found.from].base))
          // Nor is an ordinary word capitalised inside a longer name (`the Declaration of Independence`,
          // `Independence Day`) evidence for a city it also names (a country's name still is: `the Bank of Japan`).
          const insideName = found.from === found.to && found.accepted.every((ref) => ref.ambiguous && ref.entry.type === 'place' && /^city\b/.test(ref.entry.role || '')) && inCapitalisedRun(tokens, found.from)
          // Nor is a headline's Title Case (`Signs Amendments to Law on Broadcasting` for Nathan Law).
          const inHeadline = found.from === found.to && found.accepted.every((ref) => ref.ambiguous) && titleCaseLine(text, tokens[found.from].start)
          if (!calendar && !insideName && !inHeadline && found.accepted.some((ref) => ref.tokens.every((token, offset) => stripPeriod(token) === writtenAt(tokens, found!, offset)))) {
            capitalisedKeys.add(keyOf(tokens, found.from, found.to))
            // `Donald Trump` makes `trump` a name in this article too.
            if (found.accepted.some((ref) => ref.entry.type === 'person')) capitalisedKeys.add(keyOf(tokens, found.to, found.to))
          }
        }
        index = found.to + 1
      } else index++
    }
  }
  return {sentences, matches, capitalisedKeys}
}

/** The word as written at `offset` inside a match (the last without its possessive). */
export function writtenAt(tokens: Token[], match: {from: number; to: number}, offset: number): string {
  const index = match.from + offset
  const word = index === match.to ? tokens[index].base : tokens[index].value
  return word.charCodeAt(word.length - 1) === 46 ? word.slice(0, -1) : word
}

/** Is `tokens[at]` part of a run of capitalised words: a capital right before it (or before `of`), or right after it? */
function inCapitalisedRun(tokens: Token[], at: number): boolean {
  const capital = (token: Token | undefined) => token !== undefined && /^\p{Lu}/u.test(token.value) && !token.sentenceInitial
  const next = tokens[at + 1]
  if (next && isNameGap(next.before) && /^\p{Lu}/u.test(next.value)) return true
  const previous = tokens[at - 1]
  if (!previous || !isNameGap(tokens[at].before)) return false
  if (capital(previous)) return true
  return /^(?:of|for|and)$/.test(previous.value) && isNameGap(previous.before) && capital(tokens[at - 2])
}

/** Is the line around `offset` a headline: three words or more, most of them capitalised, and no full stop at its end? */
export function titleCaseLine(text: string, offset: number): boolean {
  const start = text.lastIndexOf('\n', offset) + 1
  let end = text.indexOf('\n', offset)
  if (end === -1) end = text.length
  if (end - start > 300) return false
  const line = text.slice(start, end).trim()
  if (/[.?!]["”’)]?$/.test(line)) return false
  const words = line.split(/\s+/).filter((word) => /^\p{L}/u.test(word))
  return words.length >= 3 && words.filter((word) => /^\p{Lu}/u.test(word)).length / words.length >= 0.5
}

function stripPeriod(word: string): string {
  return word.charCodeAt(word.length - 1) === 46 ? word.slice(0, -1) : word
}
