import {describe, expect, it} from 'vitest'
import {applyFirst, lintRule} from '../helpers.js'
import {parsePhrases, phraseLanguages, loadPhrases} from '../../dist/src/phrases.js'

const id = 'mistranslation'
const ru = {sourceLanguages: ['ru']}

const valid: Array<{text: string; languages: string[]}> = [
  // Without a source language only the phrases no English copy says are checked: these are English too.
  {text: 'The new treaty brought the two nations closer to the world market.', languages: []},
  {text: 'It was not our day, and we were not in our day either.', languages: []},
  // Correct uses next to a listed phrase.
  {text: 'The strike was regarded as the onset of the campaign.', languages: ['ru']},
  {text: 'They moved closer to the world championship final.', languages: ['zh']},
  {text: 'The envoy said peace talks would resume soon.', languages: ['ru', 'ar', 'zh', 'uk']}
]

const invalid: Array<{text: string; languages: string[]; messages?: number; fixed: string}> = [
  {
    text: 'This will not bring us closer to the world, the president said.',
    languages: ['ru'],
    fixed: 'This will not bring us closer to peace, the president said.'
  },
  {
    text: 'Moscow promised to respond in a mirror manner to the expulsions.',
    languages: ['ru'],
    fixed: 'Moscow promised to respond in kind to the expulsions.'
  },
  {
    text: 'It was the first visit by a minister as the onset of the invasion.',
    languages: ['ru'],
    fixed: 'It was the first visit by a minister since the onset of the invasion.'
  },
  {
    text: 'The coach admitted: we were not in our day, but we closed the derby match file quickly.',
    languages: ['ar'],
    messages: 2,
    fixed: 'The coach admitted: it was not our day, but we put the derby match behind us quickly.'
  },
  {
    text: 'The gate of dialogue is always open, the ambassador said.',
    languages: ['zh'],
    fixed: 'The door to dialogue is always open, the ambassador said.'
  },
  {
    text: 'Talks will resume in the near time, and world talks may follow.',
    languages: ['ru'],
    messages: 2,
    fixed: 'Talks will resume soon, and peace talks may follow.'
  },
  // Calques no English copy says, checked without a source language.
  {
    text: 'The ministers discussed a wide circle of questions in a constructive key.',
    languages: [],
    messages: 2,
    fixed: 'The ministers discussed a wide range of issues in a constructive manner.'
  },
  {
    text: 'After the vote the ball is now in the ground of Brussels.',
    languages: [],
    fixed: 'After the vote the ball is now in the court of Brussels.'
  }
]

describe(id, () => {
  it.each(valid)('stays silent: $text', async ({text, languages}) => {
    expect(await lintRule(id, text, {sourceLanguages: languages})).toEqual([])
  })

  it.each(invalid)('reports and fixes: $text', async ({text, languages, messages = 1, fixed}) => {
    const found = await lintRule(id, text, {sourceLanguages: languages})
    expect(found.length).toBe(messages)
    expect(applyFirst(text, found)).toBe(fixed)
  })

  it('reports nothing for the same text without the language', async () => {
    expect(await lintRule(id, invalid[0].text)).toEqual([])
    expect(await lintRule(id, invalid[0].text, {sourceLanguages: ['zh']})).toEqual([])
  })

  it('explains the source word in the reason', async () => {
    const [message] = await lintRule(id, invalid[0].text, ru)
    expect(message.reason).toMatch(/мир/)
    expect(message.fatal).toBe(false)
  })
})

describe('phrase tables', () => {
  it('ship valid tables for several languages', () => {
    expect(phraseLanguages()).toEqual(expect.arrayContaining(['ar', 'ru', 'uk', 'zh']))
    for (const lang of phraseLanguages()) expect(loadPhrases(lang).length).toBeGreaterThan(0)
  })

  it.each([
    ['- phrase: one\n  expected: [x]\n  explanation: a long enough reason', /entry 1 \(`one`\): `phrase` must be text of at least two words/],
    ['- phrase: two words\n  expected: x\n  explanation: a long enough reason', /`expected` must be a list/],
    ['- phrase: two words\n  expected: [x]', /`explanation` must say why/],
    ['- phrase: two words\n  expected: [x]\n  explanation: a long enough reason\n  note: y', /unknown key `note`/],
    ['- phrase: two words\n  expected: [x]\n  explanation: a long enough reason\n  anywhere: yes please', /`anywhere` must be `true` or `false`/],
    ['- phrase: "* words"\n  expected: [x]\n  explanation: a long enough reason', /`\*` may stand only between words/],
    ['phrase: two words', /expected a list of entries/],
    ['- [unclosed', /not valid YAML/]
  ])('rejects a bad table with a message that says how to fix it: %s', (text, pattern) => {
    expect(() => parsePhrases(text, 'dictionaries/phrases/xx.yaml', 'xx')).toThrow(pattern)
    expect(() => parsePhrases(text, 'dictionaries/phrases/xx.yaml', 'xx')).toThrow(/^dictionaries\/phrases\/xx\.yaml:\d+: /)
  })

  it('rejects a language code that is not one', () => {
    expect(() => loadPhrases('Russian')).toThrow(/unknown language code/)
  })
})
