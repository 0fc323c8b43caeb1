import {defineRule} from '../src/rule.js'
import {placeOf} from '../src/util/place.js'
import {proseOf} from '../src/util/prose.js'

/**
 * `space-before-punctuation`: a space transcription or machine translation put
 * before punctuation that attaches to the word before it: `Leontiev .`,
 * `costs ,`, `China ’s`, `Sino -US`, `ex -model`.
 *
 * Severity `info` by default: a hint, not a finding. These slips are easy to
 * see in review and rarely change meaning; raise the rule to `warn` in the
 * configuration to treat them as errors. Dashes with spaces on both sides
 * (`the second – June 2`), negative numbers (`-5`) and ellipses are left alone.
 */
export default defineRule(
  {
    id: 'space-before-punctuation',
    description: 'A space before a comma, period, possessive or hyphen.',
    defaultSeverity: 'info',
    fixSafe: true
  },
  function (tree, file, {text}) {
    const prose = proseOf(tree)
    // Each pattern starts at the white space (a look-behind would be tried at every offset);
    // the character before it is checked by hand.
    const patterns: Array<[RegExp, RegExp, string]> = [
      // `Leontiev .`, `costs ,`: punctuation that ends a word, before white space or the end.
      [/[ \t\u00a0]+([,;:.?!])(?=[ \t\u00a0]*(?:\n|$)|[ \t\u00a0]+["“”]?\p{L})/gu, /[\p{L}\p{N}%)]$/u, 'punctuation'],
      // `China ’s`.
      [/[ \t\u00a0]+(['’]s)\b/gu, /\p{L}$/u, 'a possessive'],
      // `Sino -US`, `ex -model`.
      [/[ \t\u00a0]+(-)(?=\p{L})/gu, /\p{L}$/u, 'a hyphen']
    ]
    for (const [pattern, before, what] of patterns) {
      let match: RegExpExecArray | null
      while ((match = pattern.exec(text))) {
        const start = match.index
        const end = start + match[0].length
        if (start === 0 || !before.test(text.slice(Math.max(0, start - 2), start)) || !prose.covers(start, end)) continue
        // Not an ellipsis (` . . .`) or a doubled mark (` ..`).
        if (match[1] === '.' && /^[ \t]*\./.test(text.slice(end))) continue
        const actual = match[0]
        const message = file.message('Unexpected space before ' + what + ' `' + match[1] + '`, expected `' + match[1] + '` right after the word', {
          place: placeOf(file, start, end),
          ancestors: []
        })
        message.actual = actual
        message.expected = [match[1]]
      }
    }
  }
)
