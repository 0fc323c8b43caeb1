import type {Paragraph, Root, Sentence, Word} from 'nlcst'
import {toString} from 'nlcst-to-string'

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

/** Collect sentences and their word tokens, in document order. */
export function sentencesOf(tree: Root, text: string): SentenceInfo[] {
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
      const value = toString(child)
      let base = value
      if (possessive.test(value) && value.length > 3) {
        base = value.endsWith('s') ? value.slice(0, -2) : value.slice(0, -1)
      }
      const before = text.slice(previousEnd, wordStart)
      tokens.push({
        node: child,
        sentence: node,
        paragraph,
        index,
        value,
        base,
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

/** `Word` starts with an upper-case letter. */
export function isCapitalized(value: string): boolean {
  const first = value.charAt(0)
  return first !== first.toLowerCase() && first === first.toUpperCase()
}

/** Every letter is lower case (and there is at least one). */
export function isLowercase(value: string): boolean {
  return value !== value.toUpperCase() && value === value.toLowerCase()
}

/** Two or more letters, all upper case: an acronym or a shouted headline word. */
export function isAllCaps(value: string): boolean {
  const letters = value.replace(/[^\p{L}]/gu, '')
  return letters.length > 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()
}

/** Only letters, with internal hyphens or apostrophes. */
export function isWordLike(value: string): boolean {
  return /^\p{L}[\p{L}\p{M}'’-]*$/u.test(value) && !/['’-]$/.test(value)
}

/** Is the gap between two words plain white space on one line (no punctuation)? */
export function isPlainGap(gap: string): boolean {
  return /^[ \t\u00a0]+$/.test(gap)
}

/** Upper-case the first letter. */
export function capitalize(value: string): string {
  return value.charAt(0).toUpperCase() + value.slice(1)
}
