import {describe, expect, it} from 'vitest'
import {applyFirst, lintRule} from '../helpers.js'

const id = 'page-furniture'

const valid: string[] = [
  'Home prices rose sharply last year.',
  'You may also like the new plan, officials said.',
  'Readers may leave a comment below the article.'
]

const invalid: Array<{text: string; messages?: number; fixed: string}> = [
  {text: 'Home » News » Envoy visits Moscow\n\nThe envoy arrived.', fixed: '\n\nThe envoy arrived.'},
  {text: 'The envoy arrived.\n\nYou may also like\n\nLeave a Comment', messages: 2, fixed: 'The envoy arrived.\n\n\n\n'},
  {text: 'The envoy arrived.\n\nThis site uses Akismet to reduce spam. Learn how your comment data is processed.', fixed: 'The envoy arrived.\n\n'}
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
