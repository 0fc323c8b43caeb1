import type {Root} from 'nlcst'
import type {SharedSettings} from '../types.js'

/**
 * Offsets of prose in the document: every text, punctuation, symbol and white
 * space node of the tree (code and markup are not prose, and in Markdown and
 * HTML they are absent from the tree or stored as `SourceNode`).
 */
export class ProseMap {
  private starts: number[] = []
  private ends: number[] = []

  constructor(tree: Root) {
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

const cache = new WeakMap<Root, ProseMap>()

export function proseOf(tree: Root): ProseMap {
  let map = cache.get(tree)
  if (!map) {
    map = new ProseMap(tree)
    cache.set(tree, map)
  }
  return map
}

/** Top-level domains and file extensions that follow a dot inside a name, not a sentence end. */
export const dotSuffixes = new Set([
  'com', 'org', 'net', 'edu', 'gov', 'mil', 'int', 'info', 'biz', 'io', 'co', 'ai', 'app', 'dev', 'tv', 'me', 'ly', 'fm', 'news',
  'online', 'site', 'tech', 'blog', 'media', 'press', 'global', 'world', 'live', 'today', 'xyz', 'eu', 'uk', 'us', 'ru', 'ua', 'by',
  'kz', 'cn', 'hk', 'tw', 'jp', 'kr', 'in', 'pk', 'ir', 'il', 'tr', 'de', 'fr', 'it', 'es', 'pt', 'nl', 'be', 'ch', 'at', 'pl', 'cz',
  'sk', 'hu', 'ro', 'bg', 'gr', 'se', 'no', 'dk', 'fi', 'ee', 'lv', 'lt', 'ge', 'am', 'az', 'uz', 'ca', 'au', 'nz', 'za', 'br', 'ar',
  'mx', 'qa', 'ae', 'sa', 'eg', 'tk', 'su',
  'js', 'ts', 'jsx', 'tsx', 'mjs', 'cjs', 'json', 'yaml', 'yml', 'xml', 'html', 'htm', 'css', 'md', 'txt', 'csv', 'pdf', 'doc', 'docx',
  'xls', 'xlsx', 'ppt', 'pptx', 'jpg', 'jpeg', 'png', 'gif', 'svg', 'webp', 'mp3', 'mp4', 'mov', 'avi', 'zip', 'gz', 'tar', 'exe',
  'dll', 'py', 'rb', 'go', 'rs', 'java', 'php', 'sh', 'ini', 'cfg', 'log'
])

/** Abbreviations written with a final period that do not end a sentence. */
export const abbreviations = new Set([
  'mr', 'mrs', 'ms', 'dr', 'st', 'mt', 'ft', 'jr', 'sr', 'gen', 'col', 'lt', 'sgt', 'capt', 'cmdr', 'adm', 'gov', 'sen', 'rep',
  'prof', 'rev', 'hon', 'pres', 'inc', 'ltd', 'corp', 'co', 'bros', 'no', 'nos', 'vol', 'vols', 'vs', 'etc', 'approx', 'jan', 'feb',
  'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs',
  'fri', 'sat', 'sun', 'ave', 'blvd', 'rd', 'dept', 'univ', 'fig', 'figs', 'cf', 'al', 'ca', 'op', 'cit', 'p', 'pp', 'ed', 'eds',
  'est', 'min', 'max', 'avg', 'dir', 'ch', 'sec', 'art', 'para', 'govt', 'assn', 'intl', 'natl', 'mln', 'bln', 'bn', 'mn', 'tn',
  'kg', 'km', 'cm', 'mm', 'hr', 'hrs', 'yr', 'yrs', 'tel', 'ext', 'ref', 'nr', 'resp', 'viz'
])

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
