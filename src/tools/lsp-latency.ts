import {spawn} from 'node:child_process'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {createMessageConnection, StreamMessageReader, StreamMessageWriter} from 'vscode-jsonrpc/node.js'

/**
 * Re-lint latency of the language server: a generated article (5,000 words by
 * default) is opened in the real server process over stdio, then one-character
 * edits are made one at a time; each is timed from sending `didChange` to
 * receiving the diagnostics for that version. The server's debounce is part of
 * what an editor sees, so `median`/`p95` include it; `lint*` subtract it.
 *
 *     node dist/src/tools/lsp-latency.js [--words 5000] [--edits 200]
 */

export interface LatencyOptions {
  words?: number
  edits?: number
  /** The server's debounce (ms), subtracted for the `lint*` figures. */
  debounce?: number
  server?: string
}

export interface LatencyResult {
  words: number
  characters: number
  edits: number
  diagnostics: number
  firstLintMs: number
  medianMs: number
  p95Ms: number
  maxMs: number
  debounceMs: number
  lintMedianMs: number
  lintP95Ms: number
}

const vocabulary = (
  'the council said on monday that its members would review the harbour budget before a vote next month ' +
  'officials expected the talks to continue while ministers from several regions travelled to the capital ' +
  'a spokesperson for the mayor declined to comment on the report which was published late on friday evening'
).split(' ')
const extras = ['sanctions on russia', 'the goverment said', 'envoys from ukraine', 'Officials in Kyiv said', 'a recieving office']

/** A deterministic article of about `words` words, with a finding every few sentences. */
export function generateArticle(words: number): string {
  let seed = 42
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed / 2147483648
  }
  const paragraphs: string[] = []
  let sentences: string[] = []
  let count = 0
  while (count < words) {
    const length = 8 + Math.floor(random() * 14)
    const sentence: string[] = []
    for (let index = 0; index < length; index++) sentence.push(vocabulary[Math.floor(random() * vocabulary.length)])
    if (random() < 0.2) sentence.splice(Math.floor(sentence.length / 2), 0, extras[Math.floor(random() * extras.length)])
    sentence[0] = sentence[0][0].toUpperCase() + sentence[0].slice(1)
    sentences.push(sentence.join(' ') + '.')
    count += sentence.length
    if (sentences.length >= 5) {
      paragraphs.push(sentences.join(' '))
      sentences = []
    }
  }
  if (sentences.length > 0) paragraphs.push(sentences.join(' '))
  return paragraphs.join('\n\n') + '\n'
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
  return sorted[index]
}

const round = (value: number) => Math.round(value * 10) / 10

export async function measureLspLatency(options: LatencyOptions = {}): Promise<LatencyResult> {
  const words = options.words ?? 5000
  const editCount = options.edits ?? 200
  const debounce = options.debounce ?? 150
  const server = options.server ?? path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../lsp.js')
  const child = spawn(process.execPath, [server, '--stdio'], {stdio: ['pipe', 'pipe', 'inherit']})
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin))
  const waiting = new Map<number, (count: number) => void>()
  const uri = 'untitled:latency.txt'
  connection.onNotification('textDocument/publishDiagnostics', (params: {uri: string; version?: number; diagnostics: unknown[]}) => {
    if (params.uri !== uri || params.version === undefined) return
    const resolve = waiting.get(params.version)
    if (resolve) {
      waiting.delete(params.version)
      resolve(params.diagnostics.length)
    }
  })
  connection.onRequest('client/registerCapability', () => null)
  connection.onRequest('workspace/configuration', (params: {items: unknown[]}) => params.items.map(() => null))
  connection.onNotification('window/logMessage', () => undefined)
  connection.listen()
  const diagnosticsFor = (version: number) =>
    new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no diagnostics for version ' + version + ' within 60 s')), 60000)
      waiting.set(version, (count) => {
        clearTimeout(timer)
        resolve(count)
      })
    })

  try {
    await connection.sendRequest('initialize', {processId: process.pid, rootUri: null, workspaceFolders: null, capabilities: {}})
    await connection.sendNotification('initialized', {})
    const text = generateArticle(words)
    const lines = text.split('\n')
    let version = 1
    let started = performance.now()
    const first = diagnosticsFor(version)
    await connection.sendNotification('textDocument/didOpen', {textDocument: {uri, languageId: 'plaintext', version, text}})
    let diagnostics = await first
    const firstLintMs = performance.now() - started

    const timings: number[] = []
    for (let index = 0; index < editCount; index++) {
      // Alternate typing a character into a line and deleting it again (the text returns to the original).
      const pair = Math.floor(index / 2)
      const line = Math.min(lines.length - 1, Math.floor((pair / Math.ceil(editCount / 2)) * lines.length) & ~1)
      const character = Math.min(lines[line].length, 10)
      const position = {line, character}
      const change =
        index % 2 === 0
          ? {range: {start: position, end: position}, text: 'x'}
          : {range: {start: position, end: {line, character: character + 1}}, text: ''}
      version++
      const done = diagnosticsFor(version)
      started = performance.now()
      await connection.sendNotification('textDocument/didChange', {textDocument: {uri, version}, contentChanges: [change]})
      diagnostics = await done
      timings.push(performance.now() - started)
    }
    const sorted = [...timings].sort((a, b) => a - b)
    const median = percentile(sorted, 50)
    const p95 = percentile(sorted, 95)
    return {
      words,
      characters: text.length,
      edits: editCount,
      diagnostics,
      firstLintMs: round(firstLintMs),
      medianMs: round(median),
      p95Ms: round(p95),
      maxMs: round(sorted[sorted.length - 1] ?? 0),
      debounceMs: debounce,
      lintMedianMs: round(Math.max(0, median - debounce)),
      lintP95Ms: round(Math.max(0, p95 - debounce))
    }
  } finally {
    try {
      await Promise.race([connection.sendRequest('shutdown'), new Promise((resolve) => setTimeout(resolve, 2000))])
      await connection.sendNotification('exit')
    } catch {
      // The server is gone already.
    }
    connection.dispose()
    setTimeout(() => child.kill(), 1000).unref()
  }
}

function flag(name: string, fallback: number): number {
  const index = process.argv.indexOf(name)
  const value = index === -1 ? undefined : Number(process.argv[index + 1])
  return value !== undefined && Number.isFinite(value) && value > 0 ? value : fallback
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  measureLspLatency({words: flag('--words', 5000), edits: flag('--edits', 200)}).then(
    (result) => {
      process.stdout.write(JSON.stringify(result, null, 2) + '\n')
    },
    (error: unknown) => {
      process.stderr.write('lsp-latency: ' + (error instanceof Error ? error.message : String(error)) + '\n')
      process.exitCode = 1
    }
  )
}
