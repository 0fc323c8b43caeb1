import {defineRule} from '../src/rule.js'
import {placeOf} from '../src/util/place.js'
import {proseOf} from '../src/util/prose.js'

/**
 * `doubled-punctuation`: a period or comma typed twice (`dollars..`,
 * `points. .`, `said,,`). An ellipsis (`...`, `. . .`, `…`) is never reported.
 *
 * Severity `info` by default: a hint, not a finding (the slip is visible and
 * harmless to meaning); raise it to `warn` in the configuration to enforce it.
 */
export default defineRule(
  {
    id: 'doubled-punctuation',
    description: 'A period or comma typed twice.',
    defaultSeverity: 'info',
    fixSafe: true
  },
  function (tree, file, {text}) {
    const prose = proseOf(tree)
    const pattern = /(?<![.…][ \t\u00a0]*)([.,;])([ \t\u00a0]*)\1(?![.…]|[ \t\u00a0]*\.)/gu
    let match: RegExpExecArray | null
    while ((match = pattern.exec(text))) {
      const start = match.index
      const end = start + match[0].length
      if (!prose.covers(start, end)) continue
      const actual = match[0]
      const message = file.message('Unexpected `' + actual + '`, expected `' + match[1] + '`', {
        place: placeOf(file, start, end),
        ancestors: []
      })
      message.actual = actual
      message.expected = [match[1]]
    }
  }
)
