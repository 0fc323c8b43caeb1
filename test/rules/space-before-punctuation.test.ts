import {describe, expect, it} from 'vitest'
import {applyFirst, lintRule} from '../helpers.js'

const id = 'space-before-punctuation'

const valid: string[] = [
  'The second round – June 2 – was short.',
  'Temperatures fell to -5 overnight.',
  'He paused . . . and went on.',
  'China’s dialogue is open, and Sino-US ties matter.',
  'The ex-model said so.'
]

const invalid: Array<{text: string; messages?: number; fixed: string}> = [
  {text: 'The ties of China ’s economy grew.', fixed: 'The ties of China’s economy grew.'},
  {text: 'So said the spokesman .', fixed: 'So said the spokesman.'},
  {text: 'Prices rose , then fell.', fixed: 'Prices rose, then fell.'},
  {text: 'Sino -US relations improved.', fixed: 'Sino-US relations improved.'},
  {text: 'He is an ex -model and a merchant.', fixed: 'He is an ex-model and a merchant.'}
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
