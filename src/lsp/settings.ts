import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import crypto from 'node:crypto'
import yaml from 'js-yaml'
import {clearConfigCache, loadConfigFor, namesFileName, type ConfigFile, type LoadedConfig} from '../config.js'
import type {CopydeskOptions, RuleConfig} from '../processor.js'

/** The editor-side settings (initializationOptions / workspace configuration section `copydesk`). */
export interface UserSettings {
  rules?: Record<string, RuleConfig>
  dictionaries?: string[]
  ignore?: string[]
  sourceLanguages?: string[]
  quotes?: [string, string]
  /** Accept a configuration file that has a `plugins` key (the key is ignored, with a warning). */
  allowPlugins?: boolean
}

const stringList = (value: unknown): string[] | undefined =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : undefined

/** Take what we understand from an untrusted settings object. */
export function normalizeSettings(value: unknown): UserSettings {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return {}
  let record = value as Record<string, unknown>
  // Accept both `{copydesk: {...}}` and the section itself.
  if (record.copydesk && typeof record.copydesk === 'object' && !Array.isArray(record.copydesk)) {
    record = record.copydesk as Record<string, unknown>
  }
  const settings: UserSettings = {}
  if (record.rules && typeof record.rules === 'object' && !Array.isArray(record.rules)) settings.rules = record.rules as Record<string, RuleConfig>
  settings.dictionaries = stringList(record.dictionaries)
  settings.ignore = stringList(record.ignore)
  settings.sourceLanguages = stringList(record.sourceLanguages)
  if (Array.isArray(record.quotes) && record.quotes.length === 2 && record.quotes.every((q) => typeof q === 'string')) {
    settings.quotes = record.quotes as [string, string]
  }
  if (typeof record.allowPlugins === 'boolean') settings.allowPlugins = record.allowPlugins
  return settings
}

/** Later settings win key by key; rules merge rule by rule. */
export function mergeSettings(...layers: UserSettings[]): UserSettings {
  const result: UserSettings = {}
  for (const layer of layers) {
    for (const [key, value] of Object.entries(layer) as Array<[keyof UserSettings, unknown]>) {
      if (value === undefined) continue
      if (key === 'rules') result.rules = {...(result.rules || {}), ...(value as Record<string, RuleConfig>)}
      else (result as Record<string, unknown>)[key] = value
    }
  }
  return result
}

export interface ResolvedConfig {
  options: CopydeskOptions
  configPath?: string
  namesFile: string
  /** A problem to show on the document (the config file was refused or is invalid). */
  error?: string
  /** A note to show once (e.g. an allowed-but-ignored `plugins` key). */
  warning?: string
}

function overridesOf(settings: UserSettings): ConfigFile {
  return {
    rules: settings.rules,
    dictionaries: settings.dictionaries,
    ignore: settings.ignore,
    sourceLanguages: settings.sourceLanguages,
    quotes: settings.quotes
  }
}

/** The options user settings alone give (used when the config file is refused). */
function optionsFromSettings(settings: UserSettings, cwd: string): CopydeskOptions {
  const dictionaries = (settings.dictionaries || []).map((file) => path.resolve(cwd, file)).filter((file) => fs.existsSync(file))
  const namesFile = path.join(cwd, namesFileName)
  if (fs.existsSync(namesFile)) dictionaries.push(namesFile)
  return {
    rules: settings.rules,
    dictionaries,
    ignore: settings.ignore || [],
    sourceLanguages: settings.sourceLanguages,
    quotes: settings.quotes
  }
}

const pluginsError = /^(.*?)(?: \(field `copydesk`\))?(?::\d+)?: `plugins` is not supported/

/**
 * Settings for one document: the workspace config file (found from the
 * document's folder upwards) merged over the user's settings; the file wins
 * where both speak. A file with `plugins` is refused unless the user's own
 * settings say `allowPlugins: true`, in which case the key is dropped.
 */
export function resolveConfig(filePath: string | undefined, cwd: string, settings: UserSettings): ResolvedConfig {
  const overrides = overridesOf(settings)
  try {
    const loaded: LoadedConfig = loadConfigFor(filePath, {cwd, overrides})
    return {...loaded}
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error)
    const plugins = pluginsError.exec(text)
    if (plugins && settings.allowPlugins) {
      try {
        return loadWithoutPlugins(plugins[1], filePath, cwd, overrides)
      } catch (inner) {
        return {options: optionsFromSettings(settings, cwd), namesFile: path.join(cwd, namesFileName), error: inner instanceof Error ? inner.message : String(inner)}
      }
    }
    const message = plugins
      ? text + '. The configuration file was not used; set `allowPlugins: true` in your editor settings for copydesk to use it without the key.'
      : text
    return {options: optionsFromSettings(settings, cwd), namesFile: path.join(cwd, namesFileName), configPath: plugins ? plugins[1] : undefined, error: message}
  }
}

/** Load a configuration with its `plugins` key removed (through a sanitised copy, never running anything). */
function loadWithoutPlugins(configPath: string, filePath: string | undefined, cwd: string, overrides: ConfigFile): ResolvedConfig {
  const text = fs.readFileSync(configPath, 'utf8')
  let data: Record<string, unknown>
  if (path.basename(configPath) === 'package.json') data = (JSON.parse(text) as Record<string, unknown>).copydesk as Record<string, unknown>
  else data = (/\.json$/.test(configPath) || /^\s*\{/.test(text) ? JSON.parse(text) : yaml.load(text)) as Record<string, unknown>
  const clean: Record<string, unknown> = {...data}
  delete clean.plugins
  const base = path.dirname(configPath)
  if (Array.isArray(clean.dictionaries)) clean.dictionaries = clean.dictionaries.map((file) => (typeof file === 'string' ? path.resolve(base, file) : file))
  const temp = path.join(os.tmpdir(), 'copydesk-lsp-' + crypto.createHash('sha1').update(configPath).digest('hex').slice(0, 12) + '.json')
  fs.writeFileSync(temp, JSON.stringify(clean))
  try {
    const loaded = loadConfigFor(filePath, {cwd, overrides, configPath: temp})
    const namesFile = fs.existsSync(loaded.namesFile) ? loaded.namesFile : path.join(base, namesFileName)
    const dictionaries = loaded.options.dictionaries || []
    if (fs.existsSync(namesFile) && !dictionaries.includes(namesFile)) dictionaries.push(namesFile)
    return {
      options: {...loaded.options, dictionaries},
      configPath,
      namesFile,
      warning: configPath + ': the `plugins` key is ignored (copydesk never loads code from a configuration); the rest of the file applies.'
    }
  } catch (error) {
    throw new Error(String(error instanceof Error ? error.message : error).split(temp).join(configPath))
  } finally {
    fs.rmSync(temp, {force: true})
  }
}

export {clearConfigCache, namesFileName}
