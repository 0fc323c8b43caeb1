import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {loadYaml} from '../util/yaml.js'
import {BoundedMemo} from '../util/memo.js'
import {sizeAndTime, writeSnapshot} from '../util/fs.js'

export type EntryType = 'person' | 'organization' | 'media' | 'place' | 'demonym' | 'event' | 'product' | 'other'

export interface WrongForm {
  form: string
  reason?: string
}

/** A validated names-dictionary entry (see `dictionaries/schema/names.schema.json`). */
export interface NameEntry {
  name: string
  type: EntryType
  variants: string[]
  discouraged: WrongForm[]
  garbles: string[]
  given?: string[]
  surname?: string
  meaning?: {lang: string; words: string[]}
  origin?: string
  ambiguous?: boolean
  role?: string
  source?: string
  /** Where the entry was read from, for messages and errors. */
  file: string
  line: number
}

/** Thrown for a dictionary file that cannot be used; the message names file, line, entry and fix. */
export class DictionaryError extends Error {
  file: string
  line: number
  constructor(file: string, line: number, message: string) {
    super(file + ':' + line + ': ' + message)
    this.name = 'DictionaryError'
    this.file = file
    this.line = line
  }
}

const types = new Set<EntryType>(['person', 'organization', 'media', 'place', 'demonym', 'event', 'product', 'other'])
const keys = ['name', 'type', 'variants', 'discouraged', 'garbles', 'given', 'surname', 'meaning', 'origin', 'ambiguous', 'role', 'source']
const keySet = new Set(keys)

/** Read one names file (YAML or JSON: a list of entries, or of plain name strings). */
export function loadNamesFile(file: string, display = file): NameEntry[] {
  let text: string
  try {
    text = fs.readFileSync(file, 'utf8')
  } catch (error) {
    throw new DictionaryError(display, 0, 'cannot read names file (' + (error as NodeJS.ErrnoException).code + '); check the path in your configuration')
  }
  return parseNames(text, display, /\.json$/i.test(file) ? 'json' : 'yaml')
}

/** Parse and validate the text of a names file. */
export function parseNames(text: string, display: string, format: 'json' | 'yaml'): NameEntry[] {
  let data: unknown
  try {
    data = format === 'json' ? JSON.parse(text) : loadYaml(text, {filename: display})
  } catch (error) {
    const mark = (error as {mark?: {line: number}}).mark
    const reason = (error as {reason?: string}).reason || (error as Error).message
    throw new DictionaryError(display, mark ? mark.line + 1 : 1, 'not valid ' + format.toUpperCase() + ' (' + reason + '); fix the syntax there')
  }
  if (data === undefined || data === null) return []
  if (!Array.isArray(data)) {
    throw new DictionaryError(display, 1, 'expected a list of entries (`- name: …`), found ' + typeof data + '; put each entry under a leading `- `')
  }
  const lines = new LineFinder(text)
  return data.map((raw, index) => validate(raw, index, display, lines))
}

class LineFinder {
  private text: string
  private from = 0
  private line = 1
  /** Lines of the `name:` keys, in order: the n-th object entry's name is the n-th key. */
  private nameLines: number[] = []
  private nameIndex = 0
  constructor(text: string) {
    this.text = text
    const key = /(?:^|[\n{,])[ \t-]*(?:"name"|'name'|name)[ \t]*:/g
    let line = 1
    let last = 0
    let match: RegExpExecArray | null
    while ((match = key.exec(text))) {
      for (let index = last; index < match.index + match[0].length; index++) if (text.charCodeAt(index) === 10) line++
      last = match.index + match[0].length
      this.nameLines.push(line)
    }
  }
  /** Line of the next object entry's `name:` key (so a comment that mentions the name does not count). */
  findName(): number {
    return this.nameLines[this.nameIndex++] ?? 0
  }
  /** Line of the next occurrence of `needle` (string entries are searched in order). */
  find(needle: string): number {
    const at = this.text.indexOf(needle, this.from)
    if (at === -1) return 0
    for (let index = this.from; index < at; index++) if (this.text.charCodeAt(index) === 10) this.line++
    this.from = at
    return this.line
  }
}

function validate(raw: unknown, index: number, file: string, lines: LineFinder): NameEntry {
  if (typeof raw === 'string') {
    const line = lines.find(raw)
    if (raw.trim().length < 2) throw new DictionaryError(file, line, 'entry ' + (index + 1) + ' is too short; a name needs at least two characters')
    return {name: raw.trim(), type: 'other', variants: [], discouraged: [], garbles: [], file, line}
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new DictionaryError(file, 0, 'entry ' + (index + 1) + ' is not an object; write `- name: …` with `type: …`')
  }
  const record = raw as Record<string, unknown>
  const label = typeof record.name === 'string' ? '`' + record.name + '`' : 'number ' + (index + 1)
  const line = lines.findName()
  const fail = (message: string): never => {
    throw new DictionaryError(file, line, 'entry ' + label + ': ' + message)
  }
  for (const key of Object.keys(record)) {
    if (!keySet.has(key)) {
      const close = keys.find((known) => known.slice(0, 3) === key.slice(0, 3))
      fail('unknown field `' + key + '`' + (close ? '; did you mean `' + close + '`?' : '; allowed fields: ' + keys.join(', ')))
    }
  }
  if (typeof record.name !== 'string' || record.name.trim().length < 2) fail('missing `name`; add the canonical spelling, e.g. `name: Volodymyr Zelensky`')
  const name = (record.name as string).trim()
  if (!types.has(record.type as EntryType)) fail('`type` must be one of ' + [...types].join(', ') + ' (found `' + String(record.type) + '`)')
  const strings = (key: string): string[] => {
    const value = record[key]
    if (value === undefined || value === null) return []
    if (!Array.isArray(value)) fail('`' + key + '` must be a list, e.g. `' + key + ': [' + name + ']`')
    return (value as unknown[]).map((item) => {
      if (typeof item !== 'string' || !item.trim()) fail('`' + key + '` holds a non-text item (`' + JSON.stringify(item) + '`); use names in quotes')
      const form = (item as string).trim()
      if (form === name) fail('`' + key + '` repeats the name itself (`' + form + '`); remove it')
      return form
    })
  }
  const variants = strings('variants')
  const garbles = strings('garbles')
  const discouraged: WrongForm[] = []
  if (record.discouraged !== undefined && record.discouraged !== null) {
    if (!Array.isArray(record.discouraged)) fail('`discouraged` must be a list of forms or `{form, reason}` objects')
    for (const item of record.discouraged as unknown[]) {
      if (typeof item === 'string' && item.trim()) discouraged.push({form: item.trim()})
      else if (item && typeof item === 'object' && typeof (item as WrongForm).form === 'string') {
        const extra = Object.keys(item).filter((key) => key !== 'form' && key !== 'reason')
        if (extra.length > 0) fail('`discouraged` item has unknown field `' + extra[0] + '`; use `form` and `reason`')
        discouraged.push({form: (item as WrongForm).form.trim(), reason: (item as WrongForm).reason})
      } else fail('`discouraged` items are a form or `{form: …, reason: …}`')
    }
  }
  for (const wrong of [...garbles, ...discouraged.map((d) => d.form)]) {
    if (wrong === name || variants.includes(wrong)) fail('`' + wrong + '` is listed both as correct and as wrong; keep it in one place')
  }
  const entry: NameEntry = {name, type: record.type as EntryType, variants, discouraged, garbles, file, line}
  if (record.given !== undefined) entry.given = strings('given')
  if (record.surname !== undefined) {
    if (typeof record.surname !== 'string') fail('`surname` must be text')
    entry.surname = (record.surname as string).trim()
    if (!name.includes(entry.surname)) fail('`surname` `' + entry.surname + '` does not occur in the name; write it as in `name`')
  }
  if (record.meaning !== undefined) {
    const meaning = record.meaning as {lang?: unknown; words?: unknown}
    if (!meaning || typeof meaning !== 'object' || typeof meaning.lang !== 'string' || !Array.isArray(meaning.words) || meaning.words.length === 0) {
      fail('`meaning` needs `lang` (e.g. ru) and `words` (e.g. [conversation])')
    }
    entry.meaning = {lang: meaning.lang as string, words: (meaning.words as unknown[]).map((word) => String(word).toLowerCase())}
  }
  for (const key of ['origin', 'role', 'source'] as const) {
    if (record[key] !== undefined) {
      if (typeof record[key] !== 'string') fail('`' + key + '` must be text')
      entry[key] = record[key] as string
    }
  }
  if (record.ambiguous !== undefined) {
    if (typeof record.ambiguous !== 'boolean') fail('`ambiguous` must be true or false')
    entry.ambiguous = record.ambiguous as boolean
  }
  return entry
}


/** The package's own dictionaries folder. */
export function packageDictionaries(): string {
  return path.join(packageRoot(), 'dictionaries')
}

let root: string | undefined

/** The folder of copydesk's own package.json, from this module (in `dist/src/…` or the bundled `dist/bundle/…`). */
export function packageRoot(): string {
  if (root === undefined) {
    let dir = path.dirname(fileURLToPath(import.meta.url))
    while (!fs.existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir) dir = path.dirname(dir)
    root = dir
  }
  return root
}

/** Names files shipped with copydesk: curated YAML first, then generated lists. */
export function builtinNameFiles(): string[] {
  const base = packageDictionaries()
  const list = (dir: string, pattern: RegExp): string[] => {
    try {
      return fs.readdirSync(path.join(base, dir)).filter((name) => pattern.test(name)).sort().map((name) => path.join(base, dir, name))
    } catch {
      return []
    }
  }
  return [...list('names', /\.(ya?ml|json)$/), ...list('generated', /^(countries|cities)\.json$/)]
}

/**
 * A sorted list of names, one a line (`surnames.txt`), searched in place:
 * no parsing, no set of 200,000 strings, for the few lookups a document needs.
 */
export class SortedList {
  private content: string | undefined
  private file: string | undefined
  constructor(text: string | undefined, file?: string) {
    this.content = text === undefined ? undefined : text.endsWith('\n') ? text : text + '\n'
    this.file = file
  }
  /** A list read from `file` on its first lookup. */
  static load(file: string): SortedList {
    return new SortedList(undefined, file)
  }
  private get text(): string {
    if (this.content === undefined) {
      const text = fs.readFileSync(this.file!, 'utf8')
      this.content = text.endsWith('\n') ? text : text + '\n'
    }
    return this.content
  }
  private seen = new BoundedMemo<string, boolean>(100000)
  has(word: string): boolean {
    return this.seen.get(word, (value) => this.search(value))
  }
  private search(word: string): boolean {
    return this.find(word) !== undefined
  }
  /** Every key, in order (the lines without their values; a `#` first line is a stamp, not a key). */
  keys(): string[] {
    const keys: string[] = []
    for (const line of this.text.split('\n')) {
      if (!line || line.startsWith('#')) continue
      const tab = line.indexOf('\t')
      keys.push(tab === -1 ? line : line.slice(0, tab))
    }
    return keys
  }
  /** The value after a tab on the line whose key is `word` (`''` when the line has no value). */
  value(word: string): string | undefined {
    return this.find(word)
  }
  private find(word: string): string | undefined {
    const text = this.text
    let low = 0
    let high = text.length
    while (low < high) {
      const middle = (low + high) >>> 1
      const start = middle === 0 ? 0 : text.lastIndexOf('\n', middle - 1) + 1
      const end = text.indexOf('\n', start)
      if (start >= high) {
        high = start === 0 ? 0 : start - 1
        if (high <= low) break
        continue
      }
      const line = text.slice(start, end)
      const tab = line.indexOf('\t')
      const key = tab === -1 ? line : line.slice(0, tab)
      if (key === word) return tab === -1 ? '' : line.slice(tab + 1)
      if (key < word) low = end + 1
      else high = start
    }
    return undefined
  }
}

/**
 * The built-in dictionaries, validated once and kept as one JSON snapshot
 * beside the compiled code; a run whose sources changed (size or time)
 * re-reads the YAML and refreshes the snapshot. A read-only install simply
 * reads the sources every time.
 */
export function loadBuiltinEntries(files: string[], display: (file: string) => string): NameEntry[] {
  const stamp = files.map((file) => path.basename(file) + ':' + sizeAndTime(file))
  const cacheFile = path.join(path.dirname(packageDictionaries()), 'dist', 'names-cache.json')
  try {
    const cached = JSON.parse(fs.readFileSync(cacheFile, 'utf8')) as {stamp: string[]; entries: NameEntry[]}
    if (cached.stamp.join('|') === stamp.join('|')) return cached.entries
  } catch {
    // No usable snapshot: build one below.
  }
  const entries = files.flatMap((file) => loadNamesFile(file, display(file)))
  writeSnapshot(cacheFile, {stamp, entries})
  return entries
}
