import path from 'node:path'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {reporter as pretty} from 'vfile-reporter'
import {docsBase} from '../rule.js'
import type {CopydeskMessageFields} from '../rule.js'

export type ReportFormat = 'default' | 'json' | 'sarif' | 'github'
export const reportFormats: ReportFormat[] = ['default', 'json', 'sarif', 'github']

export interface ReportOptions {
  /** Only errors (fatal) are reported. */
  silent?: boolean
  /** Files without messages are left out. */
  quiet?: boolean
  /** Hints (info messages) are reported too (default for text; JSON always includes them). */
  verbose?: boolean
  cwd?: string
  version?: string
}

function visible(message: VFileMessage, options: ReportOptions): boolean {
  if (options.silent) return message.fatal === true
  return true
}

/** The vfile-reporter-json shape, without the (huge) syntax-tree `ancestors`. */
export function toJson(files: VFile[], options: ReportOptions = {}): string {
  const data = files
    .map((file) => {
      const messages = file.messages.filter((message) => visible(message, options)).map(messageToJson)
      if (options.quiet && messages.length === 0) return undefined
      return {path: file.path, cwd: file.cwd, history: file.history, messages}
    })
    .filter(Boolean)
  return JSON.stringify(data)
}

function messageToJson(message: VFileMessage) {
  return {
    column: message.column,
    fatal: message.fatal,
    line: message.line,
    place: message.place,
    reason: message.reason,
    ruleId: message.ruleId,
    source: message.source,
    actual: message.actual,
    expected: message.expected,
    note: message.note,
    url: message.url,
    fixSafe: (message as VFileMessage & CopydeskMessageFields).fixSafe
  }
}

function levelOf(message: VFileMessage): 'error' | 'warning' | 'note' {
  return message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'note'
}

/** SARIF 2.1.0, for code-scanning uploads. */
export function toSarif(files: VFile[], options: ReportOptions = {}): string {
  const cwd = options.cwd || process.cwd()
  const rules = new Map<string, {id: string; helpUri: string; shortDescription: {text: string}}>()
  const results = []
  for (const file of files) {
    for (const message of file.messages) {
      if (!visible(message, options)) continue
      const id = message.ruleId || 'copydesk'
      if (!rules.has(id)) rules.set(id, {id, helpUri: message.url || docsBase, shortDescription: {text: id}})
      const place = message.place
      const region =
        place && 'start' in place
          ? {startLine: place.start.line, startColumn: place.start.column, endLine: place.end.line, endColumn: place.end.column, charOffset: place.start.offset, charLength: (place.end.offset ?? 0) - (place.start.offset ?? 0)}
          : place
            ? {startLine: place.line, startColumn: place.column}
            : {startLine: 1}
      const uri = file.path ? path.relative(cwd, path.resolve(cwd, file.path)).split(path.sep).join('/') : 'stdin'
      const result: Record<string, unknown> = {
        ruleId: id,
        level: levelOf(message),
        message: {text: message.reason},
        locations: [{physicalLocation: {artifactLocation: {uri, uriBaseId: '%SRCROOT%'}, region}}]
      }
      if (message.expected && message.expected.length > 0 && place && 'start' in place) {
        result.fixes = [
          {
            description: {text: 'Replace with `' + message.expected[0] + '`'},
            artifactChanges: [{artifactLocation: {uri, uriBaseId: '%SRCROOT%'}, replacements: [{deletedRegion: region, insertedContent: {text: message.expected[0]}}]}]
          }
        ]
      }
      results.push(result)
    }
  }
  return JSON.stringify({
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {driver: {name: 'copydesk', version: options.version, informationUri: docsBase, rules: [...rules.values()]}},
        originalUriBaseIds: {'%SRCROOT%': {uri: 'file://' + cwd.split(path.sep).join('/') + '/'}},
        results
      }
    ]
  })
}

function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

/** GitHub Actions workflow commands (`::warning file=…,line=…::message`). */
export function toGithub(files: VFile[], options: ReportOptions = {}): string {
  const cwd = options.cwd || process.cwd()
  const lines: string[] = []
  for (const file of files) {
    for (const message of file.messages) {
      if (!visible(message, options)) continue
      const level = message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'notice'
      const props: string[] = []
      if (file.path) props.push('file=' + escapeProperty(path.relative(cwd, path.resolve(cwd, file.path))))
      const place = message.place
      if (place && 'start' in place) {
        props.push('line=' + place.start.line, 'col=' + place.start.column, 'endLine=' + place.end.line, 'endColumn=' + place.end.column)
      } else if (place) props.push('line=' + place.line, 'col=' + place.column)
      props.push('title=' + escapeProperty('copydesk ' + (message.ruleId || '')))
      lines.push('::' + level + ' ' + props.join(',') + '::' + escapeData(message.reason))
    }
  }
  return lines.join('\n') + (lines.length > 0 ? '\n' : '')
}

export function report(files: VFile[], format: ReportFormat, options: ReportOptions = {}): string {
  if (format === 'json') return toJson(files, options) + '\n'
  if (format === 'sarif') return toSarif(files, options) + '\n'
  if (format === 'github') return toGithub(files, options)
  const text = pretty(files, {quiet: options.quiet, silent: options.silent, verbose: options.verbose})
  return text ? text + '\n' : ''
}
