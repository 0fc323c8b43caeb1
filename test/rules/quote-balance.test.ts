import {describe, expect, it} from 'vitest'
import {applyFirst, lintRule} from '../helpers.js'

const id = 'quote-balance'

const valid: string[] = [
  '“We are ready,” he said. “So are we.”',
  'He said "yes" and left.',
  '“The first paragraph of a long quote runs on.\n\n“The second one closes it.”',
  'Home » News » World'
]

const invalid: Array<{text: string; messages?: number; fixed: string}> = [
  {text: 'He wrote ”We will win” on Monday.', fixed: 'He wrote “We will win” on Monday.'},
  {text: 'He said “we will win and left.', fixed: 'He said “we will win and left.'},
  {text: 'The card ".If it goes on.', fixed: 'The card ".If it goes on.'}
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
