import {defineRule} from '../src/rule.js'
import {placeOf} from '../src/util/place.js'
import {isPlainGap, sentencesOf} from '../src/util/words.js'
import {wordList} from '../src/word-lists.js'

/** Doubled words that English uses on purpose. */
const deliberate = wordList('repetition', 'deliberate')

/**
 * `repeated-word`: a word or a short phrase written twice in a row (`again
 * again`, `in Turkey in Turkey`), as speech-to-text and copy-paste leave them.
 * Deliberate doubles (`had had`, `that that`, `bye bye`, `Walla Walla`) and
 * numbers are not reported, nor are names that double a word (`Lang Lang`).
 *
 * Severity `info` by default: a hint, not a finding; raise it to `warn` in
 * the configuration to enforce it.
 */
export default defineRule(
  {
    id: 'repeated-word',
    description: 'A word or short phrase repeated by accident.',
    defaultSeverity: 'info',
    fixSafe: true
  },
  function (tree, file, {text, names}) {
    for (const sentence of sentencesOf(tree, text)) {
      const tokens = sentence.tokens
      let index = 0
      while (index < tokens.length) {
        let found = 0
        for (let size = 3; size >= 1 && !found; size--) {
          if (index + 2 * size > tokens.length) continue
          let same = true
          for (let k = 0; k < size && same; k++) {
            const a = tokens[index + k]
            const b = tokens[index + size + k]
            if (a.value.length !== b.value.length || (a.value !== b.value && (a.value.charCodeAt(0) | 32) !== (b.value.charCodeAt(0) | 32)) || (a.value !== b.value && a.value.toLowerCase() !== b.value.toLowerCase()) || !/^\p{L}/u.test(a.value)) same = false
            else if (k > 0 && !isPlainGap(b.before)) same = false
          }
          // Every gap inside both halves is plain space.
          for (let k = index + 1; k < index + 2 * size && same; k++) if (!isPlainGap(tokens[k].before)) same = false
          if (!same) continue
          if (size === 1 && deliberate.has(tokens[index].value.toLowerCase())) continue
          // A name made of one word twice (`Lang Lang`, `Duran Duran`).
          if (size === 1 && /^\p{Lu}/u.test(tokens[index].value) && names.accepted.has(tokens[index].key + ' ' + tokens[index + 1].baseKey)) continue
          found = size
        }
        if (!found) {
          index++
          continue
        }
        const start = tokens[index + found - 1].end
        const end = tokens[index + 2 * found - 1].end
        const phrase = text.slice(tokens[index].start, tokens[index + found - 1].end)
        const actual = text.slice(tokens[index].start, end)
        const message = file.message('Unexpected `' + actual + '`, expected `' + phrase + '`: repeated', {
          place: placeOf(file, start, end),
          ancestors: [sentence.node]
        })
        message.actual = text.slice(start, end)
        message.expected = ['']
        index += 2 * found
      }
    }
  }
)
