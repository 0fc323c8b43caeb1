import {describe, expect, it} from 'vitest'
import {palladiusReadings} from '../src/names/palladius.js'

describe('palladius', () => {
  it.each([
    ['Si', 'xi'],
    ['Tszinpin', 'jinping'],
    ['Chzhan', 'zhang'],
    ['Khanhuey', 'hanhui'],
    ['Tyantszin', 'tianjin'],
    ['Tsyan', 'qiang'],
    ['Van', 'wang'],
    ['I', 'yi'],
    ['Go', 'guo'],
    ['Tszyakun', 'jiakun']
  ])('reads %s as pinyin, %s among the readings', (word, reading) => {
    expect(palladiusReadings(word)).toContain(reading)
  })

  it.each(['Lavrov', 'Moskva', 'Peskov', 'Smith'])('reads no Chinese syllables in %s', (word) => {
    expect(palladiusReadings(word)).toEqual([])
  })
})
