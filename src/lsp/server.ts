import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import yaml from 'js-yaml'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  ErrorCodes,
  MessageType,
  ShowMessageNotification,
  ResponseError,
  TextDocumentSyncKind,
  TextDocuments,
  type CodeAction,
  type CodeActionParams,
  type Connection,
  type Diagnostic,
  type ExecuteCommandParams,
  type InitializeParams,
  type InitializeResult,
  type TextEdit,
  type WorkspaceFolder
} from 'vscode-languageserver/node.js'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {type CopydeskOptions, type RuleConfig} from '../processor.js'
import {cachedDictionaries, clearProcessorCache, processorFor} from '../lint.js'
import {fileTypeOf, fileTypeOfLanguage, supportedExtensions, type FileType, prepareParser} from '../parse.js'
import {safeEdits} from '../fix.js'
import {configDiagnostic, isSingleSafeFix, shown, toFinding, type Finding} from './convert.js'
import {changedRegion, mergeRegion, shiftMessage} from './incremental.js'
import {clearConfigCache, mergeSettings, normalizeSettings, resolveConfig, type UserSettings} from './settings.js'
import {mtimeOf} from '../util/fs.js'

export const fixAllKind = CodeActionKind.SourceFixAll + '.copydesk'
export const commands = {
  addToDictionary: 'copydesk.addToDictionary',
  ignoreInDocument: 'copydesk.ignoreInDocument'
} as const

/** Rules whose findings a names-dictionary entry (or an ignore) can silence. */
const wordRules = new Set(['spelling', 'garbled-name'])
function isWordRule(ruleId: string | undefined | null): boolean {
  return Boolean(ruleId) && (wordRules.has(ruleId!) || (/name|spell/.test(ruleId!) && ruleId !== 'name-case'))
}

export interface ServerOptions {
  /** Delay before re-linting after an edit (ms). */
  debounce?: number
  /** Pause (ms) after the last edit before suggestions are computed. */
  idle?: number
}

interface Results {
  version: number
  text: string
  findings: Finding[]
  diagnostics: Diagnostic[]
  namesFile?: string
  /** Linted with spelling suggestions (a typing run skips them; an idle run fills them in). */
  full: boolean
  /** The resolved options, to know whether a typing run may carry findings over. */
  optionsKey?: string
}

function uriToPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined
  try {
    return fileURLToPath(uri)
  } catch {
    return undefined
  }
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.stack || error.message
  return String(error)
}

/** Wire the copydesk language server onto a connection. */
export function startServer(connection: Connection, serverOptions: ServerOptions = {}): void {
  const debounce = serverOptions.debounce ?? 150
  // After a typing run, a full run with spelling suggestions follows once the user pauses.
  const idle = serverOptions.idle ?? 600
  const documents = new TextDocuments(TextDocument)

  let initSettings: UserSettings = {}
  let workspaceSettings: UserSettings = {}
  let settings: UserSettings = {}
  let folders: string[] = []
  let canPullConfiguration = false
  let canWatchFiles = false
  let canRegisterConfiguration = false

  const configStamps = new Map<string, number>()
  const timers = new Map<string, NodeJS.Timeout>()
  const results = new Map<string, Results>()
  const documentIgnores = new Map<string, Set<string>>()
  const sessionNames = new Set<string>()
  const warned = new Set<string>()

  const log = (text: string) => {
    try {
      connection.console.log(text)
    } catch {
      // The connection may be gone; nothing else to do.
    }
  }
  const logError = (text: string) => {
    try {
      connection.console.error(text)
    } catch {
      // As above.
    }
  }

  // Wrap a handler: log failures and answer with an LSP error instead of dying.
  function guard<P, R>(name: string, handler: (params: P) => R | Promise<R>): (params: P) => Promise<R> {
    return async (params: P) => {
      try {
        return await handler(params)
      } catch (error) {
        if (error instanceof ResponseError) throw error
        logError('copydesk: ' + name + ' failed: ' + describe(error))
        throw new ResponseError(ErrorCodes.InternalError, 'copydesk: ' + name + ' failed: ' + (error instanceof Error ? error.message : String(error)))
      }
    }
  }
  function guardNotification<P>(name: string, handler: (params: P) => void | Promise<void>): (params: P) => void {
    return (params: P) => {
      Promise.resolve()
        .then(() => handler(params))
        .catch((error) => logError('copydesk: ' + name + ' failed: ' + describe(error)))
    }
  }

  function invalidParams(text: string): ResponseError<void> {
    return new ResponseError(ErrorCodes.InvalidParams, text)
  }

  // --- Where a document lives ------------------------------------------------

  function folderOf(filePath: string | undefined): string | undefined {
    if (filePath) {
      let best: string | undefined
      for (const folder of folders) {
        const relative = path.relative(folder, filePath)
        if (!relative.startsWith('..') && !path.isAbsolute(relative) && (!best || folder.length > best.length)) best = folder
      }
      if (best) return best
    }
    return folders[0]
  }

  function placeOf(uri: string): {filePath?: string; cwd: string; root?: string} {
    const filePath = uriToPath(uri)
    const root = folderOf(filePath)
    const cwd = root || (filePath ? path.dirname(filePath) : process.cwd())
    return {filePath, cwd, root}
  }

  function typeOf(document: TextDocument, filePath: string | undefined): FileType | undefined {
    const byLanguage = fileTypeOfLanguage(document.languageId)
    if (byLanguage) return byLanguage
    const extname = path.extname(filePath || document.uri.replace(/[?#].*$/, '')).toLowerCase()
    if (supportedExtensions.includes(extname)) return fileTypeOf({extname})
    if (!filePath) return 'text'
    return undefined
  }

  // --- Processors: one per set of options, rebuilt only when inputs change ----

  /** Drop cached configuration when a config file changed on disk (for clients that do not watch files). */
  function checkConfigStamps(): void {
    for (const [file, stamp] of configStamps) {
      if (mtimeOf(file) !== stamp) {
        configStamps.clear()
        clearConfigCache()
        return
      }
    }
  }

  function reload(reason: string): void {
    log('copydesk: reloading (' + reason + ')')
    clearConfigCache()
    configStamps.clear()
    clearProcessorCache()
    lintAll()
  }

  // --- Linting -----------------------------------------------------------------

  async function lintNow(document: TextDocument, full = true): Promise<Results> {
    const text = document.getText()
    const snapshot = TextDocument.create(document.uri, document.languageId, document.version, text)
    const {filePath, cwd} = placeOf(document.uri)
    const type = typeOf(document, filePath)
    const result: Results = {version: document.version, text, findings: [], diagnostics: [], full}
    if (!type) return result

    checkConfigStamps()
    const config = resolveConfig(filePath, cwd, settings)
    result.namesFile = config.namesFile
    if (config.configPath && !configStamps.has(config.configPath)) configStamps.set(config.configPath, mtimeOf(config.configPath))
    if (config.error) result.diagnostics.push(configDiagnostic(config.error))
    if (config.warning && !warned.has(config.warning)) {
      warned.add(config.warning)
      log('copydesk: ' + config.warning)
      void connection.sendNotification(ShowMessageNotification.type, {type: MessageType.Warning, message: 'copydesk: ' + config.warning})
    }
    const options: CopydeskOptions = {...config.options}
    if (sessionNames.size > 0) options.ignore = [...(options.ignore || []), ...sessionNames]
    if (!full) options.rules = {...(options.rules || {}), spelling: withoutSuggestions(options.rules?.spelling)}

    result.optionsKey = JSON.stringify(options)

    // A typing run after a small edit: only the touched paragraphs, the rest carried over.
    const previous = results.get(document.uri)
    const region =
      !full && result.diagnostics.length === 0 && previous && previous.optionsKey === result.optionsKey && previous.diagnostics.length === previous.findings.length
        ? changedRegion(previous.text, text, type)
        : undefined
    const file = new VFile({value: region ? text.slice(region.start, region.newEnd) : text, path: filePath})
    file.data.copydeskType = type
    try {
      const processor = processorFor(options)
      await prepareParser(type)
      const tree = processor.parse(file)
      await processor.run(tree, file)
    } catch (error) {
      logError('copydesk: linting ' + document.uri + ' failed: ' + describe(error))
      result.diagnostics.push(configDiagnostic((error instanceof Error ? error.message : String(error)).split('\n')[0]))
      return result
    }
    const ignored = documentIgnores.get(document.uri)
    const fresh: Finding[] = []
    // The chunk starts at a line start: its messages move down by the lines before it.
    const lines = region ? snapshot.positionAt(region.start).line : 0
    for (const message of file.messages as VFileMessage[]) {
      if (region) shiftMessage(message, region.start, lines)
      const finding = toFinding(message, snapshot)
      if (ignored && ignored.size > 0) {
        const actual = text.slice(finding.start, finding.end)
        if (ignored.has(actual) || (message.actual && ignored.has(message.actual))) continue
      }
      fresh.push(finding)
    }
    let findings = fresh
    if (region && previous) {
      const delta = region.newEnd - region.oldEnd
      const move = (finding: Finding, start: number, end: number): Finding => {
        if (start === finding.start && end === finding.end) return finding
        const range = {start: snapshot.positionAt(start), end: snapshot.positionAt(end)}
        return {...finding, start, end, range, diagnostic: {...finding.diagnostic, range}}
      }
      findings = [
        ...previous.findings.filter((finding) => finding.start < region.start && finding.end <= region.start),
        ...mergeRegion(region, previous.findings, fresh, move),
        ...previous.findings.filter((finding) => finding.start >= region.oldEnd).map((finding) => move(finding, finding.start + delta, finding.end + delta))
      ]
    }
    for (const finding of findings) {
      result.findings.push(finding)
      result.diagnostics.push(finding.diagnostic)
    }
    return result
  }

  /** Lint a document now and publish, unless it changed (or closed) meanwhile. */
  async function run(uri: string, full = true): Promise<Results | undefined> {
    const pending = timers.get(uri)
    if (pending) {
      clearTimeout(pending)
      timers.delete(uri)
    }
    const document = documents.get(uri)
    if (!document) return undefined
    const version = document.version
    let result: Results
    try {
      result = await lintNow(document, full)
    } catch (error) {
      logError('copydesk: ' + describe(error))
      return undefined
    }
    const current = documents.get(uri)
    if (!current || current.version !== version) return undefined // stale: a newer run is scheduled
    results.set(uri, result)
    await connection.sendDiagnostics({uri, version, diagnostics: result.diagnostics})
    if (!full && !timers.has(uri)) schedule(uri, idle, true)
    return result
  }

  /** Lint after `delay`; a typing run (`full: false`) skips spelling suggestions and queues a full run. */
  function schedule(uri: string, delay: number, full = true): void {
    const pending = timers.get(uri)
    if (pending) clearTimeout(pending)
    timers.set(
      uri,
      setTimeout(() => {
        timers.delete(uri)
        void run(uri, full)
      }, delay)
    )
  }

  function lintAll(): void {
    for (const document of documents.all()) schedule(document.uri, 0)
  }

  /** Results for the document as it is now (lints at once when the stored ones are stale). */
  async function currentResults(document: TextDocument): Promise<Results> {
    const stored = results.get(document.uri)
    if (stored && stored.full && stored.version === document.version) return stored
    const fresh = await run(document.uri, true)
    return fresh || (await lintNow(document))
  }

  // --- Settings ---------------------------------------------------------------

  async function pullSettings(): Promise<void> {
    if (!canPullConfiguration) return
    try {
      const value = await connection.workspace.getConfiguration({section: 'copydesk'})
      workspaceSettings = normalizeSettings(value)
    } catch (error) {
      logError('copydesk: cannot read workspace configuration: ' + describe(error))
    }
    settings = mergeSettings(initSettings, workspaceSettings)
  }

  // --- Lifecycle ----------------------------------------------------------------

  connection.onInitialize(
    guard('initialize', (params: InitializeParams): InitializeResult => {
      initSettings = normalizeSettings(params.initializationOptions)
      settings = mergeSettings(initSettings)
      const workspaceFolders: WorkspaceFolder[] = Array.isArray(params.workspaceFolders) ? params.workspaceFolders : []
      folders = workspaceFolders.map((folder) => uriToPath(folder.uri)).filter((folder): folder is string => Boolean(folder))
      if (folders.length === 0 && params.rootUri) {
        const root = uriToPath(params.rootUri)
        if (root) folders = [root]
      }
      if (folders.length === 0 && params.rootPath) folders = [params.rootPath]
      const capabilities = params.capabilities || {}
      canPullConfiguration = Boolean(capabilities.workspace?.configuration)
      canWatchFiles = Boolean(capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration)
      canRegisterConfiguration = Boolean(capabilities.workspace?.didChangeConfiguration?.dynamicRegistration)
      return {
        capabilities: {
          textDocumentSync: {openClose: true, change: TextDocumentSyncKind.Incremental, save: {includeText: false}},
          codeActionProvider: {codeActionKinds: [CodeActionKind.QuickFix, fixAllKind]},
          executeCommandProvider: {commands: [commands.addToDictionary, commands.ignoreInDocument]},
          workspace: {workspaceFolders: {supported: true, changeNotifications: true}}
        },
        serverInfo: {name: 'copydesk-language-server'}
      }
    })
  )

  connection.onInitialized(
    guardNotification('initialized', async () => {
      if (canRegisterConfiguration) {
        await connection.client.register(DidChangeConfigurationNotification.type, {section: 'copydesk'})
      }
      if (canWatchFiles) {
        await connection.client.register(DidChangeWatchedFilesNotification.type, {
          watchers: [{globPattern: '**/.copydeskrc'}, {globPattern: '**/*.{json,yaml,yml}'}]
        })
      }
      try {
        connection.workspace.onDidChangeWorkspaceFolders((event) => {
          for (const removed of event.removed) folders = folders.filter((folder) => folder !== uriToPath(removed.uri))
          for (const added of event.added) {
            const folder = uriToPath(added.uri)
            if (folder && !folders.includes(folder)) folders.push(folder)
          }
          reload('workspace folders changed')
        })
      } catch {
        // The client does not support workspace folder events.
      }
      await pullSettings()
      lintAll()
    })
  )

  connection.onDidChangeConfiguration(
    guardNotification('didChangeConfiguration', async (params) => {
      const pushed = params && (params as {settings?: unknown}).settings
      if (canPullConfiguration) await pullSettings()
      else if (pushed && typeof pushed === 'object') {
        workspaceSettings = normalizeSettings(pushed)
        settings = mergeSettings(initSettings, workspaceSettings)
      }
      reload('settings changed')
    })
  )

  function isConfigOrDictionary(file: string): boolean {
    const base = path.basename(file)
    if (base.startsWith('.copydeskrc') || base === 'package.json' || /names\.(ya?ml|json)$/.test(base)) return true
    if (cachedDictionaries().some((dictionary) => path.resolve(dictionary) === file)) return true
    return configStamps.has(file)
  }

  connection.onDidChangeWatchedFiles(
    guardNotification('didChangeWatchedFiles', (params) => {
      const changed = (params.changes || []).map((change) => uriToPath(change.uri)).filter((file): file is string => Boolean(file))
      if (changed.some(isConfigOrDictionary)) reload('configuration or dictionary changed on disk')
    })
  )

  // --- Documents ---------------------------------------------------------------

  // didOpen also fires a content change: lint opened documents at once, edits after a pause.
  const opening = new Set<string>()
  documents.onDidOpen((event) => {
    opening.add(event.document.uri)
    results.delete(event.document.uri)
    schedule(event.document.uri, 0)
  })
  documents.onDidChangeContent((event) => {
    if (opening.delete(event.document.uri)) return
    schedule(event.document.uri, debounce, false)
  })
  documents.onDidSave((event) => {
    const filePath = uriToPath(event.document.uri)
    if (filePath && isConfigOrDictionary(filePath)) reload('configuration or dictionary saved')
  })
  documents.onDidClose((event) => {
    const uri = event.document.uri
    const pending = timers.get(uri)
    if (pending) clearTimeout(pending)
    timers.delete(uri)
    results.delete(uri)
    documentIgnores.delete(uri)
    void connection.sendDiagnostics({uri, diagnostics: []})
  })

  // --- Code actions ----------------------------------------------------------------

  function editFor(uri: string, edits: TextEdit[]) {
    return {changes: {[uri]: edits}}
  }

  function kindAllowed(kind: string, only: string[] | undefined): boolean {
    if (!only || only.length === 0) return true
    return only.some((allowed) => kind === allowed || kind.startsWith(allowed + '.'))
  }

  connection.onCodeAction(
    guard('textDocument/codeAction', async (params: CodeActionParams): Promise<CodeAction[]> => {
      if (!params || typeof params !== 'object' || !params.textDocument || typeof params.textDocument.uri !== 'string') {
        throw invalidParams('textDocument/codeAction needs {textDocument: {uri}, range, context}')
      }
      const range = params.range
      const validPosition = (position: unknown) =>
        Boolean(position) && typeof (position as {line: unknown}).line === 'number' && typeof (position as {character: unknown}).character === 'number'
      if (!range || !validPosition(range.start) || !validPosition(range.end)) {
        throw invalidParams('textDocument/codeAction needs a range of {line, character} positions')
      }
      const document = documents.get(params.textDocument.uri)
      if (!document) return []
      const only = Array.isArray(params.context?.only) ? params.context.only : undefined
      const uri = document.uri
      const result = await currentResults(document)
      const snapshot = TextDocument.create(uri, document.languageId, result.version, result.text)
      const from = snapshot.offsetAt(range.start)
      const to = snapshot.offsetAt(range.end)
      const actions: CodeAction[] = []

      if (kindAllowed(CodeActionKind.QuickFix, only)) {
        for (const finding of result.findings) {
          if (finding.start > to || finding.end < from) continue
          const {message, diagnostic} = finding
          const actual = result.text.slice(finding.start, finding.end)
          const expected = Array.isArray(message.expected) ? [...new Set(message.expected)] : []
          const safe = isSingleSafeFix(message)
          for (const replacement of expected) {
            if (replacement === actual) continue
            const title =
              finding.start === finding.end
                ? 'Insert ' + shown(replacement)
                : replacement === ''
                  ? 'Remove ' + shown(actual)
                  : 'Replace ' + shown(actual) + ' with ' + shown(replacement)
            actions.push({
              title,
              kind: CodeActionKind.QuickFix,
              diagnostics: [diagnostic],
              isPreferred: safe || undefined,
              edit: editFor(uri, [{range: finding.range, newText: replacement}])
            })
          }
          const word = (message.actual || actual).trim()
          if (isWordRule(message.ruleId) && word && !/\n/.test(word)) {
            actions.push({
              title: 'Add ' + shown(word) + ' to the names dictionary',
              kind: CodeActionKind.QuickFix,
              diagnostics: [diagnostic],
              command: {title: 'Add to the names dictionary', command: commands.addToDictionary, arguments: [uri, word]}
            })
            actions.push({
              title: 'Ignore ' + shown(word) + ' in this document',
              kind: CodeActionKind.QuickFix,
              diagnostics: [diagnostic],
              command: {title: 'Ignore in this document', command: commands.ignoreInDocument, arguments: [uri, word]}
            })
          }
        }
      }

      if (kindAllowed(fixAllKind, only)) {
        const edits = safeEdits(result.findings.map((finding) => finding.message), isSingleSafeFix)
        if (edits.length > 0) {
          actions.push({
            title: 'Fix all safe problems in this document',
            kind: fixAllKind,
            diagnostics: result.findings.filter((finding) => edits.some((edit) => edit.message === finding.message)).map((finding) => finding.diagnostic),
            edit: editFor(
              uri,
              edits.map((edit) => ({range: {start: snapshot.positionAt(edit.start), end: snapshot.positionAt(edit.end)}, newText: edit.text}))
            )
          })
        }
      }
      return actions
    })
  )

  // --- Commands ----------------------------------------------------------------------

  function appendName(namesFile: string, word: string): boolean {
    let existing = ''
    try {
      existing = fs.readFileSync(namesFile, 'utf8')
    } catch {
      existing = ''
    }
    try {
      const data = yaml.load(existing)
      if (Array.isArray(data) && data.some((entry) => entry === word || (entry && typeof entry === 'object' && (entry as {name?: unknown}).name === word))) return false
    } catch {
      // A broken file: append anyway, the linter reports the syntax error.
    }
    const line = yaml.dump([word])
    const trimmed = existing.trim()
    if (trimmed === '' || trimmed === '[]') fs.writeFileSync(namesFile, (trimmed === '' ? existing : '') + line)
    else fs.writeFileSync(namesFile, existing + (existing.endsWith('\n') ? '' : '\n') + line)
    return true
  }

  connection.onExecuteCommand(
    guard('workspace/executeCommand', async (params: ExecuteCommandParams) => {
      if (!params || typeof params.command !== 'string') throw invalidParams('workspace/executeCommand needs {command, arguments}')
      const [uri, word] = Array.isArray(params.arguments) ? params.arguments : []
      if (typeof uri !== 'string' || typeof word !== 'string' || word.trim() === '') {
        throw invalidParams(params.command + ' needs the arguments [documentUri, word]')
      }
      if (params.command === commands.ignoreInDocument) {
        const set = documentIgnores.get(uri) || new Set<string>()
        set.add(word)
        documentIgnores.set(uri, set)
        await run(uri)
        return {ignored: word}
      }
      if (params.command === commands.addToDictionary) {
        const {filePath, root} = placeOf(uri)
        let namesFile = results.get(uri)?.namesFile
        if (!root && !filePath) namesFile = undefined
        if (!namesFile) {
          sessionNames.add(word)
          void connection.sendNotification(ShowMessageNotification.type, {type: MessageType.Info, message: 'copydesk: no workspace folder, so `' + word + '` is accepted for this session only'})
          await Promise.all(documents.all().map((document) => run(document.uri)))
          return {session: word}
        }
        const added = appendName(namesFile, word)
        log('copydesk: ' + (added ? 'added `' + word + '` to ' : '`' + word + '` is already in ') + namesFile)
        clearConfigCache()
        configStamps.clear()
        clearProcessorCache()
        await Promise.all(documents.all().map((document) => run(document.uri)))
        return {namesFile, added}
      }
      throw new ResponseError(ErrorCodes.InvalidRequest, 'Unknown command ' + params.command)
    })
  )

  connection.onShutdown(() => {
    for (const timer of timers.values()) clearTimeout(timer)
    timers.clear()
  })

  documents.listen(connection)
  connection.listen()
}


/** The spelling setting for a typing run: the same severity, without suggestions. */
function withoutSuggestions(setting: RuleConfig | undefined): RuleConfig {
  if (setting === 'off' || setting === false) return 'off'
  if (Array.isArray(setting)) return [setting[0], {...(setting[1] || {}), suggest: false}]
  if (typeof setting === 'string') return [setting, {suggest: false}]
  return ['warn', {suggest: false}]
}
