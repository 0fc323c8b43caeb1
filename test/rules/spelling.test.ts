import {describe, it, expect} from 'vitest'
import {applyFirst, lintRule, ruleTester} from '../helpers.js'

/**
 * `spelling`: misspelled ordinary words, never correct names. True positives
 * assert the number of warnings and the text fixed with the first
 * suggestion; guardrails must produce no `spelling` message at all.
 */

const rule = 'spelling'

const invalid: Array<{text: string; fixed: string; messages?: number}> = [
  {text: 'The goverment said it would respond.', fixed: 'The government said it would respond.'},
  {text: 'The ministry recieved the letter on Monday.', fixed: 'The ministry received the letter on Monday.'},
  {text: 'It was definately a setback for the talks.', fixed: 'It was definitely a setback for the talks.'},
  {text: 'The sanctoins were lifted in March.', fixed: 'The sanctions were lifted in March.'},
  {text: 'Olaf Scholz said the goverment recieved the report.', fixed: 'Olaf Scholz said the government received the report.', messages: 2}
]

const valid: string[] = [
  // Units written with a slash, and cricket's words.
  'Output rose to 2.5 million boe/d as the seamers yorked the tail.',
  // Words inside web addresses.
  'The figures are at https://www.cbr.ru/eng/ and at cbr.ru/eng/stats for anyone to check.',
  // British spellings (derived from the American forms) and British words.
  'The colour of the defence organisation changed.',
  'Critics criticised the programme; the minister apologised and emphasised that he realised the risk.',
  'She travelled to the theatre in the centre of town; the flight was cancelled.',
  'Analysts analyse the catalogue of neighbouring states with a favourite licence.',
  'Officials were sceptical of the judgement on modernisation and paralysed talks.',
  'The grey building stood amidst the ruins, amongst the trees, whilst crowds watched.',
  'The tyres on the kerb, the cheque and the jewellery were found on the second storey.',
  // Current words dictionary-en lacks (dictionaries/spelling/en-extra.txt), the WHO's lower-case disease names among them.
  'Health officers tracked new mpox infections while a deepfake video of the minister spread.',
  // Hyphenated forms of words written solid (`preemptive`, `cooperation`).
  'The pre-emptive strike ended the co-operation agreement.',
  // Closed compounds of two words, and their plurals.
  'Both roadmaps foresee several drawdowns before the homeownership scheme ends.',
  // Prefixed words, contractions and addresses.
  'The counter-offensive began; the relaunch was overpromising.',
  'Don’t go, it’s late, they’re waiting.',
  'See https://example.com/zelensky and www.kremlin.ru for details.',
  // Capitalised names no dictionary knows are never spelling errors.
  'Tomasz Wiśniewski met Jiří Dvořák and Bjørn Haugland in Łódź.',
  'Ruslan Gabdrakhmanov, Timur Zhaksylykov and Chukwuemeka Okafor spoke.',
  'Yekaterina Schulmann and Tatiana Stanovaya commented.',
  // Lower-case names belong to the names rules, not to spelling.
  'Officials in moscow said the kremlin would respond.',
  'Analysts said zelenskyy would travel.',
  // A garbled name already reported by the names rules gets no second warning.
  'Foreign Minister Lavrof met his counterpart.',
  'Elvira Nabiulina kept rates on hold.',
  // Lower-case words South Asian and business copy writes every day.
  'The party ameer spoke, Jassi bhai bowled, and sales rose 4% yoy and 1% qoq.',
  // Latin plurals news uses; the plural of a word the dictionary lists without one.
  'Both memoranda and two referenda were signed, and the rescissions passed.'
]

const knownMisses: Array<{text: string; why: string}> = [
  // Real words in the wrong place: a dictionary cannot see them.
  {text: 'The report came form the ministry.', why: 'real-word error (form/from)'},
  {text: 'She said its a shame.', why: 'real-word error (its/it’s)'}
]

ruleTester(rule, {valid, invalid, knownMisses, warningsOnly: true})

describe(rule + ': how sure a misspelling is', () => {
  it('skips abbreviations without a vowel', async () => {
    expect(await lintRule(rule, 'Output rose by 2 bpd at 60 mph.')).toEqual([])
  })

  it('makes a word far from every word a hint, and a one-slip typo a warning', async () => {
    const found = await lintRule(rule, 'The adtech market and the goverment grew.')
    expect(found.map((message) => [message.actual, message.fatal])).toEqual([
      ['adtech', undefined],
      ['goverment', false]
    ])
  })

  it('makes every unknown word of a transcript without punctuation a hint (speech-to-text writes words it knows)', async () => {
    const lines = ['0:01', 'good evening and welcome back to the harbour report']
    for (let minute = 2; minute < 40; minute++) lines.push('0:' + String(minute).padStart(2, '0'), 'the ferry crews said the new pier is ready and the tides are calm this week')
    lines.push('0:41', 'the mayor called the new cepo on fares a fair deal for the town')
    const found = await lintRule(rule, lines.join('\n'))
    expect(found.map((message) => [message.actual, message.fatal])).toEqual([['cepo', undefined]])
    // (The same word in punctuated copy is a one-slip typo: a warning.)
    const prose = await lintRule(rule, 'The mayor called the new cepo on fares a fair deal.')
    expect(prose.map((message) => [message.actual, message.fatal])).toEqual([['cepo', false]])
  })

  it('makes a word of another language a hint: doubled, written twice, or a short particle inside a name', async () => {
    const found = await lintRule(rule, 'Boda boda riders crossed Mukuru kwa Njenga; one keke rider said the keke was full. She sold muri, chira and tea.')
    expect(found.map((message) => [message.actual, message.fatal])).toEqual([
      ['boda', undefined],
      ['kwa', undefined],
      ['keke', undefined],
      ['keke', undefined],
      ['muri', undefined],
      ['chira', undefined]
    ])
  })

  it('offers words two slips away for a hint, also past the length nspell searches', async () => {
    const found = await lintRule(rule, 'The acomodation was ready before the insurrecto began.')
    expect(found.map((message) => [message.actual, message.expected?.[0], message.fatal])).toEqual([
      ['acomodation', 'accommodation', undefined],
      ['insurrecto', 'insurrection', undefined]
    ])
  })

  it('offers nothing for a word no word is near, rather than a far one', async () => {
    const found = await lintRule(rule, 'The silivri prison and the omerov plan.')
    expect(found.map((message) => [message.actual, message.expected])).toEqual([
      ['silivri', []],
      ['omerov', []]
    ])
  })
})
