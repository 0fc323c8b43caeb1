import {describe, expect, it} from 'vitest'
import {ParseEnglish} from 'parse-english'
import {tokenKey} from '../src/names/index.js'
import {WordFact, wordInfo} from '../src/util/word-info.js'
import {sentencesOf, withWord} from '../src/util/words.js'

const english = new ParseEnglish()

function tokensOf(text: string) {
  return sentencesOf(english.parse(text), text).flatMap((sentence) => sentence.tokens)
}

describe('word records', () => {
  it('gives every token of one word the same record, and its lookup key', () => {
    const tokens = tokensOf('The U.S. envoy met the Kremlin’s envoy. THE envoy’s aide left.')
    const envoys = tokens.filter((token) => token.value === 'envoy')
    expect(envoys).toHaveLength(2)
    expect(envoys[0].info).toBe(envoys[1].info)
    expect(envoys[0].info).toBe(wordInfo('envoy'))
    for (const token of tokens) {
      expect(token.info.value).toBe(token.value)
      expect(token.baseInfo.value).toBe(token.base)
      expect(token.key).toBe(tokenKey(token.value))
      expect(token.baseKey).toBe(tokenKey(token.base))
    }
    const kremlin = tokens.find((token) => token.value === 'Kremlin’s')!
    expect([kremlin.base, kremlin.key, kremlin.baseKey]).toEqual(['Kremlin', "kremlin's", 'kremlin'])
    expect(tokens.find((token) => token.value === 'U.S.')!.key).toBe('u.s')
  })

  it('keeps records and keys right when a rule puts part of a word in a token', () => {
    const [token] = tokensOf('saidThe')
    const part = withWord(token, 'The', 'The', {start: token.start + 4})
    expect([part.value, part.key, part.baseKey, part.start]).toEqual(['The', 'the', 'the', 4])
    expect(part.info).toBe(wordInfo('The'))
    expect(token.info).toBe(wordInfo('saidThe'))
  })
})

describe('WordFact', () => {
  it('works an answer out once per word', () => {
    const seen: string[] = []
    const length = new WordFact<number>((value) => {
      seen.push(value)
      return value.length
    })
    const tokens = tokensOf('a word, a word and a word')
    expect(tokens.map((token) => length.of(token.info))).toEqual([1, 4, 1, 4, 3, 1, 4])
    expect(seen).toEqual(['a', 'word', 'and'])
  })

  it('keeps answers apart by owner, and apart from other facts', () => {
    const calls: string[] = []
    const inList = new WordFact<boolean, Set<string>>((value, list) => {
      calls.push(value)
      return list.has(value)
    })
    const upper = new WordFact<string>((value) => value.toUpperCase())
    const first = new Set(['Kyiv'])
    const second = new Set(['Lviv'])
    const info = wordInfo('Kyiv')
    expect(inList.of(info, first)).toBe(true)
    expect(upper.of(info)).toBe('KYIV')
    expect(inList.of(info, second)).toBe(false)
    expect(inList.of(info, second)).toBe(false)
    expect(upper.of(info)).toBe('KYIV')
    expect(calls).toEqual(['Kyiv', 'Kyiv'])
  })
})
