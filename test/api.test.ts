import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {retext} from 'retext'
import {describe, expect, it} from 'vitest'
import copydesk, {lint, parseNames, DictionaryError, preset} from '../dist/src/index.js'

describe('API', () => {
  it('lints a string', async () => {
    const file = await lint('They met Whitkoff in moscow,then left.')
    expect(file.messages.map((message) => [message.ruleId, message.actual, message.expected?.[0]])).toEqual([
      ['garbled-name', 'Whitkoff', 'Witkoff'],
      ['name-case', 'moscow', 'Moscow'],
      ['missing-space', 'moscow,then', 'moscow, then']
    ])
  })

  it('drops a name-case fix of one word inside a garbled name, whose suggestion writes the whole name', async () => {
    const file = await lint('The leaders heard President Cyril Rama posa open the summit.')
    expect(file.messages.map((message) => [message.ruleId, message.actual, message.expected?.[0]])).toEqual([
      ['garbled-name', 'Cyril Rama posa', 'Cyril Ramaphosa']
    ])
  })

  it('lints a file by path, choosing the parser from its extension', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-api-'))
    const file = path.join(dir, 'story.md')
    fs.writeFileSync(file, '# Talks\n\nThe `kremlin` code and the kremlin said no.\n')
    const result = await lint({path: file})
    expect(result.messages.map((message) => message.actual)).toEqual(['kremlin'])
    expect(result.messages[0].place).toMatchObject({start: {line: 3, column: 28}})
    fs.rmSync(dir, {recursive: true, force: true})
  })

  it('forces a parser with `type` and takes options', async () => {
    const html = await lint({value: '<p>In <code>russia</code> and russia.</p>', type: 'html'}, {rules: {spelling: 'off'}})
    expect(html.messages.map((message) => message.actual)).toEqual(['russia'])
    const off = await lint('In russia.', {rules: {'name-case': 'off'}})
    expect(off.messages).toEqual([])
  })

  it('works as a plugin in a retext pipeline', async () => {
    const file = await retext().use(copydesk).process('Sergey Conversation flew to kyiv.')
    expect(file.messages.map((message) => [message.ruleId, message.expected?.[0]])).toEqual([
      ['garbled-name', 'Sergey Beseda'],
      ['name-case', 'Kyiv']
    ])
  })

  it('rejects an unknown rule when the plugin is attached', () => {
    expect(() => retext().use(copydesk, {rules: {nope: 'warn'}}).freeze()).toThrow(/Unknown rule `nope`/)
  })

  it('validates names data with file, line, entry and fix', () => {
    expect(() => parseNames('- name: Ada Vale\n  type: persn\n', 'house.yaml', 'yaml')).toThrow(DictionaryError)
    expect(() => parseNames('- name: Ada Vale\n  type: persn\n', 'house.yaml', 'yaml')).toThrow(/house\.yaml:1: entry `Ada Vale`: `type` must be one of person/)
    expect(preset.length).toBeGreaterThan(6)
  })
})
