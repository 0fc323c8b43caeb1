import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {afterEach, describe, expect, test} from 'vitest'
import {applyTextEdits, serverPath, textAt, TestClient, type Diagnostic, type Published} from './client.js'

// The server speaks LSP over stdio; these tests drive the built server (`npx tsc` first).
const built = fs.existsSync(serverPath)
if (!built) console.warn('skipping language server tests: ' + serverPath + ' is missing; run `npx tsc -p tsconfig.json` first')

const article = [
  'City officials met on Monday to discuss the harbour budget.',
  'The talks,however, stalled after the mayor announced sanctions on russia and a freeze on new hiring.',
  '',
  'A spokesperson said the goverment would respond next week.'
].join('\n')

const clients: TestClient[] = []
function client(options?: ConstructorParameters<typeof TestClient>[0]): TestClient {
  const created = new TestClient(options)
  clients.push(created)
  return created
}
const dirs: string[] = []
afterEach(async () => {
  await Promise.all(clients.splice(0).map((item) => item.close()))
  for (const dir of dirs.splice(0)) fs.rmSync(dir, {recursive: true, force: true})
})

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-lsp-'))
  dirs.push(dir)
  return dir
}

const byCode = (published: Published, code: string) => published.diagnostics.filter((diagnostic) => diagnostic.code === code)
const covering = (text: string, published: Published, span: string) => published.diagnostics.find((diagnostic) => textAt(text, diagnostic.range) === span)

/** What the library itself reports for the same text: [ruleId, line, column, endLine, endColumn] (0-based). */
async function expectedFor(text: string, options: Record<string, unknown> = {}): Promise<string[]> {
  const {lint} = (await import(pathToFileURL(path.join(path.dirname(serverPath), 'lint.js')).href)) as typeof import('../../src/lint.js')
  const file = await lint(text, options)
  return file.messages.map((message) => {
    const place = message.place as {start: {line: number; column: number}; end: {line: number; column: number}}
    return [message.ruleId, place.start.line - 1, place.start.column - 1, place.end.line - 1, place.end.column - 1].join(':')
  })
}
const summary = (diagnostics: Diagnostic[]) =>
  diagnostics.map((d) => [d.code, d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character].join(':'))

describe.skipIf(!built)('copydesk language server over stdio', {timeout: 30000}, () => {
  test('initialize advertises diagnostics sync, code actions and commands', async () => {
    const server = client()
    const {capabilities} = await server.initialize()
    expect(capabilities.textDocumentSync).toMatchObject({openClose: true, change: 2})
    expect(capabilities.codeActionProvider).toEqual({codeActionKinds: ['quickfix', 'source.fixAll.copydesk']})
    expect(capabilities.executeCommandProvider).toEqual({commands: ['copydesk.addToDictionary', 'copydesk.ignoreInDocument']})
  })

  test('publishes diagnostics on open with rule codes, docs links and severities', async () => {
    const dir = tempDir()
    const server = client({rootDir: dir})
    await server.initialize()
    const uri = pathToFileURL(path.join(dir, 'story.txt')).href
    await server.open(uri, article)
    const published = await server.diagnosticsFor(uri, 1)
    const russia = covering(article, published, 'russia')
    expect(russia).toMatchObject({code: 'name-case', source: 'copydesk', severity: 2})
    expect(russia!.range).toEqual({start: {line: 1, character: article.split('\n')[1].indexOf('russia')}, end: {line: 1, character: article.split('\n')[1].indexOf('russia') + 6}})
    expect(russia!.codeDescription!.href).toMatch(/#name-case$/)
    expect(covering(article, published, 'goverment')).toMatchObject({code: 'spelling'})
    // Exactly what the library reports for the same text, including any punctuation rule.
    expect(summary(published.diagnostics)).toEqual(await expectedFor(article))
  })

  test('positions are UTF-16: emoji, accents and combining marks before a finding', async () => {
    const server = client()
    await server.initialize()
    const text = 'Café owners 😀👍🏽 said the naïve plan — “sanctions on russia” — hurt.\r\nOn the second line, e\u0301lan 🇺🇦 and sanctions on russia again.'
    const uri = 'untitled:Untitled-utf16'
    await server.open(uri, text)
    const published = await server.diagnosticsFor(uri, 1)
    const found = byCode(published, 'name-case')
    expect(found).toHaveLength(2)
    const lines = text.split(/\r\n/)
    expect(found[0].range.start).toEqual({line: 0, character: lines[0].indexOf('russia')})
    expect(found[1].range.start).toEqual({line: 1, character: lines[1].indexOf('russia')})
    expect(found[1].range.end).toEqual({line: 1, character: lines[1].indexOf('russia') + 6})
  })

  test('a quick fix applied with didChange removes its diagnostic', async () => {
    const dir = tempDir()
    const server = client({rootDir: dir})
    await server.initialize()
    const uri = pathToFileURL(path.join(dir, 'story.md')).href
    const text = '# Budget\n\n' + article
    await server.open(uri, text, 'markdown')
    const published = await server.diagnosticsFor(uri, 1)
    const russia = covering(text, published, 'russia')!
    const actions = await server.codeActions(uri, russia.range, [russia])
    const fix = actions.find((action) => action.title === 'Replace `russia` with `Russia`')
    expect(fix).toMatchObject({kind: 'quickfix', isPreferred: true})
    // One action per suggestion for the spelling finding, none preferred (not a safe fix).
    const goverment = covering(text, published, 'goverment')!
    const spellingActions = await server.codeActions(uri, goverment.range, [goverment])
    expect(spellingActions.some((action) => action.title === 'Replace `goverment` with `government`' && !action.isPreferred)).toBe(true)
    expect(spellingActions.map((action) => action.title)).toContain('Add `goverment` to the names dictionary')
    expect(spellingActions.map((action) => action.title)).toContain('Ignore `goverment` in this document')

    const edits = fix!.edit!.changes![uri]
    const fixed = applyTextEdits(text, edits)
    expect(fixed).toContain('sanctions on Russia')
    const version = await server.edit(uri, edits)
    const after = await server.diagnosticsFor(uri, version)
    expect(covering(fixed, after, 'Russia')).toBeUndefined()
    expect(byCode(after, 'name-case')).toHaveLength(0)
    expect(covering(fixed, after, 'goverment')).toBeDefined()
  })

  test('the source action fixes all safe problems at once', async () => {
    const server = client()
    await server.initialize()
    const uri = 'untitled:Untitled-fixall'
    const text = 'Officials in kyiv and moscow traded sanctions on russia while the goverment waited.'
    await server.open(uri, text)
    await server.diagnosticsFor(uri, 1)
    const actions = await server.codeActions(uri, {start: {line: 0, character: 0}, end: {line: 0, character: 0}}, [], ['source.fixAll'])
    expect(actions).toHaveLength(1)
    expect(actions[0]).toMatchObject({title: 'Fix all safe problems in this document', kind: 'source.fixAll.copydesk'})
    const fixed = applyTextEdits(text, actions[0].edit!.changes![uri])
    // Every safe fix is applied; the unsafe spelling suggestion is not.
    expect(fixed).toContain('Officials in Kyiv and Moscow traded sanctions on Russia')
    expect(fixed).toContain('the goverment waited')
    const quickOnly = await server.codeActions(uri, {start: {line: 0, character: 0}, end: {line: 0, character: 0}}, [], ['quickfix'])
    expect(quickOnly.every((action) => action.kind === 'quickfix')).toBe(true)
  })

  test('an untitled document without any workspace folder', async () => {
    const server = client()
    await server.initialize()
    const uri = 'untitled:Untitled-1'
    await server.open(uri, article)
    const published = await server.diagnosticsFor(uri, 1)
    expect(byCode(published, 'name-case')).toHaveLength(1)
    // Adding a name without a workspace keeps it for the session (no file is written anywhere).
    const result = await server.connection.sendRequest('workspace/executeCommand', {command: 'copydesk.addToDictionary', arguments: [uri, 'goverment']})
    expect(result).toEqual({session: 'goverment'})
    const after = await server.diagnostics(uri, (p) => !covering(article, p, 'goverment'))
    expect(byCode(after, 'name-case')).toHaveLength(1)
    expect(server.child.exitCode).toBeNull()
  })

  test('a configuration change turns a rule off (workspace/configuration)', async () => {
    let settings: unknown = {}
    const server = client({configuration: () => settings})
    await server.initialize()
    const uri = 'untitled:Untitled-config'
    await server.open(uri, article)
    expect(byCode(await server.diagnosticsFor(uri, 1), 'name-case')).toHaveLength(1)
    settings = {rules: {'name-case': 'off'}}
    await server.connection.sendNotification('workspace/didChangeConfiguration', {settings: null})
    const after = await server.diagnostics(uri, (p) => byCode(p, 'name-case').length === 0)
    expect(byCode(after, 'spelling').length).toBeGreaterThan(0)

    // Clients without workspace/configuration push the settings instead.
    const pushed = client()
    await pushed.initialize()
    await pushed.open(uri, article)
    expect(byCode(await pushed.diagnosticsFor(uri, 1), 'spelling').length).toBeGreaterThan(0)
    await pushed.connection.sendNotification('workspace/didChangeConfiguration', {settings: {copydesk: {rules: {spelling: 'off'}}}})
    const quiet = await pushed.diagnostics(uri, (p) => byCode(p, 'spelling').length === 0)
    expect(byCode(quiet, 'name-case')).toHaveLength(1)
  })

  test('HTML: markup and attributes are not prose; positions point into the source', async () => {
    const server = client()
    await server.initialize()
    const uri = 'untitled:Untitled-html'
    const html = '<article>\n  <h1 title="goverment">Budget</h1>\n  <p>Ministers imposed sanctions on <b>russia</b> today.</p>\n  <a href="https://example.com/goverment">Read</a>\n</article>\n'
    await server.open(uri, html, 'html')
    const published = await server.diagnosticsFor(uri, 1)
    const texts = published.diagnostics.map((d) => textAt(html, d.range))
    expect(texts).toContain('russia')
    expect(texts).not.toContain('goverment') // only in attributes
    expect(covering(html, published, 'russia')!.range.start.line).toBe(2)
  })

  test('initializationOptions apply; the workspace config file wins where both speak', async () => {
    const dir = tempDir()
    fs.writeFileSync(path.join(dir, '.copydeskrc.json'), JSON.stringify({rules: {'name-case': 'error'}}))
    const server = client({rootDir: dir, initializationOptions: {copydesk: {rules: {'name-case': 'off', spelling: 'off'}}}})
    await server.initialize()
    const uri = pathToFileURL(path.join(dir, 'story.txt')).href
    await server.open(uri, article)
    const published = await server.diagnosticsFor(uri, 1)
    expect(byCode(published, 'spelling')).toHaveLength(0)
    expect(byCode(published, 'name-case')).toMatchObject([{severity: 1}])

    // Editing the config file on disk (reported through didChangeWatchedFiles) reloads it.
    fs.writeFileSync(path.join(dir, '.copydeskrc.json'), JSON.stringify({rules: {'name-case': 'info'}}))
    await server.connection.sendNotification('workspace/didChangeWatchedFiles', {changes: [{uri: pathToFileURL(path.join(dir, '.copydeskrc.json')).href, type: 2}]})
    await server.diagnostics(uri, (p) => byCode(p, 'name-case').length === 1 && byCode(p, 'name-case')[0].severity === 3)
  })

  test('a config file with `plugins` is refused with a diagnostic unless the user allows it', async () => {
    const dir = tempDir()
    fs.writeFileSync(path.join(dir, '.copydeskrc.yaml'), 'plugins:\n  - ./evil.js\nrules:\n  spelling: "off"\n')
    fs.writeFileSync(path.join(dir, 'evil.js'), 'require("fs").writeFileSync(__dirname + "/pwned", "x")\n')
    const uri = pathToFileURL(path.join(dir, 'story.txt')).href

    const refused = client({rootDir: dir})
    await refused.initialize()
    await refused.open(uri, article)
    const published = await refused.diagnosticsFor(uri, 1)
    const config = byCode(published, 'config')
    expect(config).toHaveLength(1)
    expect(config[0]).toMatchObject({severity: 1, source: 'copydesk'})
    expect(config[0].message).toMatch(/plugins/)
    expect(config[0].message).toMatch(/allowPlugins/)
    expect(byCode(published, 'spelling').length).toBeGreaterThan(0) // the file's settings were not used

    const allowed = client({rootDir: dir, initializationOptions: {allowPlugins: true}})
    await allowed.initialize()
    await allowed.open(uri, article)
    const ok = await allowed.diagnosticsFor(uri, 1)
    expect(byCode(ok, 'config')).toHaveLength(0)
    expect(byCode(ok, 'spelling')).toHaveLength(0) // the rest of the file applies
    expect(allowed.shown.join('\n')).toMatch(/plugins.*ignored/)
    expect(fs.existsSync(path.join(dir, 'pwned'))).toBe(false)
  })

  test('add to the names dictionary writes the workspace names file and re-lints open documents', async () => {
    const dir = tempDir()
    const server = client({rootDir: dir})
    await server.initialize()
    const first = pathToFileURL(path.join(dir, 'a.txt')).href
    const second = pathToFileURL(path.join(dir, 'notes', 'b.md')).href
    const text = 'The council said the zorvath protocol failed on Monday.'
    await server.open(first, text)
    await server.open(second, '# Notes\n\nAgain the zorvath protocol.', 'markdown')
    const published = await server.diagnosticsFor(first, 1)
    await server.diagnosticsFor(second, 1)
    const zorvath = covering(text, published, 'zorvath')!
    expect(zorvath).toMatchObject({code: 'spelling'})
    const actions = await server.codeActions(first, zorvath.range, [zorvath])
    const add = actions.find((action) => action.title === 'Add `zorvath` to the names dictionary')!
    expect(add.command).toEqual({title: 'Add to the names dictionary', command: 'copydesk.addToDictionary', arguments: [first, 'zorvath']})
    await server.connection.sendRequest('workspace/executeCommand', add.command)
    expect(fs.readFileSync(path.join(dir, 'copydesk.names.yaml'), 'utf8')).toBe('- zorvath\n')
    expect(covering(text, server.published.get(first)!, 'zorvath')).toBeUndefined()
    expect(server.published.get(second)!.diagnostics.filter((d) => d.code === 'spelling')).toHaveLength(0)

    // A second name is appended, not overwritten.
    await server.replace(first, 'The brelnik valve.')
    await server.diagnostics(first, (p) => p.diagnostics.some((d) => d.code === 'spelling'))
    await server.connection.sendRequest('workspace/executeCommand', {command: 'copydesk.addToDictionary', arguments: [first, 'brelnik']})
    expect(fs.readFileSync(path.join(dir, 'copydesk.names.yaml'), 'utf8')).toBe('- zorvath\n- brelnik\n')
    expect(byCode(server.published.get(first)!, 'spelling')).toHaveLength(0)
  })

  test('ignore in this document re-lints at once and stays per document', async () => {
    const server = client()
    await server.initialize()
    const one = 'untitled:Untitled-one'
    const two = 'untitled:Untitled-two'
    const text = 'The zorvath protocol and the zorvath valve.'
    await server.open(one, text)
    await server.open(two, text)
    expect(byCode(await server.diagnosticsFor(one, 1), 'spelling')).toHaveLength(2)
    await server.diagnosticsFor(two, 1)
    await server.connection.sendRequest('workspace/executeCommand', {command: 'copydesk.ignoreInDocument', arguments: [one, 'zorvath']})
    expect(byCode(server.published.get(one)!, 'spelling')).toHaveLength(0)
    expect(byCode(server.published.get(two)!, 'spelling')).toHaveLength(2)
  })

  test('malformed requests get error responses and the server keeps answering', async () => {
    const server = client()
    await server.initialize()
    const uri = 'untitled:Untitled-robust'
    await server.open(uri, article)
    await server.diagnosticsFor(uri, 1)
    await expect(server.connection.sendRequest('textDocument/codeAction', {garbage: true})).rejects.toMatchObject({code: -32602})
    await expect(server.connection.sendRequest('textDocument/codeAction', {textDocument: {uri}, range: 'everything'})).rejects.toMatchObject({code: -32602})
    await expect(server.connection.sendRequest('textDocument/codeAction', [1, 2, 3])).rejects.toBeDefined()
    await expect(server.connection.sendRequest('workspace/executeCommand', {command: 'copydesk.addToDictionary', arguments: [42]})).rejects.toMatchObject({code: -32602})
    await expect(server.connection.sendRequest('workspace/executeCommand', {command: 'rm -rf', arguments: [uri, 'x']})).rejects.toBeDefined()
    await expect(server.connection.sendRequest('copydesk/unknownMethod', {})).rejects.toMatchObject({code: -32601})
    // Notifications with nonsense must not break anything either.
    await server.connection.sendNotification('textDocument/didChange', {textDocument: {uri: 'untitled:nope', version: 2}, contentChanges: [{text: 'x'}]})
    await server.connection.sendNotification('workspace/didChangeWatchedFiles', {changes: 'nope'})
    await server.connection.sendNotification('workspace/didChangeConfiguration', {settings: {copydesk: {rules: 'nope', ignore: 5}}})
    // A frame whose body is not JSON at all.
    const body = '{"jsonrpc": "2.0", "id": 999, "method": '
    server.child.stdin.write('Content-Length: ' + Buffer.byteLength(body) + '\r\n\r\n' + body)

    const russia = covering(article, await server.diagnostics(uri), 'russia')!
    const actions = await server.codeActions(uri, russia.range, [russia])
    expect(actions.map((action) => action.title)).toContain('Replace `russia` with `Russia`')
    expect(server.child.exitCode).toBeNull()
  })

  test('an invalid rule in the settings becomes a config diagnostic, not a crash', async () => {
    const server = client({initializationOptions: {rules: {'no-such-rule': 'error'}}})
    await server.initialize()
    const uri = 'untitled:Untitled-badrule'
    await server.open(uri, article)
    const published = await server.diagnosticsFor(uri, 1)
    expect(byCode(published, 'config')).toMatchObject([{severity: 1}])
    expect(byCode(published, 'config')[0].message).toMatch(/no-such-rule/)
  })

  test('a typing run re-lints the touched paragraph; findings after it move with the text', async () => {
    const server = client()
    await server.initialize()
    const uri = 'untitled:Untitled-paragraphs'
    const parts = [
      'The envoy arrived in russia on Tuesday.',
      'Harbour officials said the ferry timetable would change in spring.',
      'A spokesperson said the goverment had not decided.',
      'The council will vote on the harbour budget next month.',
      'Residents asked for more buses on the coastal route.',
      'Traders met the mayor,however, and left without a deal.'
    ]
    let text = parts.join('\n\n') + '\n'
    await server.open(uri, text)
    await server.diagnosticsFor(uri, 1)
    const publishes = server.publishCount(uri)
    // Add a line with a new finding to the third paragraph: everything after it moves down a line.
    const line = 4
    const position = {line, character: parts[2].length}
    const added = '\nLater the envoy flew to moscow.'
    const version = await server.edit(uri, [{range: {start: position, end: position}, newText: added}])
    const lines = text.split('\n')
    lines[line] += added
    text = lines.join('\n')
    const typing = await server.diagnosticsFor(uri, version)
    expect(summary(typing.diagnostics)).toEqual(await expectedFor(text))
    expect(covering(text, typing, 'moscow')).toBeDefined()
    expect(byCode(typing, 'missing-space').map((diagnostic) => diagnostic.range.start.line)).toEqual([11])
    // The full run follows the pause and agrees.
    const full = await server.diagnostics(uri, (published) => published.version === version && server.publishCount(uri) > publishes + 1, 10000)
    expect(summary(full.diagnostics)).toEqual(summary(typing.diagnostics))
  })

  test('a typing run in Markdown maps the paragraph back into the source; code stays out', async () => {
    const server = client()
    await server.initialize()
    const uri = 'untitled:Untitled-notes.md'
    const parts = [
      '# Harbour report',
      'The envoy arrived in russia on *Tuesday*.',
      '```\nconst goverment = 1,2\n\nlet x = y.z\n```',
      'Residents asked for more buses on the coastal route.',
      '- Traders met the mayor,however, and left.\n- Fishers stayed home.',
      'The harbour board will meet again next month to review the plans.'
    ]
    let text = parts.join('\n\n') + '\n'
    await server.open(uri, text, 'markdown')
    await server.diagnosticsFor(uri, 1)
    // Type a new finding into the fourth paragraph.
    const line = text.split('\n').indexOf(parts[3])
    const position = {line, character: parts[3].length - 1}
    const version = await server.edit(uri, [{range: {start: position, end: position}, newText: ' in moscow'}])
    const lines = text.split('\n')
    lines[line] = parts[3].slice(0, -1) + ' in moscow.'
    text = lines.join('\n')
    const typing = await server.diagnosticsFor(uri, version)
    const {lint} = (await import(pathToFileURL(path.join(path.dirname(serverPath), 'lint.js')).href)) as typeof import('../../src/lint.js')
    const file = await lint({value: text, type: 'markdown'})
    const expected = file.messages.map((message) => {
      const place = message.place as {start: {line: number; column: number}; end: {line: number; column: number}}
      return [message.ruleId, place.start.line - 1, place.start.column - 1, place.end.line - 1, place.end.column - 1].join(':')
    })
    expect(summary(typing.diagnostics)).toEqual(expected)
    expect(covering(text, typing, 'moscow')).toBeDefined()
    expect(covering(text, typing, 'goverment')).toBeUndefined()
  })

  test('1,000 rapid edits: the final diagnostics match the final text', {timeout: 60000}, async () => {
    const server = client()
    await server.initialize()
    const uri = 'untitled:Untitled-typing'
    let text = article + '\n'
    await server.open(uri, text)
    await server.diagnosticsFor(uri, 1)
    const publishesBefore = server.publishCount(uri)
    const typed = 'Later the envoy flew to moscow, where the goverment of russia waited. '
    let version = 1
    for (let index = 0; index < 1000; index++) {
      const character = typed[index % typed.length]
      const lines = text.split('\n')
      const position = {line: lines.length - 1, character: lines[lines.length - 1].length}
      if (index % 50 === 49) {
        // Now and then delete the previous character and retype it.
        const back = {line: position.line, character: position.character - 1}
        version = await server.edit(uri, [{range: {start: back, end: position}, newText: ''}])
        text = text.slice(0, -1)
        version = await server.edit(uri, [{range: {start: back, end: back}, newText: typed[(index - 1) % typed.length]}])
        text += typed[(index - 1) % typed.length]
      }
      version = await server.edit(uri, [{range: {start: position, end: position}, newText: character}])
      text += character
    }
    const sentAll = Date.now()
    const final = await server.diagnosticsFor(uri, version, 30000)
    expect(Date.now() - sentAll).toBeLessThan(10000)
    expect(summary(final.diagnostics)).toEqual(await expectedFor(text))
    expect(byCode(final, 'name-case').length).toBeGreaterThan(5)
    // Debounced: nowhere near one lint per keystroke.
    expect(server.publishCount(uri) - publishesBefore).toBeLessThan(30)
  })

  test('a 1 MB document is linted, and edits to it are picked up', {timeout: 120000}, async () => {
    const server = client()
    await server.initialize()
    const uri = 'untitled:Untitled-big'
    const paragraph = 'The committee reviewed the harbour accounts on Tuesday and found that the figures were sound, officials said. ' +
      'Several members asked for more time to read the report before the vote, which is now expected next month. '
    let text = ''
    let count = 0
    while (text.length < 1024 * 1024) {
      text += paragraph + (count % 10 === 0 ? 'Ministers from russia attended. ' : '') + '\n\n'
      count++
    }
    await server.open(uri, text)
    const published = await server.diagnosticsFor(uri, 1, 90000)
    const found = byCode(published, 'name-case')
    expect(found.length).toBe(Math.ceil(count / 10))
    const last = found[found.length - 1]
    expect(textAt(text, last.range)).toBe('russia')
    const lines = text.split('\n')
    const end = {line: lines.length - 1, character: 0}
    const version = await server.edit(uri, [{range: {start: end, end}, newText: 'Envoys from ukraine arrived.'}])
    const after = await server.diagnosticsFor(uri, version, 90000)
    expect(byCode(after, 'name-case').length).toBe(found.length + 1)
  })
})
