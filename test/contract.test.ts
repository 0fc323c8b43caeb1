import fs from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {preset} from '../dist/src/preset.js'
import {lint} from '../dist/src/lint.js'
import {docsBase} from '../dist/src/rule.js'
import type {RuleConfig} from '../dist/src/processor.js'

const root = path.resolve(import.meta.dirname, '..')
const ruleFiles = fs
  .readdirSync(path.join(root, 'rules'))
  .filter((name) => name.endsWith('.ts'))
  .map((name) => name.replace(/\.ts$/, ''))
  .sort()
const registered = preset.map(([rule]) => rule.meta.id)

describe('the preset (registry)', () => {
  it('registers every rule file in rules/, once', () => {
    expect([...registered].sort()).toEqual(ruleFiles)
    expect(new Set(registered).size).toBe(registered.length)
  })

  it.each(ruleFiles)('rule %s: id is its file name, described, with a valid default severity and tests', (id) => {
    const [rule] = preset.find(([candidate]) => candidate.meta.id === id)!
    expect(rule.meta.id).toBe(id)
    expect(rule.meta.description.length).toBeGreaterThan(10)
    expect(['off', 'info', 'warn', 'error']).toContain(rule.meta.defaultSeverity)
    expect(typeof rule.meta.fixSafe).toBe('boolean')
    expect(fs.existsSync(path.join(root, 'test', 'rules', id + '.test.ts'))).toBe(true)
  })

  it('keeps the rule ids that reports and evaluations key on', () => {
    for (const id of ['missing-space', 'name-case', 'garbled-name', 'unquoted-quote', 'case', 'mistranslation', 'spelling']) {
      expect(registered).toContain(id)
    }
  })
})

describe('every message follows the convention', async () => {
  const text = fs.readFileSync(path.join(root, 'test', 'fixtures', 'sample-article.txt'), 'utf8')
  const everything: Record<string, RuleConfig> = Object.fromEntries(registered.map((id) => [id, 'warn' as RuleConfig]))
  const file = await lint(text, {rules: everything, sourceLanguages: ['ru', 'uk', 'zh', 'ar']})

  it('emits messages on the sample article', () => {
    expect(file.messages.length).toBeGreaterThan(5)
  })

  it.each(file.messages.map((message) => [message.ruleId + ': ' + message.reason, message] as const))('%s', (_, message) => {
    expect(registered).toContain(message.ruleId)
    expect(message.source).toBe('copydesk')
    expect(message.url).toBe(docsBase + '#' + message.ruleId)
    expect(message.reason).toMatch(/^Unexpected /)
    const place = message.place as {start: {offset: number}; end: {offset: number}}
    expect(place.start.offset).toBeLessThanOrEqual(place.end.offset)
    expect(message.actual).toBe(text.slice(place.start.offset, place.end.offset))
    expect(Array.isArray(message.expected)).toBe(true)
    if ((message as {fixSafe?: boolean}).fixSafe) expect(message.expected!.length).toBeGreaterThan(0)
  })
})
