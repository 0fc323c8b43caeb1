import {defineRule} from '../src/rule.js'
import {placeOf} from '../src/util/place.js'
import {activePhrases, type PhraseEntry} from '../src/phrases.js'
import {isPlainGap, sentencesOf, type Token} from '../src/util/words.js'

/**
 * `mistranslation`: an English phrase that machine translation produced word
 * for word from the source language (`closer to the world` for Russian
 * "ближе к миру", closer to peace). The phrase tables are data in
 * `dictionaries/phrases/<lang>.yaml`. A table applies in full to the source
 * languages enabled in the configuration (`sourceLanguages`), because most of
 * its phrases are correct English in other copy; the entries marked
 * `anywhere` (`in a constructive key`, `a wide circle of questions`) are
 * checked in every document, since no English copy says them. Words may be separated by spaces or quotation marks; `*` in a phrase
 * matches one to three words. The suggestion depends on context, so it is
 * not applied unattended.
 */
export default defineRule(
  {
    id: 'mistranslation',
    description: 'Phrases machine translation rendered word for word (per source language).',
    defaultSeverity: 'warn',
    fixSafe: false
  },
  function (tree, file, {text, settings}) {
    const byFirst = phrasesByFirstWord(settings.sourceLanguages)
    if (byFirst.size === 0) return
    const seen = new Set<string>()
    for (const sentence of sentencesOf(tree, text)) {
      const tokens = sentence.tokens
      for (let index = 0; index < tokens.length; index++) {
        const entries = byFirst.get(tokens[index].value.toLowerCase())
        if (!entries) continue
        for (const entry of entries) {
          const match = matchAt(tokens, index, entry.pattern)
          if (!match) continue
          const previous = index > 0 ? tokens[index - 1].value.toLowerCase() : ''
          if (entry.unlessAfter.includes(previous)) continue
          const start = tokens[index].start
          const end = tokens[match.last].end
          const key = start + ':' + end
          if (seen.has(key)) continue
          seen.add(key)
          const actual = text.slice(start, end)
          const expected = entry.expected.map((value) => fill(value, match.stars, actual))
          const message = file.message(
            'Unexpected `' + actual + '`' + (expected.length > 0 ? ', expected `' + expected[0] + '`' : '') + ': ' + entry.explanation,
            {place: placeOf(file, start, end), ancestors: [sentence.node]}
          )
          message.actual = actual
          message.expected = expected
          message.note = 'Phrase table `' + entry.lang + '` (' + entry.file + ':' + entry.line + ').'
        }
      }
    }
  }
)

const indexes = new Map<string, Map<string, PhraseEntry[]>>()

/** The active entries by the first word of their phrase, once per set of source languages. */
function phrasesByFirstWord(sourceLanguages: string[]): Map<string, PhraseEntry[]> {
  const key = sourceLanguages.join(',')
  let index = indexes.get(key)
  if (!index) {
    index = new Map()
    for (const entry of activePhrases(sourceLanguages)) {
      const list = index.get(entry.pattern[0]) || []
      list.push(entry)
      index.set(entry.pattern[0], list)
    }
    indexes.set(key, index)
  }
  return index
}

/** Match a lower-case pattern at `index`; gaps may hold spaces and quotation marks only. */
function matchAt(tokens: Token[], index: number, pattern: string[]): {last: number; stars: string[]} | undefined {
  const stars: string[] = []
  return step(index, 0)

  function step(at: number, p: number): {last: number; stars: string[]} | undefined {
    if (p === pattern.length) return {last: at - 1, stars: [...stars]}
    if (at >= tokens.length) return undefined
    if (p > 0 && !/^[\s"“”'‘’]+$/.test(tokens[at].before)) return undefined
    if (pattern[p] === '*') {
      for (let size = 1; size <= 3 && at + size <= tokens.length; size++) {
        let ok = true
        for (let k = 1; k < size; k++) if (!isPlainGap(tokens[at + k].before)) ok = false
        if (!ok) break
        stars.push(tokens.slice(at, at + size).map((token, k) => (k === 0 ? '' : token.before) + token.value).join(''))
        const result = step(at + size, p + 1)
        stars.pop()
        if (result) return result
      }
      return undefined
    }
    const word = tokens[at].value.toLowerCase().replace(/’/g, "'")
    if (word !== pattern[p].replace(/’/g, "'")) return undefined
    return step(at + 1, p + 1)
  }
}

/** Fill `*` in a replacement with the words they matched, and keep a capital at the start. */
function fill(value: string, stars: string[], actual: string): string {
  let star = 0
  let result = value.replace(/\*/g, () => stars[star++] ?? '')
  if (/^\p{Lu}/u.test(actual) && /^\p{Ll}/u.test(result)) result = result.charAt(0).toUpperCase() + result.slice(1)
  return result
}
