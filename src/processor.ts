import type {Root} from 'nlcst'
import type {Plugin, Processor} from 'unified'
import {unified} from 'unified'
import type {VFile} from 'vfile'
import {applyIgnoreComments} from './ignore-comments.js'
import {rangeOf} from './fix.js'
import {namesIndex, type NamesIndex} from './names/index.js'
import {parseDocument} from './parse.js'
import {preset} from './preset.js'
import {stampMessages} from './rule.js'
import {releaseDocumentMemos} from './util/memo.js'
import type {Rule, RuleContext, Severity, SharedSettings} from './types.js'

/** A rule's setting in the configuration: a severity, or `[severity, options]`. */
export type RuleConfig = Severity | boolean | [Severity, Record<string, unknown>]

/** Resolved settings (the CLI and the language server build these from config files). */
export interface CopydeskOptions {
  rules?: Record<string, RuleConfig>
  /** Extra names files (absolute paths, or relative to the working directory). */
  dictionaries?: string[]
  /** Words to accept everywhere (names the dictionaries lack). */
  ignore?: string[]
  /** Source languages of translated copy (`ru`, `uk`, …); enables phrase tables. */
  sourceLanguages?: string[]
  /** Use the built-in dictionaries (default true). */
  builtinDictionaries?: boolean
  /** Preferred quotation marks for suggestions. */
  quotes?: [string, string]
}

export interface ActiveRule {
  rule: Rule
  severity: Severity
  options: Record<string, unknown>
}

const severities = new Set(['off', 'info', 'warn', 'error'])

/** Resolve rule settings once, failing fast with a message that says what to write. */
export function resolveRules(config: Record<string, RuleConfig> = {}): ActiveRule[] {
  const known = new Map(preset.map(([rule]) => [rule.meta.id, rule]))
  for (const id of Object.keys(config)) {
    if (!known.has(id)) {
      throw new Error('Unknown rule `' + id + '` in configuration; known rules: ' + [...known.keys()].join(', '))
    }
  }
  const active: ActiveRule[] = []
  for (const [rule, presetOptions] of preset) {
    const setting = config[rule.meta.id]
    let severity: Severity = rule.meta.defaultSeverity
    let options: Record<string, unknown> = {...presetOptions}
    if (setting !== undefined) {
      if (setting === true) severity = rule.meta.defaultSeverity === 'off' ? 'warn' : rule.meta.defaultSeverity
      else if (setting === false) severity = 'off'
      else if (typeof setting === 'string') severity = setting
      else if (Array.isArray(setting)) {
        severity = setting[0]
        options = {...options, ...(setting[1] || {})}
      }
      if (!severities.has(severity)) {
        throw new Error('Invalid severity `' + String(severity) + '` for rule `' + rule.meta.id + '`; use off, info, warn or error')
      }
    }
    if (severity !== 'off') active.push({rule, severity, options})
  }
  return active
}

/**
 * The copydesk preset as a unified plugin: works on any nlcst tree, so it can
 * follow retext-english (`retext().use(copydesk)`) or remark-retext.
 */
export const copydesk: Plugin<[CopydeskOptions?], Root> = function (options = {}) {
  const active = resolveRules(options.rules)
  let names: NamesIndex | undefined
  const settings: SharedSettings = {sourceLanguages: options.sourceLanguages || [], quotes: options.quotes}
  return function (tree: Root, file: VFile) {
    names ||= namesIndex({files: options.dictionaries, words: options.ignore, builtin: options.builtinDictionaries})
    const text = String(file)
    // A message is an `Error`; its stack trace would point into this loop and costs more than the message.
    const stackTraceLimit = Error.stackTraceLimit
    Error.stackTraceLimit = 0
    try {
      for (const {rule, severity, options: ruleOptions} of active) {
        const start = file.messages.length
        const context: RuleContext = {text, names, options: ruleOptions, settings}
        try {
          rule.check(tree, file, context)
        } catch (error) {
          throw new Error('Rule `' + rule.meta.id + '` failed on ' + (file.path || 'the document') + ': ' + String((error as Error)?.message ?? error), {cause: error})
        }
        stampMessages(file, start, rule.meta, severity)
      }
    } finally {
      Error.stackTraceLimit = stackTraceLimit
      releaseDocumentMemos()
    }
    applyIgnoreComments(file, text)
    dropSuperseded(file)
    sortMessages(file)
  }
}

/**
 * A `name-case` or `case` warning inside the span of a `garbled-name` warning: the garble's suggestion writes the whole
 * name with its capitals, so the case fix of one word of it (`Rama posa` → `Posa`, `the newspaper Universe` → `universe`)
 * would only contradict it.
 */
function dropSuperseded(file: VFile): void {
  const garbles: Array<[number, number]> = []
  for (const message of file.messages) {
    if (message.ruleId !== 'garbled-name' || message.fatal === undefined) continue
    const range = rangeOf(message)
    if (range) garbles.push(range)
  }
  if (garbles.length === 0) return
  const kept = file.messages.filter((message) => {
    if (message.ruleId !== 'name-case' && message.ruleId !== 'case') return true
    const range = rangeOf(message)
    return !range || !garbles.some(([start, end]) => start <= range[0] && range[1] <= end)
  })
  if (kept.length !== file.messages.length) file.messages.splice(0, file.messages.length, ...kept)
}

/** Order messages by their start offset (stable, each offset computed once). */
function sortMessages(file: VFile): void {
  const keyed = file.messages.map((message, index) => ({message, index, at: rangeOf(message)?.[0] ?? 0}))
  keyed.sort((a, b) => a.at - b.at || a.index - b.index)
  for (let index = 0; index < keyed.length; index++) file.messages[index] = keyed[index].message
}

/** The one processor factory the CLI, API, language server and tests share. */
export function createProcessor(options: CopydeskOptions = {}): Processor<Root, Root, Root, undefined, undefined> {
  return unified()
    .use(function () {
      this.parser = parseDocument
    })
    .use(copydesk, options) as unknown as Processor<Root, Root, Root, undefined, undefined>
}
