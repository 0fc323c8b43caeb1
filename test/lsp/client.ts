import {spawn, type ChildProcessWithoutNullStreams} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection} from 'vscode-jsonrpc/node.js'

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
export const serverPath = path.join(root, 'dist/src/lsp.js')

export interface Diagnostic {
  range: {start: {line: number; character: number}; end: {line: number; character: number}}
  severity?: number
  code?: string
  codeDescription?: {href: string}
  source?: string
  message: string
  data?: unknown
}

export interface Published {
  uri: string
  version?: number
  diagnostics: Diagnostic[]
}

export interface TextEdit {
  range: Diagnostic['range']
  newText: string
}

export interface CodeAction {
  title: string
  kind?: string
  isPreferred?: boolean
  diagnostics?: Diagnostic[]
  edit?: {changes?: Record<string, TextEdit[]>}
  command?: {title: string; command: string; arguments?: unknown[]}
}

export interface Options {
  rootDir?: string
  /** The server's working directory (default: rootDir, else a fresh temp dir). */
  cwd?: string
  initializationOptions?: unknown
  /** Answer workspace/configuration requests with this (section `copydesk`). */
  configuration?: () => unknown
}

/** A minimal LSP client over the server's stdio, for tests and tools. */
export class TestClient {
  child: ChildProcessWithoutNullStreams
  connection: MessageConnection
  published = new Map<string, Published>()
  publishes = new Map<string, number>()
  logs: string[] = []
  shown: string[] = []
  stderr = ''
  private waiters: Array<{uri: string; test: (p: Published) => boolean; resolve: (p: Published) => void}> = []
  private versions = new Map<string, number>()

  private ownCwd?: string

  constructor(readonly options: Options = {}) {
    if (!options.cwd && !options.rootDir) this.ownCwd = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-lsp-cwd-'))
    this.child = spawn(process.execPath, [serverPath, '--stdio'], {cwd: options.cwd || options.rootDir || this.ownCwd, stdio: 'pipe'})
    this.child.stderr.on('data', (chunk) => (this.stderr += String(chunk)))
    this.connection = createMessageConnection(new StreamMessageReader(this.child.stdout), new StreamMessageWriter(this.child.stdin))
    this.connection.onNotification('textDocument/publishDiagnostics', (params: Published) => {
      this.published.set(params.uri, params)
      this.publishes.set(params.uri, (this.publishes.get(params.uri) || 0) + 1)
      this.waiters = this.waiters.filter((waiter) => {
        if (waiter.uri === params.uri && waiter.test(params)) {
          waiter.resolve(params)
          return false
        }
        return true
      })
    })
    this.connection.onNotification('window/logMessage', (params: {message: string}) => this.logs.push(params.message))
    this.connection.onNotification('window/showMessage', (params: {message: string}) => this.shown.push(params.message))
    this.connection.onRequest('window/showMessageRequest', () => null)
    this.connection.onRequest('client/registerCapability', () => null)
    this.connection.onRequest('workspace/configuration', (params: {items: unknown[]}) =>
      params.items.map(() => (options.configuration ? options.configuration() : null))
    )
    this.connection.listen()
  }

  async initialize(capabilities: Record<string, unknown> = {}): Promise<{capabilities: Record<string, unknown>}> {
    const rootUri = this.options.rootDir ? pathToFileURL(this.options.rootDir).href : null
    const result = await this.connection.sendRequest<{capabilities: Record<string, unknown>}>('initialize', {
      processId: process.pid,
      rootUri,
      workspaceFolders: rootUri ? [{uri: rootUri, name: 'workspace'}] : null,
      initializationOptions: this.options.initializationOptions,
      capabilities: {
        workspace: {configuration: Boolean(this.options.configuration), didChangeWatchedFiles: {dynamicRegistration: true}},
        textDocument: {publishDiagnostics: {versionSupport: true}},
        ...capabilities
      }
    })
    await this.connection.sendNotification('initialized', {})
    return result
  }

  publishCount(uri: string): number {
    return this.publishes.get(uri) || 0
  }

  /** Wait for diagnostics for `uri` that satisfy `test` (checks the latest published first). */
  diagnostics(uri: string, test: (p: Published) => boolean = () => true, timeout = 15000): Promise<Published> {
    const latest = this.published.get(uri)
    if (latest && test(latest)) return Promise.resolve(latest)
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('No matching diagnostics for ' + uri + ' within ' + timeout + ' ms; last: ' + JSON.stringify(this.published.get(uri)?.diagnostics.map((d) => d.message)))), timeout)
      this.waiters.push({
        uri,
        test,
        resolve: (p) => {
          clearTimeout(timer)
          resolve(p)
        }
      })
    })
  }

  /** Wait for diagnostics for a given document version. */
  diagnosticsFor(uri: string, version: number, timeout?: number): Promise<Published> {
    return this.diagnostics(uri, (p) => p.version === version, timeout)
  }

  async open(uri: string, text: string, languageId = 'plaintext'): Promise<number> {
    this.versions.set(uri, 1)
    await this.connection.sendNotification('textDocument/didOpen', {textDocument: {uri, languageId, version: 1, text}})
    return 1
  }

  /** Replace the whole text (full-document change). */
  async replace(uri: string, text: string): Promise<number> {
    const version = (this.versions.get(uri) || 1) + 1
    this.versions.set(uri, version)
    await this.connection.sendNotification('textDocument/didChange', {textDocument: {uri, version}, contentChanges: [{text}]})
    return version
  }

  /** Apply ranged (incremental) edits. */
  async edit(uri: string, edits: TextEdit[]): Promise<number> {
    const version = (this.versions.get(uri) || 1) + 1
    this.versions.set(uri, version)
    await this.connection.sendNotification('textDocument/didChange', {
      textDocument: {uri, version},
      contentChanges: edits.map((edit) => ({range: edit.range, text: edit.newText}))
    })
    return version
  }

  codeActions(uri: string, range: Diagnostic['range'], diagnostics: Diagnostic[] = [], only?: string[]): Promise<CodeAction[]> {
    return this.connection.sendRequest('textDocument/codeAction', {textDocument: {uri}, range, context: {diagnostics, only}})
  }

  async close(): Promise<void> {
    try {
      await Promise.race([this.connection.sendRequest('shutdown'), new Promise((resolve) => setTimeout(resolve, 2000))])
      await this.connection.sendNotification('exit')
    } catch {
      // Already gone.
    }
    this.connection.dispose()
    await new Promise<void>((resolve) => {
      if (this.child.exitCode !== null) return resolve()
      const timer = setTimeout(() => {
        this.child.kill()
        resolve()
      }, 2000)
      this.child.once('exit', () => {
        clearTimeout(timer)
        resolve()
      })
    })
    if (this.ownCwd) fs.rmSync(this.ownCwd, {recursive: true, force: true})
  }
}

/** Apply LSP text edits to a string (edits must not overlap). */
export function applyTextEdits(text: string, edits: TextEdit[]): string {
  const lineStarts = [0]
  for (let index = 0; index < text.length; index++) if (text[index] === '\n') lineStarts.push(index + 1)
  const offset = (position: {line: number; character: number}) => (lineStarts[position.line] ?? text.length) + position.character
  const sorted = edits.map((edit) => ({start: offset(edit.range.start), end: offset(edit.range.end), text: edit.newText})).sort((a, b) => b.start - a.start)
  let result = text
  for (const edit of sorted) result = result.slice(0, edit.start) + edit.text + result.slice(edit.end)
  return result
}

/** The text a range covers. */
export function textAt(text: string, range: Diagnostic['range']): string {
  const lines = text.split('\n')
  const offset = (position: {line: number; character: number}) => lines.slice(0, position.line).reduce((sum, line) => sum + line.length + 1, 0) + position.character
  return text.slice(offset(range.start), offset(range.end))
}
