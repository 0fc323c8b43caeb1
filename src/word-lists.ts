import path from 'node:path'
import {loadYaml} from './util/yaml.js'
import {DictionaryError, packageDictionaries} from './names/load.js'
import {parsedData} from './util/yaml-cache.js'

/**
 * Word lists the rules reason with, kept as data in `dictionaries/words/*.yaml`
 * (a mapping of list name → list of words). Each file is read and checked once;
 * a missing list or a non-text item stops with the file, line and fix.
 */
const files = new Map<string, Record<string, string[]>>()

export function loadWordFile(name: string): Record<string, string[]> {
  const cached = files.get(name)
  if (cached) return cached
  const display = 'dictionaries/words/' + name + '.yaml'
  const file = path.join(packageDictionaries(), 'words', name + '.yaml')
  // (Checked before the snapshot keeps it, so a snapshot only ever holds lists that passed.)
  const data = parsedData(file, (text) => {
    let parsed: unknown
    try {
      parsed = loadYaml(text)
    } catch (error) {
      const mark = (error as {mark?: {line: number}}).mark
      throw new DictionaryError(display, mark ? mark.line + 1 : 1, 'not valid YAML (' + ((error as {reason?: string}).reason || (error as Error).message) + '); fix the syntax')
    }
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new DictionaryError(display, 1, 'expected a mapping of list name → [words]')
    for (const [key, value] of Object.entries(parsed as Record<string, unknown>)) {
      const line = text.slice(0, Math.max(0, text.indexOf(key + ':'))).split('\n').length
      if (!Array.isArray(value)) throw new DictionaryError(display, line, 'list `' + key + '` must be a list of words, e.g. ' + key + ': [word, other]')
      const bad = value.find((item) => typeof item !== 'string' || item.trim() === '')
      if (bad !== undefined) throw new DictionaryError(display, line, 'list `' + key + '` holds `' + JSON.stringify(bad) + '`; write words as text (quote yes, no, on, off)')
    }
    return parsed as Record<string, string[]>
  })
  files.set(name, data as Record<string, string[]>)
  return data as Record<string, string[]>
}

const sets = new Map<string, Set<string>>()

/** The list `key` of `dictionaries/words/<file>.yaml`, as a set (one per process). */
export function wordList(file: string, key: string): Set<string> {
  const id = file + '#' + key
  let set = sets.get(id)
  if (!set) {
    const list = loadWordFile(file)[key]
    if (!list) throw new DictionaryError('dictionaries/words/' + file + '.yaml', 1, 'missing list `' + key + '`; add `' + key + ': [...]`')
    set = new Set(list)
    sets.set(id, set)
  }
  return set
}
