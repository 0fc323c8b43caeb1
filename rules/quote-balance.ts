import {defineRule} from '../src/rule.js'
import {placeOf} from '../src/util/place.js'
import {proseOf} from '../src/util/prose.js'

/**
 * `quote-balance`: quotation marks that do not pair up within a paragraph: a
 * closing mark used to open a quotation (`says ”Hello`), or a mark that
 * nothing closes or opens. A quotation that runs on into the next paragraph
 * (which then opens with a quotation mark, as style guides prescribe) is fine.
 *
 * Severity `info` by default: a hint, not a finding. A lost or stray mark is
 * often the trace of a bigger problem (see `unquoted-quote`), and the right
 * repair needs a person; raise it to `warn` in the configuration to enforce it.
 */
export default defineRule(
  {
    id: 'quote-balance',
    description: 'Quotation marks that do not pair up.',
    defaultSeverity: 'info',
    fixSafe: false
  },
  function (tree, file, {text}) {
    const prose = proseOf(tree)
    const paragraphs = text.split(/(\n[ \t]*\n)/)
    let offset = 0
    for (let p = 0; p < paragraphs.length; p++) {
      const paragraph = paragraphs[p]
      const base = offset
      offset += paragraph.length
      if (p % 2 === 1) continue
      const next = paragraphs[p + 2]?.trimStart() ?? ''
      const runsOn = /^["“«„]/.test(next)
      // `»` alone is a separator (breadcrumbs), not a quotation mark.
      const guillemets = paragraph.includes('«')
      const stack: number[] = []
      const straight: number[] = []
      const marks = /["“”«»„]/g
      let mark: RegExpExecArray | null
      while ((mark = marks.exec(paragraph))) {
        const index = mark.index
        const char = mark[0]
        const at = base + index
        if (!prose.has(at)) continue
        if ((char === '»' || char === '«') && !guillemets) continue
        if (char === '"') {
          straight.push(at)
          continue
        }
        if (char === '“' || char === '«' || char === '„') {
          stack.push(at)
          continue
        }
        // A closing mark.
        if (stack.length > 0) {
          stack.pop()
          continue
        }
        const before = paragraph.charAt(index - 1)
        const after = paragraph.charAt(index + 1)
        if ((index === 0 || /\s/.test(before)) && /\p{L}/u.test(after)) {
          emit(at, 'Unexpected closing mark `' + char + '` opening a quotation, expected `' + (char === '»' ? '«' : '“') + '`', char === '»' ? '«' : '“')
          stack.push(at)
        } else {
          emit(at, 'Unexpected `' + char + '`: no quotation mark opens it', undefined)
        }
      }
      if (!runsOn) {
        for (const at of stack) emit(at, 'Unexpected `' + text.charAt(at) + '`: no quotation mark closes it', undefined)
        if (straight.length % 2 === 1) emit(straight[straight.length - 1], 'Unexpected `"`: quotation marks do not pair up in this paragraph', undefined)
      }
    }

    function emit(at: number, reason: string, replacement: string | undefined): void {
      const message = file.message(reason, {place: placeOf(file, at, at + 1), ancestors: []})
      message.actual = text.charAt(at)
      message.expected = replacement === undefined ? [] : [replacement]
    }
  }
)
