import type {VFile} from 'vfile'
import {defineRule} from '../src/rule.js'
import {contextData} from '../src/context-data.js'
import {isCommon, isCommonWord, isFrequentWord, isKnownProper, stems} from '../src/lexicon.js'
import {editDistance, fold, looseSoundKey, soundKey} from '../src/names/fuzzy.js'
import {givenNamesFor, mayStartName, pinyinSyllable, splitForm, tokenKey, translatedGivenReason, translatedSurnameGivenReason, translatedMeaningReason, type FormRef, type NamesIndex} from '../src/names/index.js'
import {bothClose, closeGiven, closeGivenName, closeSurname, englishFamilyNames, familyFirstIndex, folded, givenNamesSoundingLike, givenOf, personIndex, soundsLikeGiven, soundsLikeSurname, type PersonIndex, splitSurname, surnameBeside, withinSevenTenths} from '../src/names/people.js'
import type {NameEntry} from '../src/names/load.js'
import {contentWord, formIndex, orderJoiners, orderKey, wordHash} from '../src/names/form-index.js'
import {documentNames, isNameGap, keyOf, titleCaseLine, writtenAt, type NameMatch} from '../src/names/match.js'
import {isKoreanFamilyName, koreanPerson} from '../src/names/korean.js'
import {pinyinReadings} from '../src/names/wade-giles.js'
import {palladiusReadings} from '../src/names/palladius.js'
import {placeOf} from '../src/util/place.js'
import {capitalize, isAllCaps, isCapitalized, isLowercase, isPlainGap, isTimestamp, isWordLike, type SentenceInfo, type Token} from '../src/util/words.js'
import {unpunctuatedTranscript} from '../src/util/prose.js'
import {reports} from '../src/util/speech.js'
import {WordFact, wordInfo, type WordInfo} from '../src/util/word-info.js'
import {wordList} from '../src/word-lists.js'

/**
 * `garbled-name`: a proper noun that is probably a damaged known name.
 *
 * - discouraged forms and known garbles from the dictionary (`Kiev`,
 *   `Vladimir Zelensky`, `European Truth`);
 * - multi-word names with one garbled part (`Recep TaiP Erdogan`, an
 *   institution with a mangled middle word);
 * - near misses of curated names by spelling and by sound (`Whitkoff`,
 *   `Zalinsky`, `Shoygu`), only for words no dictionary knows;
 * - surnames translated word for word: a given name of a known origin followed
 *   by a capitalised ordinary English word (`Sergey Conversation`), with the
 *   dictionary's surname meanings giving the suggestion;
 * - the same person spelled two accepted ways in one article (a hint).
 */

/** Origins whose given names mark a name that machine translation passes through. */
const translatedOrigins = wordList('origins', 'translated_origins')


/** A pinyin syllable as it sounds to English ears (`Xi`, `Shi`, `Hsi` → `shi`; `Qin`, `Chin` → `chin`). */
function pinyinSound(syllable: string): string {
  return syllable.toLowerCase().replace(/^hs/, 'sh').replace(/^x/, 'sh').replace(/^q/, 'ch').replace(/^zh/, 'j').replace(/^ts/, 'c')
}

/** The curated person whose name (family name, then given name) one pair of the readings spells. */
function personOfReadings(names: NamesIndex, families: string[], givens: string[]): FormRef | undefined {
  for (const family of families) {
    for (const given of givens) {
      const found = names.accepted.get(family + ' ' + given)?.find((ref) => ref.entry.type === 'person')
      if (found) return found
    }
  }
  return undefined
}

/** Do two spellings differ only in case and in hyphens for spaces (and a caption's timestamp between words)? */
function styleOnly(expected: string, actual: string): boolean {
  const plain = (value: string) => value.toLowerCase().replace(/\s+\d{1,2}:\d{2}(?::\d{2})?\s+/g, ' ').replace(/[-\s]+/g, ' ')
  return plain(expected) === plain(actual)
}

/** The words of a sentence without captions' timestamps, and the words that came right after one. */
function withoutTimestamps(all: Token[]): {tokens: Token[]; afterStamp: Set<Token>} {
  const afterStamp = new Set<Token>()
  if (!all.some((token) => isTimestamp(token.value))) return {tokens: all, afterStamp}
  const tokens: Token[] = []
  for (let index = 0; index < all.length; index++) {
    if (isTimestamp(all[index].value) && /\n/.test(all[index].before)) {
      if (index + 1 < all.length) afterStamp.add(all[index + 1])
      continue
    }
    tokens.push(all[index])
  }
  return {tokens, afterStamp}
}

/** Nouns for a newspaper, a channel or an agency, before or after its title (`the newspaper Latest News`). */
const mediaKinds = new Set(['newspaper', 'daily', 'weekly', 'paper', 'magazine', 'tabloid', 'channel', 'broadcaster', 'network', 'outlet', 'website', 'portal', 'station'])

/** By names index: the titles of outlets translated word for word, without the `newspaper` or `daily` their garbles carry. */
const bareTitleIndexes = new WeakMap<NamesIndex, Map<string, NameEntry>>()

/**
 * The translated titles of outlets (`Latest News` for Yedioth Ahronoth, `The Echoes` for Les Echos): the dictionary lists
 * them with the noun that makes them certain (`Latest News newspaper`); a noun for an outlet beside the bare title in
 * the text does as well.
 */
function bareTitles(names: NamesIndex): Map<string, NameEntry> {
  let index = bareTitleIndexes.get(names)
  if (!index) {
    index = new Map()
    for (const entry of names.entries) {
      if (entry.type !== 'media') continue
      for (const garble of entry.garbles) {
        const words = splitForm(garble)
        const bare = mediaKinds.has(words[words.length - 1].toLowerCase()) ? words.slice(0, -1) : mediaKinds.has(words[0].toLowerCase()) ? words.slice(1) : []
        if (words[words.length - 2] === 'TV') bare.pop()
        if (bare.length === 0 || !bare.every((word) => /^\p{Lu}/u.test(word) || word === 'of')) continue
        const key = bare.map(tokenKey).join(' ')
        if (names.accepted.has(key)) continue
        index.set(key, entry)
        if (bare[0] !== 'The') index.set('the ' + key, entry)
      }
    }
    bareTitleIndexes.set(names, index)
  }
  return index
}

/** By names index: the pinyin readings of curated people's names written in Wade–Giles (`lai qingde` → Lai Ching-te). */
const wadeGilesIndexes = new WeakMap<NamesIndex, Map<string, NameEntry>>()

/** The curated people written in Wade–Giles (a family name and a hyphenated given name), by the pinyin readings of their names. */
function wadeGilesNames(names: NamesIndex): Map<string, NameEntry> {
  let index = wadeGilesIndexes.get(names)
  if (!index) {
    index = new Map()
    for (const entry of names.entries) {
      if (entry.type !== 'person') continue
      const parts = entry.name.split(' ')
      if (parts.length !== 2 || !/^\p{Lu}\p{Ll}*-\p{Ll}+$/u.test(parts[1])) continue
      for (const family of pinyinReadings(parts[0])) {
        for (const given of pinyinReadings(parts[1])) {
          const key = family + ' ' + given
          if (!names.accepted.has(key) && !index.has(key)) index.set(key, entry)
        }
      }
    }
    wadeGilesIndexes.set(names, index)
  }
  return index
}

/** Letters of the Palladius system that pinyin never writes so (`tsz`, `chzh`, `kh`, a `y` inside a word, an opening `V`). */
const palladiusMarks = /tsz|chzh|kh|ts|zh|.y|^v[aeo]/i

/** Letters the Turkish (and Azerbaijani) alphabet has and English transliterations do not. */
const turkishOnly = /[şçğıİŞÇĞ]/

/** A word in the Turkish alphabet as English transliterates Central Asian and Russian names (`Caparov` → `Japarov`, `Şevket` → `Shevket`). */
function fromTurkishAlphabet(word: string): string {
  return word
    .replace(/Ş/g, 'Sh').replace(/ş/g, 'sh').replace(/Ç/g, 'Ch').replace(/ç/g, 'ch').replace(/C/g, 'J').replace(/c/g, 'j')
    .replace(/İ/g, 'I').replace(/ı/g, 'y').replace(/Ğ/g, 'G').replace(/ğ/g, '').replace(/Ö/g, 'O').replace(/ö/g, 'o').replace(/Ü/g, 'U').replace(/ü/g, 'u')
}

/** Particles inside Arabic names, in any romanisation (`bin`, `ben`, `al-Thani`, `as-Sisi`). */
const arabicParticle = /^(?:bin|ben|ibn|bint|abu|abou|\p{Ll}{1,3}-\p{Lu}[\p{L}'’-]*)$/u

/** What the French romanisation of Arabic writes and English does not: `ben`, `ou`, `ch`, `dj`, a final `-e`, `ï`, an article assimilated (`as-`). */
const frenchMarks = /^(?:ben|abou)$|ou|ch|dj|[ïëé]|[^aeiou]e$|^(?:as|ad|ar|at|an|az|ash|ath)-/iu

/** The lookup keys of a name in the French romanisation read the English way (`ben Salmane` → `bin salman`), with `al-` and `el-` for an assimilated article. */
function englishReadings(words: string[]): string[] {
  const english = words.map((word) => {
    let value = word.replace(/ï/g, 'i').replace(/ë/g, 'e').replace(/é/g, 'e')
    if (/^ben$/i.test(value)) return 'bin'
    if (/^abou$/i.test(value)) return 'abu'
    value = value.replace(/Dj/g, 'J').replace(/dj/g, 'j').replace(/Ch/g, 'Sh').replace(/ch/g, 'sh').replace(/Ou/g, 'U').replace(/ou/g, 'u')
    value = value.replace(/([aeiu])ss([aeiu])/g, '$1s$2').replace(/([^aeiou])e$/, '$1')
    return value
  })
  const key = english.map(tokenKey).join(' ')
  const assimilated = /(^| )(?:as|ad|ar|at|an|az|ash|ath)-/
  return assimilated.test(key) ? [key.replace(assimilated, '$1al-'), key.replace(assimilated, '$1el-')] : [key]
}

/** Forms of address that say nothing about who the person is (`Mr Mertz` may be anyone). */
const honorifics = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'madam', 'mister', 'mme', 'm'])

/** Only ASCII characters (a charCode loop: no regular expression per word). */
function isAscii(value: string): boolean {
  for (let index = 0; index < value.length; index++) if (value.charCodeAt(index) > 127) return false
  return true
}

/** Nouns after a place's name that say what kind of place it is (`the Polohy district`). */
/** Kinds of event a word before them names (`the Sallah holiday`), not a person. */
const eventKinds = new Set(['holiday', 'holidays', 'festival', 'festivals', 'festivities', 'celebration', 'celebrations', 'feast'])

/** Nouns for a company or a body, before its name (`the Russian group Yadran`): no person's name follows them. */
const bodyKinds = new Set(['group', 'company', 'firm', 'holding', 'conglomerate', 'operator', 'carrier', 'miner', 'producer', 'developer', 'manufacturer', 'maker',
  'supplier', 'contractor', 'startup', 'brand', 'label', 'lender', 'insurer', 'refinery', 'plant', 'factory', 'outlet', 'newspaper', 'daily', 'weekly', 'channel',
  'broadcaster', 'agency', 'movement', 'club', 'side', 'project', 'field', 'mine', 'platform', 'app', 'airline', 'vessel', 'ship', 'tanker'])

const placeKinds = new Set(['district', 'districts', 'region', 'oblast', 'province', 'county', 'village', 'town', 'city', 'raion', 'area', 'governorate', 'municipality', 'community', 'hromada', 'settlement', 'electorate', 'constituency', 'riding', 'ward'])

/** Function words that follow a name without being part of it (`Qatar is`, `Iran as`). */
const shortWords = wordList('case', 'function_words')

/** Head nouns that end an institution's name (`Foreign Ministry`, `Security Council`). */
const institutionHeads = new Set([...wordList('case', 'offices'), ...wordList('case', 'short_forms')])

export default defineRule(
  {
    id: 'garbled-name',
    description: 'Misspelled, mis-transliterated or word-for-word translated names, against the names dictionary.',
    defaultSeverity: 'warn',
    fixSafe: false
  },
  function (tree, file, {text, names}) {
    const document = documentNames(tree, text, names)
    const context = contextData()
    const facts = wordFacts(names)
    // People whose surname the article gives translated word for word with their given name (`Mehmet Lightning`).
    const translatedPeople = new Set<NameEntry>()
    // Last words of the institutions and places the dictionary found.
    const endsName = new Set<Token>()
    // Names of several words written right, by their words (a run of words that straddles one is not that name
    // turned round: `Heads of State of the Commonwealth of Independent States`).
    const inWrittenName = new Map<Token, NameMatch>()
    for (const match of document.matches) {
      if (match.accepted.some((ref) => ref.entry.type !== 'person')) endsName.add(match.sentence.tokens[match.to])
      if (match.to > match.from && match.accepted.length > 0) for (let at = match.from; at <= match.to; at++) inWrittenName.set(match.sentence.tokens[at], match)
    }
    const orders = formIndex(names)
    const people = personIndex(names)
    // Spans reported so far, as start and end offsets one after the other.
    const taken: number[] = []
    const overlaps = (start: number, end: number) => {
      for (let at = 0; at < taken.length; at += 2) if (start < taken[at + 1] && end > taken[at]) return true
      return false
    }
    const report = (start: number, end: number, reason: string, expected: string[], note?: string, sentence?: SentenceInfo) => {
      // (A name the sentence splitter cut in two, after `U.S.`, can look like a garble of itself; and a difference of case
      // alone, `El-Sisi` for el-Sisi, is a house style or name-case's, no garble.)
      // (Nor is a hyphen for a space, `Al Hassan` for al-Hassan, `Kim Jong Un` for Kim Jong-un.)
      if (overlaps(start, end) || (expected.length > 0 && styleOnly(expected[0], text.slice(start, end)))) return
      taken.push(start, end)
      const message = file.message(reason, {place: placeOf(file, start, end), ancestors: sentence ? [sentence.node] : undefined})
      message.actual = text.slice(start, end)
      message.expected = expected
      if (note) message.note = note
    }
    /**
     * A place's wrong form that is also a curated person's surname on its own (`Nikolaev`: the Russian form of
     * Mykolaiv, and the surname of Oleg Nikolaev): the place, unless a given name or a title stands before it or a
     * verb of saying after it.
     */
    const placeOverSurname = (match: NameMatch): boolean => {
      if (match.from !== match.to || !match.wrong.some((ref) => ref.entry.type === 'place')) return false
      if (!match.accepted.every((ref) => ref.entry.type === 'person' && ref.tokens.length === 1 && ref.form !== ref.entry.name && !ref.entry.variants.includes(ref.form))) return false
      const tokens = match.sentence.tokens
      const previous = tokens[match.from - 1]
      const next = tokens[match.to + 1]
      if (previous !== undefined && isNameGap(tokens[match.from].before) && isCapitalized(previous.value) && !previous.sentenceInitial) return false
      return !(next !== undefined && reports(next))
    }
    /** A curated person's name written with a slip, and the name as the person writes it. */
    const reportSlip = (start: number, end: number, found: {entry: NameEntry; expected: string}, sentence: SentenceInfo) => {
      report(start, end, 'Unexpected `' + text.slice(start, end) + '`, expected `' + found.expected + '` (' + found.entry.name + ', spelled differently)', [found.expected], role(found.entry), sentence)
    }

    // Surnames the article slipped on with the person's given name (1, 2d), to find alone after that (`Sadır Caparov` … `Caparov said`).
    const slippedSurnames = new Map<string, {entry: NameEntry; surname: string; why: string}>()

    // 1. Discouraged forms and known garbles.
    for (const match of document.matches) {
      if (match.wrong.length === 0 || (match.accepted.length > 0 && !placeOverSurname(match))) continue
      const tokens = match.sentence.tokens
      const ref = match.wrong[0]
      const span = tokens.slice(match.from, match.to + 1)
      // A garble made of ordinary words only counts when it is written as a name.
      if (ref.ambiguous && !span.some((token, offset) => isCapitalized(token.value) && !(offset === 0 && token.sentenceInitial))) continue
      // A garble whose last word, a capital in the garble, is an ordinary word in lower case is a description
      // (`the Russian newspaper Kommersant` is no `Russian Newspaper` for Rossiyskaya Gazeta; `savings Bank` is
      // still Sberbank).
      const last = span[span.length - 1]
      // (…and so is one whose first word, an ordinary word, is written in lower case before a name of its own: `a fair
      // Russia` is no `Fair Russia` for A Just Russia; `savings Bank` is still Sberbank.)
      if (span.length > 1 && isLowercase(span[0].value) && /^\p{Lu}/u.test(ref.tokens[0]) && isCommon(span[0].info) && names.accepted.has(keyOf(tokens, match.from + 1, match.to))) continue
      if (span.length > 1 && isLowercase(last.base) && /^\p{Lu}/u.test(ref.tokens[ref.tokens.length - 1]) && isCommon(last.baseInfo)) continue
      // …and is not part of a longer name (`Dollar Savings Bank`); nor is an English given name that
      // opens a longer one (`Peter Paul Rubens` is no Petr Pavel).
      if (ref.ambiguous && partOfLongerName(tokens, match.from, match.to)) continue
      // A one-word garble of a body's name after a family name or a given name is that person's name (`Wang Anshi`, not
      // Nexperia's `Anshi`).
      if (match.from === match.to && ref.entry.type !== 'person' && match.from > 0 && isNameGap(tokens[match.from].before)) {
        const before = tokens[match.from - 1]
        if (/^\p{Lu}\p{Ll}/u.test(before.value) && (familyFirstIndex(names).families.has(before.value) || names.givenNames.has(before.value))) continue
      }
      if ((ref.reason === translatedGivenReason || ref.reason === translatedSurnameGivenReason) && match.to + 1 < tokens.length && isNameGap(tokens[match.to + 1].before) && isCapitalized(tokens[match.to + 1].value)) continue
      // A renamed city's old name still names its region (`Dnipropetrovsk regions`, `the Kirovohrad oblast`).
      // (Also one of a list of them: `Kirovohrad and Cherkasy regions`.)
      if (regionListAfter(tokens, match.to) || regionListBefore(tokens, match.from)) {
        const key = tokens.slice(match.from, match.to + 1).map((token) => token.key).join(' ')
        if (names.accepted.has(key + ' region') || names.accepted.has(key + ' oblast')) continue
      }
      const start = tokens[match.from].start
      const end = tokens[match.to].baseEnd
      const actual = text.slice(start, end)
      // (A given name rendered by its meaning takes more words than the name: suggest the form with the surname as written.)
      const expected = ref.reason === translatedMeaningReason ? sameSurnameForm(ref.entry, actual) : keepGiven(ref, actual)
      const why = ref.kind === 'discouraged' ? ref.reason || 'a discouraged spelling' : 'a known garble of this name'
      report(start, end, 'Unexpected `' + actual + '`, expected `' + expected + '` (' + why + ')', [expected], role(ref.entry), match.sentence)
      // (A person's surname that the slip changed, and that names no one else on its own.)
      const writtenSurname = tokens[match.to].base
      const surname = splitForm(expected).pop()!
      // (Only where the surname comes last: in `He Li Feng` for He Lifeng, `Feng` is half the given name.)
      const surnameLast = ref.entry.surname === undefined || splitForm(expected).pop() === splitForm(ref.entry.surname).pop()
      if (ref.entry.type === 'person' && surnameLast && match.to > match.from && writtenSurname !== surname && isCapitalized(writtenSurname) && !isCommon(tokens[match.to].baseInfo) &&
        !names.accepted.has(tokens[match.to].baseKey) && !names.isSurname(writtenSurname)) {
        slippedSurnames.set(writtenSurname, {entry: ref.entry, surname, why: why})
      }
    }

    // Words the article writes right before a surname the lists know (`Ferran Torres`): given names here (worked out on first use).
    let givenWritten: Set<string> | undefined
    const givenInArticle = (): Set<string> => {
      if (!givenWritten) {
        givenWritten = new Set()
        for (const sentence of document.sentences) {
          const tokens = sentence.tokens
          for (let index = 0; index + 1 < tokens.length; index++) {
            const next = tokens[index + 1]
            if (isCapitalized(tokens[index].value) && isNameGap(next.before) && isCapitalized(next.base) && names.isSurname(next.base)) givenWritten.add(tokens[index].value)
          }
        }
      }
      return givenWritten
    }
    for (const sentence of document.sentences) {
      const tokens = sentence.tokens
      // 2. Multi-word names with one garbled part, anchored on both ends.
      for (let index = 0; index < tokens.length; index++) {
        const token = tokens[index]
        if (!isCapitalized(token.value)) continue
        const tokenFacts = facts.at(token.info)
        const candidates = tokenFacts.firstForms
        if (candidates.length === 0) continue
        let longest = 0
        for (const ref of candidates) if (ref.tokens.length > longest) longest = ref.tokens.length
        if (!mayAnchor(tokenFacts.firstEnds, tokens, index, longest + 1)) continue
        const view = windowAt(tokens, index, longest + 1)
        for (const ref of candidates) {
          const found = anchored(ref, tokens, index, names, view)
          if (found === undefined) continue
          const start = token.start
          const end = tokens[found].baseEnd
          const actual = text.slice(start, end)
          report(start, end, 'Unexpected `' + actual + '`, expected `' + ref.entry.name + '` (a garbled part of the name)', [ref.entry.name], role(ref.entry), sentence)
          break
        }
      }

      // 2b'. A discouraged name of one word opening a compound (`Kiev-based`, `Kiev-Mohyla Academy`): the compound
      // takes the name's accepted form.
      for (const token of tokens) {
        const hyphen = token.base.indexOf('-')
        if (hyphen < 3 || !/^\p{Lu}/u.test(token.base) || names.accepted.has(token.baseKey) || overlaps(token.start, token.baseEnd)) continue
        const part = token.base.slice(0, hyphen)
        const ref = names.wrong.get(tokenKey(part))?.find((candidate) => candidate.tokens.length === 1 && candidate.kind === 'discouraged' && !candidate.ambiguous &&
          candidate.entry.type === 'place' && !splitForm(candidate.entry.name).includes(' ') && splitForm(candidate.entry.name).length === 1)
        if (!ref) continue
        const expected = ref.entry.name + token.base.slice(hyphen)
        report(token.start, token.baseEnd, 'Unexpected `' + token.base + '`, expected `' + expected + '` (' + (ref.reason || 'a discouraged spelling') + ')', [expected], role(ref.entry), sentence)
      }

      // 2b''. A place's or a body's name whose first word names nothing else, the rest slipped or heard as other words
      // (`Sharm El-Sheyh`, `Sharm el shake` for Sharm el-Sheikh): the rest's letters two edits from the name's, with its sounds.
      for (let index = 0; index + 1 < tokens.length; index++) {
        const token = tokens[index]
        if (!/^\p{Lu}\p{Ll}{3,}$/u.test(token.value) || isCommon(token.info) || overlaps(token.start, token.end)) continue
        const forms = facts.at(token.info).firstForms
        if (forms.length === 0) continue
        const alone = names.accepted.get(token.key) || []
        let done = false
        for (const ref of forms) {
          if (done || (ref.entry.type !== 'place' && ref.entry.type !== 'organization') || ref.tokens.length < 2) continue
          // (The first word names nothing else on its own.)
          if (alone.some((other) => other.entry !== ref.entry)) continue
          const rest = ref.tokens.slice(1).join('').replace(/[-'’]/g, '')
          const target = fold(rest).toLowerCase()
          if (target.length < 5) continue
          let written = ''
          for (let last = index + 1; last < tokens.length && last <= index + 3; last++) {
            // (Not past the name written right: `Mubadala Investment Company in`.)
            if (!isNameGap(tokens[last].before) || !isWordLike(tokens[last].base.replace(/-/g, '')) || (last > index + 1 && names.accepted.has(keyOf(tokens, index, last - 1)))) break
            written += tokens[last].base.replace(/[-'’]/g, '')
            const folded = fold(written).toLowerCase()
            if (Math.abs(folded.length - target.length) > 2) continue
            const distance = folded === target ? 0 : editDistance(folded, target, 2)
            if (distance === 0 || distance > 2 || (distance === 2 && looseSoundKey(folded) !== looseSoundKey(target)) || folded.charAt(0) !== target.charAt(0)) continue
            if (names.accepted.has(keyOf(tokens, index, last)) || overlaps(token.start, tokens[last].baseEnd)) break
            const end = tokens[last].baseEnd
            report(token.start, end, 'Unexpected `' + text.slice(token.start, end) + '`, expected `' + ref.form + '` (the name, spelled differently)', [ref.form], role(ref.entry), sentence)
            done = true
            break
          }
        }
      }

      // 2c. A name English writes without marks, written with them (`Wáng Wéntāo` in pinyin with its tones for Wang
      // Wentao): the words without their marks spell an accepted name none of whose spellings has any.
      for (let index = 0; index + 1 < tokens.length; index++) {
        if (!isCapitalized(tokens[index].value)) continue
        // (Most runs have no letter outside ASCII: nothing to fold.)
        let anyMarked = false
        for (let at = index; at < tokens.length && at < index + 3 && !anyMarked; at++) anyMarked = !isAscii(tokens[at].value)
        if (!anyMarked) continue
        let marked = false
        let key = ''
        for (let last = index; last < tokens.length && last < index + 3; last++) {
          const token = tokens[last]
          if (last > index && (!isNameGap(token.before) || !isCapitalized(token.value))) break
          const word = last === index ? token.value : token.base
          marked ||= !isAscii(word)
          key += (last > index ? ' ' : '') + tokenKey(fold(word))
          if (last === index || !marked) continue
          const refs = names.accepted.get(key)
          if (!refs || names.accepted.has(keyOf(tokens, index, last))) continue
          const ref = refs.find((candidate) => [candidate.entry.name, ...candidate.entry.variants].every(isAscii))
          if (!ref) continue
          const start = tokens[index].start
          const end = token.baseEnd
          report(start, end, 'Unexpected `' + text.slice(start, end) + '`, expected `' + ref.form + '` (the name takes no marks in English)', [ref.form], role(ref.entry), sentence)
          break
        }
      }

      // 2d. A Central Asian, Azerbaijani or Russian name in the Turkish alphabet, as copy from Turkish sources writes it
      // (`Sadır Caparov` for Sadyr Japarov, `Kasım Cömert Tokayev` for Kassym-Jomart Tokayev, `Ceyhun Bayramov`): read in
      // English letters, the run is a curated person's name, or the surname with a given name two letters off.
      for (let index = 0; index + 1 < tokens.length; index++) {
        const first = tokens[index]
        if (!isCapitalized(first.value)) continue
        // (Two or three words from here: `Kyrgyz President Sadır Caparov` has the name at its end.)
        for (let last = index + 1; last < tokens.length && last - index < 3 && isNameGap(tokens[last].before) && isCapitalized(tokens[last].value); last++) {
          const words = tokens.slice(index, last + 1).map((token, offset) => (offset === last - index ? token.base : token.value))
          const turkishLetters = words.some((word) => turkishOnly.test(word))
          if (!turkishLetters && !words.some((word) => word.startsWith('C'))) continue
          const goesOn = last + 1 < tokens.length && isNameGap(tokens[last + 1].before) && isCapitalized(tokens[last + 1].value)
          if (goesOn || names.accepted.has(keyOf(tokens, index, last)) || overlaps(first.start, tokens[last].baseEnd)) continue
          const found = turkishAlphabetPerson(words.map(fromTurkishAlphabet), turkishLetters)
          if (!found) continue
          const end = tokens[last].baseEnd
          report(first.start, end, 'Unexpected `' + text.slice(first.start, end) + '`, expected `' + found.name + '` (' + found.name + ' in the Turkish alphabet)', [found.name], role(found), sentence)
          // (The surname alone later on is the same slip: `Caparov said`.)
          const surname = splitForm(found.name).pop()!
          if (tokens[last].base !== surname) slippedSurnames.set(tokens[last].base, {entry: found, surname, why: found.name + ' in the Turkish alphabet'})
          index = last
          break
        }
      }

      // 2e. An Arabic name in the French romanisation, as copy from French sources writes it (`Mohammed ben Salmane`,
      // `Badr al-Boussaïdi`, `Abdel Fattah as-Sisi`): read the English way, the run is a curated name.
      for (let index = 0; index + 1 < tokens.length; index++) {
        if (!isCapitalized(tokens[index].value)) continue
        let end = index
        while (end + 1 < tokens.length && end - index < 4 && isNameGap(tokens[end + 1].before) && (isCapitalized(tokens[end + 1].value) || arabicParticle.test(tokens[end + 1].value))) end++
        for (let last = end; last > index; last--) {
          if (!isCapitalized(tokens[last].base) && !/^\p{Ll}{1,3}-\p{Lu}/u.test(tokens[last].base)) continue
          const words = tokens.slice(index, last + 1).map((token, offset) => (offset === last - index ? token.base : token.value))
          // (Not from a particle on: `Ben Sulayem` is a surname of its own, Mohammed Ben Sulayem's.)
          if (/^(?:ben|bin|ibn|abou|abu)$/i.test(words[0]) || !words.some((word) => frenchMarks.test(word)) || names.accepted.has(keyOf(tokens, index, last)) || overlaps(tokens[index].start, tokens[last].baseEnd)) continue
          const found = englishReadings(words).map((reading) => names.accepted.get(reading)?.[0]).find((ref) => ref !== undefined)
          if (!found) continue
          const start = tokens[index].start
          const stop = tokens[last].baseEnd
          report(start, stop, 'Unexpected `' + text.slice(start, stop) + '`, expected `' + found.form + '` (' + found.entry.name + ' in the French romanisation of Arabic)', [found.form], role(found.entry), sentence)
          index = last
          break
        }
      }

      // 2b. Multi-word names with their words in the wrong order (`People's Republican Party`).
      for (let index = 0; index < tokens.length; index++) {
        // (A name turned round starts after `The`, which stays: `The Indian Reserve Bank` → `The Reserve Bank of India`.)
        if (!isCapitalized(tokens[index].value) || tokens[index].value === 'The') continue
        const keys: string[] = []
        // Order-free hashes of the words so far (see `bagHash` in `form-index`): most runs of capitalised words are
        // no form's words in any order, which the hashes show without sorting or joining them.
        let keysBag = 0
        let contentBag = 0
        let contentCount = 0
        for (let last = index; last < tokens.length && last - index < 6; last++) {
          const token = tokens[last]
          if (last > index && !isNameGap(token.before)) break
          const word = last === index ? token.value : token.base
          if (!isCapitalized(word) && !['of', 'for', 'and', 'the'].includes(word)) break
          const written = facts.at(token.info)
          const based = token.base === token.value ? written : facts.at(token.baseInfo)
          // Only words that occur in some multi-word name can be part of one in the wrong order.
          if (!written.inOrderedName && !based.inOrderedName) break
          const key = written.key
          const baseKey = based.key
          keys.push(key)
          keysBag = (keysBag + wordHash(key)) >>> 0
          const withBaseBag = baseKey === key ? keysBag : (keysBag - wordHash(key) + wordHash(baseKey)) >>> 0
          const lastJoiner = orderJoiners.has(baseKey)
          const contentNow = lastJoiner ? contentBag : (contentBag + wordHash(contentWord(orders, baseKey))) >>> 0
          const contentNowCount = lastJoiner ? contentCount : contentCount + 1
          // (Inside a longer run this word counts as written, not without its possessive.)
          if (!orderJoiners.has(key)) {
            contentBag = (contentBag + wordHash(contentWord(orders, key))) >>> 0
            contentCount++
          }
          if (keys.length < 2) continue
          if (!orders.formBags.has(keysBag) && !orders.formBags.has(withBaseBag) && !(contentNowCount >= 3 && orders.looseBags.has(contentNow))) continue
          const withBase = baseKey === key ? keys : [...keys.slice(0, -1), baseKey]
          // (Three words or more besides `of`, `for`: the name turned round with its joiners changed, `China People's Bank`,
          // `Office for Control of Foreign Assets`.)
          // (…and a plural for a singular: `Russian Fund of Direct Investments`.)
          const content = withBase.filter((word) => !orderJoiners.has(word)).map((word) => contentWord(orders, word))
          const sameOrder = (ref: FormRef) => ref.keys.filter((word) => !orderJoiners.has(word)).map((word) => contentWord(orders, word)).join(' ') === content.join(' ')
          // (Not places: `City of New York` and `New York City` are both right.)
          // (Nor where some accepted form has the words in the order written: `Departments of Homeland Security`.)
          const candidates = content.length >= 3 && !orderJoiners.has(withBase[withBase.length - 1]) ? orders.withoutJoiners.get(orderKey(content)) : undefined
          // (Nor the English `X Ministry` for `Ministry of X`, nor a name with the same joiners in another order, which may
          // be another body: Kazakhstan's `Bureau of National Statistics`, China's `National Bureau of Statistics`.)
          const joinersOf = (words: string[]) => words.filter((word) => orderJoiners.has(word)).sort().join(' ')
          const headLast = (ref: FormRef) => headNouns.has(tokenKey(ref.tokens[0])) && withBase[withBase.length - 1] === tokenKey(ref.tokens[0]) && !withBase.some((word) => orderJoiners.has(word))
          const loose = candidates && !candidates.some(sameOrder)
            ? candidates.filter((ref) => ref.entry.type !== 'place' && !headLast(ref) && !ofGenitive(ref.keys, withBase, names) && joinersOf(ref.keys) !== joinersOf(withBase))
            : undefined
          const refs = orders.forms.get(orderKey(keys)) || (withBase !== keys ? orders.forms.get(orderKey(withBase)) : undefined) || (loose && loose.length > 0 ? loose : undefined)
          if (!refs || names.accepted.has(keys.join(' ')) || (withBase !== keys && names.accepted.has(withBase.join(' ')))) continue
          if (tokens.slice(index, last + 1).some((word) => {
            const written = inWrittenName.get(word)
            return written !== undefined && (written.from < index || written.to > last)
          })) continue
          const start = tokens[index].start
          const end = token.baseEnd
          if (overlaps(start, end)) continue
          const ref = refs[0]
          report(start, end, 'Unexpected `' + text.slice(start, end) + '`, expected `' + ref.form + '` (the words of the name in the wrong order)', [ref.form], role(ref.entry), sentence)
          break
        }
      }

      for (let index = 0; index < tokens.length; index++) {
        const token = tokens[index]
        // Both checks below need a capitalised word, or a lower-case one right after a capitalised word.
        if (!isCapitalized(token.value) && !(index > 0 && isCapitalized(tokens[index - 1].value))) continue
        const previous = index > 0 && isNameGap(token.before) ? tokens[index - 1] : undefined
        if (overlaps(token.start, token.end)) continue

        // 3. Surnames translated word for word.
        if (previous && translatedSurname(previous, token, index)) continue

        // 4. Near misses of curated names.
        const word = token.base
        if (!isWordLike(word) || word.length < 5 || isAllCaps(word)) continue
        // The Russian soft sign written as an apostrophe (`P'yanov`, `Vasil'ev`): the name without it, where the
        // dictionary knows it. Other apostrophes are contractions (`We’re`, `It’ll`), not names.
        if (/['’]/.test(word)) {
          // (Only for East Slavic names: the apostrophe of `Sa'ar` is the name's own.)
          const soft = /^\p{Lu}\p{Ll}*['’]\p{Ll}{2,}$/u.test(word) && !/['’](?:re|ll|ve|s|t|d|m)$/.test(word) && !names.accepted.has(tokenKey(word)) ? word.replace(/['’]/, '') : undefined
          const known = soft ? (names.accepted.get(tokenKey(soft)) || []).find((ref) => ref.tokens.length === 1 && ref.entry.type === 'person') || names.nearMiss(soft) : undefined
          if (soft && known && ['ru', 'uk', 'be'].includes(known.entry.origin || '')) {
            const target = 'form' in known ? known.form : known.target
            reportSlip(token.start, token.baseEnd, {entry: known.entry, expected: target}, sentence)
          }
          continue
        }
        // Hyphenated compounds with a known or one-letter part (`Moscow-O`, `pro-Kremlin`) are not garbles.
        if (word.includes('-') && word.split('-').some((part) => part.length < 2 || names.isKnownName(part) || isCommonWord(part))) continue
        const lower = isLowercase(word)
        if (!lower && !isCapitalized(word)) continue
        // Cheapest checks first: ordinary words, and lower-case words with no name before them.
        if (isCommon(token.baseInfo)) continue
        if (lower && (!previous || !isCapitalized(previous.value) || names.knownLower.has(word))) continue
        const capitalised = lower ? word.charAt(0).toUpperCase() + word.slice(1) : word
        if (facts.of(capitalised).known) continue
        // A Japanese name in the Kunrei romanisation, which English does not use (`Tukuba`, `Takaiti`): Hepburn spells it.
        if (!lower) {
          const hepburn = toHepburn(capitalised)
          const ref = hepburn !== capitalised ? (names.accepted.get(tokenKey(hepburn)) || []).find((candidate) => candidate.tokens.length === 1 && isJapanese(candidate.entry)) : undefined
          if (ref) {
            report(token.start, token.baseEnd, 'Unexpected `' + word + '`, expected `' + ref.form + '` (' + ref.entry.name + ' in the Kunrei romanisation; English uses Hepburn)', [ref.form], role(ref.entry), sentence)
            continue
          }
        }
        // A title right before the name, or an office of the shape `Secretary of State`.
        const titled =
          previous !== undefined &&
          (context.titles.has(previous.value.toLowerCase().replace(/\.$/, '')) ||
            (index >= 3 && tokens[index - 2].value === 'of' && isCapitalized(previous.value) && context.titles.has(tokens[index - 3].value.toLowerCase())))
        const office = titled && previous !== undefined && !honorifics.has(previous.value.toLowerCase().replace(/\.$/, ''))
        let hit = names.nearMiss(capitalised) || (titled && !lower ? names.nearMissAfterTitle(capitalised, office) : undefined)
        if (!hit) continue
        // (Several people share a surname: the one whose given name stands before it, `Jerome Pauell` for Jerome Powell,
        // not Jonathan Powell.)
        if (hit.entry.type === 'person' && previous !== undefined && isCapitalized(previous.value) && !givenOf(hit.entry).includes(previous.value)) {
          const namesake = (names.accepted.get(tokenKey(hit.target)) || []).find((ref) => ref.entry.type === 'person' && givenOf(ref.entry).includes(previous.value))
          if (namesake) hit = {...hit, entry: namesake.entry}
        }
        // A word before `district`, `village` or the like names a place, not a person (`the Polohy district`); so does one
        // after such a word and `of` (`my electorate of Farrer`), and a person stands after `at` no more than a company does
        // (`an analyst at Jefferies`).
        const kind = tokens[index + 1]
        if (hit.entry.type === 'person' && kind !== undefined && isPlainGap(kind.before) && (placeKinds.has(kind.value) || eventKinds.has(kind.value))) continue
        if (hit.entry.type === 'person' && previous !== undefined && (previous.key === 'at' || (previous.key === 'of' && index >= 2 && placeKinds.has(tokens[index - 2].key)))) continue
        // (…nor after a noun for a company or a body: `the Russian group Yadran` is no slip of Tobias Adrian.)
        // (A company's name spelled so is still a slip of the company's: `the tire supplier Birelli`.)
        if (hit.entry.type === 'person' && previous !== undefined && isPlainGap(token.before) && bodyKinds.has(previous.value) &&
          !(names.accepted.get(tokenKey(hit.target)) || []).some((ref) => ref.entry.type !== 'person')) continue
        // A word beside a particle belongs to a name of its own (`Jorden van Foreest`): given name before it, surname after it
        // (unless the person's own name has a particle: `Faisal ben Farhane` for bin Farhan).
        if (hit.entry.type === 'person' && ((kind !== undefined && isNameGap(kind.before) && namePrefixes.has(kind.value) && index + 2 < tokens.length && isCapitalized(tokens[index + 2].value)) ||
          (previous !== undefined && namePrefixes.has(previous.value) && !splitForm(hit.entry.name).some((part) => namePrefixes.has(part.toLowerCase()))))) continue
        // A given name the article writes before a surname elsewhere (`Ferran Torres …, and again Ferran`).
        if (hit.entry.type === 'person' && givenInArticle().has(word)) continue
        // A word after a given name is a surname, not a company's or a place's name (`Kaja Karras` is no Kayrros);
        // so is one after a surname (the second of two, `Rafael López Aliaga` is no LaLiga).
        if (hit.entry.type !== 'person' && previous !== undefined && isCapitalized(previous.value) && (names.givenNames.has(previous.value) || names.isSurname(previous.value)) && !previous.sentenceInitial) continue
        // (By sound only where there is enough to compare: `Juan` and `Ana` both come down to `n`.)
        const givenMatches = previous !== undefined && givenOf(hit.entry).some((given) => given === previous.value || (soundsLikeGiven(previous.value, given) && soundKey(given) === soundKey(previous.value)))
        // An office the person does not hold names someone else (`Senator Barrasso` is no slip of Justice Barroso,
        // `Captain Cherrey` none of a chief executive's name).
        if (office && previous !== undefined && hit.entry.type === 'person' && !givenMatches && !holdsOffice(hit.entry, index >= 3 && tokens[index - 2].value === 'of' ? tokens[index - 3].value : previous.value)) continue
        // A real surname from the name lists, or a lower-case word, needs a title or the right given name before it.
        if ((names.isSurname(capitalised) || lower) && !titled && !givenMatches) continue
        // (…and so does a given name the lists know, alone: `Ferran is fit` is no slip of Faisal bin Farhan.)
        if (hit.entry.type === 'person' && (names.givenNames.has(capitalised) || people.byGiven.has(capitalised)) && !titled && !givenMatches) continue
        // A given name before it that belongs to someone else: probably another person (also a given name
        // no list knows, `Emeric Laporte`, unless it is close to the person's own: `Sanay Takeichi`).
        if (previous && !givenMatches && hit.entry.type === 'person' && !titled && isCapitalized(previous.value) && !isAllCaps(previous.value) &&
          // (A rare word in a name's place is a given name too: `Esper Kallás` is no slip of Kaja Kallas.)
          (names.givenNames.has(previous.value) || (!isFrequentWord(previous.key) && !givenOf(hit.entry).some((given) => closeGivenName(given, previous.value)))) &&
          // (…not the first of the person's own two surnames: `Núñez Feijoó`.)
          !(hit.entry.surname !== undefined && splitForm(hit.entry.surname).slice(0, -1).includes(previous.value))) continue
        // Close to a curated surname but followed by a capitalised word of its own: a given name (`Bongani Mthembu`).
        const following = tokens[index + 1]
        // (Close to a company's name but followed by a surname, `Hermis Moutardier`, it is someone's given name too.)
        if (!titled && !givenMatches && token.base === token.value && following && isNameGap(following.before) && isCapitalized(following.value) && !isAllCaps(following.value) &&
          (hit.entry.type === 'person' || !splitForm(hit.entry.name).includes(following.value))) continue
        // The given name written without its accents (`Joao`): suggest the whole name as the person writes it.
        // …or with a slip of its own (`Sanay Takeichi`), or the same sounds in another romanisation (`Juri`, `Djeyhun`,
        // `Den` for Yuri, Jeyhun, Dan): suggest the whole name as the person writes it.
        const givenNames = previous ? givenOf(hit.entry) : []
        const accented =
          previous &&
          !titled &&
          givenNames.find(
            (given) =>
              given !== previous.value &&
              (fold(given) === previous.value ||
                (!givenNames.includes(previous.value) &&
                  ((given.charAt(0) === previous.value.charAt(0) && given.length >= 4 && closeGivenName(given, previous.value)) || respelledGiven(given, previous.value))))
          )
        if (previous && accented) {
          const actual = text.slice(previous.start, token.baseEnd)
          const expected = accented + ' ' + hit.target
          report(previous.start, token.baseEnd, 'Unexpected `' + actual + '`, expected `' + expected + '` (' + hit.entry.name + ', spelled differently)', [expected], role(hit.entry), sentence)
          continue
        }
        report(token.start, token.baseEnd, 'Unexpected `' + word + '`, expected `' + hit.target + '` (' + (hit.entry.type === 'person' ? hit.entry.name : 'the name') + ', spelled differently)', [hit.target], role(hit.entry), sentence)
        // (With the person's given name or title, the surname alone elsewhere in the article is the same slip: a headline's
        // `before Navrotsky takes office` above `Karol Navrotsky`.)
        if (hit.entry.type === 'person' && (givenMatches || titled) && !lower && !names.accepted.has(token.baseKey)) {
          slippedSurnames.set(word, {entry: hit.entry, surname: hit.target, why: hit.entry.name + ', spelled differently'})
        }
      }

      function translatedSurname(given: Token, word: Token, index: number): boolean {
        if (!isCapitalized(given.value) || !isCapitalized(word.value) || isAllCaps(word.value)) return false
        if (given.sentenceInitial === false && index >= 2 && /^\s+$/.test(given.before) && ['the', 'a', 'an'].includes(tokens[index - 2].value.toLowerCase())) return false
        // (An English given name stands for the forms it translates: `Peter` for Petr, Pyotr, Piotr.)
        const englished = givenNamesFor(given.value)
        const translatedGiven = (name: string) => (names.givenOrigins(name) || []).some((origin) => translatedOrigins.has(origin))
        // (Given names of other origins only where a curated person of that given name has a surname that means the word:
        // `Carlos Coins` for Carlos Moedas; `Maria Brown` is an American's name.)
        // (The word's meaning as a curated surname, looked up once.)
        let meaning: ReturnType<typeof meaningOf> | null = null
        const meaningHere = () => (meaning === null ? (meaning = meaningOf(names, word.base, given.value)) : meaning)
        const ownMeaning = () => {
          const meant = isCommon(word.baseInfo) ? meaningHere() : undefined
          return meant !== undefined && givenOf(meant.entry).includes(given.value)
        }
        if (!translatedGiven(given.value) && !englished.some(translatedGiven) && !ownMeaning()) return false
        // A place or an institution that is also a given name (`Jordan River`, `Victoria Station`); a surname
        // that is also a given name (`Ahmed`) still counts as a given name.
        // (An English given name that is also a word, `Peter`, `Mark`, counts only where a curated surname means the word after it.)
        const commonGiven = isCommon(given.info)
        // (…unless a curated person of that given name has a surname that means the word: `Vladimir Nightingale`, though
        // Vladimir is a city too.)
        if ((commonGiven && englished.length === 0) ||
          ((names.accepted.get(given.key) || []).some((ref) => ref.entry.type !== 'person') && !ownMeaning())) return false
        // Inside a longer capitalised name (`Grand Hamad Stadium`)?
        // (A title or an acronym before the given name is no part of a name: `Chairman Özgür …`, `CHP leader`.)
        const before = index >= 2 ? tokens[index - 2] : undefined
        // (Nor is an institution's head noun or the end of a name the dictionary knows: `the Ministry of
        // Foreign Affairs Heorhii …`.)
        // (A first given name before it is part of the person's name: `Mohammad Reza …`.)
        if (before && isNameGap(given.before) && isCapitalized(before.value) && !before.sentenceInitial && !isAllCaps(before.value) && !context.titles.has(before.value.toLowerCase().replace(/\.$/, '')) && !institutionHeads.has(before.base) && !endsName.has(before) &&
          !(names.givenOrigins(before.value) || []).some((origin) => translatedOrigins.has(origin))) return false
        // (A name the dictionary has in full is no name with a translated surname: `Li Auto`.)
        if (names.accepted.has(given.key + ' ' + word.baseKey)) return false
        // (A name already whole with the word before it is followed by other words: `Wang Yi Discussed …`.)
        if (before && isNameGap(given.before) && names.accepted.has(before.key + ' ' + given.key)) return false
        const surname = word.base
        // (`dear Faisal I am …` in a transcript: a pronoun, not a surname.)
        // (A proper adjective a curated surname means counts too, after the person's given name: `Péter Hungarian` for Magyar.)
        if (surname.length < 3 || !isWordLike(surname) || (!isCommon(word.baseInfo) && !(isKnownProper(surname) && meaningHere()))) return false
        // (…unless a curated person of that given name has a surname that means it: `Andriy Garden` for Sadovyi.)
        if ((context.notSurnames.has(surname) && !ownMeaning()) || context.months.has(surname) || context.weekdays.has(surname)) return false
        // Part of a longer name or title (`Ivan Franko National University`)? Two ordinary words
        // and nothing capitalised after them is a two-word translation (`Shinjiro Small Spring`).
        const next = tokens[index + 1]
        if (next && isNameGap(next.before) && isCapitalized(next.value)) {
          const after = tokens[index + 2]
          const second = next.base
          const twoWords =
            isWordLike(second) && isCommon(next.baseInfo) && !isAllCaps(second) && !context.notSurnames.has(second) &&
            !context.months.has(second) && !context.weekdays.has(second) &&
            !names.curatedSurnames.has(second) && !names.curatedSurnames.has(surname) && !isKnownProper(second) &&
            !(after && isNameGap(after.before) && isCapitalized(after.value))
          if (!twoWords) return false
          const start = given.start
          const end = next.baseEnd
          // A surname that means a compound (`Alparslan Standard Bearer` for Bayraktar).
          const compound = surname.toLowerCase() + '-' + second.toLowerCase()
          const meantWhole = meaningOf(names, compound, given.value) || meaningOf(names, compound.replace('-', ' '), given.value)
          if (meantWhole) {
            const actual = text.slice(start, end)
            const expected = given.value + ' ' + surnameBeside(meantWhole.entry, given.value, meantWhole.surname)
            report(start, end, 'Unexpected `' + actual + '`, expected `' + expected + '` (the surname ' + meantWhole.surname + ' translated word for word: ' + meantWhole.lang + ' “' + meantWhole.word + '”)', [expected], role(meantWhole.entry), sentence)
            return true
          }
          // (A headline in Title Case capitalises the words after a name: `Lavrov and Li Met Reporters in Beijing`.)
          if (!isFrequentWord(surname) || !isFrequentWord(second) || titleCaseLine(text, start)) return false
          report(start, end, 'Unexpected ordinary words `' + text.slice(word.start, end) + '` as the surname of `' + given.value + '`, expected the surname as a name (translated word for word?)', [], undefined, sentence)
          return true
        }
        const meant = meaningHere()
        if (commonGiven && !meant) return false
        // A real surname (or an English name) stays silent unless a curated surname means this word;
        // words of institutions' names (`Peace`, `Council`) are no surnames.
        // (After a given name English also uses, an English name such as `Peck` is a surname too.)
        if (!meant && (names.isSurname(surname) || ((names.givenOrigins(given.value) || []).includes('en') && isKnownProper(surname)))) return false
        const start = given.start
        const end = word.baseEnd
        const actual = text.slice(start, end)
        if (meant) {
          // (Both names translated, `Peter Violet`: the person's own name.)
          const expected = givenOf(meant.entry).includes(given.value) ? given.value + ' ' + surnameBeside(meant.entry, given.value, meant.surname) : meant.entry.name
          report(start, end, 'Unexpected `' + actual + '`, expected `' + expected + '` (the surname ' + meant.surname + ' translated word for word: ' + meant.lang + ' “' + meant.word + '”)', [expected], role(meant.entry), sentence)
          // (The article names the person, if translated: the surname alone may come again, `Lightning wrote`, 5h.)
          translatedPeople.add(meant.entry)
        } else {
          // An ordinary word a letter or a sound from a curated surname after that person's given name is a slip,
          // not a translation (`Alexei Miler` for Miller).
          const close = closeSurname(people, given.value, surname, names, true)
          if (close) reportSlip(start, end, close, sentence)
          // Translation puts frequent words for a name (`Conversation`, `Forest`); a rare one is a real
          // surname that happens to spell it (`Joachim Trier`, `Sadettin Saran`).
          else if (!isFrequentWord(surname)) return false
          else report(start, end, 'Unexpected ordinary word `' + surname + '` as the surname of `' + given.value + '`, expected the surname as a name (translated word for word?)', [], undefined, sentence)
        }
        return true
      }
    }

    // Words of accepted names of three words or more.
    const inLongerName = new Set<Token>()
    for (const match of document.matches) {
      if (match.accepted.length === 0 || match.to - match.from < 2) continue
      for (let index = match.from; index <= match.to; index++) inLongerName.add(match.sentence.tokens[index])
    }

    // Capitalised words the article writes somewhere (worked out on first use).
    let written: Set<string> | undefined
    const mentioned = (word: string): boolean => {
      if (!written) {
        written = new Set()
        for (const sentence of document.sentences) for (const token of sentence.tokens) if (isCapitalized(token.value)) written.add(token.base)
      }
      return written.has(word)
    }

    // 5. A curated person with one of the two names garbled: the given name is right and the
    // surname is close (`Olaf Sholz`), or the surname is right and the given name is close
    // (`German Gref` for Herman Gref).
    // In a transcript without punctuation names lose their capitals too (`steve whitcoff`).
    const transcript = unpunctuatedTranscript(tree, text)
    for (const sentence of document.sentences) {
      const tokens = sentence.tokens
      if (transcript) lowerCaseNames(tokens, sentence)
      /** Does a capitalised word continue the name after the pair at `at`? */
      const nameGoesOn = (at: number): boolean => {
        const third = tokens[at + 2]
        return third !== undefined && isNameGap(third.before) && isCapitalized(third.value)
      }
      let sentenceWords: Set<string> | undefined
      for (let index = 0; index + 1 < tokens.length; index++) {
        const given = tokens[index]
        const surname = tokens[index + 1]
        // A surname heard as a short lower-case word and the rest (`Simone in Zaghi` for Inzaghi, `Yuri a shakov`).
        const rest = tokens[index + 2]
        if (rest && surname.before === ' ' && rest.before === ' ' && isCapitalized(given.value) && isLowercase(surname.value) && surname.value.length <= 3 && (isCapitalized(rest.base) || (isLowercase(rest.base) && rest.base.length >= 4)) && isWordLike(rest.base) && facts.at(given.info).givenOfPerson) {
          const joined = splitSurname(people, given.value, surname.value + rest.base.toLowerCase())
          if (joined && !overlaps(given.start, rest.baseEnd)) {
            reportSlip(given.start, rest.baseEnd, joined, sentence)
            continue
          }
        }
        if (!isNameGap(surname.before) || !isCapitalized(given.value) || !isCapitalized(surname.base)) continue
        const surnameFacts = facts.at(surname.baseInfo)
        // Neither name a curated person's, nor the surname one that sounds like it: nothing to compare with.
        if (!facts.at(given.info).givenOfPerson && !surnameFacts.surnameOfPerson && !surnameFacts.soundsLikeSurname) continue
        // Two words of a longer accepted name (`Yoon Suk` in `Yoon Suk Yeol`) are no garble.
        if (inLongerName.has(given)) continue
        if (isAllCaps(given.value) || isAllCaps(surname.base) || !isWordLike(given.value) || !isWordLike(surname.base)) continue
        const start = given.start
        if (overlaps(start, surname.baseEnd)) continue
        if (names.accepted.has(given.key + ' ' + surname.baseKey)) continue
        // A Korean name in another romanisation of a curated person's (`Lee Chang-yong` for Rhee Chang-yong) is that
        // person, not someone a letter away (`Lee Chang-dong`): 5b reports it.
        if (given.value.length <= 5 && isKoreanFamilyName(given.value) && koreanPerson(names, given.value, surname.base)) continue
        const third = tokens[index + 2]
        // A given name as the second word is a garbled surname only where the name ends there
        // (`Aleš Michal`, not `Mohammad Bagher Ghalibaf`).
        // A title right before the name (`President`, `Prime Minister`), to compare with the person's role.
        const before = index > 0 && isNameGap(given.before) ? tokens[index - 1].value.replace(/\.$/, '') : undefined
        const title = before !== undefined && context.titles.has(before.toLowerCase()) ? before : undefined
        let found = closeSurname(people, given.value, surname.base, names, !nameGoesOn(index)) || closeGiven(people, given.value, surname.base, names, mentioned, title)
        let end = surname.baseEnd
        // A surname heard as two words (`Johann Wade Full` for Wadephul), as captions split it.
        // (The second word may be a short lower-case one the ear made of a syllable: `Dmitri of` for Dmitriev,
        // `Dan Driss coal` for Driscoll.)
        if (!found && third && third.before === ' ' && isCapitalized(surname.value) && (isCapitalized(third.base) || (isLowercase(third.base) && third.base.length <= 5)) && isWordLike(third.base)) {
          found = splitSurname(people, given.value, surname.value + third.base.toLowerCase())
          if (found) end = third.baseEnd
        }
        // Both names slipped, each a letter or a sound away, even where one of them is someone else's (`Kaya Kalas`
        // for Kaja Kallas, `Yasser Al-Rumayan` for Yasir Al-Rumayyan).
        if (!found && surnameFacts.soundsLikeSurname && !nameGoesOn(index)) found = bothClose(surnameFacts.soundsLikeSurname, given.value, surname.base, names)
        // The surname two letters off where the person's title comes right before the name (`Governor Fatih Kahraman`).
        if (!found && title !== undefined && !honorifics.has(title.toLowerCase())) {
          found = closeSurname(people, given.value, surname.base, names, !nameGoesOn(index), (entry) => entry.role !== undefined && holdsOffice(entry, title))
        }
        // A given name that only sounds like the person's, where the sentence has two words of the person's role
        // (`Riley Odinga, the former prime minister of Kenya`).
        if (!found && surnameFacts.surnameOfPerson && !nameGoesOn(index)) {
          // (Without the role, where the surname is one curated person's and no word or given name, the written given
          // name no given name, and the two have the same consonants: `Care Starmer`.)
          const bearers = people.bySurname.get(surname.base) || []
          // (A given name of its own, `Carroll Dmitriev`, may be someone else's: that still needs the role.)
          const uniqueSurname = bearers.length === 1 && !isCommon(surname.baseInfo) && !names.givenNames.has(surname.base) && !names.givenNames.has(given.value) && soundKey(given.value).length >= 2
          for (const item of bearers) {
            const sameSounds = (written: string) => uniqueSurname && soundKey(written) === soundKey(given.value)
            const name = item.given.find((written) => written !== given.value && written.length >= 4 && (soundsAlike(given.value, written) || sameSounds(written)))
            if (!name) continue
            sentenceWords ||= lowerWords(tokens)
            if (!sameSounds(name) && roleWordsIn(item.entry, sentenceWords, tokens, index, index + 1) < 2) continue
            found = {entry: item.entry, expected: name + ' ' + surname.base}
            break
          }
        }
        if (!found || overlaps(start, end)) continue
        reportSlip(start, end, found, sentence)
      }
    }

    /** A curated person's given name and a slipped surname, both in lower case (`steve whitcoff`). */
    function lowerCaseNames(tokens: Token[], sentence: SentenceInfo): void {
      for (let index = 0; index + 1 < tokens.length; index++) {
        const given = tokens[index]
        const surname = tokens[index + 1]
        if (surname.before !== ' ' || !isLowercase(given.value) || !isLowercase(surname.base) || surname.base.length < 4) continue
        const properGiven = capitalize(given.value)
        if (!facts.of(properGiven).givenOfPerson || isCommon(surname.baseInfo)) continue
        const found = closeSurname(people, properGiven, capitalize(surname.base), names, true)
        if (!found || overlaps(given.start, surname.baseEnd)) continue
        reportSlip(given.start, surname.baseEnd, found, sentence)
      }
    }

    // 5a. Names written family name first (Chinese, Korean, Vietnamese) with one part translated word
    // for word: the family name (`King Yi` for Wang Yi, where the dictionary gives the meaning) or the
    // given name after a curated family name (`Li Strong`, with no suggestion).
    const familyFirst = familyFirstIndex(names)
    for (const sentence of document.sentences) {
      const tokens = sentence.tokens
      for (let index = 0; index + 1 < tokens.length; index++) {
        const first = tokens[index]
        const second = tokens[index + 1]
        // A family name heard as a short English word before a curated given name of five letters or more (`she Jinping` in
        // captions for Xi Jinping): no one else has the given name, and the word sounds as the family name does.
        // (In a transcript in lower case, the given name too: `she jinping`.)
        if (/^\p{Ll}{2,4}$/u.test(first.value) && /^\p{L}\p{Ll}{4,}$/u.test(second.base) && isNameGap(second.before) && !overlaps(first.start, second.baseEnd)) {
          const heardWord = familyFirst.byGiven.get(capitalize(second.base))?.find((entry) => entry.origin === 'zh' && soundKey(entry.surname!) !== '' && soundKey(entry.surname!) === soundKey(first.value))
          if (heardWord) {
            reportSlip(first.start, second.baseEnd, {entry: heardWord, expected: heardWord.surname + ' ' + capitalize(second.base)}, sentence)
            continue
          }
        }
        if (!isCapitalized(first.value) || !isCapitalized(second.value) || !isNameGap(second.before) || isAllCaps(first.value) || isAllCaps(second.base)) continue
        const next = tokens[index + 2]
        if ((next && isNameGap(next.before) && isCapitalized(next.value)) || inLongerName.has(first) || overlaps(first.start, second.baseEnd)) continue
        const withGiven = familyFirst.byGiven.get(second.base)
        const family = familyFirst.families.has(first.value)
        if ((!withGiven && !family) || names.accepted.has(first.key + ' ' + second.baseKey)) continue
        // The family name as English ears and older romanisations write pinyin (`Shi Jinping`, `Hsi Jinping`).
        const heard = withGiven?.find((entry) => entry.surname !== first.value && pinyinSound(entry.surname!) === pinyinSound(first.value))
        if (heard) {
          reportSlip(first.start, second.baseEnd, {entry: heard, expected: heard.surname + ' ' + second.base}, sentence)
          continue
        }
        if (withGiven && isCommon(first.info) && !first.sentenceInitial) {
          const stemsOf = stems(first.value.toLowerCase())
          const person = withGiven.find((entry) => entry.meaning && entry.meaning.words.some((word) => stemsOf.includes(word)))
          if (person) {
            const expected = person.surname + ' ' + second.base
            const actual = text.slice(first.start, second.baseEnd)
            report(first.start, second.baseEnd, 'Unexpected `' + actual + '`, expected `' + expected + '` (the family name ' + person.surname + ' translated word for word: ' + person.meaning!.lang + ' “' + first.value.toLowerCase() + '”)', [expected], role(person), sentence)
            continue
          }
        }
        const word = second.base
        // (`The` with a capital in mid-sentence opens the title of a work, `The Sun Rises on Us All`.)
        const titled = index > 0 && tokens[index - 1].value === 'The' && !tokens[index - 1].sentenceInitial && isNameGap(first.before)
        // (Nor in a headline in Title Case: `Lee Stresses Alliance`.)
        if (family && !titled && !englishFamilyNames.has(first.value) && word.length >= 3 && !titleCaseLine(text, first.start) && isCommon(second.baseInfo) && !names.knownTokens.has(word) &&
          !context.notSurnames.has(word) && !context.months.has(word) && !context.weekdays.has(word) && !context.titles.has(word.toLowerCase())) {
          report(first.start, second.baseEnd, 'Unexpected ordinary word `' + word + '` as the given name of `' + first.value + '`, expected the given name as a name (translated word for word?)', [], undefined, sentence)
        }
      }
    }

    // 5b. Korean names in another romanisation (`Yi Jae-myeong` for Lee Jae-myung, `Jeong Ui-seon` for
    // Chung Eui-sun); hyphens, spaces and case alone (`Kim Jong-un`) are house style, not a slip.
    for (const sentence of document.sentences) {
      const tokens = sentence.tokens
      for (let index = 0; index + 1 < tokens.length; index++) {
        const family = tokens[index]
        if (family.value.length > 5 || !isCapitalized(family.value) || !isKoreanFamilyName(family.value) || !isNameGap(tokens[index + 1].before)) continue
        // The given name in one word (`Jae-myeong`) or two (`Jae Myeong`).
        let last = index + 1
        let given = tokens[last].base
        const third = tokens[index + 2]
        if (tokens[last].base === tokens[last].value && third && isNameGap(third.before) && /^\p{Lu}\p{Ll}{1,4}$/u.test(tokens[last].value) && /^\p{Lu}\p{Ll}{1,4}$/u.test(third.base)) {
          last = index + 2
          given = tokens[last - 1].value + third.base
        }
        if (!/^\p{Lu}/u.test(given)) continue
        const person = koreanPerson(names, family.value, given)
        if (!person) continue
        const start = family.start
        const end = tokens[last].baseEnd
        const actual = text.slice(start, end)
        const letters = (value: string) => fold(value).toLowerCase().replace(/[-\s]/g, '')
        if ([person.name, ...person.variants].some((form) => letters(form) === letters(actual)) || overlaps(start, end)) continue
        report(start, end, 'Unexpected `' + actual + '`, expected `' + person.name + '` (' + person.name + ', romanised differently)', [person.name], role(person), sentence)
      }
    }

    // 5c. A mainland Chinese name in the Wade–Giles romanisation (`Kuo Chia-kun` for Guo Jiakun, `Ho Li-feng` for He
    // Lifeng): family name and hyphenated given name read back into pinyin spell a curated person's name, and the
    // written form is none (Taiwanese names keep theirs: `Lai Ching-te`).
    for (const sentence of document.sentences) {
      const tokens = sentence.tokens
      for (let index = 0; index + 1 < tokens.length; index++) {
        const family = tokens[index]
        const given = tokens[index + 1]
        if (family.value.length > 6 || !isCapitalized(family.value) || !isNameGap(given.before) || !/^\p{Lu}[\p{Ll}'’ü]*-[\p{Ll}'’ü]+$/u.test(given.base)) continue
        if (names.accepted.has(family.key + ' ' + given.baseKey) || overlaps(family.start, given.baseEnd)) continue
        const after = tokens[index + 2]
        if (after !== undefined && isNameGap(after.before) && isCapitalized(after.value)) continue
        const person = wadeGilesPerson(family.value, given.base)
        if (!person) continue
        const actual = text.slice(family.start, given.baseEnd)
        report(family.start, given.baseEnd, 'Unexpected `' + actual + '`, expected `' + person.form + '` (' + person.entry.name + ' in the Wade–Giles romanisation; English writes mainland names in pinyin)', [person.form], role(person.entry), sentence)
      }
    }
    /**
     * The curated person (not a Turkish one, whose own spelling it is) named by words read from the Turkish alphabet:
     * the whole name, or (with a letter only Turkish has) the surname and a given name two letters off.
     */
    function turkishAlphabetPerson(words: string[], turkishLetters: boolean): NameEntry | undefined {
      const exact = names.accepted.get(words.map(tokenKey).join(' '))?.find((ref) => ref.entry.type === 'person' && ref.entry.origin !== 'tr')
      if (exact) return exact.entry
      if (!turkishLetters) return undefined
      const written = words.slice(0, -1).join('').toLowerCase()
      for (const item of people.bySurname.get(words[words.length - 1]) || []) {
        if (item.entry.origin === 'tr' || item.entry.type !== 'person') continue
        const given = splitForm(item.entry.name).slice(0, -1).join('').replace(/-/g, '').toLowerCase()
        if (given.length >= 4 && given.charAt(0) === written.charAt(0) && editDistance(given, written.replace(/-/g, ''), 2) <= 2) return item.entry
      }
      return undefined
    }

    // 5c'. A Chinese name that came through Russian, in the Palladius system's letters (`Si Tszinpin` for Xi Jinping,
    // `Chzhan Khanhuey` for Zhang Hanhui, `Tyantszin` for Tianjin): read back into pinyin, a curated name.
    for (const sentence of document.sentences) {
      const tokens = sentence.tokens
      for (let index = 0; index < tokens.length; index++) {
        const first = tokens[index]
        if (!isCapitalized(first.value) || first.value.length > 12 || !isWordLike(first.value)) continue
        const second = tokens[index + 1]
        const pair = second !== undefined && isNameGap(second.before) && isCapitalized(second.base) && second.base.length <= 12 && isWordLike(second.base) &&
          !(index + 2 < tokens.length && isNameGap(tokens[index + 2].before) && isCapitalized(tokens[index + 2].value))
        const last = pair ? second : first
        const words = pair ? [first.value, second.base] : [first.base]
        if (!words.some((word) => palladiusMarks.test(word)) || names.accepted.has(pair ? first.key + ' ' + second.baseKey : first.baseKey) || overlaps(first.start, last.baseEnd)) continue
        if (!pair && (isCommon(first.baseInfo) || names.isKnownName(first.base))) continue
        const found = palladiusName(words)
        if (!found) continue
        const actual = text.slice(first.start, last.baseEnd)
        report(first.start, last.baseEnd, 'Unexpected `' + actual + '`, expected `' + found.form + '` (' + found.entry.name + ' as Russian writes it; English writes Chinese names in pinyin)', [found.form], role(found.entry), sentence)
        if (pair) index++
      }
    }
    /** The curated name (a person's of two words, or a place's of one) one of whose readings in pinyin `words` spell. */
    function palladiusName(words: string[]): FormRef | undefined {
      if (words.length === 1) {
        for (const reading of palladiusReadings(words[0])) {
          const found = names.accepted.get(reading)?.find((ref) => ref.entry.type === 'place' && ref.tokens.length === 1)
          if (found) return found
        }
        return undefined
      }
      return personOfReadings(names, palladiusReadings(words[0]), palladiusReadings(words[1]))
    }

    // 5c''. A Taiwanese name, which its bearer writes in Wade–Giles, written in pinyin by copy from the mainland (`Lai Qingde`
    // for Lai Ching-te, `Zheng Liwen` for Cheng Li-wun): the pinyin is one of the readings of the curated name.
    for (const sentence of document.sentences) {
      const tokens = sentence.tokens
      for (let index = 0; index + 1 < tokens.length; index++) {
        const family = tokens[index]
        const given = tokens[index + 1]
        // (Only after a family name that is one pinyin syllable: the index is built on first need.)
        if (!/^\p{Lu}\p{Ll}{0,5}$/u.test(family.value) || !isNameGap(given.before) || !/^\p{Lu}\p{Ll}{2,8}$/u.test(given.base) || !pinyinSyllable.test(family.key)) continue
        const person = wadeGilesNames(names).get(family.key + ' ' + given.baseKey)
        if (!person || names.accepted.has(family.key + ' ' + given.baseKey) || overlaps(family.start, given.baseEnd)) continue
        const after = tokens[index + 2]
        if (after !== undefined && isNameGap(after.before) && isCapitalized(after.value)) continue
        const actual = text.slice(family.start, given.baseEnd)
        report(family.start, given.baseEnd, 'Unexpected `' + actual + '`, expected `' + person.name + '` (' + person.name + ' in pinyin; the name is written in Wade–Giles, as its bearer writes it)', [person.name], role(person), sentence)
        index++
      }
    }

    /** The curated person whose name in pinyin is a reading of a Wade–Giles family and given name. */
    function wadeGilesPerson(family: string, given: string): FormRef | undefined {
      return personOfReadings(names, pinyinReadings(family), pinyinReadings(given))
    }

    // 5g. A country's central bank named in the order of the source language (`Korea Bank`, `Japan Bank` for
    // the Bank of Korea, the Bank of Japan), where no longer name goes on (`Japan Bank for International Cooperation`).
    for (const sentence of document.sentences) {
      const tokens = sentence.tokens
      for (let index = 0; index + 1 < tokens.length; index++) {
        const country = tokens[index]
        const bank = tokens[index + 1]
        if (bank.base !== 'Bank' || !isNameGap(bank.before) || !isCapitalized(country.value) || inLongerName.has(country) || inLongerName.has(bank)) continue
        const after = tokens[index + 2]
        if (after && isNameGap(after.before) && (isCapitalized(after.value) || /^(?:for|of|and)$/.test(after.value))) continue
        const refs = names.accepted.get('bank of ' + country.key)
        const ref = refs?.find((candidate) => candidate.entry.type === 'organization')
        if (!ref) continue
        if (overlaps(country.start, bank.baseEnd)) continue
        const actual = text.slice(country.start, bank.baseEnd)
        report(country.start, bank.baseEnd, 'Unexpected `' + actual + '`, expected `' + ref.form + '` (the words of the name in the wrong order)', [ref.form], role(ref.entry), sentence)
      }
    }

    // 5c'. An outlet's title translated word for word beside a noun for an outlet: after it (`the newspaper Latest News`,
    // `the daily The Echoes`) or set off after it (`The Echoes, the business daily,`).
    const titles = bareTitles(names)
    if (titles.size > 0) {
      for (const sentence of document.sentences) {
        const tokens = sentence.tokens
        for (let index = 0; index < tokens.length; index++) {
          if (!/^\p{Lu}/u.test(tokens[index].value) || overlaps(tokens[index].start, tokens[index].end)) continue
          const kindBefore = index > 0 && isPlainGap(tokens[index].before) && mediaKinds.has(tokens[index - 1].value)
          let key = ''
          for (let last = index; last < tokens.length && last < index + 4; last++) {
            const token = tokens[last]
            if (last > index && (!isNameGap(token.before) || !(/^\p{Lu}/u.test(token.value) || token.value === 'of'))) break
            key += (last > index ? ' ' : '') + tokenKey(last === index ? token.value : token.base)
            const entry = titles.get(key)
            if (!entry) continue
            const goesOn = last + 1 < tokens.length && isNameGap(tokens[last + 1].before) && /^\p{Lu}/u.test(tokens[last + 1].value)
            if (goesOn) continue
            // (…or set off by a comma, then a noun for an outlet within four words: `, the business daily,`.)
            const kindAfter = last + 1 < tokens.length && /^,[ \t]+$/.test(tokens[last + 1].before) &&
              tokens.slice(last + 1, last + 5).some((later, offset) => mediaKinds.has(later.value) && (offset === 0 || isPlainGap(later.before)))
            if (!kindBefore && !kindAfter) continue
            const end = token.baseEnd
            report(tokens[index].start, end, 'Unexpected `' + text.slice(tokens[index].start, end) + '`, expected `' + entry.name + '` (the title of ' + entry.name + ' translated word for word)', [entry.name], role(entry), sentence)
            index = last
            break
          }
        }
      }
    }

    // 5c. A one-word name heard as two words (`Pashin Yan`, `Alam Gir`, `Saudi Aram co`): the two words
    // run together spell it exactly, and are not themselves an accepted way to write a name.
    // (Both in lower case too, where the article names the body right elsewhere: `rose atom` beside Rosatom.)
    // (…a letter off, too: `rose atom`.)
    // (By their first two letters: most pairs of words start no body's name.)
    let bodiesNamed: Map<number, Array<{key: string; ref: FormRef}>> | undefined
    const prefixCode = (value: string) => value.charCodeAt(0) * 65536 + value.charCodeAt(1)
    const namedBody = (first: string, second: string): FormRef | undefined => {
      if (!bodiesNamed) {
        bodiesNamed = new Map()
        for (const match of document.matches) {
          if (match.to !== match.from || !/^\p{Lu}/u.test(match.sentence.tokens[match.from].value)) continue
          for (const ref of match.accepted) {
            if ((ref.entry.type !== 'organization' && ref.entry.type !== 'media') || ref.tokens[0].length < 6) continue
            const key = tokenKey(fold(ref.tokens[0]))
            const list = bodiesNamed.get(prefixCode(key))
            if (list) list.push({key, ref})
            else bodiesNamed.set(prefixCode(key), [{key, ref}])
          }
        }
      }
      if (bodiesNamed.size === 0) return undefined
      const bucket = bodiesNamed.get(prefixCode(first))
      if (!bucket) return undefined
      const joined = first + second
      for (const body of bucket) if (Math.abs(body.key.length - joined.length) <= 1 && editDistance(body.key, joined, 1) <= 1) return body.ref
      return undefined
    }
    for (const sentence of document.sentences) {
      const tokens = sentence.tokens
      for (let index = 0; index + 1 < tokens.length; index++) {
        const first = tokens[index]
        const second = tokens[index + 1]
        if (first.value.length + second.base.length >= 5 && /^\p{Ll}{2,}$/u.test(first.value) && /^\p{Ll}{2,}$/u.test(second.base) && second.before === ' ' && !overlaps(first.start, second.baseEnd)) {
          const solid = namedBody(first.key, second.baseKey)
          if (solid && !names.accepted.has(first.key + ' ' + second.baseKey)) {
            const actual = text.slice(first.start, second.baseEnd)
            report(first.start, second.baseEnd, 'Unexpected `' + actual + '`, expected `' + solid.form + '` (' + solid.entry.name + ', one word, as the article names it)', [solid.form], role(solid.entry), sentence)
            continue
          }
        }
        if (!isCapitalized(first.value) || second.before !== ' ' || first.base !== first.value || !isWordLike(second.base)) continue
        if (!(isCapitalized(second.base) || (isLowercase(second.base) && second.base.length <= 5)) || isAllCaps(first.value) || isAllCaps(second.base)) continue
        // (A particle before a name is a way to write it, not a slip: `Al Marar`, `El Erian`, `Van Dyke`; unless the name
        // is only written solid, with a capital inside: `Le Cun` for LeCun, `Mc Cormick` for McCormick.)
        if (namePrefixes.has(first.value.toLowerCase())) {
          const solid = first.value + second.base
          const ref = isCapitalized(second.base) && !names.accepted.has(first.key + ' ' + second.baseKey) ? (names.accepted.get(tokenKey(solid)) || []).find((candidate) => candidate.form === solid || candidate.tokens.includes(solid)) : undefined
          if (ref) {
            const actual = text.slice(first.start, second.baseEnd)
            report(first.start, second.baseEnd, 'Unexpected `' + actual + '`, expected `' + solid + '` (' + ref.entry.name + ', one word)', [solid], role(ref.entry), sentence)
          }
          continue
        }
        if (first.value.length + second.base.length < 6 || inLongerName.has(first) || overlaps(first.start, second.baseEnd)) continue
        const joined = first.value + second.base.toLowerCase()
        const lowerSecond = isLowercase(second.base)
        // A company's name heard as a name and a short lower-case word, a letter off (`Ross neft` for Rosneft,
        // `Luke oil` for Lukoil).
        // (Not a name and a short word run together: `Al-Hilal a`, `Qatar is`.)
        // (Only where a company's name of that length starts so: most pairs are a name and a verb, `Putin said`,
        // and asking the near-miss search about each would fill its memo with them.)
        if (lowerSecond && joined.length >= 7 && second.base.length >= 3 && !shortWords.has(second.base) && formIndex(names).companyStarts.has(joined.slice(0, 3).toLowerCase()) &&
          !names.accepted.has(joined.toLowerCase())) {
          const near = names.nearMiss(joined)
          const target = near && near.distance === 1 && (near.entry.type === 'organization' || near.entry.type === 'media') ? near.target : undefined
          if (target && !names.accepted.has(first.key + ' ' + second.baseKey)) {
            const actual = text.slice(first.start, second.baseEnd)
            report(first.start, second.baseEnd, 'Unexpected `' + actual + '`, expected `' + target + '` (' + near!.entry.name + ', one word)', [target], role(near!.entry), sentence)
            continue
          }
        }
        if (!mayStartName(joined)) continue
        const refs = names.accepted.get(tokenKey(joined))
        if (!refs) {
          // (…or a discouraged one-word form, heard as two words in lower case: `Don bass` for Donbass, i.e. Donbas.)
          const wrong = lowerSecond ? names.wrong.get(tokenKey(joined))?.find((candidate) => candidate.tokens.length === 1 && splitForm(candidate.entry.name).length === 1 && !candidate.ambiguous) : undefined
          if (wrong && !names.accepted.has(first.key + ' ' + second.baseKey) && !shortWords.has(second.base)) {
            const actual = text.slice(first.start, second.baseEnd)
            report(first.start, second.baseEnd, 'Unexpected `' + actual + '`, expected `' + wrong.entry.name + '` (' + wrong.entry.name + ', one word' + (wrong.reason ? '; ' + wrong.reason : '') + ')', [wrong.entry.name], role(wrong.entry), sentence)
          }
          continue
        }
        // (A lower-case word of five letters only before a company's name: `Euro clear`.)
        if (lowerSecond && second.base.length === 5 && !refs.some((ref) => ref.entry.type === 'organization' || ref.entry.type === 'media')) continue
        // (A name and a short word are that name: `Qatar is`, not `Qataris`; Vietnamese places are written in
        // syllables as often as run together: `Hai Phong`.)
        const ref = refs.find((candidate) => candidate.tokens.length === 1 && !candidate.ambiguous && (candidate.entry.type !== 'place' || isLowercase(second.base)))
        if (!ref || names.accepted.has(first.key + ' ' + second.baseKey) || names.accepted.has(first.key) || shortWords.has(second.base)) continue
        const actual = text.slice(first.start, second.baseEnd)
        report(first.start, second.baseEnd, 'Unexpected `' + actual + '`, expected `' + ref.form + '` (' + ref.entry.name + ', one word)', [ref.form], role(ref.entry), sentence)
      }
    }

    // People the article names with a spelling the dictionary accepts: in full (two words or more), and at all.
    const namedEntries = new Set<NameEntry>()
    const namedPeople = new Set<NameEntry>(translatedPeople)
    for (const match of document.matches) {
      for (const ref of match.accepted) {
        if (ref.entry.type !== 'person') continue
        namedPeople.add(ref.entry)
        if (match.to > match.from) namedEntries.add(ref.entry)
      }
      // (…and a person's name in a known wrong form of several words is the person named too: `Mehmet Lightning`.)
      if (match.to > match.from) for (const ref of match.wrong) if (ref.entry.type === 'person') namedPeople.add(ref.entry)
    }

    // 5f. A curated person's surname heard as other words (`Yuri you shock off`, `Kevin has it`, `Alexander
    // no vac`): after the person's given name, one to three words that run together sound like the surname,
    // with the person's role in the same sentence (`…, who is his foreign policy adviser`), as captions keep it.
    // (A caption's timestamp between the given name and the rest is no break: `President Cyril` / `0:11` / `Rama posa`.)
    for (const sentence of document.sentences) {
      const {tokens, afterStamp} = withoutTimestamps(sentence.tokens)
      let words: Set<string> | undefined
      for (let index = 0; index + 1 < tokens.length; index++) {
        const given = tokens[index]
        // (A title or an abbreviation is no given name: `Dr. Majed`.)
        if (!isCapitalized(given.value) || given.base !== given.value || given.value.endsWith('.') || context.titles.has(given.key)) continue
        // (The given name may have slipped too, to one that only sounds like the person's: `Andre` for Andriy.)
        // (The given name as written first, so the suggestion keeps it: `Yuri`, not `Yuriy`.)
        const givenForms = givenFormsFact.of(given.info, people)
        if (givenForms.length === 0) continue
        const first = tokens[index + 1]
        // (The surname written right is no slip.)
        if (givenForms.some((form) => people.byGiven.get(form)!.some((item) => item.surname === first.base))) continue
        // (…nor is a pair that is an accepted name: asked first, as most capitalised pairs are names written right.)
        if (names.accepted.has(given.key + ' ' + first.baseKey)) continue
        let found: {entry: NameEntry; expected: string; end: number} | undefined
        let joined = ''
        for (let length = 1; length <= 3 && index + length < tokens.length && !found; length++) {
          const piece = tokens[index + length]
          if (!(piece.before === ' ' || (afterStamp.has(piece) && /^[ \t]*\n[ \t]*$/.test(piece.before))) || !isWordLike(piece.base) || isAllCaps(piece.base) || inLongerName.has(piece)) break
          // (The ear and the translator make English words of a surname: a word with accents was written by someone
          // who knew the name, `José Luis Ábalos`.)
          if (!isAscii(piece.base)) break
          joined += piece.base
          // (A word with its possessive or its punctuation ends the run.)
          const last = piece.base !== piece.value
          if (joined.length >= 4) {
            const items = givenForms.flatMap((form) => soundsLikeSurname(people, form, joined))
            // (No surname is heard as a verb of saying, or as one function word: `Ahmed said the`, `Bart very much`;
            // function words alone, `has it`, `and that`, count only where the article names the person in full.)
            const pieces = items.length > 0 ? tokens.slice(index + 1, index + length + 1) : []
            const plainWord = pieces.some((word) => reports(word)) ||
              (length === 1 && (shortWords.has(piece.key) || /^(?:very|really|quite|also|just|only|even)$/.test(piece.key)))
            const functionWordsOnly = pieces.every((word) => shortWords.has(word.key))
            for (const item of plainWord ? [] : items) {
              // (A spelling the dictionary accepts for the person is theirs: `Medinskiy`.)
              if (length === 1 && (names.accepted.get(tokenKey(joined)) || []).some((ref) => ref.entry === item.entry)) continue
              if (functionWordsOnly && !namedEntries.has(item.entry)) continue
              words ||= lowerWords(tokens)
              // (Or the person is named right elsewhere in the article, or by a title of the role right before the given name:
              // `Commissioner Martha Cos`.)
              const titled = index > 0 && isNameGap(given.before) && context.titles.has(tokens[index - 1].key) && roleWordsIn(item.entry, new Set([tokens[index - 1].key]), tokens, index + 1, index + length) > 0
              // (…with the given name as the person writes it: `Marco` is Rubio's, not a form of Mark Rutte's.)
              const ownGiven = givenOf(item.entry).includes(given.value)
              // (…or a given name no other curated person has and no English word spells: `Jasprit boom rah`.)
              const rareGiven = ownGiven && given.value.length >= 5 && (people.byGiven.get(given.value) || []).length === 1 && !isCommon(given.info) && !names.isSurname(given.value)
              // (With the given name as the person writes it and the surname heard as one word, one word of the role is
              // enough: `NATO chief Mark root`; not for a run of words, `Kevin has it in writing, the director said`.)
              if (!(ownGiven && (namedEntries.has(item.entry) || titled || rareGiven)) && roleWordsIn(item.entry, words, tokens, index + 1, index + length) < (ownGiven && length === 1 ? 1 : 2)) continue
              // (A particle written apart and capitalised, `Al Hassan` for al-Hassan, is a house style, no slip.)
              const firstPiece = tokens[index + 1]
              if (namePrefixes.has(firstPiece.key) && tokenKey(fold(joined)) === tokenKey(fold(item.surname.replace(/[-\s]/g, '')))) continue
              // (Across a caption's timestamp the suggestion keeps it: `Cyril` / `0:11` / `Ramaphosa`.)
              const gap = afterStamp.has(firstPiece) ? text.slice(given.end, firstPiece.start) : ' '
              found = {entry: item.entry, expected: item.given + gap + item.surname, end: piece.baseEnd}
              break
            }
          }
          if (last) break
        }
        if (!found || overlaps(given.start, found.end)) continue
        reportSlip(given.start, found.end, found, sentence)
      }
    }

    // 5h. A person's surname translated word for word where it stands alone as the subject of a verb of saying
    // (`Sapling said` for Hakan Fidan, `, Squid said` for Lula), the person named elsewhere in the article: an
    // ordinary English word with no article before a verb of saying is a name.
    if (namedPeople.size > 0) {
      for (const sentence of document.sentences) {
        const tokens = sentence.tokens
        for (let index = 0; index + 1 < tokens.length; index++) {
          const token = tokens[index]
          if (!isCapitalized(token.value) || token.base !== token.value || token.value.length < 3 || !isCommon(token.info) || overlaps(token.start, token.end)) continue
          if (!token.sentenceInitial && !/^,[ \t]+$/.test(token.before)) continue
          let verbAt = index + 1
          if (subjectAdverbs.has(tokens[verbAt].value) && verbAt + 1 < tokens.length && isPlainGap(tokens[verbAt].before)) verbAt++
          const verb = tokens[verbAt]
          if (!isPlainGap(verb.before) || !isLowercase(verb.value) || /ing$/.test(verb.value) || !reports(verb)) continue
          // (A word that is a name of its own, `Bush said`, `Rose said`, is that name.)
          if (isKnownProper(token.value) || names.isKnownName(token.value) || names.givenNames.has(token.value) || names.isSurname(token.value)) continue
          const meant = stems(token.value).flatMap((stem) => (names.meanings.get(stem) || []).filter((entry) => namedPeople.has(entry)).map((entry) => ({entry, stem})))[0]
          if (!meant) continue
          const expected = aloneForm(meant.entry)
          report(token.start, token.end, 'Unexpected `' + token.value + '`, expected `' + expected + '` (the name of ' + meant.entry.name + ' translated word for word: ' + meant.entry.meaning!.lang + ' “' + meant.stem + '”)', [expected], role(meant.entry), sentence)
        }
      }
    }

    // 5d. A foreign woman's surname with the Czech or Slovak feminine ending that translation adds
    // (`Kaja Kallasová` for Kaja Kallas): a curated person's surname plus `-ová`, after her given name.
    for (const sentence of document.sentences) {
      const tokens = sentence.tokens
      for (let index = 1; index < tokens.length; index++) {
        const token = tokens[index]
        const word = token.base
        if (word.length < 6 || !(word.endsWith('ová') || word.endsWith('ova')) || !isNameGap(token.before) || overlaps(token.start, token.baseEnd)) continue
        const surname = word.slice(0, -3)
        const given = tokens[index - 1].value
        const person = (people.bySurname.get(surname) || []).find((item) => item.given.includes(given) && item.entry.origin !== 'cs' && item.entry.origin !== 'sk')
        if (!person) continue
        const start = tokens[index - 1].start
        const actual = text.slice(start, token.baseEnd)
        const expected = given + ' ' + surname
        report(start, token.baseEnd, 'Unexpected `' + actual + '`, expected `' + expected + '` (' + person.entry.name + ': the Czech feminine ending is not part of a foreign name)', [expected], role(person.entry), sentence)
      }
    }

    // 5e. A surname on its own one letter from the surname of someone the article names in full,
    // where no one of that spelling is named (`Michel` in an article about Aleš Michl).
    // (Nor where the article names someone of that spelling the dictionary does not know: `Sen. Oburu Oginga` … `Oginga told`
    // beside Raila Odinga.)
    let paired: Set<string> | undefined
    const pairedWords = (): Set<string> => {
      if (!paired) {
        paired = new Set()
        for (const sentence of document.sentences) {
          const tokens = sentence.tokens
          for (let index = 1; index < tokens.length; index++) {
            const previous = tokens[index - 1]
            if (isNameGap(tokens[index].before) && isCapitalized(tokens[index].base) && /^\p{Lu}\p{Ll}/u.test(previous.value) && !previous.sentenceInitial) paired.add(tokens[index].base)
          }
        }
      }
      return paired
    }
    const namedInFull = new Map<string, NameEntry>()
    const namedSurnames = new Set<string>()
    const namedGiven = new Set<string>()
    for (const match of document.matches) {
      if (match.to === match.from || match.accepted.length === 0 || match.accepted[0].entry.type !== 'person') continue
      const tokens = match.sentence.tokens
      const at = surnameAt(match, match.accepted[0].entry)
      namedInFull.set(writtenAt(tokens, match, at - match.from), match.accepted[0].entry)
      for (let index = match.from; index <= match.to; index++) (index === at ? namedSurnames : namedGiven).add(writtenAt(tokens, match, index - match.from))
    }
    if (namedInFull.size > 0) {
      // By first letter: a slip keeps the first letter (below), so only those are compared.
      const byInitial = new Map<string, Array<{surname: string; entry: NameEntry}>>()
      for (const [surname, entry] of namedInFull) {
        const initial = surname.charAt(0)
        const list = byInitial.get(initial)
        if (list) list.push({surname, entry})
        else byInitial.set(initial, [{surname, entry}])
      }
      // Accepted spellings of the people found (`Leontiev` for Leontyev is a hint of step 6, not a slip).
      const acceptedAt = new Map<Token, FormRef[]>()
      for (const match of document.matches) if (match.accepted.length > 0) acceptedAt.set(match.sentence.tokens[match.from], match.accepted)
      for (const sentence of document.sentences) {
        const tokens = sentence.tokens
        for (let index = 0; index < tokens.length; index++) {
          const token = tokens[index]
          const word = token.base
          if (word.length < 4 || !isCapitalized(word) || isAllCaps(word) || !isWordLike(word) || namedSurnames.has(word) || namedGiven.has(word) || inLongerName.has(token) || pairedWords().has(word)) continue
          // Part of another two-word name (`Michel Barnier`, `Charles Michel`)?
          const next = tokens[index + 1]
          const previous = tokens[index - 1]
          if ((next && isNameGap(next.before) && isCapitalized(next.value)) || (previous && isNameGap(token.before) && isCapitalized(previous.value) && !previous.sentenceInitial)) continue
          const sameInitial = byInitial.get(word.charAt(0))
          if (!sameInitial || isCommon(token.baseInfo) || overlaps(token.start, token.baseEnd)) continue
          for (const {surname, entry} of sameInitial) {
            if (Math.abs(surname.length - word.length) > 1) continue
            // Feminine and masculine forms of one family name (`Putin`, `Putina`) are two people.
            // (After `according to`, `-a` is the Russian genitive machine translation leaves: `according to Peskova`.)
            const genitive = word === surname + 'a' && index >= 2 && /^[Aa]ccording$/.test(tokens[index - 2].value) && tokens[index - 1].value === 'to'
            if ((word === surname + 'a' && !genitive) || surname === word + 'a' || word.endsWith('ová') || surname.endsWith('ová')) continue
            if (!genitive && editDistance(folded(word), folded(surname), 1) !== 1) continue
            // (Nor is a company's or a place's name: `Toyota` in an article about Akio Toyoda.)
            if ((acceptedAt.get(token) || []).some((ref) => ref.entry === entry || ref.entry.type !== 'person')) continue
            report(token.start, token.baseEnd, 'Unexpected `' + word + '`, expected `' + surname + '` (' + entry.name + ', named so earlier in this article)', [surname], role(entry), sentence)
            break
          }
        }
      }
    }

    // 6. One person, two accepted spellings in one article: a hint.
    const seen = new Map<NameEntry, {form: string; start: number; end: number}>()
    // A surname the article slipped on beside the person's given name or title, alone anywhere in the article (`Caparov said`).
    if (slippedSurnames.size > 0) {
      for (const sentence of document.sentences) {
        for (const token of sentence.tokens) {
          const slip = slippedSurnames.get(token.base)
          if (slip && !overlaps(token.start, token.baseEnd)) report(token.start, token.baseEnd, 'Unexpected `' + token.base + '`, expected `' + slip.surname + '` (' + slip.why + ')', [slip.surname], role(slip.entry), sentence)
        }
      }
    }

    for (const match of document.matches) {
      if (match.accepted.length === 0 || match.wrong.length > 0) continue
      const ref = match.accepted[0]
      if (ref.entry.type !== 'person') continue
      const tokens = match.sentence.tokens
      // The surname is the last word, or the first where the family name comes first (`Lin Jian`, then `Lin`).
      const at = surnameAt(match, ref.entry)
      const surname = writtenAt(tokens, match, at - match.from)
      const end = at === match.to ? tokens[at].baseEnd : tokens[at].end
      const earlier = seen.get(ref.entry)
      if (!earlier) {
        seen.set(ref.entry, {form: surname, start: tokens[at].start, end})
      } else if (earlier.form !== surname && folded(earlier.form) !== folded(surname) && editDistance(earlier.form, surname, 3) <= 3) {
        const start = tokens[at].start
        if (overlaps(start, end)) continue
        const message = file.info('Unexpected `' + surname + '`, expected `' + earlier.form + '` as spelled earlier in this article (both are accepted; pick one)', {
          place: placeOf(file, start, end),
          ancestors: [match.sentence.node]
        })
        message.actual = surname
        message.expected = [earlier.form]
        const first = placeOf(file, earlier.start, earlier.end).start
        message.cause = new Error('first spelled `' + earlier.form + '` at ' + first.line + ':' + first.column)
      }
    }
  }
)

/** What this rule asks about a written word on every occurrence, worked out once per distinct word. */
interface WordFacts {
  key: string
  /** Accepted multi-word forms that start with the word. */
  firstForms: FormRef[]
  /** Their second and last words (keys). */
  firstEnds: FormEnds
  /** The word occurs in a long name whose words may come in the wrong order. */
  inOrderedName: boolean
  /** A token of an accepted form, a given name or a proper noun English knows. */
  known: boolean
  /** A curated person's given name, or surname. */
  givenOfPerson: boolean
  surnameOfPerson: boolean
  /** Curated people whose surname sounds like the word (loosely), for words of five letters or more. */
  soundsLikeSurname: Array<{entry: NameEntry; surname: string; given: string[]}> | undefined
}

class WordFactsMemo {
  constructor(private readonly names: NamesIndex) {}

  /** The facts of a word not in a token (`Sholz` capitalised from `sholz`): through the same record. */
  of(word: string): WordFacts {
    return tokenFacts.of(wordInfo(word), this.names)
  }

  /** The facts of a token's word (`token.info`, `token.baseInfo`). */
  at(info: WordInfo): WordFacts {
    return tokenFacts.of(info, this.names)
  }
}

const tokenFacts = new WordFact<WordFacts, NamesIndex>(computeFacts)

/**
 * The curated given names a capitalised word may stand for in step 5f: itself when it is one (an English word
 * only then: `Mark`), else the given names it sounds like (`Andre` for Andriy), the written one first.
 */
const givenFormsFact = new WordFact<string[], PersonIndex>((value, people) =>
  isCommonWord(value)
    ? people.byGiven.has(value) ? [value] : []
    : [...givenNamesSoundingLike(people, value)].sort((a, b) => Number(b === value) - Number(a === value))
)

function computeFacts(value: string, names: NamesIndex): WordFacts {
  const key = tokenKey(value)
  const people = personIndex(names)
  return {
    key,
    firstForms: formIndex(names).byFirst.get(key) || noForms,
    firstEnds: firstFormEnds(names, key),
    inOrderedName: formIndex(names).words.has(key),
    known: names.knownTokens.has(value) || names.givenNames.has(value) || isKnownProper(value),
    givenOfPerson: people.byGiven.has(value),
    surnameOfPerson: people.bySurname.has(value),
    soundsLikeSurname: value.length >= 5 && isCapitalized(value) ? people.bySurnameKey.get(looseSoundKey(value)) : undefined
  }
}

const factsByIndex = new WeakMap<NamesIndex, WordFactsMemo>()
function wordFacts(names: NamesIndex): WordFactsMemo {
  let facts = factsByIndex.get(names)
  if (!facts) {
    facts = new WordFactsMemo(names)
    factsByIndex.set(names, facts)
  }
  return facts
}

/** Short forms of titles, as the words roles are written with. */
const titleWords: Record<string, string> = {gen: 'general', sen: 'senator', rep: 'representative', gov: 'governor', adm: 'admiral', col: 'colonel', lt: 'lieutenant', capt: 'captain', maj: 'major', prof: 'professor', premier: 'prime minister'}

/** Does the person's role (when the dictionary gives one) name the office of this title? */
function holdsOffice(entry: NameEntry, title: string): boolean {
  if (!entry.role) return true
  const word = title.toLowerCase().replace(/\.$/, '')
  const role = entry.role.toLowerCase()
  return role.includes(titleWords[word] || word) || (word === 'prime' && role.includes('premier'))
}

/** Where the surname is in a match of a person's name: first where the family name comes first (`Lin Jian`), else last. */
function surnameAt(match: NameMatch, entry: NameEntry): number {
  const first = match.sentence.tokens[match.from].value
  return match.to > match.from && entry.surname !== undefined && folded(first) === folded(entry.surname) ? match.from : match.to
}

/** Is tokens[from..to] flanked by capitalised words (part of a longer name)? */
function partOfLongerName(tokens: Token[], from: number, to: number): boolean {
  const before = from > 0 && isNameGap(tokens[from].before) && isCapitalized(tokens[from - 1].value) && !tokens[from - 1].sentenceInitial
  const after = to + 1 < tokens.length && isNameGap(tokens[to + 1].before) && isCapitalized(tokens[to + 1].value)
  return before || after
}

function role(entry: NameEntry): string | undefined {
  return entry.role ? entry.name + ': ' + entry.role : undefined
}

/** The gap between two items of a list of names: a comma and spaces, or spaces (before `and`). */
const listGap = /^(?:,[ \t]+|[ \t]+)$/

/**
 * Is `tokens[at]` followed by `region(s)`, `oblast(s)` or `province(s)`, right away or at the end of a
 * list of capitalised names joined by commas and `and` (`Kirovohrad and Cherkasy regions`)?
 */
function regionListAfter(tokens: Token[], at: number): boolean {
  for (let index = at + 1; index < tokens.length && index <= at + 12; index++) {
    const token = tokens[index]
    if (/^(?:regions?|oblasts?|provinces?)$/i.test(token.value)) return isNameGap(token.before)
    const joined = listGap.test(token.before)
    // (An item may be written in lower case itself: `the Dnipropetrovsk and zaporizhzhia regions`.)
    const item = isCapitalized(token.value) || (isWordLike(token.value) && (tokens[index - 1].value === 'and' || token.before.includes(',')))
    if (!joined || !(item || token.value === 'and')) return false
  }
  return false
}

/** Adverbs between a subject and its verb of saying (`Fidan also stated`). */
const subjectAdverbs = new Set(['also', 'then', 'later', 'further', 'again', 'repeatedly', 'previously', 'earlier', 'recently', 'reportedly', 'separately'])

/** How a person is named on their own: a one-word variant (`Lula`), else the surname. */
function aloneForm(entry: NameEntry): string {
  const single = entry.variants.find((variant) => !variant.includes(' '))
  if (single) return single
  const tokens = splitForm(entry.name)
  return entry.surname || tokens[tokens.length - 1]
}

/** Words that introduce a list of regions (`in eight regions, among them Kyiv, Dnipropetrovsk and Odesa`). */
/** Words of a time set between a noun and its list (`regions on Sunday, including`). */
const timeBetween = /^(?:on|last|this|overnight|night|week|weekend|morning|evening|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/

const listOpeners = new Set(['among', 'them', 'including', 'such', 'as', 'namely', 'notably', 'especially', 'like', 'in', 'the'])

/** Is the name at `at` one of a list of names after `regions`, `oblasts` or `provinces` (and a few words that open the list)? */
function regionListBefore(tokens: Token[], at: number): boolean {
  let index = at
  while (index > 0) {
    const previous = tokens[index - 1]
    if (!listGap.test(tokens[index].before) || !((isCapitalized(previous.value) && !previous.sentenceInitial) || previous.value === 'and')) break
    index--
  }
  for (let back = 0; back < 7 && index > 0; back++, index--) {
    const previous = tokens[index - 1]
    if (/^(?:regions|oblasts|provinces)$/i.test(previous.value)) return true
    // (A time may stand between: `in several regions on Sunday, including …`.)
    if (timeBetween.test(previous.value)) continue
    // (…or `regional officials in`: the region's authorities, `Regional officials in Dnipropetrovsk and Zaporizhzhia`.)
    if (previous.value === 'in' && index >= 3 && /^(?:officials|authorities|governors?)$/.test(tokens[index - 2].value) && /^[Rr]egional$/.test(tokens[index - 3].value)) return true
    if (!listOpeners.has(previous.value.toLowerCase())) return false
  }
  return false
}

/** Do two given names sound alike: the same loose sound key, no more than seven edits in ten apart (`Carroll`, `Kirill`)? */
function soundsAlike(written: string, name: string): boolean {
  return looseSoundKey(written) === looseSoundKey(name) && withinSevenTenths(written, name)
}

/** Kunrei-shiki syllables and their Hepburn spelling, longest first (`sya` before `si`). */
const kunreiToHepburn: Array<[RegExp, string]> = [
  [/sy([auo])/g, 'sh$1'], [/ty([auo])/g, 'ch$1'], [/zy([auo])/g, 'j$1'],
  [/si/g, 'shi'], [/ti/g, 'chi'], [/tu/g, 'tsu'], [/hu/g, 'fu'], [/zi/g, 'ji'],
  [/oo/g, 'o'], [/ou(?=[^aeiou]|$)/g, 'o'], [/uu/g, 'u']
]

/** A word in the Kunrei romanisation as Hepburn writes it (`Tukuba` → `Tsukuba`, `Takaiti` → `Takaichi`). */
function toHepburn(word: string): string {
  let lower = word.toLowerCase()
  for (const [pattern, replacement] of kunreiToHepburn) lower = lower.replace(pattern, replacement)
  return word.charAt(0) === word.charAt(0).toUpperCase() ? lower.charAt(0).toUpperCase() + lower.slice(1) : lower
}

/** A Japanese person's, place's or body's name in the dictionary. */
function isJapanese(entry: NameEntry): boolean {
  return entry.origin === 'ja' || /\(JP\)|\bJapan/.test(entry.role || '')
}

/** Particles that open surnames, written apart or run together by house style (`Al Marar`, `Almarar`). */
const namePrefixes = new Set(['al', 'el', 'abu', 'bin', 'ben', 'ibn', 'van', 'von', 'de', 'da', 'di', 'du', 'del', 'della', 'le', 'la', 'mac', 'mc', 'o', 'st'])

/** Words of a role that say nothing of the office (`former`, `the`, `US`). */
const roleFiller = new Set(['of', 'the', 'for', 'and', 'former', 'us', 'a', 'an', 'in', 'to', 'on', 'at', 'its', 'his', 'her'])

/** The sentence's words in lower case, to find a person's role in (worked out only when a candidate needs it). */
function lowerWords(tokens: Token[]): Set<string> {
  return new Set(tokens.map((token) => token.base.toLowerCase()))
}

/** How many words of the person's role the sentence has, outside the words `from`–`to` (the slipped name itself). */
function roleWordsIn(entry: NameEntry, words: Set<string>, tokens: Token[], from: number, to: number): number {
  let roleWords = roleWordsOf.get(entry)
  if (!roleWords) {
    roleWords = [...new Set((entry.role || '').toLowerCase().split(/[^\p{L}]+/u))].filter((word) => word.length >= 3 && !roleFiller.has(word))
    roleWordsOf.set(entry, roleWords)
  }
  let count = 0
  for (const word of roleWords) {
    if (!words.has(word)) continue
    // (Not a word of the slipped name itself.)
    let inName = false
    for (let at = from; at <= to && !inName; at++) inName = tokens[at].base.toLowerCase() === word
    if (!inName) count++
  }
  return count
}

/**
 * Is `written` the given name `given` spelled another way: the same sounds (`Juri` for Yuri, `Djeyhun` for Jeyhun,
 * `Kasym-Zhomart` for Kassym-Jomart), three letters off at most?
 */
function respelledGiven(given: string, written: string): boolean {
  if (!isCapitalized(written) || given.length < 3) return false
  const key = soundKey(given)
  if (key !== soundKey(written)) return false
  const distance = editDistance(folded(given), folded(written), 3)
  // (A key of one sound compares little: then one letter off, a J for a Y at most, `Julia` for Yulia.)
  if (key.length < 2) return distance === 1 && initial(given) === initial(written)
  return distance <= 3
}

/** The first letter of a name as romanisations interchange it (`J` and `Y`). */
function initial(name: string): string {
  return folded(name).charAt(0).toLowerCase().replace('j', 'y')
}

/** Content words of each entry's role, worked out once. */
const roleWordsOf = new WeakMap<NameEntry, string[]>()

/**
 * Is `written` the name `form` with its head put first and the owner, a name of its own, after `of` (`General
 * Assembly of the United Nations` for the United Nations General Assembly)? English says a name so as well as the
 * other way round. (Not where the words after `of` are no name: `Council of National Security` is the source
 * language's order; nor the other way, `China People's Bank` for the People's Bank of China.)
 */
function ofGenitive(form: string[], written: string[], names: NamesIndex): boolean {
  if (form.some((word) => orderJoiners.has(word))) return false
  const of = written.indexOf('of')
  if (of <= 0) return false
  const head = written.slice(0, of)
  const rest = written.slice(written[of + 1] === 'the' ? of + 2 : of + 1)
  if (rest.length === 0 || rest.some((word) => orderJoiners.has(word)) || head.some((word) => orderJoiners.has(word))) return false
  return [...rest, ...head].join(' ') === form.join(' ') && names.accepted.has(rest.join(' '))
}

/** Heads an English name may put last (`External Affairs Ministry` for the Ministry of External Affairs). */
const headNouns = new Set(['ministry', 'department', 'office', 'bureau', 'agency', 'commission', 'committee', 'council', 'service', 'directorate', 'authority', 'court'])

/**
 * The accepted form to suggest for a wrong one: of the forms with as many
 * words as were written (the surname alone for one word), the closest to what
 * was written, so `Sergey …` keeps `Sergey` and `Whitkoff` becomes `Witkoff`.
 */
function keepGiven(ref: FormRef, actual: string): string {
  const entry = ref.entry
  const written = splitForm(actual)
  // (An institution or a place by the name the dictionary gives first, `Bank of Italy`, not `Banca d'Italia`; a
  // one-word garble by a one-word form, `MAGATE` by `IAEA`.)
  if (entry.type !== 'person') {
    if (written.length > 1) return entry.name
    const single = [entry.name, ...entry.variants].filter((form) => !form.includes(' '))
    return single.sort((a, b) => editDistance(folded(a), folded(actual)) - editDistance(folded(b), folded(actual)))[0] || entry.name
  }
  // (The name as the dictionary gives it first where it keeps the given name as written: `Ahmed Aboul Gheit`.)
  const canonical = splitForm(entry.name)
  if (canonical.length === written.length && canonical[0] === written[0]) return entry.name
  const candidates = [entry.name, ...entry.variants, entry.surname || canonical[canonical.length - 1]]
  let best = entry.name
  let bestDistance = Infinity
  for (const candidate of candidates) {
    if (splitForm(candidate).length !== written.length) continue
    const distance = editDistance(folded(candidate), folded(actual))
    if (distance < bestDistance) {
      best = candidate
      bestDistance = distance
    }
  }
  // (A particle translated takes more words than it had: `Lula of the Silva` is `Lula da Silva`, the surname of
  // several words, not the name in full.)
  if (bestDistance === Infinity && entry.surname?.includes(' ') && splitForm(entry.surname).length < written.length && written[0] === splitForm(entry.surname)[0]) return entry.surname
  return best
}

/** The person's accepted form that ends in the surname as written (`Badr Abdelatty`, not `Badr Abdel Aty`). */
function sameSurnameForm(entry: NameEntry, actual: string): string {
  const written = splitForm(actual).pop() || ''
  const forms = [entry.name, ...entry.variants]
  return forms.find((form) => splitForm(form).pop() === written) || forms.find((form) => folded(splitForm(form).pop() || '') === folded(written)) || entry.name
}

const noForms: FormRef[] = []

/** The second and the last words (keys) of the forms that start with one word. */
interface FormEnds {
  seconds: Set<string>
  lasts: Set<string>
}

const endsIndex = new WeakMap<NamesIndex, Map<string, FormEnds>>()
const noEnds: FormEnds = {seconds: new Set(), lasts: new Set()}

function firstFormEnds(names: NamesIndex, first: string): FormEnds {
  let map = endsIndex.get(names)
  if (!map) {
    map = new Map()
    endsIndex.set(names, map)
  }
  let ends = map.get(first)
  if (!ends) {
    const forms = formIndex(names).byFirst.get(first) || noForms
    ends = forms.length === 0 ? noEnds : {seconds: new Set(forms.map((ref) => ref.keys[1])), lasts: new Set(forms.map((ref) => ref.keys[ref.keys.length - 1]))}
    map.set(first, ends)
  }
  return ends
}

/**
 * Can a form that starts at `index` be `anchored` there? Only if the next word
 * is some form's second word (one word off after it) or a word within reach is
 * some form's last word (both ends anchored): most capitalised words fail both
 * at once, without the window of keys or a look at each form.
 */
function mayAnchor(ends: FormEnds, tokens: Token[], index: number, windowSize: number): boolean {
  for (let offset = 1; offset < windowSize && index + offset < tokens.length; offset++) {
    const token = tokens[index + offset]
    const value = token.key
    if (offset === 1 && ends.seconds.has(value)) return true
    if (ends.lasts.has(token.base === token.value ? value : token.baseKey)) return true
  }
  return false
}

/**
 * Does the text from `index` spell `ref` with one part garbled? Both ends must
 * match exactly, at least two parts must match, and each unmatched written
 * word must be unknown to every dictionary and close to a missing part.
 * Returns the index of the last token.
 */
/** Name particles a word-for-word translation turns into English (`Alexandre of Moraes`). */
const particles: Record<string, string[]> = {of: ['de', 'da', 'do', 'dos', 'das', 'di', 'du', 'del', 'della', 'von', 'van'], the: ['al', 'el', 'le', 'la']}

/** Keys of the words from a position on, computed once for every form tried there. */
interface Window {
  /** `tokenKey` of each word as written, and without its possessive. */
  value: string[]
  base: string[]
  /** Words `0..plain` are joined by name gaps (spaces, one line break). */
  plain: number
}

function windowAt(tokens: Token[], index: number, windowSize: number): Window {
  const value: string[] = []
  const base: string[] = []
  let plain = 0
  for (let offset = 0; offset < windowSize && index + offset < tokens.length; offset++) {
    const token = tokens[index + offset]
    if (offset > 0 && plain === offset - 1 && isNameGap(token.before)) plain = offset
    value.push(token.key)
    base.push(token.base === token.value ? value[offset] : token.baseKey)
  }
  return {value, base, plain}
}

function anchored(ref: FormRef, tokens: Token[], index: number, names: NamesIndex, view: Window): number | undefined {
  const m = ref.tokens.length
  const keys = ref.keys
  // Same length, one word off anywhere after the first: a near miss (`von der Leyden`)
  // or a translated particle (`of` for `de`).
  const sameLength = oneWordOff(ref, keys, tokens, index, names, view)
  if (sameLength !== undefined) return sameLength
  // Written with as many words as the form, one fewer or one more.
  for (let attempt = 0; attempt < 3; attempt++) {
    const n = attempt === 0 ? m : attempt === 1 ? m - 1 : m + 1
    if (n < 2 || n > view.value.length) continue
    // Both ends must match; the words between must be joined as a name is.
    if (view.base[n - 1] !== keys[m - 1] || view.plain < n - 1) continue
    // The form itself, as written (the common case), or another accepted form: nothing is garbled.
    if (n === m && sameWords(view, keys)) return undefined
    let writtenKey = view.base[n - 1]
    for (let offset = n - 2; offset >= 0; offset--) writtenKey = view.value[offset] + ' ' + writtenKey
    if (names.accepted.has(writtenKey)) return undefined
    // Two words have no middle to be garbled.
    if (n === 2) continue
    const last = index + n - 1
    const written = tokens.slice(index, last + 1).map((token, offset) => (offset === n - 1 ? token.base : token.value))
    // Align the middles.
    const middleWritten = written.slice(1, -1)
    const middleKeys = view.value.slice(1, n - 1)
    const middleForm = keys.slice(1, -1)
    const unmatchedWritten = middleWritten.filter((_, offset) => !middleForm.includes(middleKeys[offset]))
    const unmatchedForm = ref.tokens.slice(1, -1).filter((_, offset) => !middleKeys.includes(middleForm[offset]))
    if (unmatchedWritten.length === 0 || unmatchedForm.length === 0) continue
    if (2 + middleWritten.length - unmatchedWritten.length < 2) continue
    if (unmatchedWritten.length > 1) continue
    const garbled = unmatchedWritten[0]
    if (!isCapitalized(garbled) || isCommonWord(garbled) || names.isKnownName(garbled)) continue
    const close = unmatchedForm.some((form) => {
      const a = folded(garbled)
      const b = folded(form)
      return editDistance(a, b, 3) <= Math.max(2, Math.floor(b.length / 3)) || soundKey(a) === soundKey(b)
    })
    if (close) return last
  }
  return undefined
}

/** Do the written words spell these keys exactly (the last without its possessive)? */
function sameWords(view: Window, keys: string[]): boolean {
  for (let offset = 0; offset < keys.length; offset++) {
    if ((offset === keys.length - 1 ? view.base[offset] : view.value[offset]) !== keys[offset]) return false
  }
  return true
}

function oneWordOff(ref: FormRef, keys: string[], tokens: Token[], index: number, names: NamesIndex, view: Window): number | undefined {
  const m = keys.length
  if (m < 3 || m > view.value.length || view.plain < m - 1) return undefined
  let off = -1
  for (let offset = 0; offset < m; offset++) {
    if ((offset === m - 1 ? view.base[offset] : view.value[offset]) === keys[offset]) continue
    if (off !== -1 || offset === 0) return undefined
    off = offset
  }
  if (off === -1) return undefined
  const last = index + m - 1
  const written = off === m - 1 ? tokens[index + off].base : tokens[index + off].value
  const form = ref.tokens[off]
  if ((particles[written.toLowerCase()] || []).includes(form.toLowerCase())) return last
  if (!isCapitalized(written)) return undefined
  // A word some accepted name uses is no garble, unless it ends a person's name of three words or more
  // whose other words are all right, a letter off, and is nobody's given name or curated surname
  // (`Pham Minh Chin`, whatever `Chin State` is; `Nguyen Van Thanh` is someone else).
  const knownWord = names.knownTokens.has(written)
  if (knownWord && !(ref.entry.type === 'person' && m >= 3 && off === m - 1 && !names.givenNames.has(written) && !names.curatedSurnames.has(written))) return undefined
  const a = folded(written)
  const b = folded(form)
  const distance = editDistance(a, b, 2)
  if (knownWord && distance !== 1) return undefined
  // An ordinary word counts only as the last word, one letter off (`Mohammed bin Salmon`).
  if (isCommonWord(written) && !(off === m - 1 && distance === 1)) return undefined
  return distance === 1 || (distance === 2 && soundKey(a) === soundKey(b)) ? last : undefined
}

/** A curated person whose surname means `word`, preferring one whose given name matches. */
function meaningOf(names: NamesIndex, word: string, given: string): {entry: NameEntry; surname: string; lang: string; word: string} | undefined {
  for (const stem of stems(word)) {
    const entries = names.meanings.get(stem)
    if (!entries) continue
    const scored = entries
      .map((entry) => ({entry, score: givenOf(entry).some((name) => name === given) ? 2 : givenOf(entry).some((name) => soundKey(name) === soundKey(given)) ? 1 : 0}))
      .sort((a, b) => b.score - a.score)
    const chosen = scored[0]
    if (chosen.score === 0) continue
    const tokens = splitForm(chosen.entry.name)
    const surname = chosen.entry.surname || tokens[tokens.length - 1]
    return {entry: chosen.entry, surname, lang: chosen.entry.meaning!.lang, word: stem}
  }
  return undefined
}

export type {VFile}
