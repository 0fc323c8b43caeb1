import {describe, expect, it} from 'vitest'
import {applyFirst, lintRule} from '../helpers.js'

const id = 'doubled-punctuation'

const valid: string[] = [
  'Wait... what happened?',
  'He paused . . . and went on.',
  'The total was 1,000,000 dollars.',
  'It ended. The end…'
]

const invalid: Array<{text: string; messages?: number; fixed: string}> = [
  {text: 'It cost six million dollars..', fixed: 'It cost six million dollars.'},
  {text: 'We will get six points. . He left.', fixed: 'We will get six points. He left.'},
  {text: 'He said,, that it was over.', fixed: 'He said, that it was over.'}
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
