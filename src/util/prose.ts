import type {Root} from 'nlcst'
import type {SharedSettings} from '../types.js'
import {wordList} from '../word-lists.js'
import {DocumentMemo} from './memo.js'
import {sentencesOf} from './words.js'

/**
 * Offsets of prose in the document: every text, punctuation, symbol and white
 * space node of the tree (code and markup are not prose, and in Markdown and
 * HTML they are absent from the tree or stored as `SourceNode`).
 */
export class ProseMap {
  private starts: number[] = []
  private ends: number[] = []

  constructor(tree: Root) {
    // Plain text: every character is prose (the parser covers the whole document).
    if ((tree.data as {copydeskAllProse?: boolean} | undefined)?.copydeskAllProse) {
      this.starts.push(0)
      this.ends.push(Number.POSITIVE_INFINITY)
      return
    }
    const ranges: Array<[number, number]> = []
    const visit = (node: {type: string; children?: unknown[]; position?: {start: {offset?: number}; end: {offset?: number}}}): void => {
      if (node.children) {
        for (const child of node.children) visit(child as typeof node)
        return
      }
      if (node.type === 'SourceNode') return
      const start = node.position?.start.offset
      const end = node.position?.end.offset
      if (start !== undefined && end !== undefined) ranges.push([start, end])
    }
    visit(tree as unknown as {type: string; children?: unknown[]})
    ranges.sort((a, b) => a[0] - b[0])
    for (const [start, end] of ranges) {
      const last = this.ends.length - 1
      if (last >= 0 && start <= this.ends[last]) this.ends[last] = Math.max(this.ends[last], end)
      else {
        this.starts.push(start)
        this.ends.push(end)
      }
    }
  }

  /** Is the character at `offset` prose? */
  has(offset: number): boolean {
    let low = 0
    let high = this.starts.length - 1
    while (low <= high) {
      const middle = (low + high) >> 1
      if (this.starts[middle] > offset) high = middle - 1
      else if (this.ends[middle] <= offset) low = middle + 1
      else return true
    }
    return false
  }

  /** Are all characters in `start`–`end` prose? */
  covers(start: number, end: number): boolean {
    for (let offset = start; offset < end; offset++) if (!this.has(offset)) return false
    return true
  }
}

const cache = new DocumentMemo<Root, ProseMap>()

export function proseOf(tree: Root): ProseMap {
  return cache.get(tree, (key) => new ProseMap(key))
}

/** Top-level domains and file extensions that follow a dot inside a name, not a sentence end. */
export const dotSuffixes = wordList('abbreviations', 'dot_suffixes')

/** Abbreviations written with a final period that do not end a sentence. */
export const abbreviations = wordList('abbreviations', 'abbreviations')

/** The quotation marks a suggestion should use: configured, else the document's own (curly unless it mostly uses straight ones). */
export function quotePair(text: string, settings: SharedSettings): [string, string] {
  if (settings.quotes) return settings.quotes
  const curly = (text.match(/[“”]/g) || []).length
  const straight = (text.match(/"/g) || []).length
  return straight > curly ? ['"', '"'] : ['“', '”']
}

/** Double quotation marks (straight, curly, guillemets). */
export const doubleQuote = /["“”«»„]/

/**
 * Is `offset` inside an open double quotation in `text` from `from` on?
 * Curly and guillemet marks say which way they face; straight marks alternate.
 */
export function insideQuote(text: string, from: number, offset: number): boolean {
  let depth = 0
  let straightOpen = false
  for (let index = from; index < offset; index++) {
    const char = text.charAt(index)
    if (char === '“' || char === '«' || char === '„') depth++
    else if (char === '”' || char === '»') depth = Math.max(0, depth - 1)
    else if (char === '"') straightOpen = !straightOpen
  }
  return depth > 0 || straightOpen
}

const transcripts = new DocumentMemo<Root, boolean>()

/**
 * Is the document a transcript without punctuation (auto-captions)? Edited prose has a comma every
 * fifteen words or so; captions have almost none. Worked out once per document.
 */
export function unpunctuatedTranscript(tree: Root, text: string): boolean {
  return transcripts.get(tree, () => {
    let wordCount = 0
    for (const sentence of sentencesOf(tree, text)) wordCount += sentence.tokens.length
    if (wordCount < 150) return false
    let commas = 0
    for (let at = text.indexOf(','); at !== -1 && commas * 100 < wordCount; at = text.indexOf(',', at + 1)) commas++
    return commas * 100 < wordCount
  })
}
