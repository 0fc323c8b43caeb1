import {defineRule} from '../src/rule.js'
import {placeOf} from '../src/util/place.js'
import {isCommon, isCommonWord, isKnownProper, isListedWord, isVerb} from '../src/lexicon.js'
import {contextData} from '../src/context-data.js'
import {documentNames} from '../src/names/match.js'
import {tokenKey} from '../src/names/index.js'
import {abbreviations, insideQuote, proseOf} from '../src/util/prose.js'
import {attributionBefore} from '../src/util/speech.js'
import {capitalisedTitle, formalTitleBefore, royalTitles} from '../src/util/titles.js'
import {capitalize, isAllCaps, isCapitalized, isLowercase, isPlainGap, isTimestamp, type SentenceInfo, type Token} from '../src/util/words.js'
import {wordList} from '../src/word-lists.js'
import {lastAtOrBefore} from '../src/util/search.js'
import {WordFact} from '../src/util/word-info.js'

/**
 * `case`: capitalisation that is wrong whatever the house style.
 *
 * - A sentence or list item that starts in lower case (`• initial findings:`).
 * - An institution's formal name in lower case after `the` or a possessive
 *   (`the ministry of external affairs`, `China's ministry of commerce`).
 * - An ordinary noun capitalised after a lower-case modifier in an office or
 *   institution (`foreign Ministry`, `press Secretary`, `special Prosecutor`)
 *   and the lower-case half of a capitalised office (`Secretary of state`).
 * - An article or preposition capitalised in mid-sentence (`…, A third
 *   meeting`, `at the leaders level During August`).
 * - An ordinary word capitalised between lower-case words (`took place
 *   Representatives of`, `three High -level meetings`).
 *
 * Conservative by design: headlines and headings in Title Case, names the
 * dictionary knows and proper nouns English knows, acronyms, titles before a
 * name (`Foreign Minister Lavrov`), months and weekdays, the first word after
 * a colon, and speech after a reporting verb (left to `unquoted-quote`) stay
 * silent. A document that does not use sentence case at all (auto-captions)
 * is not checked for lower-case sentence starts. Capitalising a sentence start
 * is certain, but lower-casing a noun can go either way (`Foreign Ministry`
 * or `foreign ministry`), so the rule's fixes are offered, not applied
 * unattended.
 */
/** A list item's bullet or number and the space after it (`• `, `- `, `2) `). */
const bullet = '[ \\t]*(?:[•·▪‣◦●○■►➢*+]|-(?= )|\\d{1,2}[.)])[ \\t]+'
const itemLine = new RegExp('^' + bullet + '\\S', 'u')
const itemOpening = new RegExp('^' + bullet + "([\\p{L}'’-]+)", 'u')

/** Audiences after `told` that are ordinary people. */
const audiences = wordList('case', 'audiences')

/**
 * Does a capital follow right after `end`, across spaces, a dash, or a line break and a caption timestamp
 * (`the United` / `1:19` / `States`)? Then the word goes on into a name.
 */
const capitalAfter = /^(?:[ \t]*(?:\n[ \t]*(?:\[?\d{1,2}(?::\d{2}){1,2}\]?[ \t]*\n[ \t]*)?)?|[ \t]*[-–—])\p{Lu}/u
function capitalFollows(text: string, end: number): boolean {
  return capitalAfter.test(text.slice(end, end + 24))
}

/** Nouns after a party's or a movement's name (`the Motorists party`). */
const groupNouns = new Set(['party', 'movement', 'bloc', 'alliance', 'coalition'])

/** Adjectives of time between an article and its noun (`the current heating season`, `the next budget year`), and `so-called`. */
const timeModifiers = new Set(['current', 'next', 'last', 'previous', 'upcoming', 'coming', 'annual', 'entire', 'whole', 'recent', 'ongoing', 'so-called'])

/** Particles inside Romance, Dutch, German and Arabic names (`Cartel de los Soles`, `Banco do Brasil`). */
/** Plain adjectives that stand between `the` and a noun (`the real Test would come`, `the new Rules are`). */
const plainAdjectives = new Set(['real', 'new', 'old', 'main', 'whole', 'first', 'last', 'next', 'final', 'key', 'big', 'biggest', 'major', 'same', 'other', 'true', 'current', 'recent', 'latest'])

/** Verbs of three letters in the past, which word lists also know as nouns (`won`, `led`). */
const shortPasts = new Set(['won', 'led', 'met', 'ran', 'got', 'set', 'put', 'cut', 'hit', 'let', 'saw', 'did', 'had', 'was', 'lay', 'fed', 'bid', 'fit', 'dug', 'sat', 'wed'])

/** Kinds of works, before a title (`the novel Houris`). */
const workKinds = new Set(['novel', 'book', 'film', 'movie', 'album', 'song', 'series', 'play', 'poem', 'opera', 'exhibition', 'show', 'documentary', 'painting'])

const nameParticles = new Set(['de', 'del', 'della', 'di', 'da', 'do', 'dos', 'das', 'du', 'des', 'la', 'las', 'los', 'le', 'van', 'von', 'der', 'den', 'al', 'el'])

/** Month names that are also ordinary words. */
const ambiguousCalendar = new Set(['march', 'august'])
/** Units and amounts written after a number (`49 percent`, `3 billion`). */
const unitWords = new Set(['Percent', 'Billion', 'Million', 'Trillion', 'Thousand', 'Dollars', 'Euros', 'Rubles', 'Roubles', 'Points', 'Barrels', 'Tonnes', 'Tons', 'Kilometres', 'Kilometers', 'Miles'])

/** Words before a month that make `march` or `august` one (`in march`, `since august`, `last march`). */
const timePrepositions = new Set(['in', 'since', 'until', 'till', 'by', 'from', 'last', 'next', 'early', 'late', 'mid', 'through'])

/** Does the ambiguous calendar word at `index` stand as a time: after such a word, and closing its phrase or before a number? */
function calendarUse(tokens: Token[], index: number): boolean {
  const previous = tokens[index - 1]
  if (!previous || !isPlainGap(tokens[index].before) || !(timePrepositions.has(previous.value.toLowerCase()) || dayBefore(tokens, index))) return false
  const next = tokens[index + 1]
  // (After a day of the month, a preposition may follow too: `on Sunday 18 may in front of …`.)
  return next === undefined || !isPlainGap(next.before) || /^\d/.test(next.value) || (dayBefore(tokens, index) && contextData().prepositions.has(next.value))
}

/** Is the word before `tokens[index]` a day of the month (`18 may`)? */
function dayBefore(tokens: Token[], index: number): boolean {
  const previous = tokens[index - 1]
  return previous !== undefined && /^(?:[1-9]|[12]\d|3[01])$/.test(previous.value) && isPlainGap(tokens[index].before)
}

/** Months of four letters, which are no English words in lower case (`may` is). */
const shortMonths = new Set(['june', 'july'])

/** Months and weekdays with a lower-case first letter (`january`, `monday`), made on first use. */
let lowerCalendar: Set<string> | undefined
function calendarWords(): Set<string> {
  return (lowerCalendar ||= new Set([...contextData().months, ...contextData().weekdays].map((word) => word.charAt(0).toLowerCase() + word.slice(1))))
}

const notCalendar = 0
const calendar = 1
const calendarIfTime = 2

/** Is a lower-case word a month or a weekday: not, surely, or where it stands as a time (`march`, `august`)? */
const calendarFact = new WordFact<number>((value) => {
  if (value.length < 5 && !shortMonths.has(value)) return notCalendar
  // (An ASCII word is looked up as it is, without a capitalised copy for each word.)
  if (value.charCodeAt(0) < 128 && !calendarWords().has(value)) return notCalendar
  const name = capitalize(value)
  if (!contextData().months.has(name) && !contextData().weekdays.has(name)) return notCalendar
  return ambiguousCalendar.has(value) ? calendarIfTime : calendar
})

/** Words that open a sentence far more often than they are capitalised in one (a lost full stop before them). */
const sentenceOpeners = wordList('case', 'sentence_openers')

/** Auxiliaries a subject noun comes before (`the Car has been`). */
const auxiliaries = new Set(['has', 'have', 'had', 'is', 'are', 'was', 'were', 'will', 'would', 'can', 'could', 'may', 'might', 'must', 'should'])

/** Two-letter words that end sentences and are no abbreviation (`ready for it. he noted`). */
const shortSentenceEnds = new Set(['it', 'us', 'me', 'up', 'so', 'on', 'in', 'to', 'do', 'go', 'be', 'we', 'he', 'is'])

/** Words that open a sentence, never a name after an initial or a title (`Camarena. she also said`). */
const sentencePronouns = new Set(['the', 'she', 'he', 'they', 'it', 'we', 'this', 'these', 'a', 'an', 'there'])

/**
 * How often `counts` saw `word`, with its plural or singular in `-s` (a term the article capitalises
 * throughout: `the first Test`, `both the Tests`), unless that is a title, capitalised before names
 * (`Foreign Minister …` says nothing of `the two Ministers`).
 */
function timesWritten(counts: Map<string, number>, word: string): number {
  const partner = word.endsWith('s') ? word.slice(0, -1) : word + 's'
  const own = counts.get(word) || 0
  const titles = contextData().titles
  return titles.has(partner.toLowerCase()) || titles.has(word.toLowerCase()) ? own : own + (counts.get(partner) || 0)
}

/** Possessive determiners before a noun (`its Tariffs`, `our Oil companies`). */
const ownDeterminers = new Set(['its', 'their', 'our'])

/** Determiners that open a sentence before its subject (`The Yen weakened`, `Our Fans were`). */
const sentenceDeterminers = new Set(['The', 'Our', 'Their', 'His', 'Her', 'Its'])

/** Prepositions after a noun that start where or when, not a name's own words (`the Pressing in`, `the Submarines under`). */
const placeAfterNoun = new Set(['in', 'under', 'at', 'during', 'after', 'before', 'since', 'until', 'against', 'between', 'across', 'over', 'into', 'onto', 'through', 'toward', 'towards'])

/** Endings of adjectives (`Unilateral`, `Economic`, `Collective`, `Dangerous`, `Military`, `Modular`, `Nuclear`; not a bare `-ic`: `Republic`, `Public`). */
const adjectival = /(?:al|ive|ous|ary|ful|less|able|ible|omic|etic|istic|atic|ular|lear)$/

/** After an amount a capital may open a sentence whose period was lost (`3.5 trillion Shares of`). */
const amounts = /^(?:hundred|thousand|million|billion|trillion|percent|bn|mln|m)$/

export default defineRule(
  {
    id: 'case',
    description: 'Sentences starting in lower case and ordinary words capitalised mid-sentence.',
    defaultSeverity: 'warn',
    fixSafe: false
  },
  function (tree, file, {text, names}) {
    const document = documentNames(tree, text, names)
    const prose = proseOf(tree)
    const context = contextData()
    const headingLines = new Map<number, boolean>()
    let lineStarts: number[] | undefined
    let textLines: string[] | undefined
    /** The offsets where the text's lines start (worked out on first use). */
    const lineStartsOf = (): number[] => {
      if (!lineStarts) {
        lineStarts = [0]
        for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) lineStarts.push(at + 1)
      }
      return lineStarts
    }
    const inName = new Set<Token>()
    for (const match of document.matches) {
      for (let index = match.from; index <= match.to; index++) inName.add(match.sentence.tokens[index])
    }
    // Spans reported so far, start and end one after the other: one message for a stretch of text.
    const reported: number[] = []
    const report = (start: number, end: number, replacement: string, sentence: SentenceInfo | undefined, why: string): void => {
      for (let at = 0; at < reported.length; at += 2) if (start < reported[at + 1] && end > reported[at]) return
      reported.push(start, end)
      const actual = text.slice(start, end)
      const message = file.message('Unexpected `' + actual + '`, expected `' + replacement + '`: ' + why, {
        place: placeOf(file, start, end),
        ancestors: sentence ? [sentence.node] : []
      })
      message.actual = actual
      message.expected = [replacement]
    }

    // One pass over the words for what the checks below ask of the whole article:
    // - capitalised in mid-sentence elsewhere: a name or a brand, whatever the dictionary says;
    // - capitals outside the names the dictionary found (`Club` in `Club World Cup` is the name's);
    // - ordinary words the article itself writes in lower case (`the airline`), and right after
    //   `the` (`the bank`, not only `the central bank`).
    const shortForms = wordList('case', 'short_forms')
    const capitalisedCounts = new Map<string, number>()
    const looseCounts = new Map<string, number>()
    // (A word and its plural count together: `the first Test`, `both the Tests`.)
    const capitalisedCount = (word: string) => timesWritten(capitalisedCounts, word)
    const looseCapitals = (word: string) => timesWritten(looseCounts, word)
    const lowerSeen = new Set<string>()
    const lowerAfterThe = new Set<string>()
    // Capitalised words joined by `and`/`or` to a name the dictionary knows (`Search and YouTube`): names in this article.
    const besideNames = new Set<string>()
    for (const sentence of document.sentences) {
      const tokens = sentence.tokens
      // (A headline in Title Case capitalises every word: no evidence of how the article writes one in a sentence.)
      const headline = tokens.length > 1 && heading(sentence)
      for (let index = 0; index < tokens.length; index++) {
        const token = tokens[index]
        if (isCapitalized(token.value)) {
          const joined = tokens[index + 2]
          if (joined !== undefined && /^(?:and|or)$/.test(tokens[index + 1].value) && isPlainGap(tokens[index + 1].before) && isPlainGap(joined.before) &&
            /^\p{Lu}\p{Ll}/u.test(joined.value) && /^\p{Lu}\p{Ll}/u.test(token.base)) {
            if (inName.has(joined) && !inName.has(token)) besideNames.add(token.base)
            if (inName.has(token) && !inName.has(joined)) besideNames.add(joined.base)
          }
          if (token.sentenceInitial || headline) continue
          capitalisedCounts.set(token.value, (capitalisedCounts.get(token.value) || 0) + 1)
          if (!inName.has(token)) looseCounts.set(token.value, (looseCounts.get(token.value) || 0) + 1)
        } else if (isLowercase(token.base)) {
          lowerSeen.add(token.base)
          if (index > 0 && (tokens[index - 1].value === 'the' || tokens[index - 1].value === 'The')) lowerAfterThe.add(token.base)
        }
      }
    }

    // 1. List items that start in lower case.
    const item = new RegExp('^' + bullet + "(\\p{Ll}[\\p{L}'’-]*)", 'gmu')
    let match: RegExpExecArray | null
    while ((match = item.exec(text))) {
      const start = match.index + match[0].length - match[1].length
      const word = match[1]
      if (!prose.covers(start, start + word.length)) continue
      // (A name's word that the name writes in lower case and English does not have, `de`, `bin`, `bp`.)
      if (/\p{Lu}/u.test(word) || (names.knownTokens.has(word) && !isCommonWord(word))) continue
      // Items that continue a sentence (`The plan includes:` / `- a ceasefire;`) are lower case by design:
      // only items written as full sentences, in a list whose items all are, are reported; or an item in a
      // list whose other items all open with a capital, two of them on an ordinary word (`- Rate: 8%` /
      // `- vote: four in favour`), where the one in lower case is the slip.
      if (!listOfSentences(match.index) && !amongCapitalItems(match.index)) continue
      report(start, start + word.length, capitalize(word), undefined, 'a list item starts with a capital letter')
    }

    // 2. Sentences that start in lower case, where the document uses sentence case.
    // The parser keeps `ended. the` in one sentence (it takes `ended.` for an
    // abbreviation), so starts after a word with a period count too.
    const starts: Array<{token: Token; sentence: SentenceInfo; afterPeriod: boolean}> = []
    for (let s = 0; s < document.sentences.length; s++) {
      const sentence = document.sentences[s]
      const tokens = sentence.tokens
      if (tokens.length > 0 && tokens[0].sentenceInitial && /^\p{L}/u.test(tokens[0].value)) starts.push({token: tokens[0], sentence, afterPeriod: false})
      for (let index = 1; index < tokens.length; index++) {
        const previous = tokens[index - 1]
        // A quotation closed before the sentence's full stop (`…by "deeds, not words". the official added`), and so a
        // percentage or a bracket (`about 9%. the pollster`, `(LDPR). the party`).
        const gap = tokens[index].before
        if (gap.length > 2 && gap.charCodeAt(1) === 46 && /^["”’%)\]]\.[ \t]+$/.test(gap) && /^\p{L}/u.test(tokens[index].value)) {
          starts.push({token: tokens[index], sentence, afterPeriod: true})
          continue
        }
        if (previous.value.charCodeAt(previous.value.length - 1) !== 46) continue
        // `ended. the`, and also `in September. inflation`, `at 14:30. traders`, `in 2024. the`, `by 9.8%. the`,
        // `on its website aeroflot.ru.\nthe`, `on July 17. the`.
        const stem = /^([\p{L}'’-]+|\d{1,2}:\d{2}|\d{4}|\d+(?:[.,]\d+)?%|[\p{Ll}\d-]+(?:\.[\p{Ll}\d-]+)*\.(?:com|org|net|ru|ua|uk|cn|gov|int|eu|de|fr))\.$/u.exec(previous.value)?.[1] ??
          (/^\d{1,2}\.$/.test(previous.value) && index >= 2 && context.months.has(tokens[index - 2].value) ? previous.value.slice(0, -1) : undefined)
        // (Also after a quotation that closed its sentence: `…was "frank but cordial." the envoy …`.)
        if (!stem || !(isPlainGap(tokens[index].before) || /^["”][ \t]+$/.test(tokens[index].before) || /^[ \t]*\n[ \t]*$/.test(tokens[index].before)) || !/^\p{L}/u.test(tokens[index].value)) continue
        const calendar = /^\d/.test(stem) || context.months.has(stem) || context.weekdays.has(stem) || stem.includes('.')
        // (A name the dictionary knows ends a sentence as well as a word does: `with Cairo and Washington. the`;
        // so does any longer capitalised word before a pronoun or an article: `murder of Enrique Camarena. she`.)
        // (…and so does an unknown word in lower case before a word that opens sentences: `the protection of gotland. according
        // to`.)
        const knownName = (stem.length >= 4 && isCapitalized(stem) && (names.knownTokens.has(stem) || (stem.length >= 5 && sentencePronouns.has(tokens[index].value)))) ||
          (stem.length >= 5 && /^\p{Ll}+$/u.test(stem) && (sentencePronouns.has(tokens[index].value) || tokens[index].value === 'according'))
        // (British spellings dictionary-en lacks count as words too: `favourable.`; and short words no
        // abbreviation spells: `ready for it. he noted`.)
        const shortWord = stem.length === 2 && shortSentenceEnds.has(stem)
        if (!calendar && (abbreviations.has(stem.toLowerCase()) || (stem.length < 3 && !shortWord) || !(isCommonWord(stem) || isListedWord(stem.toLowerCase()) || knownName || shortWord) || isAllCaps(stem))) continue
        starts.push({token: tokens[index], sentence, afterPeriod: true})
      }
    }
    const lowerStarts = starts.filter(({token}) => /^\p{Ll}/u.test(token.value))
    // (Auto-captions mostly write lower case after a full stop; a document where most starts are
    // capitalised uses sentence case, and its lower-case starts are slips.)
    const sentenceCase = lowerStarts.length < 3 || lowerStarts.length / starts.length < 0.5
    if (sentenceCase) {
      for (const {token: first, sentence, afterPeriod} of lowerStarts) {
        // (After a closing quotation mark the words may go on with the sentence, `"…," the envoy said`,
        // unless the quotation closed the sentence with a full stop: `"frank but cordial." the envoy …`.)
        if (!isLowercase(first.value) || inName.has(first) || (/[@#/"“”‘'’(\[]\s*$/.test(first.before) && !(afterPeriod && /^["”][ \t]+$/.test(first.before)))) continue
        if (!afterPeriod) {
          const s = document.sentences.indexOf(sentence)
          const previous = s > 0 ? document.sentences[s - 1] : undefined
          if (previous !== undefined && previous.paragraph === sentence.paragraph && previous.tokens.length > 0) {
            if (/(?:\.\.|…)/.test(text.slice(Math.max(previous.start, previous.end - 4), first.start))) continue
            if (/\.$/.test(previous.tokens[previous.tokens.length - 1].value)) continue
          } else if (!/[.?!]["”’)]?\s*$/.test(text.slice(sentence.start, sentence.end)) || sentence.tokens.length < 4) {
            // A paragraph of its own: only a full sentence, not a caption fragment.
            continue
          }
        }
        report(first.start, first.end, capitalize(first.value), sentence, 'a sentence starts with a capital letter')
      }
    }

    const modifiers = wordList('case', 'modifiers')
    const offices = wordList('case', 'offices')
    const officeTitles = wordList('case', 'office_titles')
    const officeFields = wordList('case', 'office_fields')
    const functionCapitals = wordList('case', 'function_capitals')
    const prepositions = wordList('case', 'prepositions')
    const functionWords = wordList('case', 'function_words')
    const properSenses = wordList('case', 'proper_senses')
    const capitalSenses = wordList('case', 'capital_senses')
    const currencies = wordList('case', 'currencies')
    const jobTitles = wordList('case', 'job_titles')

    // A dateline's first word (`Warsaw (PAP) - president Karol Nawrocki said …`) opens the sentence.
    // (Every word of the place is capitalised: `The fund (PIF) - not …` is no dateline.)
    const dateline = /^[ \t]*\p{Lu}[\p{L}.'’-]*(?:[ \t]+\p{Lu}[\p{L}.'’-]*){0,3}(?:,[ \t]+\p{Lu}[\p{L}.]*[ \t]+\d{1,2}(?:,[ \t]+\d{4})?)?[ \t]+\([\p{L}\p{N} .&-]{2,20}\)[ \t]*[-–—][ \t]*(\p{Ll}[\p{L}'’-]*)/gmu
    for (let found = dateline.exec(text); found; found = dateline.exec(text)) {
      const word = found[1]
      const start = found.index + found[0].length - word.length
      if (!prose.covers(start, start + word.length)) continue
      report(start, start + word.length, capitalize(word), undefined, 'a sentence starts with a capital letter')
    }

    // 2b. Months and weekdays in lower case (`in february`). `may`, `march` and `august` are also
    // ordinary words, and a document that never capitalises (auto-captions) is left alone.
    if (sentenceCase) {
      for (const sentence of document.sentences) {
        const tokens = sentence.tokens
        for (let index = 0; index < tokens.length; index++) {
          const token = tokens[index]
          if (!isLowercase(token.value)) continue
          // (`may` too after a day of the month, closing the phrase or before a year: `on 18 may`, `18 may 2025`.)
          const kind = token.value === 'may' && dayBefore(tokens, index) ? calendarIfTime : calendarFact.of(token.info)
          // (`march` and `august` only as a time: after `in`, `since`, `last`…, or a day of the month, closing the phrase
          // or before a year or a day.)
          if (kind === notCalendar || (kind === calendarIfTime && !calendarUse(tokens, index))) continue
          const name = capitalize(token.value)
          if (/[@#/]$/.test(token.before) || insideQuote(text, paragraphStart(sentence), token.start)) continue
          report(token.start, token.end, name, sentence, 'months and days of the week are capitalised')
        }
      }
    }

    // 2c. A formal title in lower case right before a person's name written right (`said president Donald Trump`):
    // AP capitalises it there. (A name in lower case too is `name-case`'s, with its title.)
    const titled = new Set<Token>()
    for (const found of document.matches) {
      if (found.accepted.length === 0 || found.accepted[0].entry.type !== 'person') continue
      const tokens = found.sentence.tokens
      if (!/^\p{Lu}/u.test(tokens[found.from].value)) continue
      const from = formalTitleBefore(tokens, found.from)
      if (from === found.from) continue
      titled.add(tokens[found.from])
      report(tokens[from].start, tokens[found.from - 1].end, capitalisedTitle(tokens, from, found.from), found.sentence, 'a formal title is capitalised right before a name')
    }
    // …and a monarch's or a pope's title before a given name alone, which the dictionary may not list (`queen Letizia`).
    for (const sentence of document.sentences) {
      const tokens = sentence.tokens
      for (let index = 1; index < tokens.length; index++) {
        const token = tokens[index]
        if (!royalTitles.has(tokens[index - 1].value) || titled.has(token) || !/^\p{Lu}\p{Ll}/u.test(token.value) || !names.givenNames.has(token.base)) continue
        const from = formalTitleBefore(tokens, index)
        if (from === index) continue
        report(tokens[from].start, tokens[index - 1].end, capitalisedTitle(tokens, from, index), sentence, 'a formal title is capitalised right before a name')
      }
    }

    const demonymAt = new Set<Token>()
    for (const match of document.matches) if (match.from === match.to && match.accepted.some((ref) => ref.entry.type === 'demonym')) demonymAt.add(match.sentence.tokens[match.from])
    // 3. An institution's formal name in lower case after `the` or a possessive (`the ministry of
    // external affairs`, `China's ministry of commerce`): capitalised as a whole.
    const institutionHeads = wordList('case', 'institution_heads')
    const institutionFields = wordList('case', 'institution_fields')
    for (const sentence of document.sentences) {
      const tokens = sentence.tokens
      for (let index = 1; index + 2 < tokens.length; index++) {
        const head = tokens[index]
        if (tokens[index + 1].value !== 'of') continue
        // A capitalised head with the field left in lower case (`the Ministry of foreign affairs`) too.
        const headCapitalised = isCapitalized(head.value) && !head.sentenceInitial
        if (!institutionHeads.has(headCapitalised ? head.value.toLowerCase() : head.value)) continue
        const before = tokens[index - 1]
        const determined = before.value === 'the' || before.value === 'The' || (before.base !== before.value && isCapitalized(before.base))
        // (A nationality between them too, where the field is written as a name: `the Russian ministry of Defence`.)
        const nationalityBefore = !determined && !headCapitalised && index >= 2 && /^the$/i.test(tokens[index - 2].value) && demonymAt.has(before)
        if (!determined && !nationalityBefore) continue
        let last = index + 1
        while (last + 1 < tokens.length && last - index < 5 && isPlainGap(tokens[last + 1].before) && institutionFields.has(tokens[last + 1].value)) last++
        // A head in lower case before a field written as a name (`the ministry of Defence`, `the ministry of Foreign
        // Affairs`): the head is the slip.
        if (!headCapitalised && last === index + 1 && isPlainGap(tokens[index + 1].before) && isPlainGap(head.before)) {
          let field = index + 1
          while (field + 1 < tokens.length && field - index < 5 && isPlainGap(tokens[field + 1].before) &&
            (/^\p{Lu}\p{Ll}+$/u.test(tokens[field + 1].value) ? institutionFields.has(tokens[field + 1].value.toLowerCase()) : tokens[field + 1].value === 'and' && field > index + 1)) field++
          const after = tokens[field + 1]
          if (field > index + 1 && tokens[field].value !== 'and' && !(after && isPlainGap(after.before) && isCapitalized(after.value)) && !insideQuote(text, paragraphStart(sentence), head.start)) {
            report(head.start, head.end, capitalize(head.value), sentence, 'an institution’s formal name is capitalised')
          }
          continue
        }
        // The field ends in a field word, not in `and`; nothing capitalised continues it.
        if (nationalityBefore || last === index + 1 || tokens[last].value === 'and' || !isPlainGap(tokens[index + 1].before) || !isPlainGap(head.before)) continue
        const after = tokens[last + 1]
        if (!headCapitalised && after && isPlainGap(after.before) && (isCapitalized(after.value) || after.value === 'of')) continue
        if (insideQuote(text, paragraphStart(sentence), head.start)) continue
        const from = headCapitalised ? index + 2 : index
        let replacement = ''
        for (let at = from; at <= last; at++) {
          const word = tokens[at].value
          replacement += (at === from ? '' : tokens[at].before) + (word === 'of' || word === 'and' ? word : capitalize(word))
        }
        report(tokens[from].start, tokens[last].end, replacement, sentence, 'an institution’s formal name is capitalised')
      }
    }

    // 4. Two ordinary words capitalised together after a determiner and before a verb or a
    // preposition, once in the article (`the Trade Deficit is`, `the bank's Net Profit rose`):
    // translated text capitalises nouns.
    const nameHeads = wordList('case', 'name_heads')
    const nameOpeners = wordList('case', 'name_openers')
    const changeVerbs = wordList('case', 'change_verbs')
    const determiners = new Set(['the', 'its', 'their'])
    const numberWords = new Set(['Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine', 'Ten', 'Both'])
    const seasons = wordList('case', 'seasons')
    const groupNicknames = wordList('case', 'group_nicknames')
    const partyMembers = wordList('case', 'party_members')
    const lowerOfficeHeads = wordList('case', 'lower_office_heads')
    const lowerOfficeFields = wordList('case', 'lower_office_fields')
    const pairAdverbs = new Set(['also', 'then', 'later', 'jointly', 'again', 'further', 'both', 'all'])
    // Proper adjectives that stay capitalised before the slipped noun (`the Western Countries`).
    const directions = new Set(['Western', 'Eastern', 'Northern', 'Southern'])
    for (const sentence of document.sentences) {
      const tokens = sentence.tokens
      if (heading(sentence)) continue
      for (let index = 0; index + 2 < tokens.length; index++) {
        const first = tokens[index]
        const second = tokens[index + 1]
        const after = tokens[index + 2]
        if (!isCapitalized(second.value) || !isCapitalized(first.value)) continue
        if (!/^\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?$/u.test(first.value) || !/^\p{Lu}\p{Ll}{2,}$/u.test(second.value)) continue
        // A nationality or a proper adjective stays capitalised before the slipped noun (`the Chinese Side`,
        // `the Zionist Regime`); any other name is no ordinary word.
        const properFirst = directions.has(first.value) || demonymAt.has(first) || (!inName.has(first) && isKnownProper(first.value) && /(?:an|ese|ish|ist|i)$/.test(first.value))
        if (!isPlainGap(second.before) || !isPlainGap(after.before) || (inName.has(first) && !properFirst) || inName.has(second)) continue
        const previous = index > 0 ? tokens[index - 1] : undefined
        if (!(previous && isPlainGap(first.before) && (determiners.has(previous.value.toLowerCase()) || (previous.base !== previous.value && isLowercase(previous.base))))) continue
        // (`for` after the pair makes a formal name, `the National Endowment for Democracy`, and so does
        // an adjective that opens names, `the Joint Chiefs of Staff`. An adverb may come before the verb:
        // `the Two Ministers also exchanged`.)
        const verbAt = pairAdverbs.has(after.value) && index + 3 < tokens.length ? tokens[index + 3] : after
        const verbAfter = isLowercase(verbAt.value) && (context.verbs.has(verbAt.value) || changeVerbs.has(verbAt.value) || /^\p{Ll}+ed$/u.test(verbAt.value) || context.prepositions.has(verbAt.value))
        // (…and so does `of` before a capital: `the Manufacturers Association of Nigeria`.)
        // (…also with `the` between: `The Dark Side of the Moon album`.)
        const ofAt = index + 3 < tokens.length && tokens[index + 3].value === 'the' ? index + 4 : index + 3
        const ofName = after.value === 'of' && ofAt < tokens.length && isPlainGap(tokens[ofAt].before) && /^\p{Lu}/u.test(tokens[ofAt].value)
        if (!verbAfter || ofName || ['and', 'or', 'nor', 'for'].includes(after.value) || nameOpeners.has(first.value)) continue
        // A number makes a count of ordinary nouns, offices included (`the Two Ministers`).
        const counted = numberWords.has(first.value)
        // (A party's members make a party's name: `the Social Democrats`, `the Free Democrats`.)
        if (nameHeads.has(second.value) || shortForms.has(second.value) || (offices.has(second.value) && !counted) || context.notSurnames.has(second.value) || partyMembers.has(second.value)) continue
        if (capitalisedCount(second.value) > 1 || insideQuote(text, paragraphStart(sentence), first.start)) continue
        const firstOrdinary = first.value.split('-').every((part) => ordinaryNoun(capitalize(part.toLowerCase())))
        if (!(ordinaryNoun(second.value) || (counted && offices.has(second.value))) || (!firstOrdinary && !properFirst)) continue
        const start = firstOrdinary ? first.start : second.start
        const replacement = (firstOrdinary ? first.value.toLowerCase() + second.before : '') + second.value.toLowerCase()
        report(start, second.end, replacement, sentence, 'ordinary words are lower case in mid-sentence')
      }
    }

    // 5–8. Mid-sentence capitals.

    for (const sentence of document.sentences) {
      const tokens = sentence.tokens
      if (heading(sentence)) continue
      for (let index = 1; index < tokens.length; index++) {
        const token = tokens[index]
        const previous = tokens[index - 1]
        const next = index + 1 < tokens.length ? tokens[index + 1] : undefined
        const word = token.value
        // Only capitalised words matter below, and the lower-case field of an office (`Secretary of state`).
        if (!isCapitalized(word) && !(previous.value === 'of' && officeFields.has(word))) continue
        if (token.sentenceInitial || isAllCaps(word)) continue
        // A currency capitalised after `the`, `per` or an amount (`the Yen weakened`, `385 Forint`): English writes
        // currencies in lower case (a capital after it makes a name: `Rand Paul`, `the Rand Merchant Bank`).
        if (currencies.has(token.key) && isPlainGap(token.before) && (/^(?:the|The|per)$/.test(previous.value) || /^\d[\d.,]*$/.test(previous.value)) &&
          !(next !== undefined && isPlainGap(next.before) && /^\p{Lu}/u.test(next.value)) && !insideQuote(text, paragraphStart(sentence), token.start)) {
          report(token.start, token.end, word.toLowerCase(), sentence, 'a currency is lower case')
          continue
        }
        if (inName.has(token)) continue
        // A sentence start the parser missed (`…we’re in. Throughout our history`).
        if (/[.?!]$/.test(previous.value)) continue
        if (/[:;"“”‘'(\[•—–]\s*$/.test(token.before) || /\n/.test(token.before)) continue
        if (attributionBefore(tokens, index)) continue
        const plainBefore = isPlainGap(token.before)
        const nextPlain = next !== undefined && isPlainGap(next.before)

        // `Secretary of state`: the lower-case half of a capitalised office.
        if (isLowercase(word) && officeFields.has(word) && previous.value === 'of' && index >= 2 && officeTitles.has(tokens[index - 2].value) && plainBefore) {
          if (!(nextPlain && next && /^\p{Lu}/u.test(next.value) && !inName.has(next))) {
            report(token.start, token.end, capitalize(word), sentence, 'the office is capitalised as a whole')
          }
          continue
        }
        // `the Referee’s decision`: a possessive before its noun.
        const possessive = token.base !== token.value && /^\p{Lu}\p{Ll}+$/u.test(token.base) && next !== undefined && nextPlain && isLowercase(next.value)
        if (possessive && previous.value === 'the' && plainBefore && token.base.length >= 4 && looseCapitals(word) === 1 && !titleRun(tokens, index) &&
          ordinaryNoun(token.base) && !shortForms.has(token.base)) {
          report(token.start, token.baseEnd, token.base.toLowerCase(), sentence, 'an ordinary word is lower case in mid-sentence')
          continue
        }
        if (!/^\p{Lu}\p{Ll}*$/u.test(word) && !(word.length === 1 && /\p{Lu}/u.test(word))) continue
        if (context.months.has(word) || context.weekdays.has(word)) continue
        // A word capitalised in one sense before its noun (`the Test side`, cricket's).
        if (next !== undefined && nextPlain && capitalSenses.has(word + ' ' + next.value.toLowerCase())) continue
        // A word before a particle and a capitalised word opens a foreign name (`the Cartel de los Soles`, `Casa do Brasil`).
        if (next !== undefined && nextPlain && particleOpensName(tokens, index + 1)) continue
        // A newsroom's desk (`editing by the World desk`).
        if (next !== undefined && nextPlain && (next.value === 'desk' || next.value === 'desks')) continue
        // A party or a movement named by an ordinary word (`the Motorists party`, `the Left party`).
        if (next !== undefined && nextPlain && groupNouns.has(next.value) && !numberWords.has(word)) continue
        // A team's or a party's nickname (`the Lions`, `the Greens`).
        if (groupNicknames.has(word) && /^(?:the|The)$/.test(previous.value)) continue
        // A party's members (`the Socialist leader`, `a Communist deputy`).
        if (partyMembers.has(word)) continue
        const lowerBefore = plainBefore && isLowercase(previous.value)
        // `the Two sides`, `all Three countries`: a number before a lower-case noun (`the Two Sessions` is a name).
        if (numberWords.has(word) && lowerBefore && next !== undefined && nextPlain && isLowercase(next.value) && isCommonWord(next.value) && !functionWords.has(next.value)) {
          report(token.start, token.end, word.toLowerCase(), sentence, 'a number word is lower case in mid-sentence')
          continue
        }
        // `the Winter season`, `in Spring`: seasons are lower case (`Arab Spring`, `Winter Olympics` are names).
        if (seasons.has(word.toLowerCase()) && lowerBefore && (next === undefined || !nextPlain || isLowercase(next.value)) && !titleRun(tokens, index)) {
          report(token.start, token.end, word.toLowerCase(), sentence, 'seasons are lower case')
          continue
        }
        // `head of State`, `chief of Staff`: the field of a lower-case office is lower case too.
        if (previous.value === 'of' && index >= 2 && lowerOfficeHeads.has(tokens[index - 2].value) && plainBefore && lowerOfficeFields.has(word.toLowerCase()) &&
          (next === undefined || !nextPlain || !/^\p{Lu}/u.test(next.value)) && (index < 3 || !/^\p{Lu}/u.test(tokens[index - 3].value) || tokens[index - 3].sentenceInitial)) {
          report(token.start, token.end, word.toLowerCase(), sentence, 'an office written in lower case is lower case throughout')
          continue
        }
        // `…will win Next question`, `no more questions Thank you`: a sentence start whose full stop
        // was lost (auto-captions), not a capitalised ordinary word.
        if (sentenceOpeners.has(word) && plainBefore) continue
        // An audience after `told` is ordinary people (`Peskov told Journalists on Tuesday`).
        if (/^(?:told|tells|telling)$/.test(previous.value) && plainBefore && audiences.has(word.toLowerCase()) && (next === undefined || !nextPlain || isLowercase(next.value)) &&
          capitalisedCount(word) <= 1) {
          report(token.start, token.end, word.toLowerCase(), sentence, 'an ordinary word is lower case in mid-sentence')
          continue
        }
        // A unit after a number (`49 Percent`, `3 Billion`): lower case, unless a capital follows (a title).
        if (plainBefore && /^\d[\d.,]*$/.test(previous.value) && unitWords.has(word) && !(next !== undefined && nextPlain && /^\p{Lu}/u.test(next.value)) && !titleRun(tokens, index)) {
          report(token.start, token.end, word.toLowerCase(), sentence, 'a unit after a number is lower case')
          continue
        }
        // A noun with a number is a name (`Resolution 2758`, `Article 5`, `Flight 370`).
        if (next && nextPlain && /^\d/.test(next.value)) continue
        const nextLower = next !== undefined && isLowercase(next.value) && nextPlain

        // `foreign Ministry`, `press Secretary`.
        if (offices.has(word) && isLowercase(previous.value) && modifiers.has(previous.value) && plainBefore) {
          if (next && nextPlain && /^\p{Lu}/u.test(next.value)) continue
          report(previous.start, token.end, previous.value + token.before + word.toLowerCase(), sentence, 'an ordinary noun is not capitalised after a lower-case word')
          continue
        }

        // `…, A third meeting`.
        if (functionCapitals.has(word) && /^,[ \t]+$/.test(token.before) && nextLower && !inName.has(next!) && !functionWords.has(next!.value)) {
          report(token.start, token.end, word.toLowerCase(), sentence, 'an article is lower case in mid-sentence')
          continue
        }

        // `the leaders level During August`.
        if (prepositions.has(word) && plainBefore && isLowercase(previous.value) && next && nextPlain) {
          const following = next.value
          const ok = isLowercase(following) || /^\p{N}/u.test(following) || context.months.has(following) || context.weekdays.has(following)
          if (ok && !functionWords.has(previous.value)) {
            report(token.start, token.end, word.toLowerCase(), sentence, 'a preposition is lower case in mid-sentence')
          }
          continue
        }

        // `the exchange of Prisoners and`, `the entry of Humanitarian aid`: an ordinary word capitalised once
        // after `of`, outside any capitalised run (`Department of Energy`, `Bill of Rights` stay).
        if (
          previous.value === 'of' && plainBefore && word.length >= 4 && /^\p{Lu}\p{Ll}+$/u.test(word) &&
          looseCapitals(word) === 1 && capitalisedCount(word) === 1 && !titleRun(tokens, index) &&
          (next === undefined || !nextPlain || isLowercase(next.value)) &&
          !capitalFollows(text, token.end) &&
          !insideQuote(text, paragraphStart(sentence), token.start) &&
          ordinaryNoun(word) && !shortForms.has(word) && !officeFields.has(word.toLowerCase())
        ) {
          report(token.start, token.end, word.toLowerCase(), sentence, 'an ordinary word is lower case in mid-sentence')
          continue
        }

        // `a Spokesman said`, `A Senior official`: a title or an office after `a`/`an` and before a lower-case
        // word is an ordinary noun (a title before a name takes no article: `Spokesman Dmitry Peskov`).
        if (
          (previous.value === 'a' || previous.value === 'an' || previous.value === 'A' || previous.value === 'An') && plainBefore &&
          next !== undefined && nextPlain && isLowercase(next.value) && /^\p{Lu}\p{Ll}+$/u.test(word) && !titleRun(tokens, index) &&
          // A rank before its noun (`A Senior official`), or an office that speaks (`a Spokesman said`);
          // government prose capitalises its own offices elsewhere (`a President can`).
          ((/^(?:Senior|Chief|Deputy|Top|Acting)$/.test(word) && !functionWords.has(next.value) && isCommonWord(next.value)) ||
            ((context.titles.has(word.toLowerCase()) || offices.has(word)) && /^(?:said|says|told|added|noted|stated|declined|confirmed)$/.test(next.value)))
        ) {
          report(token.start, token.end, word.toLowerCase(), sentence, 'a title or an office is lower case when it names no one')
          continue
        }

        // `the Ceasefire agreement`, `a Press release`: an ordinary word capitalised between an article
        // and a lower-case noun, and nowhere else in the article.
        // (…also after a lower-case possessive: `the country's Peaceful nuclear programme`.)
        const lowerPossessive = previous.base !== previous.value && isLowercase(previous.base) && /['’]s$/.test(previous.value)
        // (…and after an article and one lower-case adjective of time or order: `the current Heating season`.)
        const articleAndModifier = timeModifiers.has(previous.value) && index >= 2 && isPlainGap(previous.before) && ['the', 'a', 'an', 'this', 'its', 'their'].includes(tokens[index - 2].value.toLowerCase())
        if ((['the', 'a', 'an'].includes(previous.value.toLowerCase()) || lowerPossessive || articleAndModifier) && plainBefore && next && nextPlain && word.length >= 4 && /^\p{Lu}\p{Ll}+$/u.test(word)) {
          const noun = next.value
          // (A noun of three letters only where it is no verb: `the Revised law`, not `The Thunder won`.)
          const nounLike = isLowercase(noun) && (noun.length >= 4 || (noun.length === 3 && !isVerb(noun) && !shortPasts.has(noun))) && !functionWords.has(noun) && !context.verbs.has(noun) && !/(?:ed|ly|ing)$/.test(noun) && isCommonWord(noun)
          if (
            // (Not the last word of a title: `Music of the Spheres tour`.)
            nounLike && !(index >= 3 && previous.value === 'the' && ['of', 'for', 'and', 'on', 'in'].includes(tokens[index - 2].value) && /^\p{Lu}/u.test(tokens[index - 3].value) && isPlainGap(previous.before)) &&
            ordinaryNoun(word) && !names.curatedSurnames.has(word) && !shortForms.has(word) && capitalisedCount(word) <= 1
          ) {
            report(token.start, token.end, word.toLowerCase(), sentence, 'an ordinary word is lower case in mid-sentence')
            continue
          }
        }

        // `servers and Semiconductors`: an ordinary plural capitalised beside the lower-case plural it is joined to.
        if (
          plainBefore && (previous.value === 'and' || previous.value === 'or') && index >= 2 && isPlainGap(previous.before) &&
          /^\p{Ll}{3,}s$/u.test(tokens[index - 2].value) && isCommonWord(tokens[index - 2].value) && /^\p{Lu}\p{Ll}{3,}s$/u.test(word) &&
          !(next !== undefined && nextPlain && /^\p{Lu}/u.test(next.value)) && !titleRun(tokens, index) &&
          !insideQuote(text, paragraphStart(sentence), token.start) && ordinaryNoun(word) &&
          // (Offices keep their capitals in government prose: `mayors and Governors`.)
          !offices.has(word.slice(0, -1)) && !context.titles.has(word.slice(0, -1).toLowerCase())
        ) {
          report(token.start, token.end, word.toLowerCase(), sentence, 'an ordinary word is lower case in mid-sentence')
          continue
        }
        // `the Airline had`, where the article writes `the airline` elsewhere: the article's own
        // style says the word is an ordinary noun, and this one capital is the slip (also right after a
        // sentence's opening `The`: `The Company still faces`).
        if (
          plainBefore && (isLowercase(previous.value) || (previous.value === 'The' && previous.sentenceInitial && index === 1)) && word.length >= 4 && /^\p{Lu}\p{Ll}+$/u.test(word) &&
          (shortForms.has(word) ? lowerAfterThe : lowerSeen).has(word.toLowerCase()) && looseCapitals(word) === 1 && !titleRun(tokens, index) && !amounts.test(previous.value) &&
          // (Not the field of an institution after `of`, though its head is in lower case: `ministry of Commerce`.)
          !(previous.value === 'of' && institutionBefore(tokens, index - 1)) &&
          // (Not the last of a list of capitalised words: `Republican, Democrat, or Independent`; nor one of its first:
          // `Search, Chrome and the Gemini app`.)
          !endsListOfNames(tokens, index) && !inListOfNames(tokens, index) &&
          !insideQuote(text, paragraphStart(sentence), token.start) &&
          // A capital on the next caption line (after a timestamp) continues the name.
          !capitalFollows(text, token.end) &&
          ordinaryNoun(word)
        ) {
          report(token.start, token.end, word.toLowerCase(), sentence, 'an ordinary word is lower case in mid-sentence, as elsewhere in the article')
          continue
        }

        // `the Ruble fell`, `in the Capital.`: an ordinary noun capitalised after `the`, closing the
        // clause or followed by its verb, written that way once (not the last of a list of names:
        // `ODS, TOP 09 and the Pirates,`).
        const afterNext = index + 2 < tokens.length && isPlainGap(tokens[index + 2].before) ? tokens[index + 2] : undefined
        const verbNext = next !== undefined && nextPlain && isLowercase(next.value) && (context.verbs.has(next.value) || auxiliaries.has(next.value) || /^\p{Ll}+ed$/u.test(next.value))
        // (…with `its`, `their`, `our` or a name's possessive only before its verb: `China's Position is`, `their Exports fell`.)
        const ownerBefore = (ownDeterminers.has(previous.value) || (previous.base !== previous.value && /['’]s$/.test(previous.value) && ownerName(previous.base))) && verbNext
        // (…or `the` and an adjective in lower case before its verb: `the real Test would come`.)
        const adjectiveBefore = verbNext && index >= 2 && tokens[index - 2].value === 'the' && isPlainGap(previous.before) && /^\p{Ll}{3,}$/u.test(previous.value) &&
          adjectival.test(previous.value) === false && plainAdjectives.has(previous.value)
        if (
          (previous.value === 'the' || ownerBefore || adjectiveBefore) && plainBefore && word.length >= 4 && /^\p{Lu}\p{Ll}+$/u.test(word) && !endsListOfNames(tokens, index - 1) && !inListOfNames(tokens, index) &&
          looseCapitals(word) === 1 && capitalisedCount(word) === 1 &&
          (next === undefined || !nextPlain || (isLowercase(next.value) && (context.verbs.has(next.value) || auxiliaries.has(next.value) || /^\p{Ll}+ed$/u.test(next.value))) ||
            // …or before an adverb and its verb (`the Doctors mainly use`)…
            (/^\p{Ll}{3,}ly$/u.test(next.value) && afterNext !== undefined && isLowercase(afterNext.value) && (context.verbs.has(afterNext.value) || auxiliaries.has(afterNext.value) || /^\p{Ll}+ed$/u.test(afterNext.value) || isVerb(afterNext.value))) ||
            // …or before `to` and a verb (`expects the Economy to grow`)…
            (next.value === 'to' && index + 2 < tokens.length && isPlainGap(tokens[index + 2].before) && isVerb(tokens[index + 2].value)) ||
            // …or before `of`, `for` or `on` and a lower-case word (`the right to the Enrichment of uranium`, `the Necessity of
            // the commitment`, `discussed the Preparations for the conference`, `keep the Pressure on the fleet`).
            ((next.value === 'of' || next.value === 'for' || next.value === 'on') && index + 2 < tokens.length && isPlainGap(tokens[index + 2].before) &&
              ((isLowercase(tokens[index + 2].value) && !functionWords.has(tokens[index + 2].value)) ||
                (/^(?:the|a|an)$/.test(tokens[index + 2].value) && index + 3 < tokens.length && isPlainGap(tokens[index + 3].before) && isLowercase(tokens[index + 3].value) && !functionWords.has(tokens[index + 3].value)))) ||
            // …or before a preposition of place or time that no name's own words take (`the Submarines under the
            // programme`, `the Pressing in the first half`).
            // (…or a month, a weekday or a number: `the Governors in May`.)
            (placeAfterNoun.has(next.value) && index + 2 < tokens.length && isPlainGap(tokens[index + 2].before) &&
              (isLowercase(tokens[index + 2].value) || context.months.has(tokens[index + 2].value) || context.weekdays.has(tokens[index + 2].value) || /^\d/.test(tokens[index + 2].value))) ||
            // …or a plural before a verb's plain form (`the Automakers expect`, `the Negotiations continue`)…
            (/^\p{Lu}\p{Ll}{3,}s$/u.test(word) && isLowercase(next.value) && !/s$/.test(next.value) && isVerb(next.value)) ||
            // …or joined by `and` to a noun in lower case (`the Pensioners and workers`).
            ((next.value === 'and' || next.value === 'or') && index + 2 < tokens.length && isPlainGap(tokens[index + 2].before) && isLowercase(tokens[index + 2].value) &&
              !functionWords.has(tokens[index + 2].value) && isCommonWord(tokens[index + 2].value) && !isVerb(tokens[index + 2].value))) &&
          !titleRun(tokens, index) && !capitalFollows(text, token.end) &&
          !insideQuote(text, paragraphStart(sentence), token.start) &&
          ordinaryNoun(word) && !shortForms.has(word)
        ) {
          report(token.start, token.end, word.toLowerCase(), sentence, 'an ordinary word is lower case in mid-sentence')
          continue
        }

        // `the Coach demanded`, `national Coach`, `the Basque Coach`: a job, which only a name after it capitalises (`Coach Slot`).
        if (jobTitles.has(word) && plainBefore && (isLowercase(previous.value) || demonymAt.has(previous)) && !(next !== undefined && nextPlain && /^\p{Lu}/u.test(next.value)) &&
          !capitalFollows(text, token.end) && !insideQuote(text, paragraphStart(sentence), token.start)) {
          report(token.start, token.end, word.toLowerCase(), sentence, 'a job is lower case unless a name follows')
          continue
        }

        // `The Yen weakened`, `Our Fans were`: the same after a sentence's opening `The` (or a possessive), before a verb in the past tense or an
        // auxiliary, where no name the dictionary knows starts with `The` and the word (`The Guardian`).
        if (
          sentenceDeterminers.has(previous.value) && previous.sentenceInitial && index === 1 && plainBefore && word.length >= 3 && /^\p{Lu}\p{Ll}+$/u.test(word) &&
          next !== undefined && nextPlain && isLowercase(next.value) && (auxiliaries.has(next.value) || next.value === 'did' || next.value === 'does' || /^\p{Ll}{3,}ed$/u.test(next.value)) &&
          looseCapitals(word) === 1 && capitalisedCount(word) === 1 && !names.accepted.has('the ' + tokenKey(word)) &&
          !insideQuote(text, paragraphStart(sentence), token.start) && ordinaryNoun(word) && !shortForms.has(word) && !groupNicknames.has(word)
        ) {
          report(token.start, token.end, word.toLowerCase(), sentence, 'an ordinary word is lower case after the article')
          continue
        }

        // `Chinese Exporters were`, `the share of Renewables in`, `its Provocations and`, `electricity Prices for`: an
        // ordinary plural capitalised once, after a word in lower case (not an article: `the Giants` may be a team) or a
        // nationality, with no capital after it.
        // (After a nationality only before a verb, `Chinese Exporters were`: `our Pledge to American Workers` is a title; not
        // after a name's particle, `the Cartel de los Soles`, nor after a work's kind, `the novel Houris`.)
        const verbAfter = next !== undefined && nextPlain && isLowercase(next.value) && (auxiliaries.has(next.value) || context.verbs.has(next.value) || /^\p{Ll}{2,}ed$/u.test(next.value))
        // (Not after a nationality: `the Philippine Islands have`, `the other American Republics assembled` are names.)
        if (/^\p{Lu}\p{Ll}{3,}s$/u.test(word) && plainBefore && isLowercase(previous.value) && !/^(?:the|a|an)$/.test(previous.value) && !nameParticles.has(previous.value) && !workKinds.has(previous.value) &&
          (next === undefined || !nextPlain || isLowercase(next.value)) && capitalisedCount(word) === 1 && !titleRun(tokens, index) && !capitalFollows(text, token.end) &&
          !insideQuote(text, paragraphStart(sentence), token.start) && ordinaryNoun(word) && !groupNicknames.has(word) && !partyMembers.has(word) && !amounts.test(previous.value) &&
          !offices.has(word.slice(0, -1)) && !context.titles.has(word.slice(0, -1).toLowerCase()) && isCommonWord(word.slice(0, -1).toLowerCase()) && !isKnownProper(word.slice(0, -1))) {
          report(token.start, token.end, word.toLowerCase(), sentence, 'an ordinary word is lower case in mid-sentence')
          continue
        }

        // `took place Representatives of`, `three High -level meetings`.
        if (word.length < 3 || !plainBefore || !isLowercase(previous.value) || functionWords.has(previous.value) || workKinds.has(previous.value) || nameParticles.has(previous.value)) continue
        if (properSenses.has(word) || context.titles.has(word.toLowerCase()) || offices.has(word)) continue
        // Plurals of proper senses and known names (`future Congresses`, `making Macs`).
        const singular = word.replace(/(?:es|s)$/, '')
        const singulars = singular !== word ? [singular, word.slice(0, -1)] : []
        // (A name of its own, not any word of a longer name: `Representative` of the Office of the US Trade Representative.)
        if (singulars.some((form) => properSenses.has(form) || (names.accepted.get(tokenKey(form)) || []).some((ref) => ref.tokens.length === 1) || (isKnownProper(form) && !offices.has(form) && !context.titles.has(form.toLowerCase())))) continue
        if (!isCommonWord(word) || isKnownProper(word) || names.givenNames.has(word)) continue
        if (capitalisedCount(word) > 1) continue
        if (next && /^[ \t]+-$/.test(next.before) && isLowercase(next.value)) {
          report(token.start, next.end, word.toLowerCase() + '-' + next.value, sentence, 'an ordinary word is lower case in mid-sentence')
          continue
        }
        // After an amount a capital may open a sentence whose period was lost (`3.5 trillion Shares of`).
        if (amounts.test(previous.value)) continue
        // `Coalition of the Willing`: a capitalised ordinary word close after it makes a title of the run.
        // (A name of one ordinary word counts as one, `Members of the Congress`.)
        const runOn = tokens.slice(index + 1, index + 4).some((later) => /^\p{Lu}\p{Ll}/u.test(later.value) && isCommonWord(later.value) &&
          (!inName.has(later) || (names.accepted.get(later.key) || []).every((ref) => ref.tokens.length === 1)))
        if (runOn) continue
        // (Before a verb of saying the word may be a surname English also has as a word: `analyst Wood said`; before
        // `was` or `has` only when no list of surnames has it: `monthly Inflation was`.)
        if ((nextLower && functionWords.has(next!.value) && !['said', 'says', 'told'].includes(next!.value) &&
          (!['has', 'had', 'have', 'is', 'was', 'are', 'were'].includes(next!.value) || !names.isSurname(word))) ||
          // …or an adjective or a plural between two lower-case words (`illegal Unilateral sanctions`, `simplify Customs
          // procedures`): a capitalised singular noun there may be a brand's or a body's (`its weekly Focus survey`,
          // `provincial Party secretary`).
          (nextLower && isCommon(next!.info) && !functionWords.has(previous.value) && (adjectival.test(word) || (/[^su]s$/.test(word) && isCommonWord(word.slice(0, -1).toLowerCase()))) && !names.isSurname(word))) {
          report(token.start, token.end, word.toLowerCase(), sentence, 'an ordinary word is lower case in mid-sentence')
        }
      }
    }

    /** Is the word before `of` at `at` (across a caption's timestamp) the head of an institution's name (`ministry of`)? */
    function institutionBefore(tokens: Token[], at: number): boolean {
      let index = at - 1
      while (index >= 0 && isTimestamp(tokens[index].value)) index--
      return index >= 0 && /^(?:ministry|ministries|department|minister|ministers|secretary|chamber|bureau|office|board|commission|committee)$/i.test(tokens[index].value)
    }

    /** Is `tokens[at]` a name particle (`de`, `los`, `do`) with a capitalised word after it, perhaps after another particle? */
    function particleOpensName(tokens: Token[], at: number): boolean {
      for (let index = at; index < at + 3 && index < tokens.length; index++) {
        const token = tokens[index]
        if (index > at && !isPlainGap(token.before)) return false
        if (nameParticles.has(token.value)) continue
        return index > at && /^\p{Lu}\p{Ll}/u.test(token.value)
      }
      return false
    }

    /** Does `and`/`or` before `tokens[at]` close a list of names or acronyms (`ODS, TOP 09 and the …`)? */
    function endsListOfNames(tokens: Token[], at: number): boolean {
      const joiner = tokens[at - 1]
      const item = tokens[at - 2]
      if (!joiner || !item || !/^(?:and|or)$/.test(joiner.value)) return false
      return /^(?:\p{Lu}|\p{N})/u.test(item.value) && !item.sentenceInitial
    }

    /** Is `tokens[at]` followed or preceded, across a comma, by another capitalised word (an item of a list of names)? */
    function inListOfNames(tokens: Token[], at: number): boolean {
      const next = tokens[at + 1]
      // (A name after the comma that a verb follows opens the next clause, not the list: `About the Economy, Erdogan said`.)
      const verb = tokens[at + 2]
      const clause = verb !== undefined && isPlainGap(verb.before) && isLowercase(verb.value) && (context.verbs.has(verb.value) || auxiliaries.has(verb.value) || /^\p{Ll}{3,}ed$/u.test(verb.value))
      if (next && /^,[ \t]+$/.test(next.before) && /^\p{Lu}/u.test(next.value) && !clause) return true
      const previous = tokens[at - 1]
      return previous !== undefined && /^,[ \t]+$/.test(tokens[at].before) && /^\p{Lu}/u.test(previous.value) && !previous.sentenceInitial
    }

    /** A place, a person or a body the dictionary knows, as the owner of a noun (`China's`, `Lavrov's`; not `our Nation's`). */
    function ownerName(word: string): boolean {
      return /^\p{Lu}/u.test(word) && (names.accepted.get(tokenKey(word))?.some((ref) => ref.entry.type !== 'other' && ref.entry.type !== 'demonym') ?? false)
    }

    /** An ordinary English word that is no name, proper sense, office or title (`Airline`, `Ruble`). */
    function ordinaryNoun(word: string): boolean {
      return (
        isCommonWord(word) && !isKnownProper(word) && !besideNames.has(word) && !names.accepted.has(tokenKey(word)) && !names.givenNames.has(word) && !names.isSurname(word) &&
        !properSenses.has(word) && !offices.has(word) && !context.titles.has(word.toLowerCase())
      )
    }

    /** Where the sentence's paragraph starts (quotation marks pair up within it). */
    function paragraphStart(sentence: SentenceInfo): number {
      return sentence.paragraph?.position?.start.offset ?? sentence.start
    }

    /**
     * Is the word part of a capitalised run, a title or a programme (`Race to the Top`, `Colleges
     * and Universities`, `Pledge of Allegiance`): a capital next to it, or joined to it by `of`,
     * `and`, `to the`…?
     */
    function titleRun(tokens: Token[], index: number): boolean {
      const capital = (at: number) => at >= 0 && at < tokens.length && /^\p{Lu}/u.test(tokens[at].value) && !/\n[ \t]*\n/.test(tokens[at].before)
      const joiner = (at: number) => at >= 0 && at < tokens.length && /^(?:of|to|the|and|for|&|on|in|de|du|des)$/.test(tokens[at].value)
      // Words joined by plain spaces only: a comma ends the run (`the Moscow Exchange, the Ruble`).
      const plain = (from: number, to: number) => tokens.slice(from, to + 1).every((token) => /^['’]?[ \t\u00a0]*\n?[ \t\u00a0]*$/.test(token.before))
      let after = index + 1
      while (joiner(after) && after - index <= 2) after++
      // (A month or a weekday after a preposition is a date, not a title's next word: `the Farmers in June`.)
      const date = after > index + 1 && after < tokens.length && (context.months.has(tokens[after].value) || context.weekdays.has(tokens[after].value))
      if (capital(after) && !date && after - index <= 3 && plain(index + 1, after)) return true
      let before = index - 1
      while (joiner(before) && index - before <= 2) before--
      // A name the dictionary knows, then `to the` (`the right of Iran to the Enrichment`), is no title.
      if (inName.has(tokens[before]) && tokens.slice(before + 1, index).some((token) => token.value === 'to')) return false
      // (A sentence's first word counts when it is an office: `Minister of Economy dismissed`.)
      const opener = before >= 0 && tokens[before].sentenceInitial && !offices.has(tokens[before].value) && !context.titles.has(tokens[before].value.toLowerCase())
      return before < index - 1 && capital(before) && !opener && plain(before + 1, index)
    }

    /** Is the list item at `offset` one of a run of items that are all full sentences? */
    function listOfSentences(offset: number): boolean {
      const {lines, first, last} = itemRun(offset)
      for (let at = first; at <= last; at++) {
        const line = lines[at].trim()
        if (line === '') continue
        if (!/[.?!]["”’)]?$/.test(line) || line.split(/\s+/).length < 4) return false
      }
      return true
    }

    /**
     * Is the list item at `offset` the only one of its run that does not open with a capital, where two
     * others open with an ordinary word (`Rate`, `Overnight`, `Hospitals`), or one of three others or more,
     * not only names (`- Japan`, `- the United States` is a list of names)?
     */
    function amongCapitalItems(offset: number): boolean {
      const {lines, first, last, at} = itemRun(offset)
      let others = 0
      let ordinary = 0
      for (let index = first; index <= last; index++) {
        if (index === at || lines[index].trim() === '') continue
        const opening = itemOpening.exec(lines[index])?.[1]
        if (!opening || !/^\p{Lu}/u.test(opening)) return false
        others++
        // (An ordinary word, not a one-word name: `Policy`, not `Japan` or `Hope`.)
        if (/^\p{Lu}\p{Ll}+$/u.test(opening) && isCommonWord(opening.toLowerCase()) && !(names.accepted.get(opening.toLowerCase()) || []).some((ref) => ref.tokens.length === 1)) ordinary++
      }
      return (others >= 2 && ordinary >= 2) || (others >= 3 && ordinary >= 1)
    }

    /** The lines of the text, the run of list items around `offset` (blank lines between items included) and the item's own line. */
    function itemRun(offset: number): {lines: string[]; first: number; last: number; at: number} {
      const lines = (textLines ||= text.split('\n'))
      const starts = lineStartsOf()
      const at = lastAtOrBefore(starts.length, (index) => starts[index] <= offset)
      const isItem = (line: string): boolean => itemLine.test(line)
      let first = at
      while (first - 1 >= 0 && (isItem(lines[first - 1]) || (lines[first - 1].trim() === '' && first - 2 >= 0 && isItem(lines[first - 2])))) first--
      let last = at
      while (last + 1 < lines.length && (isItem(lines[last + 1]) || (lines[last + 1].trim() === '' && last + 2 < lines.length && isItem(lines[last + 2])))) last++
      return {lines, first, last, at}
    }

    /** A headline or heading: no final punctuation, most words capitalised. */
    function heading(sentence: SentenceInfo): boolean {
      // The start of the sentence's line, by binary search over the line starts (long one-line
      // paragraphs would make a backward search quadratic).
      const starts = lineStartsOf()
      const lineStart = starts[Math.max(0, lastAtOrBefore(starts.length, (at) => starts[at] <= sentence.start))]
      let known = headingLines.get(lineStart)
      if (known === undefined) {
        known = headingLine(lineStart)
        headingLines.set(lineStart, known)
      }
      return known
    }

    /** A line that ends without a full stop and has mostly capitalised words (checked once per line). */
    function headingLine(lineStart: number): boolean {
      let lineEnd = text.indexOf('\n', lineStart)
      if (lineEnd === -1) lineEnd = text.length
      // A line of more than 40 words is prose, whatever its end.
      if (lineEnd - lineStart > 400) return false
      const line = text.slice(lineStart, lineEnd).trim()
      if (/[.?!]["”’)]?$/.test(line)) return false
      const words = line.split(/\s+/).filter((word) => /^\p{L}/u.test(word))
      const capitals = words.filter((word) => /^\p{Lu}/u.test(word)).length
      return words.length > 0 && capitals / words.length >= 0.5
    }
  }
)
