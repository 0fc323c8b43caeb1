import {defineRule} from '../src/rule.js'
import {isCommon, isCommonWord, isKnownProper, isListedWord, isVerb} from '../src/lexicon.js'
import {placeOf} from '../src/util/place.js'
import {rangeOf} from '../src/fix.js'
import {contextData} from '../src/context-data.js'
import {capitalisedTitle, formalTitleBefore} from '../src/util/titles.js'
import {documentNames, isNameGap, keyOf, writtenAt, type NameMatch} from '../src/names/match.js'
import {wordList} from '../src/word-lists.js'
import {lastAtOrBefore} from '../src/util/search.js'
import {unpunctuatedTranscript} from '../src/util/prose.js'
import {splitForm, tokenKey, type FormRef} from '../src/names/index.js'
import type {NameEntry} from '../src/names/load.js'
import {fold} from '../src/names/fuzzy.js'
import {WordFact} from '../src/util/word-info.js'
import {capitalize, isAllCaps, isCapitalized, isLowercase, isPlainGap, isTimestamp, isWordLike, type SentenceInfo, type Token} from '../src/util/words.js'

/**
 * `name-case`: a known name written with the wrong case (`russia`, `the
 * kremlin`, `Grigory karasin`, `new York`, `White house`). Names that are also
 * ordinary words (`trump`, `turkey`, `china`) are reported only where context
 * makes the name certain: a title or given name before it, a word such as
 * `administration` after it, or the name capitalised elsewhere in the article
 * with the word standing where a name stands. All-caps and over-capitalised
 * particles (`Da Silva` at a sentence start) are left alone.
 */
export default defineRule(
  {
    id: 'name-case',
    description: 'Known names written with the wrong capitalisation.',
    defaultSeverity: 'warn',
    fixSafe: true
  },
  function (tree, file, {text, names}) {
    const document = documentNames(tree, text, names)
    // The names of several words the dictionary found, by their first word (worked out on first use: `matchFrom`).
    let byFirstWord: Map<Token, NameMatch> | undefined
    const context = contextData()
    const uncapitalised = unpunctuatedTranscript(tree, text)
    // Names made certain somewhere by strong context (`Donald trump`) count as capitalised elsewhere.
    const certainKeys = new Set(document.capitalisedKeys)
    for (const match of document.matches) {
      // Only lower-case spellings need context.
      if (match.accepted.length === 0 || !isLowercase(match.sentence.tokens[match.to].base)) continue
      if (strong(match, best(match.accepted, match.sentence.tokens, match), match.sentence.tokens)) {
        certainKeys.add(keyOf(match.sentence.tokens, match.from, match.to))
        certainKeys.add(keyOf(match.sentence.tokens, match.to, match.to))
      }
    }
    // A nationality capitalised in the article makes its country a name there too (`Chinese aircraft` … `with china`).
    for (const match of document.matches) {
      if (match.from !== match.to || !document.capitalisedKeys.has(keyOf(match.sentence.tokens, match.from, match.to))) continue
      for (const ref of match.accepted) {
        const country = ref.entry.type === 'demonym' ? /^of (.+)$/.exec(ref.entry.role || '')?.[1] : undefined
        if (country) certainKeys.add(country.split(' ').map(tokenKey).join(' '))
      }
    }
    // People the article names with more than their surname, or with a title (a surname that is an ordinary word,
    // `fields`, is a name in lower case only where they are).
    const namedInFull = new Set<NameEntry>()
    for (const match of document.matches) {
      const people = match.accepted.filter((ref) => ref.entry.type === 'person')
      if (people.length === 0) continue
      const tokens = match.sentence.tokens
      const word = tokens[match.from]
      // (…or after a title, `President Trump`; in a transcript without capitals, `president trump`.)
      const before = match.from > 0 ? tokens[match.from - 1] : undefined
      const titled = before !== undefined && context.titles.has(before.key) && (uncapitalised || (isCapitalized(before.value) && isCapitalized(word.value)))
      // (…or on its own with a capital, away from other capitals: `Trump team`, not `Cape of Good Hope`, `Major General`.)
      const alone = match.to === match.from && /^\p{Lu}\p{Ll}/u.test(word.value) && !word.sentenceInitial && !context.months.has(word.base) && !context.weekdays.has(word.base) &&
        !(match.from > 0 && /^\p{Lu}/u.test(tokens[match.from - 1].value)) && !(match.from + 1 < tokens.length && /^\p{Lu}/u.test(tokens[match.from + 1].value)) &&
        !(match.from > 1 && tokens[match.from - 1].value === 'of')
      if (match.to > match.from || titled || alone) for (const ref of people) namedInFull.add(ref.entry)
    }
    const flagged = new Set<Token>()
    // Single words queued from a longer match that stayed silent, and that match with its form.
    const insideOf = new Map<NameMatch, {match: NameMatch; ref: FormRef}>()
    const reportedWhole = new Set<NameMatch>()
    /** Report one word in lower case that `expected` writes with its capital, and mark it reported. */
    const reportWord = (token: Token, sentence: SentenceInfo, actual: string, expected: string, why: string): void => {
      const message = file.message('Unexpected `' + actual + '`, expected `' + expected + '`: ' + why, {
        place: placeOf(file, token.start, token.start + actual.length),
        ancestors: [sentence.node]
      })
      message.actual = actual
      message.expected = [expected]
      flagged.add(token)
    }
    /** Report every word of `match` that `ref` capitalises and the text does not. */
    const reportWhole = (match: NameMatch, ref: FormRef): void => {
      const tokens = match.sentence.tokens
      let replacement = ''
      let first = -1
      for (let index = match.from; index <= match.to; index++) {
        const written = writtenAt(tokens, match, index - match.from)
        const expected = ref.tokens[index - match.from].replace(/\.$/, '')
        const wrong = /^\p{Ll}/u.test(written) && /^\p{Lu}/u.test(expected)
        if (wrong && first === -1) first = index
        replacement += (index === match.from ? '' : text.slice(tokens[index - 1].end, tokens[index].start)) + (wrong ? expected + (written.endsWith('.') ? '.' : '') : written)
        if (index === match.to && tokens[index].base !== tokens[index].value) replacement += text.slice(tokens[index].start + tokens[index].base.length, tokens[index].end)
      }
      const start = tokens[match.from].start
      const end = tokens[match.to].end
      const actual = text.slice(start, end)
      const message = file.message('Unexpected `' + actual + '`, expected `' + replacement + '`: ' + describe(ref), {place: placeOf(file, start, end), ancestors: [match.sentence.node]})
      message.actual = actual
      message.expected = [replacement]
      message.note = ref.entry.role ? ref.form + ': ' + ref.entry.role : undefined
      if (first !== -1) flagged.add(tokens[first])
    }
    // Matches to check: the document's, and the single words of a longer name that stays
    // silent as a whole (`the bank of japan` is uncertain, `japan` is not).
    const queue: NameMatch[] = [...document.matches]
    for (let q = 0; q < queue.length; q++) {
      const match = queue[q]
      if (match.accepted.length === 0) continue
      const tokens = match.sentence.tokens
      const count = match.to - match.from + 1
      // Already right for one of the accepted forms?
      if (match.accepted.some((ref) => fits(ref, tokens, match))) continue
      // Acronyms (`US`, `WHO`) written in lower case are ordinary words (`us`, `who`) unless no English
      // word is spelled so (`uefa`, `unifil`).
      if (match.accepted.every((ref) => ref.tokens.every((token) => isAllCaps(token) || token.length < 2))) {
        // (Without a full stop the parser kept on the word: `all of us. nevertheless`.)
        const written = tokens[match.from].base.replace(/\.$/, '')
        if (count > 1 || written.length < 3 || isCommonWord(written) || isListedWord(written) || names.givenNames.has(written.charAt(0).toUpperCase() + written.slice(1))) continue
      }
      const ref = best(match.accepted, tokens, match)
      const wrongOffsets: number[] = []
      for (let offset = 0; offset < count; offset++) {
        const written = writtenAt(tokens, match, offset)
        const expected = ref.tokens[offset].replace(/\.$/, '')
        if (/^\p{Ll}/u.test(written) && /^\p{Lu}/u.test(expected)) wrongOffsets.push(offset)
      }
      if (wrongOffsets.length === 0) continue
      // A word with a capital inside, after a lower-case first letter, is written so on purpose (`ePA`, `iPhone`, `eBay`).
      if (wrongOffsets.some((offset) => /^\p{Ll}+\p{Lu}/u.test(writtenAt(tokens, match, offset)))) continue
      // `the Congress party`, `the Left party`: many house styles (AP among them) keep `party` in lower case
      // after a party's name.
      // (So do accords and meetings after the name that tells them apart: `the Paris agreement`, `the Minsk accords`,
      // `the Alaska summit`.)
      if (wrongOffsets.length === 1 && wrongOffsets[0] === count - 1 && count > 1 && lowerHeads.has(writtenAt(tokens, match, count - 1))) continue
      // A nationality before lower-case ordinary words describes the institution (`the Russian central
      // bank`, AP style): no slip.
      // (Not `European`: it names the European Union's own institutions, `the European Commission`, not a country's.)
      // (Only where the words describe what any country has, `central bank`, `foreign ministry`: `the African national congress`
      // is a party's name.)
      if (wrongOffsets[0] === 1 && match.to > match.from && allWrongCommon(match, wrongOffsets) && isDemonymLike(tokens[match.from].value) && tokens[match.from].value !== 'European' &&
        describableHeads.has(writtenAt(tokens, match, match.to - match.from).toLowerCase())) continue
      // …and so does a place's name before them (`the Buenos Aires stock exchange`, `the Kyiv city council`).
      if (wrongOffsets[0] > 0 && wrongOffsets.every((offset, at) => offset === wrongOffsets[0] + at) && wrongOffsets[wrongOffsets.length - 1] === count - 1 &&
        allWrongCommon(match, wrongOffsets) && describableHeads.has(writtenAt(tokens, match, count - 1).toLowerCase()) &&
        (names.accepted.get(keyOf(tokens, match.from, match.from + wrongOffsets[0] - 1)) || []).some((place) => place.entry.type === 'place')) continue
      // A word for a kind of body or event before the rest of the name, where the rest names it on its own, describes it
      // (`the operation Baltic Sentry`, `the newspaper Kommersant`; not `the state Duma`).
      if (wrongOffsets.length === 1 && wrongOffsets[0] === 0 && count > 1 && ref.entry.type !== 'person' && kindNouns.has(writtenAt(tokens, match, 0)) &&
        (names.accepted.get(keyOf(tokens, match.from + 1, match.to)) || []).some((other) => other.entry === ref.entry)) continue
      // …and so does a news outlet's own name before them (`the official Xinhua news agency`, `Interfax news agency`).
      if (ref.entry.type === 'media' && wrongOffsets[0] > 0 && wrongOffsets[wrongOffsets.length - 1] === count - 1 && allWrongCommon(match, wrongOffsets) &&
        (names.accepted.get(keyOf(tokens, match.from, match.from + wrongOffsets[0] - 1)) || []).some((other) => other.entry === ref.entry)) continue
      if (tokens.slice(match.from, match.to + 1).some((token) => /[#@/]$/.test(token.before))) continue
      // A company named by a country and an ordinary word, the word in lower case before a noun it describes, is the
      // country's industry (`U.S. steel tariffs`, `British gas prices`), not the company.
      if (ref.entry.type === 'organization' && wrongOffsets.length === 1 && wrongOffsets[0] === count - 1 && wrongOffsets[0] > 0 && commodities.has(writtenAt(tokens, match, count - 1)) &&
        match.to + 1 < tokens.length && isPlainGap(tokens[match.to + 1].before) && isLowercase(tokens[match.to + 1].value) && isCommon(tokens[match.to + 1].info) &&
        (names.accepted.get(keyOf(tokens, match.from, match.from + wrongOffsets[0] - 1)) || []).some((other) => other.entry.type === 'place' || other.entry.type === 'demonym')) continue

      const allLower = tokens.slice(match.from, match.to + 1).every((token, offset) => isLowercase(token.value) || (offset === 0 && token.sentenceInitial))
      // A surname in lower case after a capitalised word that is neither the person's given name nor a
      // title is an ordinary word of another name (`Komerční banka`, not Witold Bańka).
      // (Not in a transcript that lost its punctuation, `from Moscow putin's adviser`, nor before a possessive.)
      if (allLower && match.from === match.to && ref.entry.type === 'person' && !uncapitalised && tokens[match.to].base === tokens[match.to].value && afterOtherName(match, ref, tokens)) continue
      // A listed ordinary sense next to it (`a kremlin`, `the Kazan kremlin`) keeps even an unambiguous name a common noun.
      if (allLower && !ref.ambiguous && ordinarySense(match, tokens)) continue
      if (allLower && ref.ambiguous && !certain(match, ref, tokens)) {
        if (match.to > match.from) {
          for (const single of singleWords(match)) {
            insideOf.set(single, {match, ref})
            queue.push(single)
          }
        }
        continue
      }
      // An institution whose lower-case words are ordinary adjectives (`liberal Democrats`,
      // `social Democrats`) is only certain when the article writes the name properly elsewhere.
      // A capitalised word of the name that is no English word (`the state Duma`) makes the name certain.
      // (Only in a compact name: in `the central bank of Egypt` the foreign word is the country after `of`.)
      // A long official name with a capitalised tail (`central bank of the Republic of Türkiye`) is no description either.
      const foreignPart =
        (ref.tokens.length >= 5 || !ref.tokens.some((token) => /^(?:of|the|and|for|on|in)$/i.test(token))) &&
        ref.tokens.some((token, offset) => !wrongOffsets.includes(offset) && token.length > 2 && /^\p{Lu}/u.test(token) && !isCommonWord(token.replace(/\.$/, '')))
      // (But a head before `of` or `for` and a capitalised name is the institution's name with a slip, unless the
      // head describes what any country has: `the bank of Italy`, `the alternative for Germany`; not `the government of Japan`.)
      const headOfName = wrongOffsets.length === 1 && count >= 3 && /^(?:of|for)$/.test(writtenAt(tokens, match, 1)) && !descriptiveHeads.has(writtenAt(tokens, match, 0)) &&
        ref.tokens.slice(2).every((token) => /^\p{Lu}/u.test(token) || /^(?:of|the|and|for)$/.test(token))
      if (!allLower && !foreignPart && !headOfName && wrongOffsets[0] === 0 && (ref.entry.type === 'organization' || ref.entry.type === 'media') && wrongOffsets.every((offset) => isCommonWord(writtenAt(tokens, match, offset))) && !certainKeys.has(keyOf(tokens, match.from, match.to))) continue

      // A name of its own inside a longer lower-case name after `the` that stayed silent (`duma` in `the state duma`): then
      // the longer name is the one written (`State Duma`), unless it ends in a word any country's institution or a kind
      // of agreement may end in (`bank`, `council`, `party`: `the moscow city council`). (After another determiner it
      // describes: `any bank of Japan`.)
      const outer = insideOf.get(match)
      if (outer && outer.ref.entry.type !== 'person' && neighbour(tokens, outer.match.from, -1)?.key === 'the' && !describableHeads.has(writtenAt(tokens, outer.match, outer.match.to - outer.match.from)) &&
        !lowerHeads.has(writtenAt(tokens, outer.match, outer.match.to - outer.match.from))) {
        // (Once, where two of its words are names of their own: `the new york city marathon`.)
        if (!reportedWhole.has(outer.match)) reportWhole(outer.match, outer.ref)
        reportedWhole.add(outer.match)
        continue
      }
      const first = match.from + wrongOffsets[0]
      const last = match.from + wrongOffsets[wrongOffsets.length - 1]
      const titleFrom = ref.entry.type === 'person' && allLower && first === match.from ? formalTitleBefore(tokens, first) : first
      const start = tokens[titleFrom].start
      const end = last === match.to ? tokens[last].baseEnd : tokens[last].end
      let replacement = titleFrom < first ? capitalisedTitle(tokens, titleFrom, first) + tokens[first].before : ''
      for (let index = first; index <= last; index++) {
        const offset = index - match.from
        const written = index === match.to ? tokens[index].base : tokens[index].value
        replacement += (index === first ? '' : text.slice(tokens[index - 1].end, tokens[index].start))
        replacement += wrongOffsets.includes(offset) ? ref.tokens[offset].replace(/\.$/, '') + (written.endsWith('.') ? '.' : '') : written
      }
      const actual = text.slice(start, end)
      const message = file.message('Unexpected `' + actual + '`, expected `' + replacement + '`: ' + describe(ref), {
        place: placeOf(file, start, end),
        ancestors: [match.sentence.node]
      })
      message.actual = actual
      message.expected = [replacement]
      message.note = ref.entry.role ? ref.form + ': ' + ref.entry.role : undefined
      flagged.add(tokens[first])
    }

    // A given name in lower case before a surname written right (`amanjot Kaur`, `jhulan Goswami`): a word no English
    // word list has, then a surname from the name lists, so the pair is a person's name whoever it is.
    for (const sentence of document.sentences) {
      const tokens = sentence.tokens
      for (let index = 1; index + 1 < tokens.length; index++) {
        const token = tokens[index]
        const next = tokens[index + 1]
        if (!/^\p{Ll}{3,}$/u.test(token.value) || flagged.has(token) || !isPlainGap(next.before) || !/^\p{Lu}\p{Ll}{2,}$/u.test(next.value)) continue
        if (/^\p{Lu}/u.test(tokens[index - 1].value) || names.knownTokens.has(token.value) || isCommonWord(token.value) || isListedWord(token.value)) continue
        if (!names.isSurname(next.base) || names.givenNames.has(next.base) && !names.curatedSurnames.has(next.base)) continue
        const expected = capitalize(token.value)
        // (A short word is a given name only where the lists have it: `mer Val` is a misheard index.)
        if (token.value.length < 4 && !names.givenNames.has(expected)) continue
        reportWord(token, sentence, token.value, expected, 'a person’s name is capitalised')
      }
    }

    // An institution in lower case followed by its acronym (`the tourism authority of Thailand (TAT)`):
    // the initials of the words spell the acronym, so the words are a name. Only names with a head that
    // institutions have (`authority`, `fund`, `party`); `gross domestic product (GDP)` is no name.
    for (const found of text.matchAll(/\(([A-Z]{2,6})\)/g)) {
      const acronym = found[1]
      const sentence = sentenceAt(found.index)
      if (!sentence) continue
      const tokens = sentence.tokens
      let last = tokens.length - 1
      while (last >= 0 && tokens[last].end > found.index) last--
      if (last < 0 || !/^\s*$/.test(text.slice(tokens[last].end, found.index))) continue
      // Walk back over the words whose initials spell the acronym, skipping joiners.
      let letter = acronym.length - 1
      let first = last
      for (let index = last; index >= 0 && letter >= 0; index--) {
        const word = tokens[index].value
        if (index < last && !isPlainGap(tokens[index + 1].before)) break
        if (acronymJoiners.has(word) && index < last) continue
        if (word.charAt(0).toUpperCase() !== acronym.charAt(letter)) break
        letter--
        first = index
      }
      if (letter >= 0 || first === last) continue
      const words = tokens.slice(first, last + 1)
      // (`an exchange-traded fund (ETF)` names a kind of thing, not an institution.)
      if (!words.some((token) => institutionHeads.has(token.value.toLowerCase())) || (first > 0 && /^(?:a|an|A|An)$/.test(tokens[first - 1].value))) continue
      const lower = words.filter((token) => !acronymJoiners.has(token.value) && isLowercase(token.value))
      if (lower.length === 0 || words.some((token) => flagged.has(token))) continue
      let replacement = ''
      for (let index = first; index <= last; index++) {
        const word = tokens[index].value
        replacement += (index === first ? '' : tokens[index].before) + (acronymJoiners.has(word) && index > first ? word : capitalize(word))
      }
      const start = tokens[first].start
      const end = tokens[last].end
      const actual = text.slice(start, end)
      if (actual === replacement) continue
      const message = file.message('Unexpected `' + actual + '`, expected `' + replacement + '`: an institution’s name is capitalised, as its acronym `' + acronym + '` shows', {
        place: placeOf(file, start, end),
        ancestors: [sentence.node]
      })
      message.actual = actual
      message.expected = [replacement]
      for (const token of words) flagged.add(token)
    }

    /** The sentence whose words cover `offset`. */
    function sentenceAt(offset: number) {
      const sentences = document.sentences
      const sentence = sentences[lastAtOrBefore(sentences.length, (at) => sentences[at].start <= offset)]
      return sentence && offset <= sentence.end ? sentence : undefined
    }

    // People the dictionary does not know: a given name and a surname, one of them in lower case
    // (`Mikhail leontyev`, `sergei Ivanov`). The lower-case word must be no English word.
    const known = new Set<Token>()
    for (const match of document.matches) for (let index = match.from; index <= match.to; index++) known.add(match.sentence.tokens[index])
    for (const sentence of document.sentences) {
      const tokens = sentence.tokens
      for (let index = 0; index + 1 < tokens.length; index++) {
        const first = tokens[index]
        const second = tokens[index + 1]
        if (second.before !== ' ') continue
        // Both in lower case: only set off as the name of a role holder, or after a title (`The head of Redeia,
        // beatriz corredor, said`, `Judge leonie brinkema ruled`).
        if (isLowercase(first.value) && isLowercase(second.base) && !first.sentenceInitial && !known.has(first) && !known.has(second) &&
          !flagged.has(first) && !flagged.has(second) && lowerPerson(tokens, index)) {
          const actual = text.slice(first.start, second.baseEnd)
          const expected = capitalize(first.value) + second.before + capitalize(second.base)
          const message = file.message('Unexpected `' + actual + '`, expected `' + expected + '`: a person’s name is capitalised', {
            place: placeOf(file, first.start, second.baseEnd),
            ancestors: [sentence.node]
          })
          message.actual = actual
          message.expected = [expected]
          flagged.add(first)
          flagged.add(second)
          continue
        }
        let wrong: Token | undefined
        // (An ordinary word in lower case is never the slip: tested before the given names, as most pairs have one.)
        // (After a title, a capitalised word no list has is a given name too: `Aceh Governor Muzakir manaf`.)
        const titled = index > 0 && isPlainGap(first.before) && isCapitalized(tokens[index - 1].value) && context.titles.has(tokens[index - 1].key)
        if (isCapitalized(first.value) && isLowercase(second.base)) {
          if (!isCommon(second.baseInfo) && (names.givenNames.has(first.value) || (titled && first.base === first.value && !isCommon(first.info) && !isAllCaps(first.value)))) wrong = second
        } else if (isLowercase(first.value) && isCapitalized(second.base) && !first.sentenceInitial) {
          if (!isCommon(first.info) && names.givenNames.has(capitalize(first.value))) wrong = first
        }
        if (!wrong || known.has(wrong) || flagged.has(first) || flagged.has(second)) continue
        // Lower-case particles belong in names (`Ursula von der Leyen`, `Jorge da Silva`).
        if (nameParticles.test(wrong === second ? second.base : first.value)) continue
        const word = wrong === second ? second.base : first.value
        if (!isWordLike(word) || word.length < 3 || /[#@/]$/.test(wrong.before) || isCommonWord(word) || isListedWord(word)) continue
        // The other word must be a name, not an ordinary capitalised word (`Ivan bought`, `maria Street`).
        const other = wrong === second ? first.value : second.base
        if (isCommonWord(other) || isAllCaps(other)) continue
        // The lower-case word must look like a name: known as a surname or given name, or no English at all
        // after two given names (`Mohammad Reza farzin`).
        const proper = capitalize(word)
        const twoGiven = wrong === second && index >= 1 && isCapitalized(tokens[index - 1].value) && names.givenNames.has(tokens[index - 1].value) && isNameGap(first.before)
        // (…or no English at all after a title, or in a name set off by commas after the role: `The Minister of Science,
        // Diana morant, has …`.)
        const setOff = /^,[ \t]+$/.test(first.before) && index + 2 < tokens.length && /^,/.test(tokens[index + 2].before) && tokens.slice(Math.max(0, index - 4), index).some((token) => context.titles.has(token.key))
        if (!(names.isSurname(proper) || names.givenNames.has(proper) || isKnownProper(proper) || (twoGiven && word.length >= 4) || (wrong === second && (titled || setOff) && /^\p{Ll}{4,}$/u.test(word)))) continue
        const end = wrong === second ? second.baseEnd : first.end
        const message = file.message('Unexpected `' + word + '`, expected `' + proper + '`: a person’s name is capitalised', {
          place: placeOf(file, wrong.start, end),
          ancestors: [sentence.node]
        })
        message.actual = word
        message.expected = [proper]
        flagged.add(wrong)
      }
    }

    /**
     * A given name and a surname no dictionary knows, both in lower case, where only a person's name can
     * stand: right after a title, or set off by commas beside the role the person holds. The given name
     * must be a listed one and no English word (`per annum`), the surname no English word either.
     */
    function lowerPerson(tokens: Token[], index: number): boolean {
      const first = tokens[index]
      const second = tokens[index + 1]
      const surname = second.base
      // (The cheap tests first: most pairs are two ordinary words.)
      if (surname.length < 3 || !isWordLike(surname) || isCommon(second.baseInfo) || isCommon(first.info) || latinWords.has(first.value) || !names.givenNames.has(capitalize(first.value)) || isListedWord(surname)) return false
      if (nameParticles.test(surname)) return false
      const before = index > 0 ? tokens[index - 1] : undefined
      if (before && isPlainGap(first.before) && isCapitalized(before.value) && context.titles.has(before.value.toLowerCase().replace(/\.$/, ''))) return true
      return appositiveOfRole(tokens, index, index + 1)
    }

    /** Single-word names inside a longer match (not the name's own joiners). */
    function singleWords(match: NameMatch): NameMatch[] {
      const found: NameMatch[] = []
      for (let index = match.from; index <= match.to; index++) {
        const token = match.sentence.tokens[index]
        const key = tokenKey(index === match.to ? token.base : token.value)
        const accepted = (names.accepted.get(key) || []).filter((ref) => ref.tokens.length === 1 && ref.entry.type !== 'person')
        if (accepted.length > 0) found.push({sentence: match.sentence, from: index, to: index, accepted, wrong: []})
      }
      return found
    }

    /** Strong context: a title or the person's given name before, `administration` after. */
    function strong(match: NameMatch, ref: FormRef, tokens: Token[]): boolean {
      if (ref.entry.type !== 'person') return false
      const previous = neighbour(tokens, match.from, -1)
      const next = neighbour(tokens, match.to, 1)
      if (previous) {
        const given = ref.entry.given || ref.entry.name.split(' ').slice(0, -1)
        if (isCapitalized(previous.value) && given.includes(previous.value)) return true
      }
      // (A modal verb after an office is the verb, where a verb's plain form follows: `the foreign minister may set out`.)
      if (match.from === match.to && modals.has(tokens[match.from].value) && next !== undefined && isLowercase(next.value) && !context.verbs.has(next.value)) return false
      const title = previous?.value.toLowerCase().replace(/\.$/, '')
      const after = next !== undefined && tokens[match.to].base === tokens[match.to].value ? next.value.toLowerCase() : undefined
      // (After a job rather than an office, or before a word any group has, `team`, `camp`, a surname alone that is an
      // ordinary word needs the person written with a capital somewhere in the article, unless the whole text lost its
      // capitals: `the white team` is no Dana White's, `the Basque Coach won it` no Won's; `the trump administration`
      // needs nothing more.)
      // (A head of state's or government's surname before `government` after `the` is the government's name: `the
      // maduro government`.)
      // (…and so before `team`, `camp` or `allies`, for a head in office: `the trump team`; not a former one, `the brown team`.)
      const headOfGovernment = after !== undefined && title === 'the' && headRole.test(ref.entry.role || '') &&
        (governmentWords.has(after) || (groupWords.has(after) && !/\bformer\b/i.test(ref.entry.role || '')))
      const weak = !headOfGovernment && ((title !== undefined && jobTitles.has(title)) || (after !== undefined && groupWords.has(after)))
      if (weak && match.from === match.to && ref.ambiguous && !uncapitalised && !document.capitalisedKeys.has(keyOf(tokens, match.from, match.to))) return false
      if (title !== undefined && context.titles.has(title)) return true
      return after !== undefined && context.personContext.has(after)
    }

    /** Does a word from `common_senses` stand next to the lower-case name? */
    function ordinarySense(match: NameMatch, tokens: Token[]): boolean {
      const sense = context.commonSenses.get(keyOf(tokens, match.from, match.to))
      if (!sense) return false
      const previousWord = neighbour(tokens, match.from, -1)?.value.toLowerCase()
      const nextWord = neighbour(tokens, match.to, 1)?.value.toLowerCase()
      return (previousWord !== undefined && sense.before.has(previousWord)) || (nextWord !== undefined && sense.after.has(nextWord))
    }

    /** The names of several words the dictionary found, by their first word. */
    function matchFrom(): Map<Token, NameMatch> {
      if (!byFirstWord) {
        byFirstWord = new Map()
        for (const found of document.matches) if (found.to > found.from && found.accepted.length > 0) byFirstWord.set(found.sentence.tokens[found.from], found)
      }
      return byFirstWord
    }

    /** Is a lower-case, ordinary-word spelling certainly the name here? */
    function certain(match: NameMatch, ref: FormRef, tokens: Token[]): boolean {
      const previous = neighbour(tokens, match.from, -1)
      const next = neighbour(tokens, match.to, 1)
      const previousWord = previous?.value.toLowerCase()
      const nextWord = next?.value.toLowerCase()
      const lowerName = keyOf(tokens, match.from, match.to)
      const sense = context.commonSenses.get(lowerName)
      if (sense && ((previousWord && sense.before.has(previousWord)) || (nextWord && sense.after.has(nextWord)))) return false
      if (previousWord === 'a' || previousWord === 'an') return false
      // A nationality before a noun of people or of a state (`the dutch driver`, `the french government`; not `french fries`).
      if (ref.entry.type === 'demonym' && match.from === match.to && next !== undefined && isLowercase(next.value) && demonymHeads.has(next.value)) return true
      // A country that hopes, says or demands (`china hopes the EU will …`): no china cup does.
      // (…also after an adverb: `china firmly opposes`.)
      const country = ref.entry.type === 'place' && /^country\b/.test(ref.entry.role || '') && match.from === match.to && previousWord !== 'fine' && previousWord !== 'the' && previousWord !== 'bone'
      const verbAt = next !== undefined && /^\p{Ll}{3,}ly$/u.test(next.value) && isPlainGap(next.before) ? match.to + 2 : match.to + 1
      const countryVerb = verbAt < tokens.length ? tokens[verbAt] : undefined
      if (country && countryVerb !== undefined && isPlainGap(countryVerb.before) && institutionVerbs.has(countryVerb.value) && countryVerb.value !== 'made' && countryVerb.value !== 'makes' &&
        neighbour(tokens, verbAt, 1)?.value !== 'by') return true
      // (…or with its possessive, where the article writes the country with a capital: `china's Taiwan Affairs Office`.)
      if (country && certainKeys.has(lowerName) && tokens[match.to].base !== tokens[match.to].value) return true
      // (…or before a modal and its verb, where the article writes the country with a capital: `a pause china can end`.)
      if (country && certainKeys.has(lowerName) && next !== undefined && isPlainGap(next.before) && modals.has(next.value) && match.to + 2 < tokens.length &&
        isPlainGap(tokens[match.to + 2].before) && isVerb(tokens[match.to + 2].value)) return true
      // A few institutions named by ordinary words are the institution after `the` whatever follows (`the security council to
      // adopt`, `came over from the white house`).
      if (previousWord === 'the' && ref.entry.type !== 'person' && context.certainAfterThe.has(lowerName)) return true
      // A transcript without punctuation: an institution's name of several words after `the` is the name
      // (`at the white house`, `the security council needs`); the casing was lost with the punctuation.
      if (uncapitalised && match.to > match.from && (ref.entry.type === 'organization' || ref.entry.type === 'media') && previousWord === 'the') return true
      const person = ref.entry.type === 'person'
      // A surname that is an ordinary noun before `of` is the noun (`deputy head of the administration`).
      if (person && match.from === match.to && nextWord === 'of') return false
      if (strong(match, ref, tokens)) return true
      // A person's name of several words set off by commas beside the role they hold (`The leader of the
      // deputies, marine le pen, demanded`).
      if (person && match.to > match.from && appositiveOfRole(tokens, match.from, match.to)) return true
      // An institution that speaks: `the white house described …`, `the state department said`.
      // (An adverb may come first, `the state department also noted`; `said to be` is no institution speaking.)
      // (Two such words may come first: `the election commission has already announced`.)
      if ((ref.entry.type === 'organization' || ref.entry.type === 'media') && previousWord === 'the' && nextWord !== undefined) {
        let at = match.to + 1
        while (at < match.to + 3 && at < tokens.length && isPlainGap(tokens[at].before) && institutionAdverbs.has(tokens[at].key)) at++
        const verbToken = at < tokens.length && isPlainGap(tokens[at].before) ? tokens[at] : undefined
        const verb = verbToken?.value.toLowerCase()
        // (`made of marble` is a building's.)
        // (A participle before `by` is no verb of the institution's: `the target agreed by NATO leaders`.)
        if (verb !== undefined && institutionVerbs.has(verb) && !((verb === 'said' || verb === 'says') && neighbour(tokens, at, 1)?.value === 'to') &&
          !(verb.endsWith('ed') && neighbour(tokens, at, 1)?.value === 'by') &&
          !((verb === 'made' || verb === 'makes') && neighbour(tokens, at, 1)?.value === 'of')) return true
      }
      // A name followed by its own short form in brackets (`the financial services authority (OJK)`).
      const bracketed = tokens[match.to + 1]
      if (bracketed !== undefined && /^\s*\(\s*$/.test(bracketed.before) && isAllCaps(bracketed.value) && (names.accepted.get(bracketed.key) || []).some((other) => other.entry === ref.entry)) return true
      // A name of several words joined by `and` or `or` to a capitalised name of the same kind (`contacts between the united
      // states and Russia`, `Japan and the united states`).
      // (One word too, where the other is a place: `with china and India`.)
      if ((match.to > match.from && (ref.entry.type === 'place' || ref.entry.type === 'organization')) || (match.to === match.from && ref.entry.type === 'place')) {
        // (…or a name of several words the dictionary found there, a country or a body: `and the European Union`.)
        const sameKind = (token: Token | undefined) =>
          token !== undefined && /^\p{Lu}\p{Ll}/u.test(token.value) && !token.sentenceInitial &&
          ((names.accepted.get(token.baseKey) || []).some((other) => other.entry.type === ref.entry.type) ||
            (matchFrom().get(token)?.accepted.some((other) => other.entry.type === 'place' || other.entry.type === 'organization') ?? false))
        // (…or in a list, a comma before the next item: `the communist party, the LDPR, A Just Russia and New People`.)
        const item = (token: Token) => /^\p{Lu}/u.test(token.value) && !token.sentenceInitial && (names.accepted.get(token.baseKey) || []).some((other) => other.entry.type === ref.entry.type)
        const listed = (at: number) => at < tokens.length && /^,[ \t]+$/.test(tokens[at].before) && (item(tokens[at]) || (tokens[at].value === 'the' && at + 1 < tokens.length && isPlainGap(tokens[at + 1].before) && item(tokens[at + 1])))
        // (…also with `the` before the other name, for a name of several words: `the united states and the European Union`;
        // not `The left and the National Rally`.)
        const otherAt = match.to > match.from && tokens[match.from].key !== 'the' && match.to + 2 < tokens.length && tokens[match.to + 2].value === 'the' && match.to + 3 < tokens.length && isPlainGap(tokens[match.to + 3].before) ? match.to + 3 : match.to + 2
        const joinedAfter = ((nextWord === 'and' || nextWord === 'or') && isPlainGap(tokens[match.to + 1].before) && otherAt < tokens.length && isPlainGap(tokens[match.to + 2].before) && sameKind(tokens[otherAt])) ||
          (match.to > match.from && listed(match.to + 1))
        const joinedBefore = previousWord === 'the' && match.from >= 3 && /^(?:and|or)$/.test(tokens[match.from - 2].value) && isPlainGap(tokens[match.from - 1].before) && isPlainGap(tokens[match.from - 2].before) && sameKind(tokens[match.from - 3])
        if (joinedAfter || joinedBefore) return true
      }
      // …or one whose possessive follows `the` (`the pentagon's point man`): an institution's, not a shape's.
      if (ref.entry.type === 'organization' && previousWord === 'the' && tokens[match.to].base !== tokens[match.to].value) return true
      // …or one that closes a clause after `from`/`at`/`in the` (`a delegation from the pentagon.`, `an official in the white house,`),
      // or stands before a time (`at the elysée on Thursday`, `in the kremlin last week`).
      if (ref.entry.type === 'organization' && previousWord === 'the' && match.from >= 2 && ['from', 'at', 'to', 'with', 'by', 'in', 'inside', 'within'].includes(tokens[match.from - 2].value) &&
        (!next || beforeTime(tokens, match.to) || (nextWord !== undefined && (clauseGoesOn.has(nextWord) || (nextWord === 'on' && match.to - match.from >= 2))))) return true
      // A country of several ordinary words after a preposition of place and `the`, where its clause ends or a time follows
      // (`is now in the united states.`, `flew to the united kingdom on Monday`).
      if (ref.entry.type === 'place' && /^country\b/.test(ref.entry.role || '') && match.to > match.from && previousWord === 'the' && match.from >= 2 &&
        placePrepositions.has(tokens[match.from - 2].value) && (!next || beforeTime(tokens, match.to))) return true
      // A sea, a strait or a desert named by ordinary words, after a preposition and `the` (`ships in the red sea`):
      // no ordinary phrase names a body of water so.
      if (ref.entry.type === 'place' && match.to > match.from && previousWord === 'the' && match.from >= 2 && waterPrepositions.has(tokens[match.from - 2].value) &&
        geographicHeads.has(writtenAt(tokens, match, match.to - match.from).toLowerCase())) return true
      // An institution of several words after `the` and an ordinal (`the 14th national people's congress`).
      if ((ref.entry.type === 'organization' || ref.entry.type === 'event') && match.to > match.from && previousWord !== undefined && /^\d+(?:st|nd|rd|th)$/.test(previousWord) &&
        match.from >= 2 && /^(?:the|The)$/.test(tokens[match.from - 2].value)) return true
      // A place of several ordinary words, one of them a country's or a city's name (`the south china sea`); an
      // institution so named, the place its first word too (`the moscow exchange`, `the bank of japan`).
      const institution = ref.entry.type === 'organization' || ref.entry.type === 'media'
      if ((ref.entry.type === 'place' || institution) && match.to > match.from && previousWord === 'the' &&
        tokens.slice(institution ? match.from : match.from + 1, match.to + 1).some((token) => (names.accepted.get(token.baseKey) || []).some((other) => other.entry.type === 'place' && other.tokens.length === 1))) return true
      // An institution of three words or more after `the` where its stretch of the sentence ends, or before a verb or a
      // preposition (`to lead the world economic forum,`, `told the senate banking committee on Wednesday`): no
      // ordinary phrase runs so.
      // (Also after `the` and a word or two that say which: `the ruling liberal democratic party and`, `the main opposition
      // people power party,`.)
      if ((ref.entry.type === 'organization' || ref.entry.type === 'media') && match.to - match.from >= 2 && (previousWord === 'the' || afterArticle(tokens, match.from)) &&
        (match.to + 1 >= tokens.length || /^[ \t]*[,;:.)]/.test(tokens[match.to + 1].before) || (nextWord === 'and' && afterArticle(tokens, match.from)) ||
          (nextWord !== undefined && isLowercase(next!.value) && (context.verbs.has(nextWord) || context.prepositions.has(nextWord) || institutionVerbs.has(nextWord))))) return true
      // An institution of several words before the name of its head (`the world bank president Ajay Banga` has a lower-case
      // title; `the national health commission Lei Haichao` none): a person's full name right after it, or set off by a
      // comma when it starts with a listed given name (`the socialist party, Olivier Faure,`).
      if ((ref.entry.type === 'organization' || ref.entry.type === 'media') && match.to > match.from && previousWord === 'the' && match.to + 2 < tokens.length &&
        isPlainGap(tokens[match.to + 2].before) && [tokens[match.to + 1], tokens[match.to + 2]].every((token) => /^\p{Lu}\p{Ll}+$/u.test(token.value))) {
        const given = names.givenNames.has(tokens[match.to + 1].value)
        const gap = tokens[match.to + 1].before
        if (isPlainGap(gap) ? given || (names.accepted.get(tokenKey(tokens[match.to + 1].value + ' ' + tokens[match.to + 2].base)) || []).some((other) => other.entry.type === 'person') : /^,[ \t]+$/.test(gap) && given) return true
      }
      // A region of several words set off after the city in it (`in Bandung, west java,`): a place in apposition.
      if (ref.entry.type === 'place' && match.to > match.from && match.from >= 1 && /^,[ \t]+$/.test(tokens[match.from].before) &&
        isCapitalized(tokens[match.from - 1].value) && !tokens[match.from - 1].sentenceInitial && !isAllCaps(tokens[match.from - 1].value) &&
        (match.to + 1 >= tokens.length || /^\s*[,;:)]/.test(tokens[match.to + 1].before))) return true
      // (A name of several words also after `of`/`for the`: `the session of the security council,`.)
      if (ref.entry.type === 'organization' && match.to > match.from && previousWord === 'the' && !next && match.from >= 2 && ['of', 'for'].includes(tokens[match.from - 2].value)) return true
      // A place after a preposition of place, at the end of the clause or before a time (`talks in shanghai on Monday`).
      // (Not a city named by an ordinary word, `from dependence to independence,`, unless the article capitalises it elsewhere.)
      if (ref.entry.type === 'place' && match.to === match.from && previousWord !== undefined && placePrepositions.has(previousWord) &&
        (!/^city\b/.test(ref.entry.role || '') || certainKeys.has(lowerName))) {
        if (!next || (nextWord !== undefined && (placeFollowers.has(nextWord) || (nextWord === 'and' && match.to + 2 < tokens.length && isCapitalized(tokens[match.to + 2].value))))) return true
      }
      // Weaker context: the name is capitalised (or certain) elsewhere, and this word stands where a name stands.
      if (!certainKeys.has(lowerName)) return false
      // A whole multi-word name, capitalised elsewhere in the article: after `the`, or standing as a
      // name stands (not `window film and white house paint`, where a noun follows the plain words).
      if (match.to > match.from) {
        if (previousWord === 'the' || !next || !isLowercase(next.value)) return true
        return context.verbs.has(nextWord!) || context.prepositions.has(nextWord!) || context.personContext.has(nextWord!) || /^\p{Ll}+(ed|ly)$/u.test(nextWord!)
      }
      const afterBase = tokens[match.to].base !== tokens[match.to].value
      const nextIsVerb = nextWord !== undefined && (context.verbs.has(nextWord) || /^\p{Ll}+(ed|ly)$/u.test(nextWord))
      const nextIsJoin = nextWord !== undefined && (nextWord === 'and' || nextWord === 'or') && match.to + 2 < tokens.length && isCapitalized(tokens[match.to + 2].value)
      const sentenceEnd = !next
      const previousIsPreposition = previousWord !== undefined && context.prepositions.has(previousWord)
      if (person) return namedInFull.has(ref.entry) && (nextIsVerb || nextIsJoin || afterBase || (previousIsPreposition && (sentenceEnd || beforeTime(tokens, match.to))))
      // An institution of one word the article capitalises elsewhere, after `the` where its clause ends or before its verb, a
      // preposition or a number (`passed the senate 60 to 40`, `the senate voted`).
      // (Not a word for any kind of body, `the congress will`: a party's or an association's congress too.)
      if (ref.entry.type === 'organization' && previousWord === 'the' && !genericBodies.has(lowerName) &&
        (sentenceEnd || nextIsVerb || (nextWord !== undefined && (context.prepositions.has(nextWord) || /^\d/.test(nextWord))))) return true
      // A place the article capitalises elsewhere, after a preposition (`measures against japan well I …`
      // in a transcript without full stops).
      if (ref.entry.type === 'place' && previousIsPreposition && previousWord !== 'and' && previousWord !== 'or') return true
      // …or opening a sentence before its verb (`Yes. china is on schedule.`).
      const opensSentence = tokens[match.from].sentenceInitial || match.from === 0 || (previous !== undefined && /[a-z]{2,}\.$/i.test(previous.value))
      if (ref.entry.type === 'place' && opensSentence && (nextIsVerb || (nextWord !== undefined && placeAuxiliaries.has(nextWord)))) return true
      return previousIsPreposition && (sentenceEnd || nextIsJoin || nextIsVerb || afterBase)
    }

    // A nationality or a place in lower case opening a compound with a participle (`british-designed`, `russian-made`,
    // `moscow-based`): the name keeps its capital inside the compound.
    for (const sentence of document.sentences) {
      for (const token of sentence.tokens) {
        const hyphen = token.base.indexOf('-')
        if (hyphen < 3 || flagged.has(token) || !compoundParticiples.has(token.base.slice(hyphen + 1))) continue
        const first = token.base.slice(0, hyphen)
        if (!/^\p{Ll}+$/u.test(first)) continue
        // (A place's name that is an ordinary word opens ordinary compounds: `man-made` is no Isle of Man's.)
        const ref = (names.accepted.get(first) || []).find((candidate) => candidate.tokens.length === 1 &&
          (candidate.entry.type === 'demonym' || (candidate.entry.type === 'place' && !isCommonWord(first))))
        if (!ref || !/^\p{Lu}/u.test(ref.tokens[0])) continue
        const expected = ref.tokens[0] + token.base.slice(hyphen)
        reportWord(token, sentence, token.base, expected, describe(ref))
      }
    }

    // The US parties' words in lower case where only the party is meant (`republican senators`, `a senior democrat`), in
    // an article about US politics.
    if (!uncapitalised && usPoliticsWords.test(text)) {
      for (const sentence of document.sentences) {
        const tokens = sentence.tokens
        for (let index = 1; index < tokens.length; index++) {
          const token = tokens[index]
          if (!usPartyWords.has(token.value) || flagged.has(token)) continue
          const next = index + 1 < tokens.length && isPlainGap(tokens[index + 1].before) ? tokens[index + 1] : undefined
          const previous = isPlainGap(token.before) ? tokens[index - 1] : undefined
          const adjective = /^(?:republican|democratic)$/.test(token.value) && next !== undefined && usPartyHeads.has(next.value)
          const noun = /^(?:democrats?|republicans?)$/.test(token.value) && previous !== undefined && usPartyRanks.has(previous.value)
          if (!adjective && !noun) continue
          const expected = capitalize(token.value)
          reportWord(token, sentence, token.value, expected, 'a party’s name is capitalised')
        }
      }
    }

    // A word English knows only as a proper noun, written in lower case (`the nazi regime`, `since brexit`): not in
    // the names dictionary, but no less a name. (Not in a transcript that lost its capitals, nor at a sentence's
    // start, which `case` reports.)
    if (!uncapitalised) {
      // (Not inside a span already reported: `helena marchetti` is one person's name.)
      const covered = (offset: number) => file.messages.some((message) => {
        const range = rangeOf(message)
        return range !== undefined && range[0] <= offset && offset < range[1]
      })
      for (const sentence of document.sentences) {
        const tokens = sentence.tokens
        for (let index = 0; index < tokens.length; index++) {
          const token = tokens[index]
          if (!onlyProperFact.of(token.baseInfo) || token.sentenceInitial || index === 0 || flagged.has(token) || /[#@/.]$/.test(token.before)) continue
          if (index + 1 < tokens.length && /^[/.@]/.test(tokens[index + 1].before)) continue
          const expected = capitalize(token.base)
          if (names.accepted.has(token.baseKey) || covered(token.start)) continue
          reportWord(token, sentence, token.base, expected, 'a proper noun is capitalised')
        }
      }
    }
  }
)

/** Words that say which party or body (`the ruling …`, `the main opposition …`). */
const whichWords = new Set(['ruling', 'governing', 'main', 'opposition', 'former', 'new', 'rival', 'junior', 'senior', 'coalition', 'conservative', 'centrist', 'nationalist', 'leftist', 'rightist', 'populist'])

/** Does `the` and one or two words that say which stand right before `tokens[from]`? */
function afterArticle(tokens: Token[], from: number): boolean {
  let at = from - 1
  let words = 0
  while (at >= 0 && words < 2 && whichWords.has(tokens[at].key) && isPlainGap(tokens[at + 1].before)) {
    at--
    words++
  }
  return words > 0 && at >= 0 && tokens[at].key === 'the' && isPlainGap(tokens[at + 1].before)
}

/** Prepositions before a sea or a strait (`through the black sea`, `off the horn of africa`). */
const waterPrepositions = new Set(['in', 'from', 'to', 'near', 'across', 'through', 'into', 'off', 'over', 'along', 'beyond', 'towards', 'toward'])

/** Last words of the names of seas, straits, deserts and the like (`the red sea`, `the taiwan strait`). */
const geographicHeads = new Set(['sea', 'seas', 'ocean', 'gulf', 'strait', 'straits', 'bay', 'channel', 'canal', 'desert', 'peninsula', 'mountains', 'river', 'lake', 'islands', 'archipelago', 'horn', 'basin', 'delta'])

/** Last words of what a nationality describes in lower case (`the Russian central bank`, `the Chinese foreign ministry`). */
const describableHeads = new Set(['bank', 'ministry', 'government', 'parliament', 'army', 'navy', 'force', 'forces', 'court', 'police', 'guard', 'embassy',
  'cabinet', 'agency', 'service', 'services', 'office', 'authorities', 'military', 'coast', 'airline', 'carrier', 'presidency', 'regulator', 'prosecutor', 'prosecutors',
  'legislature', 'senate', 'treasury', 'mission', 'delegation', 'side', 'team', 'squad', 'federation', 'league', 'statistics', 'institute', 'council', 'committee', 'commission',
  'exchange', 'bourse'])

/** Heads that describe what any country or people has (`the government of Japan`, `the people of Gaza`): lower case is no slip. */
const descriptiveHeads = new Set(['government', 'governments', 'parliament', 'people', 'peoples', 'president', 'presidency', 'king', 'queen', 'army', 'military',
  'navy', 'police', 'economy', 'capital', 'coast', 'territory', 'state', 'states', 'embassy', 'embassies', 'consulate', 'constitution', 'cabinet', 'leader', 'leaders',
  'ministry', 'ministries', 'foreign', 'central', 'national', 'prime', 'head', 'heads', 'republic', 'kingdom', 'city', 'province', 'region', 'gulf', 'sea', 'friends', 'union',
  'office', 'offices'])

function afterOtherName(match: NameMatch, ref: FormRef, tokens: Token[]): boolean {
  const previous = neighbour(tokens, match.from, -1)
  if (!previous || previous.sentenceInitial || !/^\p{Lu}\p{Ll}/u.test(previous.value) || previous.base !== previous.value) return false
  if (contextData().titles.has(previous.value.toLowerCase().replace(/\.$/, ''))) return false
  const given = ref.entry.given || splitForm(ref.entry.name).slice(0, -1)
  return !given.some((name) => name === previous.value || fold(name) === fold(previous.value))
}

/** Are the words at these offsets of the match all ordinary English words? */
function allWrongCommon(match: NameMatch, offsets: number[]): boolean {
  return offsets.every((offset) => isCommonWord(writtenAt(match.sentence.tokens, match, offset)))
}

/** A nationality or a place adjective (`Russian`, `Iranian`, `Chinese`, `Turkish`). */
function isDemonymLike(word: string): boolean {
  return /^\p{Lu}\p{Ll}+(?:an|ese|ish|i|ic)$/u.test(word) && isKnownProper(word)
}

/** Words an acronym skips (`Ministry of Foreign Affairs (MFA)`). */
const acronymJoiners = new Set(['of', 'and', 'for', 'the', 'on', 'in', '&'])

/** Head nouns of institutions' names. */
const institutionHeads = new Set(
  [...wordList('case', 'institution_heads'), ...wordList('case', 'short_forms'), ...wordList('case', 'acronym_heads')].map((word) => word.toLowerCase())
)

/** Adverbs between an institution and what it does (`the state department also noted`). */
const institutionAdverbs = new Set(['also', 'later', 'then', 'again', 'previously', 'earlier', 'separately', 'repeatedly',
  'already', 'now', 'just', 'still', 'since', 'recently', 'formally', 'officially', 'not',
  // (…or an auxiliary: `the white house has said`, `the state department will announce`.)
  'has', 'have', 'had', 'will', 'would', 'is', 'was'])

/** Verbs an institution does in the news. */
const institutionVerbs = wordList('speech', 'institution_verbs')
const demonymHeads = wordList('case', 'demonym_heads')
const usPartyWords = wordList('case', 'us_party_words')
const usPartyHeads = wordList('case', 'us_party_heads')
const usPartyRanks = wordList('case', 'us_party_ranks')
/** Capitalised words that put an article in US politics. */
const usPoliticsWords = /\b(?:Republicans?|Democrats?|Democratic|Congress|Senate|GOP)\b/

/** Prepositions that put a place after them, and words that may follow the place in the same clause. */
const placePrepositions = new Set(['in', 'from', 'to', 'near', 'outside', 'across', 'throughout', 'visited', 'visiting'])
const placeFollowers = new Set(['on', 'last', 'this', 'next', 'earlier', 'later', 'since', 'until', 'during', 'today', 'yesterday', 'tomorrow'])

/** Verbs a country opening a sentence goes on with (`china is on schedule`). */
const placeAuxiliaries = new Set(['is', 'was', 'has', 'had', 'will', 'would', 'can', 'could', 'must', 'should', 'remains', 'wants', 'needs'])

/** Prepositions after an institution at the end of `at the …` that take the clause on (`at the white house with the advice of`). */
const clauseGoesOn = new Set(['with', 'for', 'during', 'after', 'before', 'over', 'about', 'until', 'by'])

/**
 * Is the word in lower case one English knows only as a proper noun (`nazi`, `brexit`), no article or particle of another
 * language (`de los`, `Piazza della`)? Answered once per distinct word.
 */
const onlyProperFact = new WordFact<boolean>((value) => /^\p{Ll}{3,}$/u.test(value) && !nameParticles.test(value) && !foreignArticles.has(value) &&
  isKnownProper(capitalize(value)) && !isCommonWord(value) && !isListedWord(value))

/** Articles and particles of other languages that English word lists know only as names (`Los`, `Les`). */
const foreignArticles = new Set(['los', 'las', 'les', 'des', 'dei', 'degli', 'delle', 'della', 'dello', 'die', 'das', 'und', 'por', 'para', 'une', 'est'])

/** Words for any kind of body, which name one institution only with a capital (`the congress` of a party). */
const genericBodies = new Set(['congress', 'assembly', 'council', 'parliament', 'court', 'commission', 'committee', 'cabinet', 'government', 'diet'])

/** Participles a name opens a compound with (`British-designed`, `Moscow-based`). */
const compoundParticiples = new Set(['made', 'built', 'designed', 'based', 'backed', 'led', 'owned', 'born', 'speaking', 'style', 'funded', 'brokered',
  'controlled', 'occupied', 'run', 'trained', 'supplied', 'produced', 'manufactured', 'sponsored', 'registered', 'flagged', 'listed', 'educated', 'allied', 'aligned', 'leaning'])

/** Commodities a country's industry is named by (`U.S. steel`, `British gas`), also words of companies' names. */
const commodities = new Set(['steel', 'gas', 'oil', 'coal', 'aluminum', 'aluminium', 'gold', 'copper', 'power', 'energy', 'sugar', 'grain', 'wheat', 'cotton', 'nickel', 'iron', 'petroleum', 'telecom'])

/** Words for a government named after its head (`the Maduro government`). */
const governmentWords = new Set(['government', 'cabinet', 'regime'])

/** Roles of heads of state or government. */
const headRole = /\b(?:president|prime minister|premier|chancellor|king|emir|head of state|head of government|supreme leader)\b/i

/** Numbers in words, for spans of time (`four days later`). */
const numberWords = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'a', 'several', 'few'])
const timeUnits = new Set(['hours', 'days', 'weeks', 'months', 'years', 'hour', 'day', 'week', 'month', 'year'])

/** Does a time follow the word at `index` (`on Thursday`, `last week`, `this morning`, `four days later`)? */
function beforeTime(tokens: Token[], index: number): boolean {
  const next = neighbour(tokens, index, 1)
  if (!next) return false
  const word = next.value.toLowerCase()
  if (word === 'last' || word === 'this' || word === 'next' || word === 'earlier' || word === 'later' || word === 'today' || word === 'yesterday') return true
  if (numberWords.has(word) || /^\d+$/.test(word)) {
    const unit = neighbour(tokens, index + 1, 1)
    const after = unit && timeUnits.has(unit.value) ? neighbour(tokens, index + 2, 1) : undefined
    return after !== undefined && /^(?:later|earlier|ago|after|before)$/.test(after.value)
  }
  if (word !== 'on') return false
  const when = neighbour(tokens, index + 1, 1)
  return when !== undefined && (contextData().weekdays.has(when.value) || contextData().months.has(when.value) || /^\d/.test(when.value))
}


/** The word before or after `index` across white space (and transcript timestamps), if any. */
function neighbour(tokens: Token[], index: number, direction: 1 | -1): Token | undefined {
  let at = index
  for (;;) {
    const gapOwner = direction === 1 ? tokens[at + 1] : tokens[at]
    const candidate = tokens[at + direction]
    if (!candidate || !gapOwner || !/^\s+$/.test(gapOwner.before)) return undefined
    if (!isTimestamp(candidate.value)) return candidate
    at += direction
  }
}

/** Does the written text fit this accepted form (allowing all caps and capitalised particles)? */
function fits(ref: FormRef, tokens: Token[], match: NameMatch): boolean {
  return ref.tokens.every((expected, offset) => {
    const written = writtenAt(tokens, match, offset)
    const form = expected.replace(/\.$/, '')
    if (written === form || isAllCaps(written)) return true
    // `the Telegraph`, `the Hague` in running text.
    if (offset === 0 && form === 'The' && written === 'the' && ref.tokens.length > 1) return true
    // Over-capitalised particle or first letter (`Da Silva`, headline case): a style choice, not an error.
    return written.toLowerCase() === form.toLowerCase() && !(/^\p{Ll}/u.test(written) && /^\p{Lu}/u.test(form)) && written.slice(1) === form.slice(1)
  })
}

/** Prefer the canonical form, then the form closest to what is written. */
function best(refs: FormRef[], tokens: Token[], match: NameMatch): FormRef {
  let chosen = refs[0]
  let score = -1
  for (const ref of refs) {
    let value = ref.kind === 'canonical' ? 0.5 : 0
    ref.tokens.forEach((token, offset) => {
      if (token === writtenAt(tokens, match, offset)) value++
    })
    if (value > score) {
      score = value
      chosen = ref
    }
  }
  return chosen
}

/** Lower-case particles that belong in names (`Ursula von der Leyen`, `Jorge da Silva`). */
const nameParticles = /^(?:von|van|der|den|de|da|do|dos|das|di|du|del|della|la|le|al|el|bin|ibn|ben|bint|ter|ten|af|av)$/

/** Latin and Romance words English prose uses in lower case that are also given names elsewhere (`per annum`). */
const latinWords = new Set(['per', 'via', 'pro', 'con', 'bona', 'vice', 'versa'])

/** Nouns of the roles people hold, to recognise a name set off beside one. */
const roleNouns = new Set(['president', 'leader', 'head', 'chairman', 'chairwoman', 'chair', 'founder', 'minister', 'secretary', 'director',
  'chief', 'spokesman', 'spokeswoman', 'spokesperson', 'governor', 'executive', 'commissioner', 'ambassador', 'judge', 'mayor', 'coach', 'manager', 'captain', 'deputies', 'premier', 'chancellor', 'envoy'])

/**
 * Are `tokens[from..to]` set off by commas beside a role (`The head of the operator, beatriz corredor,`,
 * `with klaus schwab, the forum's founder,`)? A role noun within five words of the same clause before, or
 * after a comma right after the name.
 */
function appositiveOfRole(tokens: Token[], from: number, to: number): boolean {
  if (from === 0 || !/^,[ \t]+$/.test(tokens[from].before)) {
    // …or the role follows: `with klaus schwab, the forum's founder`.
    if (to + 1 >= tokens.length || !/^,[ \t]+$/.test(tokens[to + 1].before)) return false
    for (let at = to + 1; at < tokens.length && at <= to + 5; at++) {
      if (at > to + 1 && !isPlainGap(tokens[at].before)) return false
      if (roleNouns.has(tokens[at].base.toLowerCase())) return true
    }
    return false
  }
  // The name ends its stretch of the sentence: a comma or the end after it.
  if (to + 1 < tokens.length && !/^[ \t]*[,;:.)]/.test(tokens[to + 1].before)) return false
  for (let at = from - 1; at >= 0 && at >= from - 5; at--) {
    if (roleNouns.has(tokens[at].base.toLowerCase())) return true
    if (!isPlainGap(tokens[at].before)) return false
  }
  return false
}

/** Modal verbs some surnames spell (`May`). */
const modals = new Set(['may', 'might', 'must', 'will', 'shall', 'can'])

/** Titles that are jobs, not offices: before an ordinary word they need more than themselves (`the Coach won`). */
const jobTitles = new Set(['coach', 'striker', 'defender', 'manager', 'analyst', 'economist', 'historian', 'colleague', 'journalist', 'founder', 'official', 'leader', 'chief', 'ceo', 'aide', 'negotiator', 'captain', 'capt'])

/** Kinds of bodies and events a name may follow in lower case (`the operation Baltic Sentry`). */
const kindNouns = new Set(['operation', 'mission', 'exercise', 'campaign', 'programme', 'program', 'project', 'initiative', 'newspaper', 'daily',
  'weekly', 'magazine', 'agency', 'channel', 'broadcaster', 'company', 'firm', 'group', 'movement', 'coalition', 'alliance', 'festival', 'tournament'])

/** Words after a name that any group has too (`the white team`, `the green camp`, `a new era`). */
const groupWords = new Set(['team', 'camp', 'era', 'allies', 'supporters', 'staff', 'officials', 'official', 'cabinet', 'government'])

/** Generic last words many house styles (AP among them) keep in lower case after a name: `the Congress party`, `the Paris agreement`. */
const lowerHeads = new Set(['party', 'agreement', 'agreements', 'accord', 'accords', 'treaty', 'deal', 'pact', 'summit', 'talks', 'prison', 'jail', 'year'])

function describe(ref: FormRef): string {
  const kinds: Record<string, string> = {
    person: 'a person’s name',
    organization: 'an institution’s name',
    media: 'a publication’s name',
    place: 'a place name',
    demonym: 'a nationality or a language',
    event: 'the name of an event',
    product: 'a product name',
    other: 'a name'
  }
  return kinds[ref.entry.type] + ' is capitalised'
}
