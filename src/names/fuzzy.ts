import {BoundedMemo} from '../util/memo.js'

/** Damerau–Levenshtein (optimal string alignment) distance, giving up above `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (a === b) return 0
  if (Math.abs(a.length - b.length) > max) return max + 1
  const rows = a.length + 1
  const cols = b.length + 1
  let previous2: number[] = []
  let previous: number[] = Array.from({length: cols}, (_, index) => index)
  for (let i = 1; i < rows; i++) {
    const current: number[] = [i]
    let rowMin = i
    for (let j = 1; j < cols; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1
      let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) {
        value = Math.min(value, previous2[j - 2] + 1)
      }
      current[j] = value
      if (value < rowMin) rowMin = value
    }
    if (rowMin > max) return max + 1
    previous2 = previous
    previous = current
  }
  return previous[cols - 1]
}

/** Strip accents: `Erdoğan` → `Erdogan`. */
export function fold(value: string): string {
  return value.normalize('NFD').replace(/\p{M}+/gu, '').replace(/ı/g, 'i').replace(/ł/g, 'l').replace(/ø/g, 'o')
}

/**
 * A transliteration-tolerant sound key: the consonant skeleton after folding
 * the spellings that romanisations and ears confuse (`Whitcoff`, `Witkoff` →
 * `vtkf`; `Zalinsky`, `Zelensky` → `zlnsk`).
 */
export function soundKey(value: string): string {
  return soundKeys.get(value, computeSoundKey)
}

/** Sound keys are asked for the same words again and again (every form of a name, every document). */
const soundKeys = new BoundedMemo<string, string>(100000)

function computeSoundKey(value: string): string {
  // `ç` sounds as `s` (Lourenço), whatever folding makes of it.
  let word = /^[\x00-\x7f]*$/.test(value) ? value.toLowerCase() : fold(value.replace(/ç/g, 's').replace(/Ç/g, 'S')).toLowerCase()
  word = word.replace(/[^a-z]/g, '')
  // (Each step only where its letters occur: most words have no `h`, many no `c`.)
  const h = word.includes('h')
  const c = word.includes('c')
  if (h) {
    // An English `-ough` heard at a name's end is `-off` (`Wit cough` for Witkoff, `Gough`).
    if (word.endsWith('ough')) word = word.slice(0, -4) + 'of'
    // Japanese romanisations (Kunrei and Hepburn): Takaiti, Takaichi.
    word = word.replace(/shi/g, 'si')
    if (c) word = word.replace(/chi/g, 'ti')
  }
  if (word.includes('tsu')) word = word.replace(/tsu/g, 'tu')
  if (h) {
    word = word.replace(/^wh/, 'w').replace(/ph/g, 'f').replace(/kh/g, 'h').replace(/zh/g, 'j')
    // Greek `ch` before a consonant is a `k` (Christiana, Cristiano).
    if (c) word = word.replace(/ch(?=[rl])/g, 'k')
    word = word.replace(/sch|sh|ch|tch/g, 'x')
  }
  if (c || word.includes('q')) word = word.replace(/ck|q|c(?![eiy])/g, 'k').replace(/c/g, 's')
  word = word
    .replace(/w/g, 'v')
    // Russian в: Lavrov, Lavrof, Lavroff.
    .replace(/f/g, 'v')
    .replace(/dj|j/g, 'y')
    .replace(/ts|tz/g, 'z')
  if (word.includes('h')) word = word.replace(/([bcdfgkmnpqrstvxz])h/g, '$1')
  return word.replace(/[aeiouy]/g, '').replace(/(.)\1+/g, '$1')
}

/**
 * A looser key for a surname next to a given name that already matched: it
 * also merges the sounds that ears and scripts without the distinction swap,
 * r/l (Chinese, Japanese) and b/v (Spanish, Greek): `Karras`/`Kallas`, and
 * drops an `h` after a vowel.
 */
export function looseSoundKey(value: string): string {
  return looseKeys.get(value, computeLooseSoundKey)
}

/** Loose keys are asked for the same words again and again (every name after a given name, every document). */
const looseKeys = new BoundedMemo<string, string>(100000)

function computeLooseSoundKey(value: string): string {
  // (An `h` left in the key followed a vowel, where it only lengthens it: `Vadefuhl`/`Wadephul`. The
  // Polish nasal vowels sound as `on` and `en`: `Piątek`/`Piontek`.)
  // (Russian writes an English `W` as `U`: `Uitkoff` for Witkoff.)
  const word = value.replace(/ą/g, 'on').replace(/ę/g, 'en').replace(/^U(?=[aeio])/, 'W').replace(/^u(?=[aeio])/, 'w')
  return soundKey(word).replace(/r/g, 'l').replace(/b/g, 'v').replace(/z/g, 's').replace(/(?!^)h/g, '').replace(/(.)\1+/g, '$1')
}

/**
 * Spelling rules of a name's own language, rewritten as English spells the
 * sounds, so that a name can be compared with how it comes back through
 * another script (`Nawrocki` → `navrotski`, which is how `Navrotsky` sounds;
 * `Merz` → `merts`; `Barrot` → `barro`, like `Barreau`).
 */
const nativeSpellings: Record<string, Array<[RegExp, string]>> = {
  pl: [[/(?<=cz|sz|rz|ż)y/g, 'i'], [/szcz/g, 'shch'], [/cz|ć/g, 'ch'], [/sz|ś/g, 'sh'], [/rz|ż|ź/g, 'zh'], [/c(?![hz])/g, 'ts'], [/w/g, 'v'], [/j/g, 'y'], [/ł/g, 'l'], [/ń/g, 'n']],
  cs: [[/č/g, 'ch'], [/š/g, 'sh'], [/ž/g, 'zh'], [/ř/g, 'rzh'], [/ch/g, 'kh'], [/c(?!h)/g, 'ts'], [/j/g, 'y']],
  sk: [[/č/g, 'ch'], [/š/g, 'sh'], [/ž/g, 'zh'], [/ch/g, 'kh'], [/c(?!h)/g, 'ts'], [/j/g, 'y']],
  de: [[/tsch/g, 'ch'], [/sch/g, 'sh'], [/(?<=[aeiouäöü])ch/g, 'kh'], [/ß/g, 'ss'], [/z/g, 'ts'], [/ei|ai/g, 'ay'], [/eu|äu/g, 'oy'], [/ie/g, 'i'], [/v/g, 'f'], [/w/g, 'v'], [/j/g, 'y']],
  fr: [[/eau|au/g, 'o'], [/ou/g, 'u'], [/oi/g, 'ua'], [/ch/g, 'sh'], [/qu/g, 'k'], [/gn/g, 'ny'], [/j/g, 'zh'], [/([aeiouy])[tdsxz]$/g, '$1']],
  hu: [[/sz/g, '\u0001'], [/cs/g, 'ch'], [/zs/g, 'zh'], [/s/g, 'sh'], [/\u0001/g, 's'], [/gy/g, 'dy'], [/ly/g, 'y'], [/c(?!h)/g, 'ts']]
}

/** Letters that mark a Slavic name transliterated the German way (`Selenskyj`, `Uschakow`, `Jermak`). */
const germanMarks = /tsch|sch|[aeo]wa?$|[iy]j$|^J[aeiou]|^S[aeiou].*(?:[iy]j|wa?)$/

/**
 * A word read as German spells Cyrillic names, respelled the English way (`Selenskyj` → `zelenskyy`,
 * `Uschakow` → `ushakov`); undefined where the word has none of German's marks.
 */
export function germanReading(word: string): string | undefined {
  if (!germanMarks.test(word)) return undefined
  return word
    .toLowerCase()
    .replace(/tsch/g, '\u0001')
    .replace(/sch/g, '\u0002')
    // (A German `ch` after a vowel is the Russian `kh`: `Sacharowa` for Zakharova.)
    .replace(/(?<=[aeiou])ch/g, 'kh')
    .replace(/z/g, 'ts')
    .replace(/^s(?=[aeiouj])/, 'z')
    .replace(/(?<=[aeiouy])s(?=[aeiou])/g, 'z')
    // (German doubles an `s` to keep it voiceless between vowels: `Kossatschow` for Kosachev.)
    .replace(/ss/g, 's')
    .replace(/w/g, 'v')
    .replace(/[iy]j$/, 'y')
    .replace(/j/g, 'y')
    .replace(/\u0001/g, 'ch')
    .replace(/\u0002/g, 'sh')
}

/** The sound key of a name as its own language spells it (`soundKey` alone where no rules are known). */
export function nativeSoundKey(value: string, origin: string | undefined): string {
  if (!origin || !nativeSpellings[origin]) return soundKey(value)
  return nativeKeys.get(origin + ' ' + value, (key) => soundKey(nativeSpelling(key.slice(key.indexOf(' ') + 1), origin)))
}

const nativeKeys = new BoundedMemo<string, string>(100000)

/** The name spelled as English spells its sounds, by the rules of its own language (unchanged where none are known). */
export function nativeSpelling(value: string, origin: string | undefined): string {
  const rules = origin ? nativeSpellings[origin] : undefined
  if (!rules) return value
  let word = value.toLowerCase()
  for (let index = 0; index < rules.length; index++) word = word.replace(rules[index][0], rules[index][1])
  return word
}

/** The name spelled by the sound rules of each language that has them (a surname may come from another language than its bearer). */
export function nativeSpellingsOfAll(value: string): string[] {
  return Object.keys(nativeSpellings).map((origin) => nativeSpelling(value, origin))
}
