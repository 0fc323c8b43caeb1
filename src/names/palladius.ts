/**
 * Chinese names that came into English through Russian: Russian writes them
 * in the Palladius system (Си Цзиньпин), and machine translation carries the
 * Cyrillic over letter by letter (`Si Tszinpin`, `Chzhan Khanhuey`,
 * `Tyantszin`). Each word is cut into Palladius syllables and read back into
 * pinyin, with every reading the system leaves open (`an` is `an` or `ang`,
 * `o` is `o` or `uo`), so that the rule can look the readings up among the
 * curated names.
 */

/** Initials as the Latin letters of their Cyrillic (цз → `tsz`), longest first, and their pinyin: before `i`/`ü`, and otherwise. */
const initials: Array<[string, string, string]> = [
  ['chzh', 'zh', 'zh'],
  ['tsz', 'j', 'z'],
  ['dz', 'j', 'z'],
  ['ts', 'q', 'c'],
  ['ch', 'ch', 'ch'],
  ['sh', 'sh', 'sh'],
  ['zh', 'r', 'r'],
  ['kh', 'h', 'h'],
  ['h', 'h', 'h'],
  ['s', 'x', 's'],
  ['b', 'b', 'b'], ['p', 'p', 'p'], ['m', 'm', 'm'], ['f', 'f', 'f'],
  ['d', 'd', 'd'], ['t', 't', 't'], ['n', 'n', 'n'], ['l', 'l', 'l'],
  ['g', 'g', 'g'], ['k', 'k', 'k']
]

/** Finals after an initial: their Latin spellings and the pinyin finals they may stand for (`ü` as `u` after j, q, x). */
const finals: Array<[string[], string[]]> = [
  [['a'], ['a']], [['ai', 'ay'], ['ai']], [['an'], ['an', 'ang']], [['ao'], ['ao']],
  [['e'], ['e', 'ie']], [['ei', 'ey', 'ej'], ['ei']], [['en'], ['en', 'eng']], [['er'], ['er']],
  [['i'], ['i']], [['ya', 'ia'], ['ia']], [['yao', 'iao'], ['iao']], [['ye', 'ie'], ['ie']],
  [['yan', 'ian'], ['ian', 'iang']], [['in'], ['in', 'ing']], [['yu', 'iu'], ['iu']], [['yun', 'iun'], ['iong', 'ün']],
  [['yuy', 'yuj', 'yui'], ['ü']], [['yue', 'yuye'], ['üe']], [['yuan'], ['üan']],
  [['o'], ['o', 'uo']], [['ou'], ['ou']], [['un'], ['ong', 'un']], [['u'], ['u']], [['ua'], ['ua']],
  [['uai', 'uay'], ['uai']], [['uan'], ['uan', 'uang']], [['ui', 'uy', 'uey', 'uei', 'uej'], ['ui']], [['uo'], ['uo']],
  [['y'], ['-i']]
]

/** Syllables with no initial: their Latin spellings and pinyin. */
const bare: Array<[string[], string[]]> = [
  [['a'], ['a']], [['ai', 'ay'], ['ai']], [['an'], ['an', 'ang']], [['ao'], ['ao']], [['e'], ['e', 'ye']], [['ei', 'ey'], ['ei']],
  [['en'], ['en', 'eng']], [['er'], ['er']], [['ou'], ['ou']], [['o'], ['o']],
  [['i'], ['yi']], [['ya'], ['ya']], [['yao'], ['yao']], [['ye'], ['ye']], [['yan'], ['yan', 'yang']], [['in'], ['yin', 'ying']],
  [['yu'], ['you', 'yu']], [['yun'], ['yong', 'yun']], [['yuy', 'yuj'], ['yu']], [['yue'], ['yue']], [['yuan'], ['yuan']],
  [['u'], ['wu']], [['va'], ['wa']], [['vai', 'vay'], ['wai']], [['van'], ['wan', 'wang']], [['vey', 'vei', 'vej'], ['wei']],
  [['ven'], ['wen', 'weng']], [['vo'], ['wo']]
]

const retroflex = new Set(['zh', 'ch', 'sh', 'r'])

/** The pinyin of one initial and final, or none where pinyin has no such syllable. */
function syllable(initial: [string, string, string], final: string): string | undefined {
  const front = final.startsWith('i') || final.startsWith('ü')
  const start = front ? initial[1] : initial[2]
  // `ы` (`-i`) only after z, c, s (`tszy` is zi, `sy` si); the retroflex initials take a plain `i` (`chzhi` is zhi).
  if (final === '-i') return /^(?:z|c|s)$/.test(start) ? start + 'i' : undefined
  if (retroflex.has(start) && final === 'i') return start + 'i'
  if (retroflex.has(start) && front) return undefined
  if (/^(?:j|q|x)$/.test(start)) return front ? start + final.replace('ü', 'u') : undefined
  if (/^(?:g|k|h|z|c|s|f)$/.test(start) && front) return undefined
  return start + final.replace('ü', 'u')
}

/** Past this many readings of a word the search stops. */
const maxReadings = 64

/** Memo of readings by word. */
const memo = new Map<string, string[]>()

/** The pinyin readings of a word in the Palladius system as Latin letters (`Tszinpin` → `jinping`, `jinbing`, …). */
export function palladiusReadings(word: string): string[] {
  const key = word.toLowerCase().replace(/['’ʹь]/g, '')
  let result = memo.get(key)
  if (result === undefined) {
    result = read(key, 0)
    if (memo.size > 10000) memo.clear()
    memo.set(key, result)
  }
  return result
}

/** Every reading of `word` from `at` on, syllable by syllable (none where it cannot be cut into syllables). */
function read(word: string, at: number): string[] {
  if (at === word.length) return ['']
  const results: string[] = []
  const extend = (pinyin: string, next: number) => {
    if (results.length > maxReadings) return
    for (const rest of read(word, next)) {
      results.push(pinyin + rest)
      if (results.length > maxReadings) return
    }
  }
  for (const [spellings, readings] of bare) {
    for (const spelling of spellings) if (word.startsWith(spelling, at)) for (const reading of readings) extend(reading, at + spelling.length)
  }
  for (const initial of initials) {
    if (!word.startsWith(initial[0], at)) continue
    const from = at + initial[0].length
    for (const [spellings, readings] of finals) {
      for (const spelling of spellings) {
        if (!word.startsWith(spelling, from)) continue
        for (const reading of readings) {
          const pinyin = syllable(initial, reading)
          if (pinyin) extend(pinyin, from + spelling.length)
        }
      }
    }
  }
  return results.length > maxReadings ? [] : [...new Set(results)]
}
