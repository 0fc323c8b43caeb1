import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {contentHash, sizeAndTime, writeSnapshot} from '../util/fs.js'
import {NamesIndex, type IndexSnapshot} from './index.js'
import {loadBuiltinEntries, packageDictionaries, packageRoot, type NameEntry} from './load.js'
import {snapshotFormIndex, type FormIndexSnapshot} from './form-index.js'
import {snapshotPeople, type PeopleSnapshot} from './people.js'

/**
 * The index of the shipped dictionaries, built once and kept beside the
 * compiled code as JSON: every form with its tokens and keys, the given
 * names, the near-miss targets and the person index. A cold run then only
 * fills maps from ready data instead of deriving some 20,000 forms from
 * 11,000 entries (about half of a cold run's set-up). The stamp covers the
 * dictionaries and the code that derives from them, so editing either
 * rebuilds it on the next run; where only the files' times changed (an npm
 * install), a hash of their contents vouches for it, and a read-only install
 * whose sources did change derives the index every time.
 */
interface Snapshot {
  /** Sizes and times of the sources: the quick test. */
  stamp: string
  /** A hash of their contents: the test when the times changed (an npm install sets every file's time). */
  hash: string
  /** The entries without what a lint never reads (`source`), empty lists left out, `file` as an index into `files`. */
  entries: PackedEntry[]
  files: string[]
  index: IndexSnapshot
  people: PeopleSnapshot
}

/** `garbled-name`'s form index of the same entries, in a file of its own that the first document reads. */
interface FormsSnapshot {
  /** The `hash` of the names snapshot it belongs with. */
  hash: string
  forms: FormIndexSnapshot
}

function snapshotFile(): string {
  return path.join(path.dirname(packageDictionaries()), 'dist', 'names-index.json')
}

function formsFile(): string {
  return path.join(path.dirname(packageDictionaries()), 'dist', 'names-forms.json')
}

/** The form index that belongs with the names snapshot of `hash`, if it is there. */
function readForms(hash: string): FormIndexSnapshot | undefined {
  try {
    const data = JSON.parse(fs.readFileSync(formsFile(), 'utf8')) as FormsSnapshot
    return data.hash === hash ? data.forms : undefined
  } catch {
    return undefined
  }
}

/**
 * What the snapshot depends on: the names files, the word lists the forms derive from, this code, and
 * the ordinary words (dictionary-en through the lexicon) that are no near-miss targets.
 */
function sourcesOf(files: string[]): string[] {
  const words = path.join(packageDictionaries(), 'words')
  // (The compiled modules, also when this code runs from the bundled CLI: the build writes both at once.)
  const code = path.join(packageRoot(), 'dist', 'src')
  return [...files, ...listFiles(words, /\.(ya?ml|json)$/), ...listFiles(path.join(code, 'names'), /\.js$/), path.join(code, 'lexicon.js'), ...dictionaryFiles()]
}

/** dictionary-en's word list, where it is installed. */
function dictionaryFiles(): string[] {
  try {
    return [path.join(path.dirname(fileURLToPath(import.meta.resolve('dictionary-en'))), 'index.dic')]
  } catch {
    return []
  }
}

function stampOf(sources: string[]): string {
  return sources.map((file) => path.basename(file) + ':' + sizeAndTime(file)).join('|')
}

function listFiles(dir: string, pattern: RegExp): string[] {
  try {
    return fs.readdirSync(dir).filter((name) => pattern.test(name)).sort().map((name) => path.join(dir, name))
  } catch {
    return []
  }
}

/** A names index holding the shipped dictionaries `files`, from the snapshot when it is current. */
export function builtinIndex(files: string[], display: (file: string) => string): NamesIndex {
  const index = new NamesIndex()
  if (files.length === 0) return index
  const sources = sourcesOf(files)
  const stamp = stampOf(sources)
  const file = snapshotFile()
  let snapshot: Snapshot | undefined
  try {
    snapshot = JSON.parse(fs.readFileSync(file, 'utf8')) as Snapshot
  } catch {
    snapshot = undefined
  }
  // The same sizes and times, or, where the times changed, the same contents (then the quick stamp is renewed).
  let hash: string | undefined
  if (snapshot && snapshot.stamp !== stamp && snapshot.hash === (hash = contentHash(sources))) {
    snapshot.stamp = stamp
    writeSnapshot(file, snapshot)
  }
  if (snapshot && snapshot.stamp === stamp && Array.isArray(snapshot.files)) {
    index.restore(unpackEntries(snapshot.entries, snapshot.files), snapshot.index)
    index.builtinPeople = {count: snapshot.entries.length, people: snapshot.people}
    const snapshotHash = snapshot.hash
    index.builtinForms = () => readForms(snapshotHash)
    return index
  }
  const entries = loadBuiltinEntries(files, display)
  index.record()
  for (const entry of entries) index.add(entry)
  const data = index.snapshot()
  // (The person index is derived here from the same entries, so the snapshot holds it whole.)
  hash ??= contentHash(sources)
  writeSnapshot(formsFile(), {hash, forms: snapshotFormIndex(index)} satisfies FormsSnapshot)
  writeSnapshot(file, {stamp, hash, ...packEntries(entries), index: data, people: snapshotPeople(index)} satisfies Snapshot)
  return index
}

/** An entry as the snapshot keeps it (see `Snapshot.entries`). */
type PackedEntry = Omit<NameEntry, 'file' | 'source' | 'variants' | 'discouraged' | 'garbles'> & Partial<Pick<NameEntry, 'variants' | 'discouraged' | 'garbles'>> & {file: number}

/** Entries as the snapshot keeps them: about two fifths less JSON to read and parse on every cold run. */
export function packEntries(entries: NameEntry[]): {entries: PackedEntry[]; files: string[]} {
  const files: string[] = []
  const numbers = new Map<string, number>()
  const packed = entries.map(({source: _source, file, variants, discouraged, garbles, ...rest}) => {
    let number = numbers.get(file)
    if (number === undefined) {
      number = files.push(file) - 1
      numbers.set(file, number)
    }
    const entry: PackedEntry = {...rest, file: number}
    if (variants.length > 0) entry.variants = variants
    if (discouraged.length > 0) entry.discouraged = discouraged
    if (garbles.length > 0) entry.garbles = garbles
    return entry
  })
  return {entries: packed, files}
}

/** The entries back from `packEntries` (in place: the parsed objects become the entries). */
export function unpackEntries(packed: PackedEntry[], files: string[]): NameEntry[] {
  const entries = packed as unknown as NameEntry[]
  // (An indexed loop: a cold run executes this once, before the compilers have looked at it.)
  for (let index = 0; index < entries.length; index++) {
    const entry = entries[index] as unknown as Record<string, unknown>
    entry.file = files[entry.file as number]
    if (entry.variants === undefined) entry.variants = []
    if (entry.discouraged === undefined) entry.discouraged = []
    if (entry.garbles === undefined) entry.garbles = []
  }
  return entries
}
