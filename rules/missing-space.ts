import {defineRule} from '../src/rule.js'
import {placeOf} from '../src/util/place.js'
import {abbreviations, dotSuffixes, insideQuote, proseOf} from '../src/util/prose.js'
import {isCommonWord, isFrequentWord} from '../src/lexicon.js'

/**
 * `missing-space`: no space after a comma, semicolon, colon, sentence end or
 * closing quotation mark or bracket, where a word follows (`approach,possibly`,
 * `commence.This`, `U.S.to`, `morning."They`, `“theft”and`, `(RDIF)and`). Copy-paste and
 * machine translation glue sentences together this way, and the parser then
 * loses the sentence boundary too.
 *
 * Silent on what legitimately has no space: abbreviations and initials
 * (`U.S.`, `e.g.`, `Ph.D.`, `J.R.R. Tolkien`, `St. Petersburg`), numbers
 * (`3.5`, `1,000`, `10:30`, `161,12`), URLs, domains, e-mail addresses,
 * handles, file names and versions (`example.com`, `Node.js`, `.NET`,
 * `v2.1.0`), ellipses and `U.S.-Russia`. The fix inserts one space, so it is
 * safe to apply unattended.
 */
export default defineRule(
  {
    id: 'missing-space',
    description: 'No space after punctuation before the next word.',
    defaultSeverity: 'warn',
    fixSafe: true
  },
  function (tree, file, {text}) {
    const prose = proseOf(tree)
    const candidate = /[.,;:?!)\]"”’»]\S*\p{L}/u
    // One pass over the text for punctuation followed (within the same run of non-space) by a letter;
    // only the runs it lands in are examined.
    const trigger = /[.,;:?!)\]"”’»]\S*?\p{L}/gu
    const chunks: Array<[number, string]> = []
    let match: RegExpExecArray | null
    while ((match = trigger.exec(text))) {
      let runStart = match.index
      while (runStart > 0 && !/\s/.test(text.charAt(runStart - 1))) runStart--
      let runEnd = match.index + match[0].length
      while (runEnd < text.length && !/\s/.test(text.charAt(runEnd))) runEnd++
      trigger.lastIndex = runEnd
      // Split at markup (`<a href…>`, `**`): a chunk is a run of prose without white space.
      let from = -1
      for (let offset = runStart; offset <= runEnd; offset++) {
        const inside = offset < runEnd && prose.has(offset)
        if (inside && from === -1) from = offset
        if (!inside && from !== -1) {
          chunks.push([from, text.slice(from, offset)])
          from = -1
        }
      }
    }
    for (const [chunkStart, chunk] of chunks) {
      if (!candidate.test(chunk)) continue
      if (/:\/\/|@|^www\.|[\\/=_{}<>|~^`#]/i.test(chunk)) continue
      if (/^[#@]/.test(chunk)) continue
      const core = chunk.replace(/[.,;:?!)\]"'”’»]+$/u, '')
      // Domains and file names: `pravda.com.ua`, `report.pdf`, `Node.js`.
      const suffix = /\.(\p{L}+)$/u.exec(core)
      // (Not after a country's initials: `the U.S.in April`.)
      // (…nor a frequent word, a full stop and a preposition that goes on in prose: `the request.in his decision`.)
      const prepositionAfter = suffix !== null && /^(?:in|on|at|to|as|by|it)$/.test(suffix[1]) && /^\p{Ll}{4,}\.\p{Ll}+$/u.test(core) && isFrequentWord(core.slice(0, core.indexOf('.'))) &&
        /^ (?:the|a|an|his|her|its|their|our|this|that|these|those|my|your) /.test(text.slice(chunkStart + chunk.length, chunkStart + chunk.length + 8))
      if (suffix && !prepositionAfter && dotSuffixes.has(suffix[1].toLowerCase()) && (suffix[1] === suffix[1].toLowerCase() || suffix[1] === suffix[1].toUpperCase()) && !/^(?:\p{Lu}\.){2,}\p{Ll}+$/u.test(core)) continue
      let segmentStart = chunkStart
      const runPattern = /[.,;:?!"“”'’‘)\](«»]+(?=\p{L})/gu
      let run: RegExpExecArray | null
      while ((run = runPattern.exec(chunk))) {
        const runStart = chunkStart + run.index
        const runEnd = runStart + run[0].length
        const split = splitPoint(run[0], runStart)
        if (split === undefined) continue
        const at = runStart + split
        if (!prose.covers(runStart, runEnd + 1)) continue
        const left = text.slice(segmentStart, runStart)
        const right = /^[\p{L}\p{N}'’-]*/u.exec(text.slice(runEnd))![0].replace(/['’-]+$/, '')
        const wordEnd = runEnd + right.length
        if (!missing(run[0].slice(0, split), left, right, chunk, runStart - chunkStart)) continue
        const start = segmentStart
        const actual = text.slice(start, wordEnd)
        let after = text.slice(at, wordEnd)
        // A sentence glued to the next one that starts in lower case: the fix capitalises it too
        // (`produced.the` → `produced. The`), unless the left side is an abbreviation or a number.
        if (/[.?!]$/.test(run[0].slice(0, split)) && /^\p{Ll}/u.test(right) && /(?:\p{Ll}{2,}|\d{4}|%)$/u.test(left) && right.length > 1 && !/^\p{Lu}/u.test(left.slice(-1))) {
          after = after.replace(/^(\P{L}*)(\p{Ll})/u, (_, prefix: string, letter: string) => prefix + letter.toUpperCase())
        }
        const fixed = text.slice(start, at) + ' ' + after
        const message = file.message('Unexpected `' + actual + '`, expected `' + fixed + '`: a space is missing after `' + run[0].slice(0, split).trim() + '`', {
          place: placeOf(file, start, wordEnd),
          ancestors: []
        })
        message.actual = actual
        message.expected = [fixed]
        segmentStart = at
      }
    }

    /**
     * Where a space belongs in a run of punctuation before a letter: after the
     * closing marks, before the opening ones. `undefined` when the run has no
     * sentence or clause punctuation and no closing bracket.
     */
    function splitPoint(run: string, runStart: number): number | undefined {
      let split = run.length
      while (split > 0) {
        const char = run.charAt(split - 1)
        if (char === '“' || char === '‘' || char === '(' || char === '«') split--
        else if (char === '"' && split > 1 && /[.,;:?!]/.test(run.charAt(split - 2)) && !insideQuote(text, paragraphStart(runStart), runStart + split - 1)) split--
        else break
      }
      const closing = run.slice(0, split)
      // A closing double quotation mark right after a quoted word (`“theft”and`, `"theft"and`): a straight one
      // closes where a straight one before it in the paragraph opened.
      if ((closing === '”' || closing === '»' || (closing === '"' && insideQuote(text, paragraphStart(runStart), runStart))) && /\p{L}/u.test(text.charAt(runStart - 1))) return split
      if (!/[.,;:?!)\]]/.test(closing)) return undefined
      if (/^['’‘]|['’‘]$/.test(closing) && !/[.,;:?!]['’]?$/.test(closing)) return undefined
      return split
    }

    function paragraphStart(offset: number): number {
      const blank = text.lastIndexOf('\n\n', offset)
      return blank === -1 ? 0 : blank + 2
    }
  }
)

const initialism = /^(?:\p{L}{1,2}\.)+\p{L}{1,2}$/u

/** Capitalised words that open a sentence, not a name: after `U.S.` with no space, the next sentence's first word. */
const sentenceOpeners = new Set(['The', 'This', 'That', 'These', 'Those', 'It', 'We', 'He', 'She', 'They', 'There', 'But', 'And', 'In', 'On', 'At', 'For', 'According'])

/** Function words that follow a country's initials (`the U.S.in`, `the U.S.has`). */
const glueWords = new Set(['has', 'is', 'in', 'on', 'at', 'of', 'to', 'and', 'or', 'as', 'by', 'for', 'it', 'was', 'are', 'will', 'would', 'with', 'from'])

/** Initials of places and unions, as the left side of a run has them (no final period). */
const placeInitials = new Set(['U.S', 'U.K', 'U.N', 'E.U', 'U.A.E', 'U.S.A', 'D.C'])

/** Abbreviations in lower case that a word follows after a space (`p.m. local time`, `e.g. the`). */
const lowerAbbreviations = new Set(['a.m', 'p.m', 'e.g', 'i.e'])

/** How many letters and dots of an initialism (`U.S` → 2). */
function segmentsOf(word: string): number {
  return word.split('.').length
}

/** Is a space missing between `left` + `closing` and the word `right`? */
function missing(closing: string, left: string, right: string, chunk: string, runOffset: number): boolean {
  if (right.length === 0) return false
  const leftWord = left.replace(/^[("“‘'«\[]+/u, '')
  const terminator = /[.,;:?!]/.exec(closing)?.[0]
  const upper = /^\p{Lu}/u.test(right)
  const capitalised = /^\p{Lu}[\p{Ll}'’]/u.test(right) || right === 'I' || right === 'A'
  if (/\.\.|…/.test(closing)) return false
  if (terminator === undefined) {
    // `(RDIF)and`, `(INE)concluded`; not `(s)he`, `word(s)and` or `(re)election`.
    const open = left.lastIndexOf('(')
    if (open !== -1 && /^(?:\p{Ll}{1,3}|\p{L})$/u.test(left.slice(open + 1))) return false
    if (/^\p{L}[\p{L}'’-]*[)\]]$/u.test(left + closing) && !left.includes('(')) return right.length > 1
    // (A number in brackets too: `Müller (65)said`.)
    return /[\p{L}\p{N}]/u.test(leftWord) && right.length > 1
  }
  // Numbers on both sides are never a missing space; a number before a word can be.
  if (/^\p{N}/u.test(right)) return false
  const closed = closing.length > 1 // a quote or bracket came between
  if (terminator === ',' || terminator === ';') {
    if (leftWord.length === 0) return false
    if (leftWord.length === 1 && right.length === 1) return false
    return /[\p{L}\p{N}%)\]"”’]$/u.test(leftWord + closing.slice(0, closing.indexOf(terminator)))
  }
  if (terminator === ':') {
    if (!/\p{L}{2}$/u.test(leftWord) || right.length < 2) return false
    if (/^(?:https?|ftp|mailto|tel|urn|file|data|irc|git|ssh|news|sip|magnet)$/i.test(leftWord)) return false
    // (`Re:` before a name is a brand's or a subject line's: `Re:Nissan`.)
    if (/^re$/i.test(leftWord)) return false
    if ((chunk.match(/:/g) || []).length > 1) return false
    return upper || (isCommonWord(leftWord) && isCommonWord(right))
  }
  if (terminator === '?' || terminator === '!') {
    if (!/[\p{L}\p{N}"”’)]$/u.test(leftWord + closing.slice(0, closing.indexOf(terminator)))) return false
    return capitalised
  }
  // A period.
  if (leftWord.length === 0) return closed && capitalised
  // (…or a year or an amount before an ordinary word in lower case: `since 2013.the unions`; not a file's extension.)
  if (/\p{N}%?$/u.test(leftWord)) return (capitalised && right.length > 1 && /^\p{Lu}\p{Ll}/u.test(right)) || (!closed && /^\p{Ll}{3,}$/u.test(right) && !dotSuffixes.has(right) && isCommonWord(right) && /^\d{4}$|%$/u.test(leftWord))
  if (!/\p{L}$/u.test(leftWord)) return closed && capitalised
  const lastWord = /[\p{L}'’]+$/u.exec(leftWord)![0]
  // Initials and initialisms: `U.S`, `e.g`, `J.R.R`, `J.`
  if (initialism.test(leftWord) || /^\p{Lu}$/u.test(leftWord)) {
    // (A capital after an initialism may be a name's, `J.R.Smith`; a word that opens sentences is the next one's:
    // `in the U.S.The work`.)
    // (…also after one letter that ends a sentence, `on the platform X.The`, `Plan B.This`: no initial stands before `The`.)
    if (!closed && (segmentsOf(leftWord) >= 2 || /^\p{Lu}$/u.test(leftWord)) && sentenceOpeners.has(right)) return true
    // (A country's or a union's initials are no one's name: `the U.S.Federal Reserve`, `the U.N.Security Council`.)
    if (!closed && placeInitials.has(leftWord) && capitalised && right.length > 1) return true
    // (Nor is a time of day or `e.g.`: `at 3 p.m.local time`, `e.g.the`.)
    if (!closed && lowerAbbreviations.has(leftWord) && /^\p{L}{2,}$/u.test(right)) return true
    if (right.length < 2 || upper || closed) return false
    const segments = leftWord.split('.')
    // (Function words count as words too, `has`, `is`, `in`, which the word list may lack.)
    return segments.length >= 2 && segments.every((segment) => /^\p{Lu}+$/u.test(segment)) && /^\p{Ll}+$/u.test(right) && (isCommonWord(right) || glueWords.has(right))
  }
  if (abbreviations.has(lastWord.toLowerCase()) && !closed) return false
  const dots = (chunk.match(/\./g) || []).length
  if (capitalised) {
    if (right.length === 1 && !/^\p{Ll}{2,}$/u.test(lastWord)) return false
    return true
  }
  if (upper) {
    // `systems.NATO`, not `ASP.NET`; and a country's initials after a word (`understands.U.S. sanctions`).
    const initialsAfter = right.length === 1 && /^\p{Lu}\.\p{Lu}\./u.test(chunk.slice(runOffset).replace(/^[.,;:?!"“”'’‘)\](«»]+/u, ''))
    return /\p{Ll}{2}$/u.test(lastWord) && (initialsAfter || (right.length > 1 && !dotSuffixes.has(right.toLowerCase())))
  }
  // Lower case on both sides: only two ordinary words, and nothing that looks like a name or a path.
  return (
    !closed &&
    dots === 1 &&
    /^\p{Ll}{3,}$/u.test(lastWord) &&
    lastWord === leftWord &&
    // (Two-letter words only where no domain ends so: `base.he also`, `said.we`; or a preposition after a frequent word
    // of four letters or more, `the request.in his decision`, where a domain is no likelier than a lost space.)
    (/^\p{Ll}{3,}$/u.test(right) || right === 'he' || right === 'we' || (/^(?:in|on|at|to|as|by|it)$/.test(right) && lastWord.length >= 4 && isFrequentWord(lastWord))) &&
    (!dotSuffixes.has(right) || right.length === 2) &&
    isCommonWord(lastWord) &&
    isCommonWord(right)
  )
}
