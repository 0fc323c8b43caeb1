import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'

const root = path.resolve(import.meta.dirname, '..')
// The command as installed: the package.json `bin` entry (the bundled CLI).
const bins = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).bin as Record<string, string>
const cli = path.join(root, bins.copydesk)
const sample = path.join(root, 'test', 'fixtures', 'sample-article.txt')
const temps: string[] = []

function run(args: string[], options: {cwd?: string; input?: string | Buffer} = {}) {
  const result = spawnSync(process.execPath, [cli, ...args], {cwd: options.cwd || root, input: options.input, encoding: 'utf8', maxBuffer: 1 << 28})
  return {code: result.status, stdout: result.stdout, stderr: result.stderr}
}

function workspace(files: Record<string, string | Buffer>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-cli-'))
  temps.push(dir)
  for (const [name, contents] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), {recursive: true})
    fs.writeFileSync(path.join(dir, name), contents)
  }
  return dir
}

afterAll(() => {
  for (const dir of temps) fs.rmSync(dir, {recursive: true, force: true})
})

describe('copydesk CLI', () => {
  it('runs as a command with the young generation heap.ts sets, through its #! line', async () => {
    const {semiSpaceFlag} = await import('../src/engine/heap.js')
    for (const name of ['cli', 'lsp']) {
      for (const file of [path.join(root, 'src', name + '.ts'), path.join(root, 'dist', 'src', name + '.js'), ...(name === 'cli' ? [cli] : [])]) {
        expect(fs.readFileSync(file, 'utf8').split('\n')[0]).toBe('#!/usr/bin/env -S node ' + semiSpaceFlag)
      }
    }
    // Executed directly (as npm's bin link is), not through `node cli.js`.
    const result = spawnSync(cli, ['--version'], {encoding: 'utf8'})
    expect(result.status).toBe(0)
    expect(result.stdout.trim()).toBe(JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).version)
  })

  it('lints the sample article: warnings only, exit 0', () => {
    const {code, stderr} = run([sample])
    expect(code).toBe(0)
    expect(stderr).toMatch(/garbled-name/)
    expect(stderr).toMatch(/missing-space/)
    expect(stderr).toMatch(/warnings?/)
  })

  it('--frail turns warnings into exit 1', () => {
    expect(run([sample, '--frail']).code).toBe(1)
  })

  it('--rule sets severity: error exits 1, off silences', () => {
    expect(run([sample, '--rule', 'spelling=error']).code).toBe(1)
    const {stdout} = run([sample, '--rule', 'spelling=off', '--report', 'json'])
    expect(JSON.parse(stdout)[0].messages.some((m: {ruleId: string}) => m.ruleId === 'spelling')).toBe(false)
  })

  it('--report json is valid vfile-reporter-json from any directory, with offsets and suggestions', () => {
    const {code, stdout} = run(['--report', 'json', sample], {cwd: os.tmpdir()})
    expect(code).toBe(0)
    const [file] = JSON.parse(stdout)
    expect(file.path).toBe(path.relative(os.tmpdir(), sample))
    const text = fs.readFileSync(sample, 'utf8')
    for (const message of file.messages) {
      expect(message.source).toBe('copydesk')
      expect(text.slice(message.place.start.offset, message.place.end.offset)).toBe(message.actual)
      expect(Array.isArray(message.expected)).toBe(true)
      expect(message).not.toHaveProperty('ancestors')
    }
  })

  it('--report sarif is SARIF 2.1.0', () => {
    const sarif = JSON.parse(run(['--report', 'sarif', sample]).stdout)
    expect(sarif.version).toBe('2.1.0')
    expect(sarif.runs[0].tool.driver.name).toBe('copydesk')
    expect(sarif.runs[0].results.length).toBeGreaterThan(3)
    expect(sarif.runs[0].results[0].locations[0].physicalLocation.region.startLine).toBeGreaterThan(0)
  })

  it('--report github prints workflow annotations', () => {
    const {stdout} = run(['--report', 'github', sample])
    expect(stdout).toMatch(/^::warning file=test\/fixtures\/sample-article\.txt,line=\d+,col=\d+/m)
  })

  it('unknown flags, bad values and no input are usage errors: exit 2, one line', () => {
    for (const args of [['--bogus', sample], ['--report', 'xml', sample], ['--rule', 'nope=warn', sample], []]) {
      const {code, stderr} = run(args)
      expect(code).toBe(2)
      expect(stderr.trim().split('\n')).toHaveLength(1)
      expect(stderr).toMatch(/^copydesk: /)
    }
  })

  it('ships executable bins (the package.json `bin` entries)', () => {
    for (const bin of Object.values(bins).map((file) => path.join(root, file))) {
      expect(fs.statSync(bin).mode & 0o111).not.toBe(0)
      expect(fs.readFileSync(bin, 'utf8').startsWith('#!/usr/bin/env -S node ')).toBe(true)
    }
  })

  it('--help and --version', () => {
    expect(run(['--help']).stdout).toMatch(/Usage: copydesk/)
    expect(run(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/)
  })

  it('finds configuration upwards and applies it', () => {
    const dir = workspace({'.copydeskrc.json': JSON.stringify({rules: {'missing-space': 'off'}}), 'sub/a.txt': 'We met in Kyiv,then left.\n'})
    const json = JSON.parse(run(['--report', 'json', 'sub/a.txt'], {cwd: dir}).stdout)
    expect(json[0].messages).toHaveLength(0)
  })

  it('reads a `copydesk` field in package.json and YAML configuration', () => {
    const a = workspace({'package.json': JSON.stringify({name: 'x', copydesk: {rules: {'name-case': 'error'}}}), 'a.txt': 'They flew to moscow.\n'})
    expect(run(['a.txt'], {cwd: a}).code).toBe(1)
    const b = workspace({'.copydeskrc.yaml': 'rules:\n  name-case: off\n', 'a.txt': 'They flew to moscow.\n'})
    expect(JSON.parse(run(['--report', 'json', 'a.txt'], {cwd: b}).stdout)[0].messages).toHaveLength(0)
  })

  it('rejects invalid configuration with file, line and fix (exit 2)', () => {
    const dir = workspace({'.copydeskrc.yaml': 'rules:\n  name-case: warn\nrulez:\n  spelling: off\n', 'a.txt': 'Hello.\n'})
    const {code, stderr} = run(['a.txt'], {cwd: dir})
    expect(code).toBe(2)
    expect(stderr).toMatch(/\.copydeskrc\.yaml:3: unknown key `rulez`; allowed keys: /)
    const bad = workspace({'.copydeskrc.json': '{"rules": {"spelling": "loud"}}', 'a.txt': 'Hello.\n'})
    expect(run(['a.txt'], {cwd: bad}).stderr).toMatch(/Invalid severity `loud` for rule `spelling`/)
    const broken = workspace({'.copydeskrc.json': '{"rules": ', 'a.txt': 'Hello.\n'})
    expect(run(['a.txt'], {cwd: broken}).stderr).toMatch(/not valid JSON/)
  })

  it('refuses configuration that asks to load plugins', () => {
    const dir = workspace({'.copydeskrc.json': '{"plugins": ["./evil.js"]}', 'a.txt': 'Hello.\n'})
    const {code, stderr} = run(['a.txt'], {cwd: dir})
    expect(code).toBe(2)
    expect(stderr).toMatch(/`plugins` is not supported/)
  })

  it('rejects an invalid names dictionary with file, line, entry and fix', () => {
    const dir = workspace({
      '.copydeskrc.json': JSON.stringify({dictionaries: ['house.yaml']}),
      'house.yaml': '- name: Ada Vale\n  type: person\n- name: Bo Ek\n  type: person\n  varients: [Bo Eck]\n',
      'a.txt': 'Hello.\n'
    })
    const {code, stderr} = run(['a.txt'], {cwd: dir})
    expect(code).toBe(2)
    expect(stderr).toMatch(/house\.yaml:3: entry `Bo Ek`: unknown field `varients`; did you mean `variants`\?/)
  })

  it('a house names file silences unknown names and adds known garbles', () => {
    const dir = workspace({'copydesk.names.yaml': '- name: Quillon Barge\n  type: person\n  garbles: [Quillon Barj]\n', 'a.txt': 'Quillon Barj spoke.\n'})
    const json = JSON.parse(run(['--report', 'json', 'a.txt'], {cwd: dir}).stdout)
    expect(json[0].messages.map((m: {expected: string[]}) => m.expected[0])).toEqual(['Quillon Barge'])
  })

  it('honours .copydeskignore and expands directories to supported files', () => {
    const dir = workspace({'.copydeskignore': 'drafts/\n', 'a.txt': 'In moscow.\n', 'b.md': '# Title\n\nIn moscow.\n', 'c.js': 'moscow', 'drafts/d.txt': 'In moscow.\n'})
    const json = JSON.parse(run(['--report', 'json', '.'], {cwd: dir}).stdout)
    expect(json.map((file: {path: string}) => file.path).sort()).toEqual(['a.txt', 'b.md'])
  })

  it('binary, non-UTF-8, huge and empty files get a clear message; exit 2 when nothing could be linted', () => {
    const dir = workspace({
      'bin.txt': Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x01]),
      'latin1.txt': Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x2e]),
      'empty.txt': '',
      'ok.txt': 'Fine text.\n'
    })
    const binary = run(['bin.txt'], {cwd: dir})
    expect(binary.code).toBe(2)
    expect(binary.stderr).toMatch(/looks binary/)
    expect(run(['latin1.txt'], {cwd: dir}).stderr).toMatch(/not valid UTF-8/)
    expect(run(['empty.txt'], {cwd: dir}).code).toBe(0)
    const mixed = run(['bin.txt', 'ok.txt'], {cwd: dir})
    expect(mixed.code).toBe(1)
    fs.writeFileSync(path.join(dir, 'huge.txt'), Buffer.alloc(20 * 1024 * 1024, 'word '))
    const huge = run(['huge.txt'], {cwd: dir})
    expect(huge.code).toBe(2)
    expect(huge.stderr).toMatch(/too large \(20\.0 MB, limit 10 MB\)/)
    expect(huge.stderr).not.toMatch(/at .*\.js:\d+/)
  })

  it('lints a directory with thousands of files', () => {
    const files: Record<string, string> = {}
    for (let index = 0; index < 2000; index++) files['many/f' + index + '.txt'] = 'Talks in moscow,then Kyiv.\n'
    const dir = workspace(files)
    const {code, stdout} = run(['--report', 'json', 'many'], {cwd: dir})
    expect(code).toBe(0)
    const json = JSON.parse(stdout)
    expect(json).toHaveLength(2000)
    expect(json.every((file: {messages: unknown[]}) => file.messages.length === 2)).toBe(true)
  })

  it('--jobs lints on worker threads with the same report, fixes and errors as one thread', () => {
    const files: Record<string, string> = {}
    const texts = ['Talks in moscow,then Kyiv.\n', 'Sergey Conversation met Whitkoff.\n', 'The kremlin said.Then nothing.\n', '# Head\n\nIn moscow,again.\n']
    for (let index = 0; index < 12; index++) files['docs/f' + String(index).padStart(2, '0') + (index % 4 === 3 ? '.md' : '.txt')] = texts[index % 4]
    const dir = workspace(files)
    const one = run(['--report', 'json', '--jobs', '1', 'docs'], {cwd: dir})
    const two = run(['--report', 'json', '--jobs', '2', 'docs'], {cwd: dir})
    expect(two.code).toBe(0)
    expect(two.stdout).toBe(one.stdout)
    expect(JSON.parse(two.stdout)).toHaveLength(12)
    expect(run(['--jobs', '2', 'docs'], {cwd: dir}).stderr).toBe(run(['--jobs', '1', 'docs'], {cwd: dir}).stderr)

    const fixed = run(['--fix', '--jobs', '3', 'docs'], {cwd: dir})
    expect(fixed.code).toBe(0)
    expect(fs.readFileSync(path.join(dir, 'docs', 'f00.txt'), 'utf8')).toBe('Talks in Moscow, then Kyiv.\n')
    expect(fs.readFileSync(path.join(dir, 'docs', 'f03.md'), 'utf8')).toBe('# Head\n\nIn Moscow, again.\n')
    expect(fs.readdirSync(path.join(dir, 'docs'))).toHaveLength(12)

    fs.writeFileSync(path.join(dir, '.copydeskrc.json'), JSON.stringify({dictionaries: ['house.yaml']}))
    fs.writeFileSync(path.join(dir, 'house.yaml'), '- name: Bo Ek\n  type: persn\n')
    const broken = run(['--jobs', '2', 'docs'], {cwd: dir})
    expect(broken.code).toBe(2)
    expect(broken.stderr).toMatch(/^copydesk: .*house\.yaml:1: entry `Bo Ek`: `type` must be one of/)
    expect(broken.stderr).toBe(run(['--jobs', '1', 'docs'], {cwd: dir}).stderr)
    expect(broken.stderr).not.toMatch(/internal error|at .*\.js:\d+/)

    for (const bad of ['0', 'two', '1.5']) {
      const usage = run(['--jobs', bad, 'docs'], {cwd: dir})
      expect(usage.code).toBe(2)
      expect(usage.stderr).toMatch(/`--jobs` takes a whole number/)
    }
  })

  it('--fix applies safe fixes only, atomically, touching no byte outside them', () => {
    const original = 'Talks in moscow,then Kyiv.\r\nCafé ☕ stays; Whitkoff too.\r\n'
    const dir = workspace({'a.txt': original})
    const {code} = run(['--fix', 'a.txt'], {cwd: dir})
    expect(code).toBe(0)
    const fixed = fs.readFileSync(path.join(dir, 'a.txt'), 'utf8')
    expect(fixed).toBe('Talks in Moscow, then Kyiv.\r\nCafé ☕ stays; Whitkoff too.\r\n')
    expect(fs.readdirSync(dir)).toEqual(['a.txt'])
  })

  it('--stdin with --stdin-filename picks the parser; --fix prints the fixed text', () => {
    const input = '# Head\n\nIn `moscow` code, but moscow here.\n'
    const json = JSON.parse(run(['--stdin', '--stdin-filename', 'story.md', '--report', 'json'], {input}).stdout)
    expect(json[0].path).toBe('story.md')
    expect(json[0].messages).toHaveLength(1)
    expect(json[0].messages[0].place.start.offset).toBe(input.lastIndexOf('moscow'))
    const fixed = run(['--stdin', '--fix'], {input: 'They met in moscow,then left.'})
    expect(fixed.stdout).toBe('They met in Moscow, then left.')
  })

  it('maps Markdown and HTML positions back to the source', () => {
    const md = '# Report\n\nThe **kremlin** said [no](https://example.com/russia).\n'
    const html = '<p>The <b>kremlin</b> said <a href="https://x.org/russia">no</a>.</p><script>var russia = 1</script>'
    const dir = workspace({'a.md': md, 'a.html': html})
    const json = JSON.parse(run(['--report', 'json', 'a.md', 'a.html'], {cwd: dir}).stdout)
    for (const [file, text] of [[json[0], md], [json[1], html]]) {
      expect(file.messages).toHaveLength(1)
      const message = file.messages[0]
      expect(text.slice(message.place.start.offset, message.place.end.offset)).toBe('kremlin')
    }
  })

  it('inline comments silence a passage', () => {
    const md = '<!-- copydesk-disable-next-line name-case -->\nIn moscow.\n\nIn moscow.\n'
    const dir = workspace({'a.md': md})
    const json = JSON.parse(run(['--report', 'json', 'a.md'], {cwd: dir}).stdout)
    expect(json[0].messages.map((m: {line: number}) => m.line)).toEqual([4])
  })

  it('`names --unknown` lists capitalised names no dictionary knows, with counts', () => {
    const dir = workspace({'a.txt': 'Zorvath Quimby met Quimby and Putin in Kyiv. Quimby left.\n'})
    const {code, stdout} = run(['names', '--unknown', '--report', 'json', 'a.txt'], {cwd: dir})
    expect(code).toBe(0)
    expect(JSON.parse(stdout)).toEqual([
      {name: 'Quimby', count: 3},
      {name: 'Zorvath', count: 1}
    ])
  })
})
