#!/usr/bin/env -S node --min-semi-space-size=64 --max-semi-space-size=64
import fs from 'node:fs'
import path from 'node:path'
import {parseArgs} from 'node:util'
import {VFile} from 'vfile'
import {ConfigError, loadConfigFor, type ConfigFile} from './config.js'
import {writeFileAtomic} from './fix.js'
import {decodeDocument, defaultMaxBytes, expandInputs, InputError} from './inputs.js'
import type {DocumentJob} from './engine/document.js'
import {lintDocuments} from './engine/pool.js'
import {lintProcessFlags} from './engine/heap.js'
import {DictionaryError} from './names/load.js'
import {unknownNames} from './names/unknown.js'
import {preset} from './preset.js'
import type {RuleConfig} from './processor.js'
import {report, reportFormats, type ReportFormat} from './reporters/index.js'
import type {Severity} from './types.js'

const pkg = JSON.parse(fs.readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {version: string}

const help = `Usage: copydesk [options] [path | glob ...]
       copydesk names --unknown [path | glob ...]

Lint articles (plain text, Markdown, HTML) for garbled and miscapitalised
names, missing spaces, lost quotation marks, case and spelling.

Options:
  --stdin                     read the document from standard input
  --stdin-filename <name>     name (and so the type) of the stdin document
  --report <format>           default, json, sarif or github
  --fix                       apply safe fixes in place (stdin: print the fixed text)
  --frail                     exit 1 on warnings too
  --quiet                     leave out files without messages
  --silent                    report errors only
  --config <path>             use this configuration file (no discovery)
  --rule <id>=<severity>      set a rule: off, info, warn or error (repeatable)
  --source-language <code>    copy translated from this language (repeatable)
  --dictionary <path>         extra names file (repeatable)
  --ignore-path <path>        ignore file (default: nearest .copydeskignore)
  --max-size <megabytes>      skip larger files (default ${defaultMaxBytes / 1048576})
  --jobs <n | auto>           lint on n worker threads (default auto: on 4+
                              cores, one per core but one, from 16 files and
                              4 MB of text; else the main thread)
  --unknown                   with \`names\`: list capitalised words in no dictionary
  --yaml                      with \`names --unknown\`: print entries ready to paste
  -h, --help                  show this help
  -v, --version               show the version

Configuration: .copydeskrc, .copydeskrc.json, .copydeskrc.yaml or a \`copydesk\`
field in package.json, found from each file's folder upwards; house names in
copydesk.names.yaml. Exit codes: 0 clean or warnings only, 1 errors (or
warnings with --frail), 2 usage, configuration or input errors.

Rules: ${preset.map(([rule]) => rule.meta.id).join(', ')}`

class UsageError extends Error {}

async function main(argv: string[]): Promise<number> {
  lintProcessFlags()
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        stdin: {type: 'boolean'},
        'stdin-filename': {type: 'string'},
        report: {type: 'string'},
        fix: {type: 'boolean'},
        frail: {type: 'boolean'},
        quiet: {type: 'boolean'},
        silent: {type: 'boolean'},
        config: {type: 'string'},
        rule: {type: 'string', multiple: true},
        'source-language': {type: 'string', multiple: true},
        dictionary: {type: 'string', multiple: true},
        'ignore-path': {type: 'string'},
        'max-size': {type: 'string'},
        jobs: {type: 'string'},
        unknown: {type: 'boolean'},
        yaml: {type: 'boolean'},
        help: {type: 'boolean', short: 'h'},
        version: {type: 'boolean', short: 'v'}
      }
    })
  } catch (error) {
    throw new UsageError((error as Error).message.split('\n')[0] + '; see `copydesk --help`')
  }
  const {values, positionals} = parsed
  if (values.help) {
    process.stdout.write(help + '\n')
    return 0
  }
  if (values.version) {
    process.stdout.write(pkg.version + '\n')
    return 0
  }
  const format = (values.report || 'default') as ReportFormat
  if (!reportFormats.includes(format)) throw new UsageError('Unknown report format `' + values.report + '`; use one of ' + reportFormats.join(', '))
  const maxBytes = values['max-size'] ? Number(values['max-size']) * 1048576 : defaultMaxBytes
  if (!Number.isFinite(maxBytes) || maxBytes <= 0) throw new UsageError('`--max-size` takes a number of megabytes, e.g. --max-size 20')

  const jobCount = values.jobs === undefined || values.jobs === 'auto' ? 'auto' : Number(values.jobs)
  if (jobCount !== 'auto' && !(Number.isInteger(jobCount) && jobCount >= 1)) throw new UsageError('`--jobs` takes a whole number of threads or `auto`, e.g. --jobs 2')

  const overrides: ConfigFile = {}
  if (values.rule) {
    const rules: Record<string, RuleConfig> = {}
    const ids = new Set(preset.map(([rule]) => rule.meta.id))
    for (const setting of values.rule) {
      const match = /^([a-z-]+)[=:](off|info|warn|error)$/.exec(setting)
      if (!match) throw new UsageError('`--rule ' + setting + '` is not `<id>=<severity>`; e.g. --rule spelling=off')
      if (!ids.has(match[1])) throw new UsageError('Unknown rule `' + match[1] + '`; known rules: ' + [...ids].join(', '))
      rules[match[1]] = match[2] as Severity
    }
    overrides.rules = rules
  }
  if (values['source-language']) overrides.sourceLanguages = values['source-language']
  if (values.dictionary) overrides.dictionaries = values.dictionary

  const cwd = process.cwd()
  let command = 'lint'
  let patterns = positionals
  if (positionals[0] === 'names') {
    command = 'names'
    patterns = positionals.slice(1)
    if (!values.unknown) throw new UsageError('`copydesk names` needs `--unknown`: copydesk names --unknown <paths>')
  } else if (values.unknown || values.yaml) {
    throw new UsageError('`--unknown` and `--yaml` belong to `copydesk names`')
  }

  // Gather documents.
  const documents: Array<{file: VFile; bom: boolean; path?: string}> = []
  const failed: VFile[] = []
  if (values.stdin) {
    if (patterns.length > 0) throw new UsageError('Give either --stdin or paths, not both')
    const buffer = fs.readFileSync(0)
    const name = values['stdin-filename']
    const file = new VFile({path: name ? path.resolve(cwd, name) : undefined, cwd})
    if (name) file.history = [name]
    try {
      const {text, bom} = decodeDocument(buffer, maxBytes)
      file.value = text
      documents.push({file, bom})
    } catch (error) {
      if (!(error instanceof InputError)) throw error
      fail(file, error.message)
      failed.push(file)
    }
  } else {
    if (patterns.length === 0) throw new UsageError('No input: give paths or globs, or --stdin; see `copydesk --help`')
    const {files, unmatched} = await expandInputs(patterns, cwd, values['ignore-path'])
    if (files.length === 0) throw new InputError('No input: nothing matched ' + unmatched.map((p) => '`' + p + '`').join(', ') + ' (supported: .txt, .md, .html)')
    for (const pattern of unmatched) process.stderr.write('copydesk: nothing matched `' + pattern + '`\n')
    for (const absolute of files) {
      const display = path.relative(cwd, absolute) || absolute
      const file = new VFile({path: display, cwd})
      try {
        const {text, bom} = decodeDocument(fs.readFileSync(absolute), maxBytes)
        file.value = text
        documents.push({file, bom, path: absolute})
      } catch (error) {
        if (error instanceof InputError || (error as NodeJS.ErrnoException).code) {
          fail(file, error instanceof InputError ? error.message : 'cannot read file (' + (error as NodeJS.ErrnoException).code + ')')
          failed.push(file)
        } else throw error
      }
    }
  }

  if (command === 'names') {
    const found = new Map<string, number>()
    for (const {file, path: absolute} of documents) {
      const {options} = loadConfigFor(absolute || file.path, {cwd, configPath: values.config, overrides})
      for (const [word, count] of await unknownNames(file, options)) found.set(word, (found.get(word) || 0) + count)
    }
    const rows = [...found].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    if (format === 'json') process.stdout.write(JSON.stringify(rows.map(([name, count]) => ({name, count}))) + '\n')
    else if (values.yaml) process.stdout.write(rows.map(([name, count]) => '- ' + name + ' # ' + count).join('\n') + (rows.length ? '\n' : ''))
    else process.stdout.write(rows.map(([name, count]) => String(count).padStart(5) + '  ' + name).join('\n') + (rows.length ? '\n' : ''))
    return documents.length === 0 && failed.length > 0 ? 2 : 0
  }

  // Lint (on worker threads when there is enough work), then write the fixes.
  const jobs: DocumentJob[] = documents.map((document) => ({
    path: document.file.path,
    history: document.file.history,
    cwd,
    value: String(document.file.value),
    options: loadConfigFor(document.path || document.file.path, {cwd, configPath: values.config, overrides}).options,
    fix: Boolean(values.fix)
  }))
  const results = await lintDocuments(jobs, {jobs: jobCount})
  let fixedCount = 0
  for (const [index, document] of documents.entries()) {
    const result = results[index]
    document.file = result.file
    fixedCount += result.fixed
    if (!values.fix) continue
    if (values.stdin) process.stdout.write(result.text)
    else if (result.text !== jobs[index].value) writeFileAtomic(document.path!, (document.bom ? '\ufeff' : '') + result.text)
  }
  const all = [...failed, ...documents.map((d) => d.file)]
  const output = report(all, format, {quiet: values.quiet, silent: values.silent, cwd, version: pkg.version})
  if (format === 'default') process.stderr.write(output)
  else if (!(values.stdin && values.fix)) process.stdout.write(output)
  else process.stderr.write(output)
  if (values.fix && format === 'default' && fixedCount > 0) process.stderr.write('copydesk: fixed ' + fixedCount + ' problem' + (fixedCount === 1 ? '' : 's') + '\n')

  if (documents.length === 0 && failed.length > 0) return 2
  const messages = all.flatMap((file) => file.messages)
  if (messages.some((message) => message.fatal === true)) return 1
  if (values.frail && messages.some((message) => message.fatal === false)) return 1
  return 0
}

function fail(file: VFile, reason: string): void {
  const message = file.message(reason, {ruleId: 'input', source: 'copydesk'})
  message.fatal = true
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (error: Error) => {
    const known = error instanceof UsageError || error instanceof ConfigError || error instanceof DictionaryError || error instanceof InputError
    process.stderr.write('copydesk: ' + (known ? error.message : 'internal error: ' + (error.stack || error.message)) + '\n')
    process.exitCode = 2
  }
)
