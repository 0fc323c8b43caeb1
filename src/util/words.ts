import type {Paragraph, Root, Sentence, Word} from 'nlcst'
import {toString} from 'nlcst-to-string'
import {BoundedMemo, DocumentMemo} from './memo.js'
import {wordInfo, type WordInfo} from './word-info.js'

/** One word of prose with what the rules need to know about its surroundings. */
export interface Token {
  node: Word
  sentence: Sentence
  paragraph: Paragraph | undefined
  /** Index of `node` in `sentence.children`. */
  index: number
  /** The word as written. */
  value: string
  /** The word without a possessive `’s`/`'s`/`’`: the part a name lives in. */
  base: string
  /** The records of `value` and `base` (one object when they are the same word): see `word-info.ts`. */
  info: WordInfo
  baseInfo: WordInfo
  /** The lookup keys of `value` and `base` (`lookupKey`: lower case, no final period, `'` for `’`). */
  key: string
  baseKey: string
  /** Offsets of the whole word in the document. */
  start: number
  end: number
  /** Offset where `base` ends. */
  baseEnd: number
  /** Raw text between the previous word (or the sentence start) and this word. */
  before: string
  /** First word of its sentence (after any opening quote, bracket or bullet). */
  sentenceInitial: boolean
}

export interface SentenceInfo {
  node: Sentence
  paragraph: Paragraph | undefined
  tokens: Token[]
  start: number
  end: number
}

const possessive = /(?:['’]s|s['’])$/

const sentenceCache = new DocumentMemo<Root, SentenceInfo[]>()

/** Collect sentences and their word tokens, in document order (once per tree). */
export function sentencesOf(tree: Root, text: string): SentenceInfo[] {
  return sentenceCache.get(tree, () => collectSentences(tree, text))
}

function collectSentences(tree: Root, text: string): SentenceInfo[] {
  const result: SentenceInfo[] = []
  walk(tree, undefined)
  return result

  function walk(node: Root | Paragraph | Sentence | {type: string; children?: unknown[]}, paragraph: Paragraph | undefined): void {
    if (node.type === 'SentenceNode') {
      result.push(sentence(node as Sentence, paragraph))
      return
    }
    const children = (node as {children?: unknown[]}).children
    if (!children) return
    const nextParagraph = node.type === 'ParagraphNode' ? (node as Paragraph) : paragraph
    for (const child of children) walk(child as {type: string}, nextParagraph)
  }

  function sentence(node: Sentence, paragraph: Paragraph | undefined): SentenceInfo {
    const start = node.position?.start.offset ?? 0
    const end = node.position?.end.offset ?? start
    const tokens: Token[] = []
    let previousEnd = start
    for (let index = 0; index < node.children.length; index++) {
      const child = node.children[index]
      if (child.type !== 'WordNode' || !child.position) continue
      const wordStart = child.position.start.offset ?? 0
      const wordEnd = child.position.end.offset ?? 0
      const value = wordText(child)
      let base = value
      const last = value.charCodeAt(value.length - 1)
      if ((last === 115 || last === 39 || last === 8217) && value.length > 3 && possessive.test(value)) {
        base = value.endsWith('s') ? value.slice(0, -2) : value.slice(0, -1)
      }
      const before = text.slice(previousEnd, wordStart)
      // A handle or a hashtag (`@ZelenskyyUa`, `#Kyiv`) is an address, not a word of prose: the words on
      // either side see it in their gap.
      const mark = before.charCodeAt(before.length - 1)
      if (mark === 64 || mark === 35) continue
      const info = wordInfo(value)
      const baseInfo = base === value ? info : wordInfo(base)
      tokens.push({
        node: child,
        sentence: node,
        paragraph,
        index,
        value,
        base,
        info,
        baseInfo,
        key: info.key,
        baseKey: baseInfo.key,
        start: wordStart,
        end: wordEnd,
        baseEnd: wordStart + base.length,
        before,
        sentenceInitial: tokens.length === 0 && /^[\s"“‘'(\[•·*–—-]*$/.test(before)
      })
      previousEnd = wordEnd
    }
    return {node, paragraph, tokens, start, end}
  }
}

/** `token` with another word in it (a part of its word): the records and keys follow the word. */
export function withWord(token: Token, value: string, base: string, changes: Partial<Token>): Token {
  const info = wordInfo(value)
  const baseInfo = base === value ? info : wordInfo(base)
  return {...token, ...changes, value, base, info, baseInfo, key: info.key, baseKey: baseInfo.key}
}

/** A word's text: the common one-child case without a recursive walk. */
function wordText(node: Word): string {
  const children = node.children
  if (children.length === 1 && 'value' in children[0]) return children[0].value
  return toString(node)
}

const shapeCache = new BoundedMemo<string, number>(200000)
const CAPITALIZED = 1
const LOWERCASE = 2
const ALL_CAPS = 4
const WORD_LIKE = 8

/** Shape flags of a word: plain ASCII words (also with a curly apostrophe) on the spot, others once per distinct word. */
function shape(value: string): number {
  let ascii = value.length > 0
  let upper = 0
  let lower = 0
  let other = 0
  for (let index = 0; index < value.length && ascii; index++) {
    const code = value.charCodeAt(index)
    if (code >= 65 && code <= 90) upper++
    else if (code >= 97 && code <= 122) lower++
    else if (code === 39 || code === 45 || code === 8217) other++
    else ascii = false
  }
  if (ascii) {
    const first = value.charCodeAt(0)
    const lastCode = value.charCodeAt(value.length - 1)
    let flags = 0
    if (first >= 65 && first <= 90) flags |= CAPITALIZED
    if (lower > 0 && upper === 0) flags |= LOWERCASE
    if (upper > 1 && lower === 0) flags |= ALL_CAPS
    if ((upper > 0 || lower > 0) && first !== 39 && first !== 45 && first !== 8217 && lastCode !== 39 && lastCode !== 45 && lastCode !== 8217) flags |= WORD_LIKE
    return flags
  }
  return shapeCache.get(value, unicodeShape)
}

/** Shape flags of a word with letters outside ASCII. */
function unicodeShape(value: string): number {
  let flags = 0
  const first = value.charAt(0)
  if (first !== first.toLowerCase() && first === first.toUpperCase()) flags |= CAPITALIZED
  const upperCase = value.toUpperCase()
  const lowerCase = value.toLowerCase()
  if (value !== upperCase && value === lowerCase) flags |= LOWERCASE
  const letters = value.replace(/[^\p{L}]/gu, '')
  if (letters.length > 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) flags |= ALL_CAPS
  if (/^\p{L}[\p{L}\p{M}'’-]*$/u.test(value) && !/['’-]$/.test(value)) flags |= WORD_LIKE
  return flags
}

/** `Word` starts with an upper-case letter. */
export function isCapitalized(value: string): boolean {
  const first = value.charCodeAt(0)
  if (first < 128) return first >= 65 && first <= 90
  return (shape(value) & CAPITALIZED) !== 0
}

/** Every letter is lower case (and there is at least one). */
export function isLowercase(value: string): boolean {
  const first = value.charCodeAt(0)
  // An ASCII capital first: not lower case, without looking further.
  if (first >= 65 && first <= 90) return false
  return (shape(value) & LOWERCASE) !== 0
}

/** Two or more letters, all upper case: an acronym or a shouted headline word. */
export function isAllCaps(value: string): boolean {
  return (shape(value) & ALL_CAPS) !== 0
}

/** Only letters, with internal hyphens or apostrophes. */
export function isWordLike(value: string): boolean {
  return (shape(value) & WORD_LIKE) !== 0
}

/** Is the word a caption's timestamp (`0:58`, `1:02:13`), which the parser takes for a word? */
export function isTimestamp(value: string): boolean {
  return timestampWord.test(value)
}

const timestampWord = /^\d{1,2}:\d{2}(?::\d{2})?$/

/** Is the gap between two words plain white space on one line (no punctuation)? */
export function isPlainGap(gap: string): boolean {
  if (gap === ' ') return true
  return /^[ \t\u00a0]+$/.test(gap)
}

/** Upper-case the first letter. */
export function capitalize(value: string): string {
  return value.charAt(0).toUpperCase() + value.slice(1)
}
