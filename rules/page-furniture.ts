import {defineRule} from '../src/rule.js'
import {placeOf} from '../src/util/place.js'

/** Whole lines that belong to a web page's furniture, not to the article. */
const lines: RegExp[] = [
  /^(?:home|main)\s*[»›>|/]\s*\S.*[»›>|/]/i,
  /^you (?:may|might) also like:?$/i,
  /^(?:leave a (?:comment|reply)|post a comment|add a comment|comments?)$/i,
  /^(?:related(?: articles| posts| stories| news)?|read more|read also|see also|more from [\p{L} ]+):?$/iu,
  /^(?:share(?: this(?: article| story| post)?)?|share on (?:facebook|twitter|x))$/i,
  /^(?:advertising|advertisement|sponsored(?: content)?):?$/i,
  /^this site uses akismet to reduce spam\./i,
  /^we use cookies\b/i,
  /^(?:subscribe|sign up) (?:to|for) our newsletter\b/i,
  /^follow us on\b.{0,40}$/i,
  /^(?:tags?|filed under|posted in):\s/i
]

/**
 * `page-furniture`: text copied along with an article from its web page —
 * breadcrumbs (`Home » News » …`), `You may also like`, `Leave a Comment`,
 * comment and cookie boilerplate, `Advertising:` and tag lines. Only whole
 * lines that match one of these shapes are reported.
 *
 * Severity `info` by default: a hint, not a finding; the line is reported so
 * an editor can remove it, and the rule can be raised to `warn` in the
 * configuration.
 */
export default defineRule(
  {
    id: 'page-furniture',
    description: 'Breadcrumbs and web-page boilerplate copied into the article.',
    defaultSeverity: 'info',
    fixSafe: false
  },
  function (_tree, file, {text}) {
    const pattern = /^[ \t]*(\S[^\n]*?)[ \t]*$/gm
    let match: RegExpExecArray | null
    while ((match = pattern.exec(text))) {
      const line = match[1]
      if (line.length > 200 || !lines.some((shape) => shape.test(line))) continue
      const start = match.index + match[0].indexOf(line)
      const end = start + line.length
      const message = file.message('Unexpected page furniture `' + (line.length > 50 ? line.slice(0, 47) + '…' : line) + '`, expected it removed', {
        place: placeOf(file, start, end),
        ancestors: []
      })
      message.actual = line
      message.expected = ['']
    }
  }
)
