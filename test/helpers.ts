import {describe, expect, it} from 'vitest'
import type {VFileMessage} from 'vfile-message'
import {lint} from '../dist/src/lint.js'
import type {CopydeskOptions} from '../dist/src/processor.js'

/** Lint `text` as plain text and keep the messages of one rule (any severity). */
export async function lintRule(id: string, text: string, options: CopydeskOptions = {}): Promise<VFileMessage[]> {
  const file = await lint(text, options)
  return file.messages.filter((message) => message.ruleId === id)
}

/** Start and end offsets of a message's place. */
export function offsetsOf(message: VFileMessage): [number, number] {
  const place = message.place
  if (!place || !('start' in place)) throw new Error('Message without a range: ' + message.reason)
  const start = place.start.offset
  const end = place.end.offset
  if (start === undefined || end === undefined) throw new Error('Message without offsets: ' + message.reason)
  return [start, end]
}

/**
 * Apply the first `expected` value of each message at its offsets (later
 * messages first; a message overlapping one already applied is skipped).
 */
export function applyFirst(text: string, messages: VFileMessage[]): string {
  const edits = messages
    .filter((message) => message.expected && message.expected.length > 0)
    .map((message) => {
      const [start, end] = offsetsOf(message)
      return {start, end, value: message.expected![0]}
    })
    .sort((a, b) => b.start - a.start)
  let result = text
  let floor = Infinity
  for (const edit of edits) {
    if (edit.end > floor) continue
    result = result.slice(0, edit.start) + edit.value + result.slice(edit.end)
    floor = edit.start
  }
  return result
}

export interface InvalidCase {
  text: string
  /** How many messages of the rule (default 1). */
  messages?: number
  /** The text after applying each message's first suggestion. */
  fixed: string
}

export interface RuleTables {
  /** Correct text that must stay silent (guardrails). */
  valid: string[]
  /** True positives, with the fixed text. */
  invalid: InvalidCase[]
  /** What the rule does not catch yet, asserted to stay missed so a fix shows up. */
  knownMisses?: Array<string | {text: string; why: string}>
  /** The rule reports hints (`info`) by default: every message must be one. */
  hint?: boolean
  /** Count only warnings (other severities, such as hints, may accompany them). */
  warningsOnly?: boolean
}

/**
 * textlint-tester style tables for one rule: `valid` stays silent, every
 * `invalid` case reports its messages and fixes to `fixed` (Harper's
 * `assert_suggestion_result`), and `knownMisses` stay missed.
 */
export function ruleTester(id: string, tables: RuleTables): void {
  const count = (messages: VFileMessage[]) => (tables.warningsOnly ? messages.filter((message) => message.fatal === false) : messages)
  describe(id, () => {
    it.each(tables.valid)('stays silent: %s', async (text) => {
      expect((await lintRule(id, text)).map((message) => message.reason)).toEqual([])
    })

    it.each(tables.invalid)('reports and fixes: $text', async ({text, messages = 1, fixed}) => {
      const found = await lintRule(id, text)
      expect(count(found)).toHaveLength(messages)
      if (tables.hint) for (const message of found) expect(message.fatal).toBeUndefined()
      expect(applyFirst(text, found)).toBe(fixed)
    })

    if (tables.hint) {
      it('becomes a warning when configured', async () => {
        const found = await lintRule(id, tables.invalid[0].text, {rules: {[id]: 'warn'}})
        expect(found.length).toBeGreaterThan(0)
        expect(found[0].fatal).toBe(false)
      })
    }

    const misses = (tables.knownMisses || []).map((item) => (typeof item === 'string' ? {text: item, why: 'documented'} : item))
    if (misses.length > 0) {
      it.each(misses)('known miss ($why): $text', async ({text}) => {
        expect(count(await lintRule(id, text))).toHaveLength(0)
      })
    }
  })
}
