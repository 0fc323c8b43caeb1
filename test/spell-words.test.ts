import fs from 'node:fs'
import path from 'node:path'
import dictionary from 'dictionary-en'
// @ts-expect-error: nspell ships no type declarations.
import nspell from 'nspell'
import {describe, expect, it} from 'vitest'
import {acceptedWords, spelledRight} from '../src/spell-words.js'

/**
 * The list of forms nspell accepts answers as `nspell.correct` does for every
 * lower-case word the spelling rule asks about, without building nspell.
 */
describe('spell-words', () => {
  const spell = nspell(dictionary) as {correct(word: string): boolean}

  it('agrees with nspell on its own forms and on slips of them', () => {
    const words = acceptedWords()
    expect(words.length).toBeGreaterThan(100000)
    let state = 7
    const random = () => ((state = (state * 1103515245 + 12345) % 2147483648) / 2147483648)
    const asked: string[] = []
    for (let index = 0; index < 3000; index++) {
      const word = words[Math.floor(random() * words.length)]
      asked.push(word)
      // A slip: a letter dropped, doubled or swapped for another.
      const at = Math.floor(random() * word.length)
      const letter = 'abcdefghijklmnopqrstuvwxyz'[Math.floor(random() * 26)]
      asked.push(word.slice(0, at) + word.slice(at + 1), word.slice(0, at) + word[at] + word.slice(at), word.slice(0, at) + letter + word.slice(at + 1))
    }
    asked.push('goverment', 'recieved', "can't", "don't", 'children', 'running', 'reelection', 'co-operation')
    const disagreements = asked.filter((word) => /^[a-z][a-z'-]*$/.test(word) && spelledRight(word) !== spell.correct(word))
    expect(disagreements).toEqual([])
  })

  it('keeps the list beside the compiled code, stamped with the dictionary it came from', () => {
    spelledRight('government')
    const file = path.join(import.meta.dirname, '..', 'dist', 'spell-words.txt')
    const text = fs.readFileSync(file, 'utf8')
    expect(text.slice(0, text.indexOf('\n'))).toMatch(/^#\d+\/\d+\/[0-9a-z]+$/)
    expect(text.split('\n').slice(1, 4)).toEqual(['a', 'aah', 'aardvark'])
  })
})
