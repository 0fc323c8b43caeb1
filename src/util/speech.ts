import {tokenKey} from '../names/index.js'
import {isPlainGap, type Token} from './words.js'
import {wordList} from '../word-lists.js'
import {WordFact} from './word-info.js'

/** Verbs that introduce or close reported speech (lower case). */
export const reportingVerbs = wordList('speech', 'reporting_verbs')

/** Plain reporting verbs that also introduce indirect speech after a comma in loose prose. */
export const plainReportingVerbs = wordList('speech', 'plain_reporting_verbs')

/** Words that mark the speaker's own voice in direct speech. */
export const firstOrSecondPerson = wordList('speech', 'first_or_second_person')

const prepositions = wordList('speech', 'attribution_prepositions')

/** Participles that open speech with a colon (`…, saying:`). */
const colonVerbs = new Set(['saying', 'stating', 'declaring', 'writing', 'adding', 'telling', 'warning'])

/** Is `value` a reporting verb (`said`, `Notes`: any case)? */
export function isReportingVerb(value: string): boolean {
  return reportingVerbs.has(folded(value))
}

const reportingFact = new WordFact<boolean>(isReportingVerb)

/** `isReportingVerb` for a token's word, answered once per distinct word. */
export function reports(token: Token): boolean {
  return reportingFact.of(token.info)
}

export function folded(value: string): string {
  // The same normalisation as a names-dictionary key (memoised there).
  return tokenKey(value)
}

export function hasFirstOrSecondPerson(tokens: Token[]): boolean {
  // (`I` only as a capital, and `US` in capitals is the country, not `us`.)
  return tokens.some((token) => (token.value === 'I' || token.value.toLowerCase() !== 'i') && token.value !== 'US' && firstOrSecondPerson.has(token.key))
}

/**
 * If the words before `tokens[index]` end in an attribution that introduces
 * speech with a comma or colon (`asserted,`, `wrote on Telegram:`, `told
 * reporters,`, `According to Smith,`), say which: `verb` with the verb's
 * token, or `according`. The gap before `tokens[index]` must hold the comma
 * or colon.
 */
export function attributionBefore(tokens: Token[], index: number): {kind: 'verb' | 'according'; verb: Token; mark: string} | undefined {
  if (index === 0) return undefined
  const gap = tokens[index].before
  const mark = /^\s*([,:])\s*$/.exec(gap)?.[1]
  if (!mark) return undefined
  // `opened the meeting with the words:`, `…, saying:`: what follows the colon is what was said.
  if (mark === ':') {
    const before = tokens[index - 1].key
    if ((before === 'words' && index >= 2 && /^(?:the|these|those)$/.test(tokens[index - 2].key)) || colonVerbs.has(before)) {
      return {kind: 'verb', verb: tokens[index - 1], mark}
    }
    // `put it this way:`, `said it this way:` (someone else's words; not the speaker's own `Let's put it this way:`,
    // `I'd put it this way:`, `To put it this way:`).
    if (before === 'way' && index >= 5 && tokens[index - 2].key === 'this' && tokens[index - 3].key === 'it' && /^(?:put|puts|said|says)$/.test(tokens[index - 4].key) &&
      !/^(?:let'?s|let|i|i'd|we|we'd|to|you|would|can|could|might)$/.test(tokens[index - 5].key.replace(/’/g, "'"))) {
      return {kind: 'verb', verb: tokens[index - 4], mark}
    }
  }
  // Walk back over at most nine words joined by plain spaces (`said at a press conference after the talks,`);
  // a colon, which opens what was said, may end a longer stretch (`said on Monday on the sidelines of a
  // meeting of ministers in Brussels:`).
  // (…and so may a comma before the speaker's own capitalised `We` or `I`: `said at a meeting of the Federation of German
  // Industries (BDI) in Berlin, We do not …`, where a bracketed short form may stand among the words.)
  const ownVoice = mark === ',' && /^(?:We|I|Our|My)$/.test(tokens[index].value)
  const reach = mark === ':' || ownVoice ? 16 : 10
  for (let back = 1; back <= reach && index - back >= 0; back++) {
    const token = tokens[index - back]
    const word = token.key
    if (back > 1 && !isPlainGap(tokens[index - back + 1].before) && !(ownVoice && /^(?:[ \t]*\([ \t]*|\)[ \t]+)$/.test(tokens[index - back + 1].before))) {
      // `added, in words read as a message to the government:`: a colon may close a phrase set off after the verb.
      // (A verb in the past: `will say, as one man:` is no one's words yet.)
      if (mark === ':' && /^,[ \t]+$/.test(tokens[index - back + 1].before) && reports(token) && token.value === token.value.toLowerCase() &&
        /(?:ed|said|told|wrote)$/.test(word) && !narratorSpeaks(tokens, index - back)) return {kind: 'verb', verb: token, mark}
      return undefined
    }
    // A capitalised `States` or `Remarks` is a noun, not a verb.
    if (reports(token) && token.value === token.value.toLowerCase()) {
      // (The speaker's own words again, `As I said,`; but `I said to the players,`, `I told you in Vienna,` name whom
      // the words were said to: the speaker quotes them.)
      // (…not `As I told the Speaker,`: the speaker's view again.)
      if (narratorSpeaks(tokens, index - back) && !(back > 1 && /(?:said|told)$/.test(word) && (word === 'told' || tokens[index - back + 1].key === 'to') &&
        !tokens.slice(Math.max(0, index - back - 3), index - back).some((earlier) => earlier.key === 'as'))) return undefined
      if (/s$/.test(word) && !presentSubject(tokens, index - back)) return undefined
      if (back === 1) return {kind: 'verb', verb: token, mark}
      const next = tokens[index - back + 1].key
      // `told reporters,`, `wrote on Telegram,`, `said in a statement,`, `pointed out,`.
      // (`told journalists after a meeting with Pavel at Prague Castle,`: an audience and where.)
      if ((word === 'told' || word === 'tells') && back <= reach) return {kind: 'verb', verb: token, mark}
      if (prepositions.has(next)) return {kind: 'verb', verb: token, mark}
      // `said then,`, `said again yesterday,`: a word of time after the verb.
      if (timeWords.has(next) && back <= 4) return {kind: 'verb', verb: token, mark}
      // `said it himself in the room this morning,`, `said so in a statement,`.
      let at = index - back + 1
      if (word === 'said' && verbObjects.has(next)) {
        at++
        if (at < index && reflexives.has(tokens[at].key)) at++
        if (at < index && prepositions.has(tokens[at].key)) return {kind: 'verb', verb: token, mark}
      }
      return undefined
    }
    // `as the minister put it in parliament,`, `as one governor put it to me,`.
    if ((word === 'put' || word === 'puts') && back >= 2 && tokens[index - back + 1].key === 'it' && token.value === word &&
      tokens.slice(Math.max(0, index - back - 4), index - back).some((earlier) => earlier.key === 'as')) {
      return {kind: 'verb', verb: token, mark}
    }
    if (word === 'out' && back === 1 && index - 2 >= 0 && /^point(ed|s)?$/.test(tokens[index - 2].key)) {
      return {kind: 'verb', verb: tokens[index - 2], mark}
    }
    if (word === 'to' && index - back - 1 >= 0 && tokens[index - back - 1].key === 'according' && back >= 2 && back <= 5) {
      return {kind: 'according', verb: tokens[index - back - 1], mark}
    }
  }
  return undefined
}

/** What may stand between `said` and where it was said (`said it himself in …`, `said so in …`). */
const verbObjects = new Set(['it', 'so', 'this'])
/** Words of time right after a verb of saying (`said then,`). */
const timeWords = new Set(['then', 'later', 'earlier', 'yesterday', 'today', 'again', 'recently', 'afterwards', 'last', 'once'])
const reflexives = new Set(['himself', 'herself', 'themselves', 'itself'])

const narrators = new Set(['i', "i've", "i'd", "i'll", "i'm", 'we', "we've", "we'd", "we'll", "we're"])

/**
 * The writer's own voice (`I say:`, `I’ve often said:`, `what I have tried to
 * say at every turn:`): a speech or an opinion piece, not lost quotation marks.
 */
function narratorSpeaks(tokens: Token[], verbIndex: number): boolean {
  for (let back = 1; back <= 4 && verbIndex - back >= 0; back++) {
    const word = tokens[verbIndex - back].key
    // (`I` only as a capital: `Vilanova i la Geltrú` has the Catalan `i`, `and`.)
    if (narrators.has(word) && !(word === 'i' && tokens[verbIndex - back].value !== 'I')) return true
  }
  return false
}

/** A present-tense `states`/`notes` needs a subject right before it (a name or a pronoun), or it is a plural noun. */
function presentSubject(tokens: Token[], verbIndex: number): boolean {
  if (verbIndex === 0) return false
  const previous = tokens[verbIndex - 1].value
  return /^\p{Lu}/u.test(previous) || ['he', 'she', 'it', 'who', 'which', 'that'].includes(folded(previous))
}
