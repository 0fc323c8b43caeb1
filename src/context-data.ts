import path from 'node:path'
import {loadYaml} from './util/yaml.js'
import {parsedData} from './util/yaml-cache.js'
import {DictionaryError, packageDictionaries} from './names/load.js'

/** Context word lists from `dictionaries/context.yaml`, as sets. */
export interface ContextData {
  titles: Set<string>
  personContext: Set<string>
  verbs: Set<string>
  prepositions: Set<string>
  commonSenses: Map<string, {before: Set<string>; after: Set<string>}>
  notSurnames: Set<string>
  months: Set<string>
  weekdays: Set<string>
  /** Names of several ordinary words that are the institution after `the` in lower case too (`the white house`). */
  certainAfterThe: Set<string>
}

let cached: ContextData | undefined

const listKeys = ['titles', 'person_context', 'verbs', 'prepositions', 'not_surnames', 'months', 'weekdays', 'certain_after_the'] as const

export function contextData(): ContextData {
  if (cached) return cached
  const file = path.join(packageDictionaries(), 'context.yaml')
  const display = 'dictionaries/context.yaml'
  const data = parsedData(file, (text) => loadYaml(text)) as Record<string, unknown>
  const fail = (message: string): never => {
    throw new DictionaryError(display, 0, message)
  }
  if (!data || typeof data !== 'object') fail('expected a mapping of lists')
  for (const key of Object.keys(data)) {
    if (key !== 'common_senses' && !(listKeys as readonly string[]).includes(key)) fail('unknown key `' + key + '`; allowed: ' + listKeys.join(', ') + ', common_senses')
  }
  const list = (key: string, lower: boolean): Set<string> => {
    const value = data[key]
    if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) fail('`' + key + '` must be a list of words')
    return new Set((value as string[]).map((word) => (lower ? word.toLowerCase() : word)))
  }
  const commonSenses = new Map<string, {before: Set<string>; after: Set<string>}>()
  const senses = data.common_senses
  if (!Array.isArray(senses)) fail('`common_senses` must be a list of `{word, before, after}`')
  for (const sense of senses as Array<Record<string, unknown>>) {
    if (typeof sense.word !== 'string') fail('`common_senses` item without `word`')
    const words = (value: unknown): Set<string> => new Set(Array.isArray(value) ? (value as string[]).map((w) => String(w).toLowerCase()) : [])
    commonSenses.set(sense.word as string, {before: words(sense.before), after: words(sense.after)})
  }
  cached = {
    titles: list('titles', true),
    personContext: list('person_context', true),
    verbs: list('verbs', true),
    prepositions: list('prepositions', true),
    commonSenses,
    notSurnames: list('not_surnames', false),
    months: list('months', false),
    weekdays: list('weekdays', false),
    certainAfterThe: list('certain_after_the', true)
  }
  return cached
}
