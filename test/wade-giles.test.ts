import {describe, expect, it} from 'vitest'
import {pinyinReadings, syllableReadings} from '../src/names/wade-giles.js'

describe('wade-giles', () => {
  it.each([
    ['Kuo', ['guo', 'kuo']],
    ['Hsi', ['xi']],
    ["Chin-p'ing", ['jinping', 'qinping']],
    ['Hsueh-hsiang', ['xuexiang']],
    ['Tse-tung', ['zedong', 'zetong', 'cedong', 'cetong']],
    ['Ho', ['he']],
    ['Lo', ['luo']],
    ['Shih', ['shi']],
    ['Ing-wen', ['yingwen']]
  ])('reads %s as pinyin', (word, readings) => {
    expect(pinyinReadings(word)).toEqual(readings)
  })

  it.each(['Lee', 'Kim', 'Jong-un', 'Smith', 'Park'])('reads no Wade–Giles in %s', (word) => {
    expect(pinyinReadings(word)).toEqual([])
  })

  it('keeps the retroflex and palatal initials apart', () => {
    // `chih` is zhi or chi, never ji; `chia` is jia or qia, never zhia.
    expect(syllableReadings('chih')).toEqual(['zhi', 'chi'])
    expect(syllableReadings('chia')).toEqual(['jia', 'qia'])
  })
})
