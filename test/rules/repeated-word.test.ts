import {describe, expect, it} from 'vitest'
import {applyFirst, lintRule} from '../helpers.js'

const id = 'repeated-word'

const valid: string[] = [
  'What he had had was not enough.',
  'He said that that was the end.',
  'They said bye bye and left for Walla Walla.',
  'The vote was 10 10 in the end.',
  'Talks went well. Well, mostly.'
]

const invalid: Array<{text: string; messages?: number; fixed: string}> = [
  {text: 'They met again again on Monday.', fixed: 'They met again on Monday.'},
  {text: 'Talks were held in Turkey in Turkey last year.', fixed: 'Talks were held in Turkey last year.'},
  {text: 'The the talks ended.', fixed: 'The talks ended.'}
]

describe(id, () => {
  it.each(valid)('stays silent: %s', async (text) => {
    expect(await lintRule(id, text)).toEqual([])
  })

  it.each(invalid)('reports and fixes: $text', async ({text, messages = 1, fixed}) => {
    const found = await lintRule(id, text)
    expect(found.length).toBe(messages)
    // A hint by default (`info`): never a warning unless configured.
    for (const message of found) expect(message.fatal).toBeUndefined()
    expect(applyFirst(text, found)).toBe(fixed)
  })

  it('becomes a warning when configured', async () => {
    const found = await lintRule(id, invalid[0].text, {rules: {[id]: 'warn'}})
    expect(found.length).toBeGreaterThan(0)
    expect(found[0].fatal).toBe(false)
  })
})
