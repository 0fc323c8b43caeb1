import {defineRule} from '../src/rule.js'
import {placeOf} from '../src/util/place.js'
import {activePhrases, type PhraseEntry} from '../src/phrases.js'
import {isPlainGap, sentencesOf, type Token} from '../src/util/words.js'
import {lastAtOrBefore} from '../src/util/search.js'

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
    const {byFirst, candidates} = phraseIndex(settings.sourceLanguages)
    if (byFirst.size === 0) return
    // One scan of the text finds where a phrase may start; only the words there are matched.
    const starts = new Set<number>()
    candidates.lastIndex = 0
    for (let found = candidates.exec(text); found; found = candidates.exec(text)) {
      starts.add(found.index)
      candidates.lastIndex = found.index + 1
    }
    if (starts.size === 0) return
    const seen = new Set<string>()
    const sentences = sentencesOf(tree, text)
    for (const offset of starts) {
      // The sentence and the word that start at this offset, by binary search.
      const sentence = sentences[lastAtOrBefore(sentences.length, (at) => sentences[at].start <= offset)]
      if (!sentence) continue
      const tokens = sentence.tokens
      const index = lastAtOrBefore(tokens.length, (at) => tokens[at].start <= offset)
      if (index < 0 || tokens[index].start !== offset) continue
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
)

interface PhraseIndex {
  /** The active entries by the first word of their phrase. */
  byFirst: Map<string, PhraseEntry[]>
  /** Finds every place some phrase might start (a loose superset of the token matcher: any gap, any case). */
  candidates: RegExp
}

const indexes = new Map<string, PhraseIndex>()

/** The active entries, indexed once per set of source languages. */
function phraseIndex(sourceLanguages: string[]): PhraseIndex {
  const key = sourceLanguages.join(',')
  let index = indexes.get(key)
  if (!index) {
    const byFirst = new Map<string, PhraseEntry[]>()
    const alternatives: string[] = []
    for (const entry of activePhrases(sourceLanguages)) {
      const list = byFirst.get(entry.pattern[0]) || []
      list.push(entry)
      byFirst.set(entry.pattern[0], list)
      alternatives.push(entry.pattern.map((word) => (word === '*' ? '[^]{1,120}?' : word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('[^A-Za-z0-9]+'))
    }
    index = {byFirst, candidates: new RegExp(alternatives.length > 0 ? alternatives.join('|') : '(?!)', 'gi')}
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
