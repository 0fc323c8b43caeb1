/**
 * Chinese names in the Wade–Giles romanisation (`Kuo Chia-kun`, `Ho Li-feng`,
 * `Hsi Chin-p'ing`), which English copy about the mainland has not used since
 * the 1970s: each syllable read back into pinyin, with every reading a dropped
 * aspiration mark allows (`Chia` is `jia` or, without its `'`, `qia`).
 *
 * Only the candidates come from here; whether one of them is a curated
 * person's name (and the written form none) is the rule's to decide, so a
 * Taiwanese name that is written in Wade–Giles by its bearer (`Lai Ching-te`)
 * stays as it is.
 */

/** Initials, longest first: the Wade–Giles spelling and its pinyin readings (with the aspiration mark, and without). */
const initials: Array<[string, string[]]> = [
  ["ch'", ['ch', 'q']],
  ["ts'", ['c']],
  ["tz'", ['c']],
  ["k'", ['k']],
  ["t'", ['t']],
  ["p'", ['p']],
  ['hs', ['x']],
  ['sh', ['sh']],
  ['ch', ['zh', 'j', 'ch', 'q']],
  ['ts', ['z', 'c']],
  ['tz', ['z', 'c']],
  ['k', ['g', 'k']],
  ['t', ['d', 't']],
  ['p', ['b', 'p']],
  ['j', ['r']],
  ['m', ['m']],
  ['f', ['f']],
  ['n', ['n']],
  ['l', ['l']],
  ['h', ['h']],
  ['s', ['s']],
  ['w', ['w']],
  ['y', ['y']],
  ['', ['']]
]

/** Finals: the Wade–Giles spelling and its pinyin spelling (`o` and `ih` depend on the initial, below). */
const finals = new Map<string, string>([
  ['a', 'a'], ['ai', 'ai'], ['an', 'an'], ['ang', 'ang'], ['ao', 'ao'],
  ['e', 'e'], ['ei', 'ei'], ['en', 'en'], ['eng', 'eng'], ['erh', 'er'],
  ['i', 'i'], ['ia', 'ia'], ['iang', 'iang'], ['iao', 'iao'], ['ieh', 'ie'], ['ien', 'ian'], ['in', 'in'], ['ing', 'ing'], ['iu', 'iu'], ['iung', 'iong'],
  ['o', 'o'], ['ou', 'ou'], ['ung', 'ong'],
  ['u', 'u'], ['ua', 'ua'], ['uai', 'uai'], ['uan', 'uan'], ['uang', 'uang'], ['ui', 'ui'], ['uei', 'ui'], ['un', 'un'], ['uo', 'uo'],
  ['ü', 'u'], ['üan', 'uan'], ['üeh', 'ue'], ['ün', 'un'], ['ueh', 'ue'],
  ['ih', 'i']
])

/** Whole syllables Wade–Giles spells apart from its initials and finals. */
const whole = new Map<string, string[]>([
  ['szu', ['si']], ['ssu', ['si']], ['tzu', ['zi', 'ci']], ["tz'u", ['ci']],
  ['yeh', ['ye']], ['yen', ['yan']], ['yung', ['yong']], ['yu', ['you', 'yu']], ['yü', ['yu']],
  ['yüeh', ['yue']], ['yueh', ['yue']], ['yüan', ['yuan']], ['yuan', ['yuan']], ['yün', ['yun']], ['yun', ['yun']],
  ['i', ['yi']], ['in', ['yin']], ['ing', ['ying']], ['wu', ['wu']], ['erh', ['er']]
])

/** The pinyin readings of one Wade–Giles syllable (lower case), or none where it is no Wade–Giles syllable. */
export function syllableReadings(syllable: string): string[] {
  const written = syllable.replace(/[’‘`]/g, "'")
  const known = whole.get(written)
  if (known) return known
  for (const [initial, readings] of initials) {
    if (!written.startsWith(initial)) continue
    const rest = written.slice(initial.length)
    const final = finals.get(rest)
    if (final === undefined || (initial === '' && !/^[aeo]/.test(rest))) continue
    // (`o` is `e` after `k`, `h`, `Ho`, `Ko`; `uo` after the dentals and `l`, `n`, `To`, `Lo`, `Tso`.)
    const front = /^[iü]/.test(rest)
    const result: string[] = []
    for (const start of readings) {
      // `i`, `ü` come after j, q, x and never after g, k, h (`Chia` is `jia`, `Kuo` is `guo`); the retroflex and dental
      // initials take `ih` (`chih` is `zhi`, `shih` is `shi`) and no other `i`.
      // (Without its dots `ü` is `u`: `Hsueh` is `xue`, `Chun` may be `jun`.)
      if (/^(?:j|q|x)$/.test(start) && ((!front && !/^u(?:eh|an|n)?$/.test(rest)) || rest === 'ih')) continue
      if (/^(?:g|k|h)$/.test(start) && front) continue
      if (/^(?:zh|ch|sh|r|z|c|s)$/.test(start) && front && rest !== 'ih') continue
      if (rest === 'ih' && !/^(?:zh|ch|sh|r)$/.test(start)) continue
      const end = rest === 'o' ? (/^(?:g|k|h)$/.test(start) ? 'e' : /^(?:d|t|n|l|z|c|s|zh|ch|r)$/.test(start) ? 'uo' : 'o') : final
      result.push(start + end)
    }
    if (result.length > 0) return result
  }
  return []
}

/** Past this many readings of a name the search stops (a run of ambiguous syllables). */
const maxReadings = 64

/**
 * The pinyin readings of a Wade–Giles word: one syllable (`Kuo`) or several joined by hyphens (`Chia-kun`),
 * run together as pinyin writes a given name (`jiakun`, `jiagun`, `qiakun`, …); none where a part is no syllable.
 */
export function pinyinReadings(word: string): string[] {
  let readings = ['']
  for (const part of word.toLowerCase().split('-')) {
    const options = syllableReadings(part)
    if (options.length === 0) return []
    const next: string[] = []
    for (const reading of readings) for (const option of options) next.push(reading + option)
    if (next.length > maxReadings) return []
    readings = next
  }
  return readings
}
