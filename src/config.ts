import fs from 'node:fs'
import path from 'node:path'
import {loadYaml} from './util/yaml.js'
import {resolveRules, type CopydeskOptions, type RuleConfig} from './processor.js'

/**
 * Configuration discovery in the unified-engine manner: from a file's folder
 * upwards, the first of `.copydeskrc`, `.copydeskrc.json`, `.copydeskrc.yaml`,
 * `.copydeskrc.yml` or a `copydesk` field in `package.json` wins. The house
 * names file `copydesk.names.yaml` is found the same way (or sits beside the
 * configuration) and is always read.
 */
export const configNames = ['.copydeskrc', '.copydeskrc.json', '.copydeskrc.yaml', '.copydeskrc.yml']
export const namesFileName = 'copydesk.names.yaml'

/** What a configuration file may say. */
export interface ConfigFile {
  rules?: Record<string, RuleConfig>
  dictionaries?: string[]
  ignore?: string[]
  sourceLanguages?: string[]
  quotes?: [string, string]
}

export interface LoadedConfig {
  options: CopydeskOptions
  /** The configuration file that applied, if any. */
  configPath?: string
  /** The workspace names file (it may not exist yet). */
  namesFile: string
}

/** A configuration that cannot be used; the message says file, place and fix. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ConfigError'
  }
}

const allowedKeys = ['rules', 'dictionaries', 'ignore', 'sourceLanguages', 'quotes']

interface Found {
  path: string
  data: ConfigFile
}

const dirCache = new Map<string, Found | null>()
const namesCache = new Map<string, string | null>()

/** Forget cached lookups (the language server calls this when files change). */
export function clearConfigCache(): void {
  dirCache.clear()
  namesCache.clear()
}

/** Find and load the configuration for a file (or for `cwd` when linting stdin). */
export function loadConfigFor(filePath: string | undefined, options: {cwd?: string; configPath?: string; overrides?: ConfigFile} = {}): LoadedConfig {
  const cwd = options.cwd || process.cwd()
  const dir = filePath ? path.dirname(path.resolve(cwd, filePath)) : cwd
  const found = options.configPath ? {path: path.resolve(cwd, options.configPath), data: readConfig(path.resolve(cwd, options.configPath))} : findConfig(dir)
  const base = found ? path.dirname(found.path) : cwd
  const namesFile = findNamesFile(dir) || path.join(base, namesFileName)
  const fileData: ConfigFile = found ? found.data : {}
  const overrides: ConfigFile = options.overrides || {}
  // The configuration file wins where both speak.
  const data: ConfigFile = {
    rules: overrides.rules || fileData.rules ? {...(overrides.rules || {}), ...(fileData.rules || {})} : undefined,
    ignore: fileData.ignore,
    sourceLanguages: fileData.sourceLanguages ?? overrides.sourceLanguages,
    quotes: fileData.quotes ?? overrides.quotes
  }
  const dictionaries = (found?.data.dictionaries || []).map((file) => path.resolve(base, file))
  for (const file of options.overrides?.dictionaries || []) dictionaries.push(path.resolve(cwd, file))
  if (fs.existsSync(namesFile)) dictionaries.push(namesFile)
  for (const file of dictionaries) {
    if (!fs.existsSync(file)) {
      throw new ConfigError((found ? found.path : 'configuration') + ': dictionary `' + file + '` does not exist; fix the path in `dictionaries`')
    }
  }
  return {
    options: {
      rules: data.rules,
      dictionaries,
      ignore: [...(data.ignore || []), ...(options.overrides?.ignore || [])],
      sourceLanguages: data.sourceLanguages,
      quotes: data.quotes
    },
    configPath: found?.path,
    namesFile
  }
}

function findConfig(dir: string): Found | undefined {
  return findUp(dir, dirCache, configIn)
}

/** Walk from `dir` upwards to the first folder where `probe` finds something; remember the answer for every folder passed. */
function findUp<T>(dir: string, cache: Map<string, T | null>, probe: (dir: string) => T | undefined): T | undefined {
  const chain: string[] = []
  let current = dir
  let result: T | undefined
  for (;;) {
    const cached = cache.get(current)
    if (cached !== undefined) {
      result = cached ?? undefined
      break
    }
    chain.push(current)
    result = probe(current)
    if (result !== undefined) break
    const parent = path.dirname(current)
    if (parent === current) break
    current = parent
  }
  for (const item of chain) cache.set(item, result ?? null)
  return result
}

function configIn(dir: string): Found | undefined {
  for (const name of configNames) {
    const file = path.join(dir, name)
    if (fs.existsSync(file)) return {path: file, data: readConfig(file)}
  }
  const pkg = path.join(dir, 'package.json')
  if (fs.existsSync(pkg)) {
    let json: Record<string, unknown>
    try {
      json = JSON.parse(fs.readFileSync(pkg, 'utf8'))
    } catch (error) {
      throw new ConfigError(pkg + ': not valid JSON (' + (error as Error).message + '); fix the syntax')
    }
    if (json && typeof json === 'object' && json.copydesk !== undefined) return {path: pkg, data: validate(json.copydesk, pkg + ' (field `copydesk`)', '')}
  }
  return undefined
}

/** Read and validate one configuration file. */
export function readConfig(file: string): ConfigFile {
  let text: string
  try {
    text = fs.readFileSync(file, 'utf8')
  } catch (error) {
    throw new ConfigError(file + ': cannot read configuration (' + (error as NodeJS.ErrnoException).code + ')')
  }
  let data: unknown
  const json = file.endsWith('.json') || (!/\.ya?ml$/.test(file) && /^\s*\{/.test(text))
  try {
    data = json ? JSON.parse(text) : loadYaml(text)
  } catch (error) {
    const mark = (error as {mark?: {line: number}}).mark
    const where = mark ? ':' + (mark.line + 1) : ''
    throw new ConfigError(file + where + ': not valid ' + (json ? 'JSON' : 'YAML') + ' (' + ((error as {reason?: string}).reason || (error as Error).message) + '); fix the syntax')
  }
  return validate(data ?? {}, file, text)
}

function lineOf(text: string, key: string): string {
  const at = text.search(new RegExp('["\']?' + key + '["\']?\\s*:'))
  if (at === -1) return ''
  return ':' + (text.slice(0, at).split('\n').length)
}

function validate(data: unknown, file: string, text: string): ConfigFile {
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    throw new ConfigError(file + ': expected an object such as {"rules": {"spelling": "off"}}')
  }
  const record = data as Record<string, unknown>
  for (const key of Object.keys(record)) {
    if (key === 'plugins') {
      throw new ConfigError(file + lineOf(text, key) + ': `plugins` is not supported: copydesk never loads code from a configuration; remove the key (configure rules under `rules`)')
    }
    if (!allowedKeys.includes(key)) {
      throw new ConfigError(file + lineOf(text, key) + ': unknown key `' + key + '`; allowed keys: ' + allowedKeys.join(', '))
    }
  }
  const list = (key: string): string[] | undefined => {
    const value = record[key]
    if (value === undefined) return undefined
    if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) {
      throw new ConfigError(file + lineOf(text, key) + ': `' + key + '` must be a list of strings')
    }
    return value as string[]
  }
  if (record.rules !== undefined) {
    if (!record.rules || typeof record.rules !== 'object' || Array.isArray(record.rules)) {
      throw new ConfigError(file + lineOf(text, 'rules') + ': `rules` must map rule ids to off, info, warn or error')
    }
    try {
      resolveRules(record.rules as Record<string, RuleConfig>)
    } catch (error) {
      const id = /`([^`]+)`/.exec((error as Error).message)
      throw new ConfigError(file + (id ? lineOf(text, id[1]) : lineOf(text, 'rules')) + ': ' + (error as Error).message)
    }
  }
  const quotes = record.quotes
  if (quotes !== undefined && (!Array.isArray(quotes) || quotes.length !== 2 || quotes.some((q) => typeof q !== 'string'))) {
    throw new ConfigError(file + lineOf(text, 'quotes') + ': `quotes` must be two strings, e.g. ["“", "”"]')
  }
  return {
    rules: record.rules as Record<string, RuleConfig> | undefined,
    dictionaries: list('dictionaries'),
    ignore: list('ignore'),
    sourceLanguages: list('sourceLanguages'),
    quotes: quotes as [string, string] | undefined
  }
}

function findNamesFile(dir: string): string | undefined {
  return findUp(dir, namesCache, (current) => {
    const file = path.join(current, namesFileName)
    return fs.existsSync(file) ? file : undefined
  })
}
