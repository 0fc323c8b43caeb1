import type {Paragraph} from 'nlcst'
import {defineRule} from '../src/rule.js'
import {placeOf} from '../src/util/place.js'
import {isCommonWord, isKnownProper, isVerb} from '../src/lexicon.js'
import {contextData} from '../src/context-data.js'
import {documentNames} from '../src/names/match.js'
import {abbreviations, doubleQuote, insideQuote, quotePair, unpunctuatedTranscript} from '../src/util/prose.js'
import {lastAtOrBefore} from '../src/util/search.js'
import {attributionBefore, folded, hasFirstOrSecondPerson, isReportingVerb, reportingVerbs, reports} from '../src/util/speech.js'
import {isAllCaps, isCapitalized, isLowercase, isPlainGap, isTimestamp, type SentenceInfo, type Token, withWord} from '../src/util/words.js'
import {wordList} from '../src/word-lists.js'

/**
 * `unquoted-quote`: direct speech whose quotation marks were lost.
 *
 * - Attribution first: a reporting verb (or `According to X`) with a comma or
 *   colon, then a capitalised sentence in the speaker's voice: `The minister
 *   declared, We will not retreat.`, `she said: We were not ready.`
 * - Speech first: a sentence in the first or second person closed by a bare
 *   attribution: `We will brief you soon, the spokesman said.`
 *
 * Evidence besides the shape: a first- or second-person pronoun in the
 * speech, or a capitalised ordinary word where prose would continue in lower
 * case (`According to Jones, Therefore, …`). Indirect speech (`said that`,
 * `said the outlook was uncertain`), text already inside quotation marks,
 * labels (`Source:`), interview speaker labels and proper nouns after an
 * introductory phrase (`In Moscow, Russia announced`) stay silent. The
 * suggestion wraps the speech in the article's own quotation marks; where
 * the speech ends is a judgement, so the fix is not applied unattended.
 */
export default defineRule(
  {
    id: 'unquoted-quote',
    description: 'Direct speech without quotation marks.',
    defaultSeverity: 'warn',
    fixSafe: false
  },
  function (tree, file, {text, names, settings}) {
    const [open, close] = quotePair(text, settings)
    const {sentences, matches} = documentNames(tree, text, names)
    const inName = new Set<Token>()
    for (const match of matches) {
      if (match.accepted.length === 0 && match.wrong.length === 0) continue
      for (let index = match.from; index <= match.to; index++) inName.add(match.sentence.tokens[index])
    }
    const context = contextData()
    const reported = new Set<SentenceInfo>()
    // Spans reported, start and end one after the other (a transcript is one long sentence: more than one speech in it).
    const emitted: number[] = []
    const insideEmitted = (offset: number): boolean => {
      for (let at = 0; at < emitted.length; at += 2) if (offset >= emitted[at] && offset < emitted[at + 1]) return true
      return false
    }

    for (const group of byParagraph(sentences)) {
      const paragraphStart = group[0].start
      // Attribution first.
      for (let s = 0; s < group.length; s++) {
        const sentence = group[s]
        const tokens = sentence.tokens
        for (let index = 1; index < tokens.length; index++) {
          const first = tokens[index]
          // An attribution ends in a comma or a colon right before the speech.
          if (first.before.indexOf(',') === -1 && first.before.indexOf(':') === -1) continue
          const lower = !/^\p{Lu}/u.test(first.value)
          // A lower-case start counts only where the words themselves are speech (`said, we will…`,
          // `said, the economy is resilient and we have room…`), never `said, however,` or `said, adding`.
          if (lower && (notOpeners.has(first.key) || /ing$/.test(first.value))) continue
          const attribution = attributionBefore(tokens, index)
          if (!attribution) continue
          if (insideQuote(text, paragraphStart, attribution.verb.start)) continue
          const speechTokens = tokens.slice(index)
          // (The parser may keep the next sentence on, where it starts in lower case: `…close a deal. he also said`; the speech
          // ends at that full stop.)
          const sentenceEnd = gluedEnd(text, first.start, endOf(sentence))
          if (doubleQuote.test(text.slice(attribution.verb.start, sentenceEnd))) continue
          if (speechTokens.length < 3) continue
          // A name or a title after the colon of a headline (`…: Ministry of External Affairs`) is no speech.
          if (speechTokens.every((token) => /^\p{Lu}/u.test(token.value) || nameJoiners.has(token.value))) continue
          const opener = tokens[0].key
          // (…unless the words are the speaker's own, in the first person: `As one governor put it to me, We are …`.)
          if (['as', 'like', 'unlike', 'just'].includes(opener) && attribution.kind === 'verb' && !(/^puts?$/.test(attribution.verb.key) && hasFirstOrSecondPerson(tokens.slice(index)))) continue
          // A verb inside a clause of condition or time is no attribution (`If the EU insists on this path, China will …`).
          if (attribution.kind === 'verb' && subordinators.has(clauseStart(tokens, tokens.indexOf(attribution.verb)).key)) continue
          if (context.months.has(first.value) || context.weekdays.has(first.value)) continue
          const voice = hasFirstOrSecondPerson(speechTokens)
          // (A capital after the comma may start a name, `said, President Trump …`; a word no name starts with opens a
          // clause whatever follows it: `said, Neither President Trump nor …`.)
          const common = ordinary(first) && (speechOpeners.has(first.value) || !(index + 1 < tokens.length && /^\p{Lu}/u.test(tokens[index + 1].value) && !voice))
          const verb = attribution.verb.key
          // `Aoun added: Lebanon is committed…`, `Ruto noted during a visit to Nairobi: Kenya is ready…`: a colon
          // closing a reporting verb (and where it was said) opens direct speech.
          const colonAfterVerb = attribution.kind === 'verb' && attribution.mark === ':'
          // `said to the players in the dressing room, enjoy it tonight`: an order or a wish to the people it was said
          // to is their words, not a report of them.
          const verbAt = tokens.indexOf(attribution.verb)
          const addressed = attribution.kind === 'verb' && /(?:said|told)$/.test(verb) && index - verbAt > 1 && (verb === 'told' || tokens[verbAt + 1].key === 'to')
          // (A verb and its object: `enjoy it`, `watch what we do`, `see you in Australia`.)
          const imperative = lower && addressed && (isVerb(first.key) || orderVerbs.has(first.key)) && !notImperatives.has(first.key) && !functionWords.has(first.key) &&
            speechTokens.length >= 3 && isPlainGap(speechTokens[1].before) && imperativeObjects.has(speechTokens[1].key)
          let evidence = imperative || (lower
            ? attribution.kind === 'verb' && namedSpeaker(tokens, verbAt) && !parenthetical(tokens, verbAt) &&
              (firstOrSecond.has(first.key) ||
                // `remarked, there is …`, `told reporters at the airport, there is …`.
                (lowerOpeners.has(first.key) && index + 1 < tokens.length && presentVerbs.has(tokens[index + 1].key)) ||
                // The speaker's own `we`/`our` within the clause, and a present or future verb.
                (hasFirstOrSecondPerson(speechTokens.slice(0, 16)) && speakerPresent(speechTokens.slice(0, 16))) ||
                // `Baghaei said, the other side chose …`: a whole clause right after `said,` (indirect
                // speech would read `said the other side chose` or `said that …`).
                // (A verb in the present, `he notes, the White House has …`, is an analyst's view paraphrased.)
                (articles.has(first.key) && verbAt === index - 1 && attribution.mark === ',' && speechTokens.length >= 6 && !/s$/.test(attribution.verb.value)))
            : voice || common || (colonAfterVerb && speechTokens.length >= 5) ||
              // `Zakharova said, Brussels should understand …`: a name and its verb right after `said,` (indirect speech
              // has no comma: `said Brussels should …`).
              // (…also after where or when it was said, `said on Monday, China can …`, `told parliament last month, Ethiopia will …`.)
              (attribution.kind === 'verb' && attribution.mark === ',' && verbAt >= index - 5 && speechTokens.length >= 6 &&
                namedSpeaker(tokens, verbAt) && !parenthetical(tokens, verbAt) && isPlainGap(speechTokens[1].before) &&
                (modalVerbs.has(speechTokens[1].key) || nameVerbs.has(speechTokens[1].key) ||
                  // (…or a verb in the present after the name: `told reporters, Russia wants to …`.)
                  (isLowercase(speechTokens[1].value) && /^\p{Ll}{3,}s$/u.test(speechTokens[1].key) && !/ss$/.test(speechTokens[1].key) && isVerb(speechTokens[1].key.slice(0, -1)) &&
                    isCapitalized(first.value) && !articles.has(first.key)) ||
                  // …or `The` and a clause in the present (`Malhotra said, The Indian economy remains resilient`).
                  (first.key === 'the' && speechTokens.slice(2, 6).some((token) => isLowercase(token.value) && (modalVerbs.has(token.key) || presentVerbs.has(token.key) ||
                    (token.key.length > 3 && token.key.endsWith('s') && !token.key.endsWith('ss') && isVerb(token.key.slice(0, -1))))))) ||
                // …or `The` and a clause that comes to the speaker's present or a modal within its first twelve words, with no
                // one else reporting in them (`told reporters in Tehran, The Europeans chose this path, and they must …`).
                (first.value === 'The' && speechTokens.length >= 8 && !speechTokens.slice(0, 12).some((token) => reports(token)) &&
                  speechTokens.slice(2, 12).some((token) => isLowercase(token.value) && modalVerbs.has(token.key) && token.key !== 'has' && token.key !== 'is'))))
          if (!evidence && !lower && attribution.kind === 'verb' && speechOnlyVerbs.has(verb) && attribution.mark === ',') {
            // `remarked, Russians expect…`: a verb that only reports speech, a bare comma, then a clause
            // (not `Fighting continued, Ukrainian officials said`).
            evidence =
              speechTokens.length >= 4 &&
              isPlainGap(speechTokens[1].before) &&
              !speechTokens.slice(0, 5).some((token) => reports(token))
          }
          if (!evidence) continue
          // Run on through following sentences in the same voice.
          let last = s
          while (last + 1 < group.length && continues(group[last + 1], text)) last++
          const start = first.start
          const end = last === s ? sentenceEnd : endOf(group[last])
          for (let k = s; k <= last; k++) reported.add(group[k])
          const speech = text.slice(start, end)
          emit(start, end, open + (lower ? speech.charAt(0).toUpperCase() + speech.slice(1) : speech) + close, sentence)
          break
        }
      }
      // Speech first, attribution after: `We will brief you, Peskov said.`
      for (let s = 0; s < group.length; s++) {
        const sentence = group[s]
        if (reported.has(sentence)) continue
        // (An attribution needs a reporting verb: most sentences have none, and need no closer look.)
        if (!hasReportingVerb(sentence.tokens)) continue
        const words = beforeParticipleClause(untilGluedVerb(sentence.tokens))
        const tail = trailingAttribution(words)
        if (!tail) continue
        let speech = words.slice(0, tail.from)
        // The speech starts after the last full stop of an abbreviation the parser kept in the sentence
        // (`…before Oct. 7. We will act …, Katz said.`).
        // …or after a full stop glued to the next sentence (`…from the Strip.We will not …, Abdelatty said`).
        let restart = lastInnerStart(speech)
        if (restart > 0) speech = speech.slice(restart)
        else {
          const glued = lastGluedStart(speech)
          if (glued >= 0) {
            const token = speech[glued]
            const cut = token.value.indexOf('.') + 1
            speech = [withWord(token, token.value.slice(cut), token.base.slice(cut), {start: token.start + cut, before: ''}), ...speech.slice(glued + 1)]
            restart = glued + 1
          }
        }
        if (speech.length < 4) continue
        if (!/^\p{Lu}/u.test(speech[0].value) || !(speech[0].sentenceInitial || restart > 0)) continue
        // (`As Lavrov said, …` is the narrator citing someone; `As soon as they arrive, …` may be the speech.)
        if (['as', 'like', 'unlike', 'according'].includes(speech[0].key) && citesSomeone(speech)) continue
        let first = s
        while (restart === 0 && first - 1 >= 0 && !reported.has(group[first - 1]) && continues(group[first - 1], text)) first--
        // The speaker's voice in the closing sentence, or in the sentences of the same speech before it
        // (`Our country has always … . Kazakhstan is ready …, Tokayev said.`).
        // (…or two clauses run together with a comma, as speech is and edited paraphrase is not: `The work starts now,
        // the details come later, she said.`)
        // (…or a direct question or exclamation right before the attribution, which indirect speech cannot be:
        // `What are they waiting for? she asked.`)
        const speechEnd = speech[speech.length - 1].end
        const gap = text.slice(speechEnd, words[tail.from].start)
        const direct = /^[?!]+\s+$/.test(gap)
        if (!hasFirstOrSecondPerson(speech) && first === s && !commaSplice(speech) && !direct) continue
        const start = restart > 0 ? speech[0].start : group[first].tokens[0].start
        // (Quotation marks in a clause after the attribution quote something else: `…, Lavrov said, adding that … "in advance."`)
        if (insideQuote(text, paragraphStart, start) || doubleQuote.test(text.slice(start, words[words.length - 1].end))) continue
        if (/["“”'‘’«»]\s*$/.test(speech[0].before) || /^[\s(]*$/.test(sentence.tokens[0].before) === false) continue
        const attributionEnd = words[words.length - 1].end
        const punctuation = gap.includes(',') ? ',' : direct ? gap.trim() : ''
        const replacement = open + text.slice(start, speechEnd) + punctuation + close + ' ' + text.slice(words[tail.from].start, attributionEnd)
        emit(start, attributionEnd, replacement, sentence)
      }
    }

    // Transcripts without punctuation: `he told reporters I think …`, `she wrote I believe …`: the
    // speaker's own `I` right after a third person's reporting verb is where the speech begins. (In a transcript that
    // lost all its punctuation, `we` too, before a verb in the speaker's tense: `Zelensky said we have agreed`.)
    const transcript = unpunctuatedTranscript(tree, text)
    for (const sentence of sentences) {
      if (reported.has(sentence) && !transcript) continue
      const tokens = sentence.tokens
      for (let index = 2; index + 2 < tokens.length; index++) {
        const pronoun = tokens[index]
        // (The verb may come after a caption's timestamp.)
        const after = isTimestamp(tokens[index + 1].value) && index + 2 < tokens.length ? tokens[index + 2] : tokens[index + 1]
        const own = pronoun.value === 'I' ? speakerVerbs.has(after.value) : transcript && pronoun.value === 'we' && /^\p{Ll}/u.test(after.value) && !reportedTense.has(after.value)
        if (!own || !isPlainGap(pronoun.before) || insideEmitted(pronoun.start)) continue
        // (`has said we have …` reports a colleague in the speaker's own `we`.)
        if (pronoun.value === 'we' && index >= 2 && /^(?:has|have|had)$/.test(tokens[index - 2].value)) continue
        const verbIndex = unpunctuatedAttribution(tokens, index)
        // (Captions may garble the speaker's name itself: a capitalised name a few words before the verb will do,
        // `spokesperson Vincent mag when ya told reporters we …`.)
        if (verbIndex === undefined || !(namedSpeaker(tokens, verbIndex) || (transcript && nameShortlyBefore(tokens, verbIndex)))) continue
        const start = pronoun.start
        const end = captionLineEnd(text, start, endOf(sentence))
        if (insideQuote(text, sentence.paragraph?.position?.start.offset ?? sentence.start, start) || doubleQuote.test(text.slice(tokens[verbIndex].start, end))) continue
        reported.add(sentence)
        emit(start, end, open + text.slice(start, end) + close, sentence)
        // (The speech ends with the sentence, or with its caption line: then the next line may report more.)
        while (index + 1 < tokens.length && tokens[index + 1].start < end) index++
      }
    }

    // `…said on Monday, and I quote, we will not give up … End of quote.`: the speaker marks the speech.
    // (…or `I'm quoting him`: `the president told me, and I'm quoting him, we are closer …`.)
    for (const marker of text.matchAll(/\bI(?: quote|['’]m quoting (?:him|her|them)| am quoting (?:him|her|them))[,:]?[ \t]+/g)) {
      const start = marker.index + marker[0].length
      if (/^["“”'‘«]/.test(text.charAt(start))) continue
      const found = sentences[lastAtOrBefore(sentences.length, (at) => sentences[at].start <= start)]
      const sentence = found && start < found.end ? found : undefined
      if (!sentence || reported.has(sentence)) continue
      // The speech runs to `end of quote` (or `unquote`), or else to the end of the sentence.
      const rest = text.slice(start, Math.min(text.length, start + 600))
      const closing = /[ \t]*(?:[.,]?[ \t]*(?:[Ee]nd of quote|[Ee]nd quote|[Uu]nquote|[Cc]lose quote))/.exec(rest)
      const sentenceEnd = endOf(sentence)
      let end = closing ? start + closing.index : sentenceEnd
      if (end > sentenceEnd && !closing) end = sentenceEnd
      // (In captions, the speech ends with its line where a timestamp follows.)
      if (!closing) end = captionLineEnd(text, start, end)
      const speech = text.slice(start, end).replace(/[ \t]+$/, '')
      if (speech.split(/\s+/).length < 3 || doubleQuote.test(speech)) continue
      end = start + speech.length
      reported.add(sentence)
      emit(start, end, open + speech.charAt(0).toUpperCase() + speech.slice(1) + close, sentence)
    }

    // `…told reporters on Monday that we will not let …`: indirect speech that kept the speaker's `we` or `I`
    // and a verb in the speaker's tense is the speech itself with its quotation marks lost.
    for (const sentence of sentences) {
      if (reported.has(sentence)) continue
      const tokens = sentence.tokens
      for (let index = 2; index + 2 < tokens.length; index++) {
        if (tokens[index].value !== 'that' || !isPlainGap(tokens[index].before)) continue
        const pronoun = tokens[index + 1]
        const verb = tokens[index + 2]
        if (!(pronoun.value === 'we' || pronoun.value === 'I') || !isPlainGap(pronoun.before) || !isPlainGap(verb.before) || !speakerTense.has(verb.value)) continue
        // A reporting verb of a third person before it, with nothing but words between (`Lubio told reporters in Washington on Monday that`).
        let verbAt = -1
        for (let back = index - 1; back >= 0 && back >= index - 9; back--) {
          if (back < index - 1 && !isPlainGap(tokens[back + 1].before)) break
          if (reports(tokens[back]) && /^\p{Ll}/u.test(tokens[back].value)) {
            verbAt = back
            break
          }
        }
        // (A named speaker: after `he said that we`, the `we` may be everyone's, `we are all the same`.)
        if (verbAt < 1 || !namedSpeaker(tokens, verbAt) || !/^\p{Lu}\p{Ll}/u.test(tokens[verbAt - 1].value) || ['He', 'She', 'They', 'We', 'It'].includes(tokens[verbAt - 1].value)) continue
        const start = pronoun.start
        const end = endOf(sentence)
        const speech = text.slice(start, end).replace(/[.?!]+$/, '')
        if (doubleQuote.test(speech) || insideQuote(text, sentence.paragraph?.position?.start.offset ?? sentence.start, start)) continue
        reported.add(sentence)
        emit(start, start + speech.length, open + speech + close, sentence)
        break
      }
    }

    function emit(start: number, end: number, replacement: string, sentence: SentenceInfo): void {
      emitted.push(start, end)
      const actual = text.slice(start, end)
      const message = file.message('Unexpected unquoted speech `' + short(actual) + '`, expected `' + short(replacement) + '`: direct speech needs quotation marks', {
        place: placeOf(file, start, end),
        ancestors: [sentence.node]
      })
      message.actual = actual
      message.expected = [replacement]
      message.note = 'Check where the quotation ends before applying.'
    }

    /** Is this a capitalised ordinary word, not a name? */
    function ordinary(token: Token): boolean {
      const value = token.value
      if (isAllCaps(value) || inName.has(token)) return false
      // (`No` is also nobelium's symbol to the dictionary.)
      if (value === 'I' || speechOpeners.has(value)) return true
      return isCommonWord(value) && !isKnownProper(value)
    }
  }
)

/** Capitalised words that open a clause and never a name. */
const speechOpeners = new Set(['Neither', 'Either', 'There', 'It', 'Nobody', 'Nothing', 'Everything', 'Everyone', 'Nowhere', 'Whatever', 'Whoever', 'No'])

/** Lower-case words inside names and titles (`Ministry of External Affairs`). */
const nameJoiners = new Set(['of', 'and', 'the', 'for', 'on', 'in', 'de', 'al', 'to'])

/** Lower-case words that may open speech after `said,`: the speaker's own pronouns, and `there is`/`it is`. */
const firstOrSecond = new Set(['we', 'i', 'our', 'my', 'you', 'your', 'us'])
const lowerOpeners = new Set([...firstOrSecond, 'there', 'it', 'this', 'nothing', 'everything'])
/** Articles and demonstratives that may open a clause of speech after `said,`. */
const articles = new Set(['the', 'a', 'an', 'this', 'these', 'those'])
/** Lower-case words after `said,` that continue the narration, not the speech. */
const notOpeners = new Set(['however', 'though', 'although', 'adding', 'citing', 'according', 'that', 'which', 'who', 'whose', 'when', 'while', 'as', 'in', 'on', 'at', 'for', 'after', 'before', 'because', 'since', 'without', 'with', 'and', 'but', 'or', 'nor', 'so', 'then', 'also', 'too', 'again', 'instead', 'meanwhile', 'noting', 'referring'])
/** Present and future verbs that keep a clause in the speaker's tense (`there is`, `it will`). */
/** Verbs of orders the lexicon does not know by their `-ing` form. */
const orderVerbs = new Set(['see', 'go', 'come', 'tell', 'give', 'take', 'get', 'let', 'stop', 'look', 'listen', 'remember', 'stay', 'keep', 'be'])

/** What an order's verb takes right after it (`enjoy it`, `keep it simple`, `watch what we do`). */
const imperativeObjects = new Set(['it', 'them', 'me', 'us', 'you', 'your', 'yourself', 'yourselves', 'this', 'that', 'what', 'the', 'a', 'our', 'my', 'his', 'her',
  'their', 'everything', 'nothing', 'calm', 'focused', 'going', 'up', 'out', 'back', 'away', 'home', 'ready', 'strong', 'together'])

/** Function words, which no order starts with. */
const functionWords = wordList('case', 'function_words')

/** Words that open a clause as a noun or an auxiliary more often than as an order (`hope is not a plan`). */
const notImperatives = new Set(['hope', 'need', 'like', 'mind', 'fear', 'love', 'record', 'rest', 'plan', 'work', 'time', 'process', 'progress', 'will', 'can', 'may',
  'must', 'do', 'does', 'have', 'has', 'was', 'were', 'is', 'are', 'say', 'says', 'think', 'mean', 'well', 'yes', 'no', 'thank', 'thanks', 'sorry', 'bear'])

/** Present verbs right after a name that opens speech (`said, Morocco does not …`, `said, Brussels can …`). */
const nameVerbs = new Set(['does', "doesn't", 'can', 'are', "aren't"])

/** Modal verbs a name's clause opens with after `said,` (`Brussels should understand`, `Moscow will respond`). */
const modalVerbs = new Set(['should', 'must', 'will', 'would', 'cannot', "can't", "won't", "shouldn't", 'needs', 'has', 'is'])

const presentVerbs = new Set(['is', 'are', 'will', 'has', 'have', 'can', 'must', 'should', 'does', "isn't", "won't", "can't", "doesn't", "there's", "it's"])

/**
 * The sentence's words up to where the next sentence begins unnoticed: a reporting verb glued to it
 * (`…, Sheinbaum said.The head of …`, one word to the parser, cut to the verb), or a full stop before
 * a lower-case word; all of them where there is neither.
 */
function untilGluedVerb(tokens: Token[]): Token[] {
  for (let index = 2; index < tokens.length; index++) {
    // A full stop before a lower-case word the parser kept in the sentence (`…, he said in Brussels. the head …`).
    // (Full stops first by their character code: most words have none.)
    if (tokens[index].before.charCodeAt(0) === 46 && /^\.[ \t]+$/.test(tokens[index].before) && /^\p{Ll}/u.test(tokens[index].value)) return tokens.slice(0, index)
    const previous = tokens[index - 1].value
    if (previous.charCodeAt(previous.length - 1) === 46) {
      // (…also where the parser kept the full stop on the word: `in Brussels. the head`.)
      const stop = /^(\p{L}{3,})\.$/u.exec(previous)
      if (stop && !abbreviations.has(stop[1].toLowerCase()) && isPlainGap(tokens[index].before) && /^\p{Ll}/u.test(tokens[index].value)) return tokens.slice(0, index)
      // …or a new sentence after an abbreviation the parser read as mid-sentence (`…shortly after 9 p.m. She declined`),
      // unless the second closes with its own attribution (`…before October 7. We will act …, Katz said.`).
      if (opensInnerSentence(tokens, index) && !trailingAttribution(tokens.slice(index))) return tokens.slice(0, index)
    }
    if (tokens[index].value.indexOf('.') < 1) continue
    const glued = /^(\p{Ll}+)\.\p{Lu}/u.exec(tokens[index].value)
    if (!glued || !reportingVerbs.has(glued[1])) continue
    const verb = glued[1]
    const end = tokens[index].start + verb.length
    return [...tokens.slice(0, index), withWord(tokens[index], verb, verb, {end, baseEnd: end})]
  }
  return tokens
}

/** Subjects that open a second main clause after a bare comma (`…, the annex is …`, `…, it cannot …`). */
const spliceSubjects = new Set(['the', 'this', 'these', 'those', 'it', 'there', 'they', 'he', 'she'])
/** Finite verbs that make that clause a sentence of its own. */
const spliceVerbs = new Set(['is', 'are', 'was', 'were', 'will', 'would', 'can', 'cannot', 'must', 'should', 'has', 'have', 'does', 'do'])

/** Words that open a clause of condition, time or concession. */
// (Not the ones that are prepositions too: `Before the vote he declared: …`.)
const subordinators = new Set(['if', 'unless', 'when', 'whenever', 'while', 'whilst', 'although', 'though', 'because', 'whether'])

/** Words that open a clause of condition or concession. */
const contentClauses = new Set(['if', 'unless', 'although', 'though', 'because', 'whether'])

/** The first word of the clause `tokens[index]` is in: after the last comma, semicolon or colon before it, or the sentence's first. */
function clauseStart(tokens: Token[], index: number): Token {
  let at = index
  while (at > 0 && !/[,;:]/.test(tokens[at].before)) at--
  return tokens[at]
}

/**
 * Two main clauses joined by a bare comma: a comma, a subject (a pronoun, or
 * an article and up to two lower-case words) and a finite verb, after at least
 * three words.
 */
function commaSplice(tokens: Token[]): boolean {
  // (A clause of condition or time before the comma is no clause run on: `Even if work starts in May, the gas will …`.)
  let subordinate = subordinators.has(tokens[0]?.key) || (tokens[0]?.key === 'even' && subordinators.has(tokens[1]?.key))
  for (let index = 3; index + 1 < tokens.length; index++) {
    if (/^,[ \t]+$/.test(tokens[index].before) && subordinate) {
      subordinate = false
      continue
    }
    if (!/^,[ \t]+$/.test(tokens[index].before) || !spliceSubjects.has(tokens[index].value.toLowerCase())) continue
    for (let at = index + 1; at < tokens.length && at <= index + 3; at++) {
      const word = tokens[at]
      if (!isPlainGap(word.before) || !isLowercase(word.value)) break
      if (spliceVerbs.has(word.value)) return true
    }
  }
  return false
}

/** Is some word a reporting verb, also one glued to the next sentence (`said.The`)? */
function hasReportingVerb(tokens: Token[]): boolean {
  for (const token of tokens) {
    if (reports(token)) return true
    const stop = token.value.indexOf('.')
    if (stop > 0 && isReportingVerb(token.value.slice(0, stop))) return true
  }
  return false
}

/** Does the clause up to the first comma name a speaker's words (`As Lavrov said,`, `According to the ministry,`)? */
function citesSomeone(tokens: Token[]): boolean {
  for (let index = 1; index < tokens.length; index++) {
    if (tokens[index].before.includes(',')) return false
    if (reports(tokens[index]) || tokens[index - 1].key === 'according') return true
  }
  return true
}

/** Does `tokens[index]` open a sentence the parser ran on after an abbreviation's full stop (`…9 p.m. She declined`)? */
function opensInnerSentence(tokens: Token[], index: number): boolean {
  return /\.$/.test(tokens[index - 1].value) && isPlainGap(tokens[index].before) && sentenceStarters.has(tokens[index].value)
}

/** Where a sentence the parser ran on after an abbreviation's full stop starts inside `tokens` (0: none). */
function lastInnerStart(tokens: Token[]): number {
  for (let index = tokens.length - 1; index > 0; index--) {
    if (opensInnerSentence(tokens, index)) return index
  }
  return 0
}

/** The last word glued to the one before by a full stop (`Strip.We`) where the second opens a sentence, or -1. */
function lastGluedStart(tokens: Token[]): number {
  for (let index = tokens.length - 1; index > 0; index--) {
    const glued = /^\p{L}[\p{L}'’-]*\.(\p{Lu}\p{Ll}*)$/u.exec(tokens[index].value)
    if (glued && (sentenceStarters.has(glued[1]) || glued[1] === 'I' || glued[1] === 'Our' || glued[1] === 'My')) return index
  }
  return -1
}

/** Words that start a sentence after an abbreviation's full stop, never a name after an initial. */
const sentenceStarters = new Set(['He', 'She', 'They', 'It', 'We', 'The', 'This', 'That', 'These', 'Those', 'There', 'But', 'However'])

/** Verbs in the speaker's own tense after `that we` (`that we will not …`, `that we have to …`). */
const speakerTense = new Set(['will', 'have', 'are', 'am', 'want', 'need', 'must', 'should', 'can', 'cannot', "can't", "won't", "don't", 'do', 'shall', 'intend', 'expect', 'hope', 'believe', 'know', 'see', 'remain', 'stand'])

/** Verbs after `we` that indirect speech shifts into (`said we would`, `said we were`). */
const reportedTense = new Set(['would', 'could', 'should', 'might', 'had', 'were', 'was', 'did', 'need', 'needed', 'must', 'ought'])

/** Verbs the speaker's own `I` goes on with in unpunctuated speech (`I think`, `I believe`). */
const speakerVerbs = new Set(['think', 'believe', 'want', 'hope', 'know', 'am', 'will', 'have', 'can', 'do', "don't", "i'm", 'feel', 'expect', 'see', 'would'])

/**
 * The reporting verb right before `tokens[index]` with nothing but spaces between: `said I`,
 * `wrote I`, or `told` and an audience of up to three words (`told reporters I`, never `told me I`).
 */
function unpunctuatedAttribution(tokens: Token[], index: number): number | undefined {
  // (A caption's timestamp and a time between the verb and the speech count for nothing: `the minister said` / `2:51` /
  // `this morning I am watching …`.)
  let skipped = 0
  for (let back = 1; back <= 4 + skipped && index - back >= 0; back++) {
    const token = tokens[index - back]
    // (A caption's line break is a space.)
    if (!/^\s+$/.test(tokens[index - back + 1].before)) return undefined
    const word = token.value
    if (['me', 'us', 'you', 'him', 'her', 'them', 'that', 'if', 'whether'].includes(word)) return undefined
    if (isTimestamp(word) || (back - skipped <= 2 && speechTimes.has(word) && skipped < 3)) {
      skipped++
      continue
    }
    if (back - skipped === 1 && ['said', 'says', 'wrote', 'writes', 'added', 'posted', 'tweeted'].includes(word)) return index - back
    if (['told', 'tells'].includes(word) && back >= 2) return index - back
  }
  return undefined
}

/** A capitalised name at most four words before the verb, the words between in lower case (a caption's garbled surname). */
function nameShortlyBefore(tokens: Token[], verbIndex: number): boolean {
  for (let back = 1; back <= 4 && verbIndex - back >= 0; back++) {
    const token = tokens[verbIndex - back]
    if (!isPlainGap(tokens[verbIndex - back + 1].before)) return false
    if (/^\p{Lu}\p{Ll}{2,}$/u.test(token.value) && !token.sentenceInitial) return back > 1
    if (!/^\p{Ll}+$/u.test(token.value) || ['that', 'if', 'whether', 'and', 'but', 'because'].includes(token.value)) return false
  }
  return false
}

/** A speaker right before the verb: `she said`, `Hansen remarked` (not `if the law continued`). */
function namedSpeaker(tokens: Token[], verbIndex: number): boolean {
  // An adverb may stand between the speaker and the verb (`Peskov also said,`).
  const at = verbIndex >= 2 && speakerAdverbs.has(tokens[verbIndex - 1].value) ? verbIndex - 1 : verbIndex
  if (at <= 0) return false
  if (isSpeaker(tokens, at - 1)) return true
  // …or a second verb of the speaker's (`Peskov went on television and said,`).
  if (tokens[at - 1].value !== 'and') return false
  for (let back = at - 2; back >= 0 && back >= at - 8; back--) {
    if (!isPlainGap(tokens[back + 1].before)) return false
    if (isSpeaker(tokens, back)) return back < at - 2
    if (!/^\p{Ll}+$/u.test(tokens[back].value)) return false
  }
  return false
}

/**
 * An attribution set into the sentence between commas after a clause that runs on in lower case from
 * earlier punctuation (`…: once Congress hands a power over, he said, it can rarely …`), or after a clause of
 * condition: paraphrase, where lost quotation marks would have opened before the first part.
 */
function parenthetical(tokens: Token[], verbIndex: number): boolean {
  const at = verbIndex >= 2 && speakerAdverbs.has(tokens[verbIndex - 1].value) ? verbIndex - 1 : verbIndex
  if (at < 2 || !/^,\s+$/.test(tokens[at - 1].before)) return false
  // The words before it run on from earlier punctuation in lower case (`…: once Congress …, he said,`), unlike an
  // opening phrase (`At the ceremony, she said,`).
  let start = at - 2
  while (start > 0 && isPlainGap(tokens[start].before)) start--
  // (…or after a clause of condition or concession, part of what was said: `If he accuses officials, she said, the US
  // should …`; a clause of time says when it was said: `When we spoke, he told me, Ukraine needs …`.)
  if (contentClauses.has(tokens[start].key)) return true
  return !tokens[start].sentenceInitial && /^\p{Ll}/u.test(tokens[start].value) && /[,:;]/.test(tokens[start].before)
}

/** A pronoun or a name that can be the subject of a reporting verb. */
function isSpeaker(tokens: Token[], index: number): boolean {
  const subject = tokens[index].value
  if (['The', 'A', 'An', 'And', 'But', 'Then', 'So', 'This', 'That', 'As', 'If', 'When', 'Once', 'Until', 'Unless', 'While'].includes(subject)) return false
  if (['he', 'she', 'they', 'He', 'She', 'They'].includes(subject) || (/^\p{Lu}\p{Ll}/u.test(subject) && (!tokens[index].sentenceInitial || index === 0))) return true
  // (`the president told reporters …`, `the coach said …` in a transcript that lost its capitals.)
  // (…also with a word that says which: `the finance minister said`.)
  if (!isLowercase(subject) || !contextData().titles.has(subject)) return false
  return (index > 0 && /^(?:the|The)$/.test(tokens[index - 1].value)) || (index > 1 && /^(?:the|The)$/.test(tokens[index - 2].value) && /^\p{Ll}+$/u.test(tokens[index - 1].value))
}

/** Adverbs between a speaker and a reporting verb. */
const speakerAdverbs = wordList('speech', 'speaker_adverbs')

/** A present or future verb in the clause (`is`, `will`), or right after the speaker's `we`/`I` (`we need`). */
function speakerPresent(tokens: Token[]): boolean {
  return tokens.some((token, index) => {
    const word = token.key
    if (presentVerbs.has(word)) return true
    const next = tokens[index + 1]
    if (!next || !['we', 'i', 'you'].includes(word) || (word === 'i' && token.value !== 'I')) return false
    const verb = next.key
    const past = /ed$/.test(verb) && !/^(?:need|feed|seed|speed|exceed|proceed|succeed|heed|bleed|breed|plead|lead|read|spread|shed)$/.test(verb)
    return /^\p{Ll}+$/u.test(next.value) && !past && !['had', 'was', 'were', 'would', 'could', 'might', 'did', 'said', 'told', 'thought', 'knew', 'saw', 'went', 'got', 'made'].includes(verb)
  })
}

/** Verbs that report speech and nothing else: a clause after them and a bare comma is what was said. */
const speechOnlyVerbs = wordList('speech', 'speech_only_verbs')

/** Sentences grouped by paragraph, in order. */
function byParagraph(sentences: SentenceInfo[]): SentenceInfo[][] {
  const groups: SentenceInfo[][] = []
  let current: Paragraph | undefined
  for (const sentence of sentences) {
    if (sentence.tokens.length === 0) continue
    if (groups.length === 0 || sentence.paragraph !== current) {
      groups.push([])
      current = sentence.paragraph
    }
    groups[groups.length - 1].push(sentence)
  }
  return groups
}

/** End of a sentence's last word plus its closing punctuation (not a following quote mark). */
/**
 * Where speech from `start` ends in a transcript: at `end`, or at the end of its caption line where the next
 * line is a timestamp (`0:36`, `00:01:12`, `[1:47]`): captions break a line where the speaker pauses, and the
 * sentence a parser sees runs on across every timestamp of the transcript.
 */
function captionLineEnd(text: string, start: number, end: number): number {
  for (let at = text.indexOf('\n', start); at !== -1 && at < end; at = text.indexOf('\n', at + 1)) {
    const next = text.indexOf('\n', at + 1)
    if (captionTimestamp.test(text.slice(at + 1, next === -1 ? text.length : next))) {
      // (A speech that opens at the line's last word or two runs on to the end of the next line.)
      if (text.slice(start, at).trim().split(/\s+/).length < 3 && next !== -1) return captionLineEnd(text, next + 1, end)
      return text.slice(start, at).trimEnd().length + start
    }
  }
  return end
}

/** Words of a time between a verb of saying and what was said in a transcript (`said this morning I …`). */
const speechTimes = new Set(['this', 'morning', 'today', 'yesterday', 'tonight', 'earlier', 'afternoon', 'evening'])

const captionTimestamp = /^[ \t]*\[?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?\]?[ \t]*$/

/** The end of the first sentence from `start`, where the parser kept a next one that opens in lower case. */
function gluedEnd(text: string, start: number, end: number): number {
  // (After a word of two lower-case letters or more that is no abbreviation: not `U.S. officials`, `a.m. local`, `etc. and`.)
  for (const glued of text.slice(start, end).matchAll(/(\p{Ll}{2,})([.?!])[ \t]+(?=\p{Ll})/gu)) {
    const before = glued.index > 0 ? text.charAt(start + glued.index - 1) : ''
    if (before === '.' || (glued[2] === '.' && abbreviations.has(glued[1]))) continue
    return start + glued.index + glued[1].length + 1
  }
  return end
}

function endOf(sentence: SentenceInfo): number {
  const last = sentence.tokens[sentence.tokens.length - 1]
  let end = last.end
  const after = sentence.node.children.slice(last.index + 1)
  for (const node of after) {
    if (node.type === 'PunctuationNode' && /^[.?!…]$/.test(node.value) && node.position) end = node.position.end.offset ?? end
    else if (node.type !== 'PunctuationNode') break
  }
  return end
}

/** Does a following sentence carry on in the speaker's voice (first person, no attribution, no quotes)? */
function continues(sentence: SentenceInfo, text: string): boolean {
  if (sentence.tokens.length === 0) return false
  if (doubleQuote.test(text.slice(sentence.start, sentence.end))) return false
  if (!hasFirstOrSecondPerson(sentence.tokens)) return false
  return !sentence.tokens.some((token) => reports(token))
}

/**
 * A bare attribution closing a sentence after a comma: `…, Peskov said`,
 * `…, the press secretary added`, `…, said the minister`, `…, he said`.
 * Returns the index of its first word.
 */
/** Words that open a clause of time or manner, or a relative clause, after an attribution (`…, Berg told reporters, before leaving`, `… in Oslo, which …`). */
const clauseOpeners = new Set(['before', 'after', 'while', 'as', 'then', 'when', 'which', 'where'])

/** `…, she said in her speech, recalling that …`: the attribution ends before a participle clause after it. */
function beforeParticipleClause(words: Token[]): Token[] {
  for (let index = 4; index < words.length - 1; index++) {
    const word = words[index]
    // (`…, recalling that …`, or a clause of time: `…, before posing for photographs`.)
    // (…or a past participle's: `…, flanked by Republican lawmakers`.)
    if (word.before.charCodeAt(0) !== 44 || !/^,\s+$/.test(word.before) || !(/^\p{Ll}+ing$/u.test(word.value) || clauseOpeners.has(word.value) || (/^\p{Ll}{4,}ed$/u.test(word.value) && words[index + 1]?.key === 'by'))) continue
    for (let back = 1; back <= 10 && index - back > 0; back++) {
      const verb = words[index - back].value
      if (reportingVerbs.has(folded(verb)) && !/ing$/.test(verb)) return words.slice(0, index)
    }
  }
  return words
}

/** Words that open where or when something was said, after the speaker: `in a note`, `on Monday`, `at a briefing`. */
const closingAdjuncts = new Set(['in', 'on', 'at', 'during', 'after'])

/** Words that open a clause of time after the speaker: `said as he signed the law`, `said before leaving`. */
const timeClauses = new Set(['before', 'after', 'as', 'while', 'when'])

function trailingAttribution(all: Token[]): {from: number} | undefined {
  let tokens = all
  // `…, Aeroflot said in a statement.` / `…, he told reporters on Monday.` / `…, she said in a video
  // on the social network X.`: end at the verb.
  // (No comma inside the adjunct: past one, the words are the speech's own.)
  for (let back = 2; back <= 16 && all.length - back > 1; back++) {
    if (all[all.length - back + 1].before.includes(',')) break
    const verb = all[all.length - back]
    const after = all[all.length - back + 1].key
    // `told reporters`, `told the weekly press conference`, `told reporters in the mixed zone`.
    // (…or a clause of time after it: `Trump said as he signed the law`, `she said before leaving`.)
    if (reports(verb) && (closingAdjuncts.has(after) || timeClauses.has(after) || ['via', 'to', 'from'].includes(after) || verb.key === 'told')) {
      tokens = all.slice(0, all.length - back + 1)
      break
    }
  }
  const count = tokens.length
  if (count < 3) return undefined
  const last = tokens[count - 1]
  const verbLast = reports(last) && !/ing$/.test(last.value)
  for (let size = 1; size <= 8 && count - 1 - size > 0; size++) {
    const from = verbLast ? count - 1 - size : count - size
    if (from <= 0) break
    // (A comma before the attribution, or the question or exclamation mark of a direct question: `…? she asked`.)
    if (!/[,?!]\s*$/.test(tokens[from].before) && !/^,$/.test(tokens[from].before)) continue
    if (!verbLast && !(reports(tokens[from]) && !/ing$/.test(tokens[from].value))) continue
    let plain = true
    for (let at = from + 1; at < count && plain; at++) plain = isPlainGap(tokens[at].before)
    if (!plain) continue
    const subject = verbLast ? tokens.slice(from, count - 1) : tokens.slice(from + 1)
    if (subject.length > 0 && isSubject(subject)) return {from}
  }
  // Verb first, then a longer subject: `…, said the defense of the ex-president in a note`,
  // `…, declared Lee-Anne Mulholland, vice-president of Google for regulatory affairs`.
  for (let from = Math.max(1, all.length - 26); from < all.length - 1; from++) {
    const verb = all[from]
    if (!/^,\s*$/.test(verb.before) || !isLowercase(verb.value) || !reports(verb) || /ing$/.test(verb.value)) continue
    if (invertedSubject(all.slice(from + 1))) return {from}
  }
  return undefined
}

/** A subject after the verb: a name with an appositive after one comma, or a noun phrase with a closing `in a note`. */
function invertedSubject(words: Token[]): boolean {
  if (words.length === 0) return false
  const commas = words.filter((token, index) => index > 0 && /^,\s+$/.test(token.before)).length
  if (words.some((token, index) => index > 0 && !/^,?\s+$/.test(token.before))) return false
  // `…, said the executive chairman of Iberdrola, Ignacio Sánchez Galán, at a forum in Madrid, where he …`: a subject, its
  // name set off after it, where it was said, and a clause about it.
  if (commas > 1) return setOffSubject(words)
  if (commas === 1) {
    const cut = words.findIndex((token, index) => index > 0 && /^,\s+$/.test(token.before))
    const name = words.slice(0, cut)
    const appositive = words.slice(cut)
    if (name.length <= 3 && name.every((token) => /^\p{Lu}[\p{L}'’.-]*$/u.test(token.value)) && appositive.length <= 9 && /^\p{Ll}/u.test(appositive[0].value)) return true
    // `…, said the president, who has defended the project`: a subject and a relative clause about it.
    return /^(?:who|whose)$/.test(appositive[0].key) && isSubject(name)
  }
  // `…, said Cobolli before leaving the arena`: the subject, then a clause of time.
  const clause = words.findIndex((token, index) => index > 0 && timeClauses.has(token.key))
  if (clause > 0 && isSubject(words.slice(0, clause))) return true
  // Drop a closing adjunct (`in a note`, `on Monday`, `at a briefing`).
  let end = words.length
  for (let back = 2; back <= 4 && words.length - back >= 1; back++) {
    if (closingAdjuncts.has(words[words.length - back].value)) {
      end = words.length - back
      break
    }
  }
  return isSubject(words.slice(0, end))
}

/** A subject phrase, then parts set off by commas: a name, where or when it was said, a clause about the speaker. */
function setOffSubject(words: Token[]): boolean {
  const parts: Token[][] = [[]]
  for (const [index, token] of words.entries()) {
    if (index > 0 && /^,\s+$/.test(token.before)) parts.push([])
    parts[parts.length - 1].push(token)
  }
  if (!isSubject(parts[0]) || parts.length > 4) return false
  return parts.slice(1).every((part, at) =>
    (part.length <= 4 && part.every((token) => /^\p{Lu}[\p{L}'’.-]*$/u.test(token.value))) ||
    (closingAdjuncts.has(part[0].key) && part.length <= 8) ||
    (at === parts.length - 2 && ['where', 'who', 'which', 'when'].includes(part[0].key)))
}

function isSubject(words: Token[]): boolean {
  const values = words.map((token) => token.value)
  if (values.length === 1 && ['he', 'she', 'they'].includes(values[0])) return true
  // `Lin`, `Governor Anna Berg`, `Prime Minister Ola Berg`: a name, after a title or two.
  // (`ECB President Christine Lagarde`: an institution before the title.)
  if (values.every((value) => /^\p{Lu}[\p{L}'’.-]*$/u.test(value))) {
    const titles = contextData().titles
    return values.length <= 3 || (values.length <= 5 && titles.has(values[0].toLowerCase())) || (values.length <= 6 && values.length >= 3 && titles.has(values[1].toLowerCase()))
  }
  // `the press secretary`, `an analyst at a Singapore consultancy`, `the defense of the ex-president`.
  if (['the', 'a', 'an', 'his', 'her', 'their'].includes(values[0]) && values.slice(1).every((value) => /^[\p{L}-]+$/u.test(value))) return values.length <= 7
  if (values.length > 3) return false
  return false
}

/** Long speech shortened for the reason text. */
function short(value: string): string {
  return value.length > 60 ? value.slice(0, 57) + '…' : value
}
