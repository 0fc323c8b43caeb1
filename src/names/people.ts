import {isCommonWord, isKnownProper} from '../lexicon.js'
import {BoundedMemo} from '../util/memo.js'
import {isAllCaps, isWordLike} from '../util/words.js'
import {editDistance, fold, looseSoundKey, nativeSoundKey, nativeSpelling, nativeSpellingsOfAll, soundKey} from './fuzzy.js'
import {englishGivenName, push, splitForm, tokenKey, type NamesIndex} from './index.js'
import type {NameEntry} from './load.js'

/**
 * Curated people as the `garbled-name` rule looks them up: by given name, by
 * surname and by the sound of the surname, with the tests that tell a slipped
 * name from another person's (`Olaf Sholz`, `German Gref`, `Kaya Kalas`).
 */

export interface PersonIndex {
  /**
   * Given name (also without accents, and its English equivalent: `Cyril` for Kirill) → the people
   * with it, their surname and the given name as they write it; `translated` for the English one.
   */
  byGiven: Map<string, Array<{entry: NameEntry; surname: string; given: string; translated?: boolean}>>
  bySurname: Map<string, Array<{entry: NameEntry; given: string[]}>>
  /** Loose sound key of the surname → the people, for names with both parts slipped. */
  bySurnameKey: Map<string, Array<{entry: NameEntry; surname: string; given: string[]}>>
}

const personIndexes = new WeakMap<NamesIndex, PersonIndex>()

/** The person index as JSON-ready data, entries by their position in `names.entries`. */
export interface PeopleSnapshot {
  byGiven: Array<[string, Array<[number, string, string, boolean]>]>
  bySurname: Array<[string, Array<[number, string[]]>]>
  bySurnameKey: Array<[string, Array<[number, string, string[]]>]>
}

/** Curated people by given name and by surname (every accepted form). */
export function personIndex(names: NamesIndex): PersonIndex {
  let index = personIndexes.get(names)
  if (!index) {
    index = {byGiven: new Map(), bySurname: new Map(), bySurnameKey: new Map()}
    // The shipped dictionaries' people come ready from the names snapshot; entries added after them are indexed here.
    const ready = names.builtinPeople
    let from = 0
    if (ready) {
      restorePeople(index, names.entries, ready.people)
      from = ready.count
    }
    for (let position = from; position < names.entries.length; position++) addPerson(index, names.entries[position])
    personIndexes.set(names, index)
  }
  return index
}

function addPerson(index: PersonIndex, entry: NameEntry): void {
  if (entry.type !== 'person') return
  const given = givenOf(entry)
  for (const form of [entry.name, ...entry.variants]) {
    const tokens = splitForm(form)
    if (tokens.length < 2) continue
    // Written family name first (`Xi Jinping`): the word after the family name is the one a slip changes.
    const familyFirst = tokens.length === 2 && entry.surname === tokens[0]
    const surname = familyFirst ? tokens[1] : entry.surname && form.includes(entry.surname) ? splitForm(entry.surname).pop()! : tokens[tokens.length - 1]
    // The given name as written and without its accents (`João`, `Joao`), and as machine translation
    // puts it in English (`Cyril Dimitriev` for Kirill Dmitriev).
    const english = englishGivenName(tokens[0])
    const plain = foldedGiven(tokens[0])
    for (const first of plain === tokens[0] ? (english ? [tokens[0], english] : [tokens[0]]) : english ? [tokens[0], plain, english] : [tokens[0], plain]) {
      let byGiven = index.byGiven.get(first)
      if (!byGiven) index.byGiven.set(first, (byGiven = []))
      if (!byGiven.some((item) => item.entry === entry && item.surname === surname)) byGiven.push(first === english ? {entry, surname, given: tokens[0], translated: true} : {entry, surname, given: tokens[0]})
    }
    const bySurname = index.bySurname.get(surname) || []
    if (!bySurname.some((item) => item.entry === entry)) bySurname.push({entry, given: familyFirst ? [tokens[0]] : given})
    // (Short surnames only by the sounds of their own spelling where that differs: `Merz` sounds `Merts`.)
    const native = nativeSpelling(surname, entry.origin)
    if (!familyFirst && (surname.length >= 5 || (surname.length >= 4 && native !== surname.toLowerCase()))) {
      // By its sound as written and as its own language spells it (`Kosiniak-Kamysz` sounds `Kosinyak-Kamysh`).
      const keys = surname.length < 5 ? [looseSoundKey(native)] : native === surname.toLowerCase() ? [looseSoundKey(surname)] : [looseSoundKey(surname), looseSoundKey(native)]
      for (const key of keys.length === 2 && keys[0] === keys[1] ? [keys[0]] : keys) {
        const byKey = index.bySurnameKey.get(key) || []
        if (!byKey.some((item) => item.entry === entry && item.surname === surname)) byKey.push({entry, surname, given})
        index.bySurnameKey.set(key, byKey)
      }
    }
    index.bySurname.set(surname, bySurname)
  }
}

/** The person index of `names` (as it holds now, not cached) as data for the names snapshot. */
export function snapshotPeople(names: NamesIndex): PeopleSnapshot {
  const index: PersonIndex = {byGiven: new Map(), bySurname: new Map(), bySurnameKey: new Map()}
  for (const entry of names.entries) addPerson(index, entry)
  const number = new Map(names.entries.map((entry, position) => [entry, position]))
  return {
    byGiven: [...index.byGiven].map(([key, list]) => [key, list.map((item) => [number.get(item.entry)!, item.surname, item.given, item.translated === true])]),
    bySurname: [...index.bySurname].map(([key, list]) => [key, list.map((item) => [number.get(item.entry)!, item.given])]),
    bySurnameKey: [...index.bySurnameKey].map(([key, list]) => [key, list.map((item) => [number.get(item.entry)!, item.surname, item.given])])
  }
}

function restorePeople(index: PersonIndex, entries: NameEntry[], snapshot: PeopleSnapshot): void {
  // (Indexed loops: run once in a cold process, before the compilers have looked at it.)
  const byGiven = snapshot.byGiven
  for (let at = 0; at < byGiven.length; at++) {
    const list = byGiven[at][1]
    const items: PersonIndex['byGiven'] extends Map<string, infer T> ? T : never = new Array(list.length)
    for (let item = 0; item < list.length; item++) {
      const row = list[item]
      items[item] = row[3] ? {entry: entries[row[0]], surname: row[1], given: row[2], translated: true} : {entry: entries[row[0]], surname: row[1], given: row[2]}
    }
    index.byGiven.set(byGiven[at][0], items)
  }
  const bySurname = snapshot.bySurname
  for (let at = 0; at < bySurname.length; at++) {
    const list = bySurname[at][1]
    const items: Array<{entry: NameEntry; given: string[]}> = new Array(list.length)
    for (let item = 0; item < list.length; item++) items[item] = {entry: entries[list[item][0]], given: list[item][1]}
    index.bySurname.set(bySurname[at][0], items)
  }
  const bySurnameKey = snapshot.bySurnameKey
  for (let at = 0; at < bySurnameKey.length; at++) {
    const list = bySurnameKey[at][1]
    const items: Array<{entry: NameEntry; surname: string; given: string[]}> = new Array(list.length)
    for (let item = 0; item < list.length; item++) items[item] = {entry: entries[list[item][0]], surname: list[item][1], given: list[item][2]}
    index.bySurnameKey.set(bySurnameKey[at][0], items)
  }
}

/** Given names without their accents, worked out once per name (`João` → `Joao`). */
const foldedGivenNames = new Map<string, string>()
function foldedGiven(given: string): string {
  let plain = foldedGivenNames.get(given)
  if (plain === undefined) {
    plain = /^[\x00-\x7f]*$/.test(given) ? given : fold(given)
    foldedGivenNames.set(given, plain)
  }
  return plain
}

/** Lower case without accents (`Erdoğan` → `erdogan`), once per word: the comparisons below ask again and again. */
export function folded(value: string): string {
  return foldedWords.get(value, computeFolded)
}

const foldedWords = new BoundedMemo<string, string>(100000)

function computeFolded(value: string): string {
  return /^[\x00-\x7f]*$/.test(value) ? value.toLowerCase() : fold(value).toLowerCase()
}

/** The given name is a curated person's and the surname is one or two edits from theirs. */
export function closeSurname(people: PersonIndex, given: string, surname: string, names: NamesIndex, givenNameMayBeGarble: boolean, holdsTitle?: (entry: NameEntry) => boolean): {entry: NameEntry; expected: string} | undefined {
  const candidates = people.byGiven.get(given)
  if (!candidates) return undefined
  // A word some accepted name uses is no garble, unless only as a given name and the name ends there…
  let oneLetterOnly = false
  if (names.knownTokens.has(surname) && (names.curatedSurnames.has(surname) || !names.givenNames.has(surname) || !givenNameMayBeGarble)) {
    // …or it is the surname of curated people none of whom has this given name, a letter from this
    // person's (`Joachim Nagle` for Joachim Nagel; Gary Nagle is someone else).
    const others = people.bySurname.get(surname)
    if (!others || others.some((item) => item.given.includes(given))) return undefined
    oneLetterOnly = true
  }
  // Another curated person with this given name and exactly this surname: nothing is garbled.
  if (candidates.some((item) => item.surname === surname)) return undefined
  let best: {entry: NameEntry; expected: string; distance: number} | undefined
  // A surname English itself knows as a name (`Davies`, `Barker`, `Clark`) after an English given name is
  // someone else's: `Robert Davies` is no slip for Robert Davis.
  const englishSurname = isKnownProper(surname)
  for (const item of candidates) {
    if (englishSurname && item.entry.origin === 'en') continue
    // An English surname's slips keep its first letter (`Witkof`, `Bessant`); another first letter is another
    // surname (`Tom Harkin` is not Tom Barkin).
    if (item.entry.origin === 'en' && fold(surname.charAt(0)).toLowerCase() !== fold(item.surname.charAt(0)).toLowerCase()) continue
    const target = folded(item.surname)
    // (A name written family name first compares its given name here, `Yi Gang`: a one-syllable given name a letter
    // off is another name, `Yi Wang`, as many syllables are a letter apart.)
    if (target.length < 5 && item.entry.surname !== undefined && splitForm(item.entry.name)[0] === item.entry.surname) continue
    // After a translated given name, only a long surname one letter off: `Cyril` alone is a name of its own.
    if (item.translated && (target.length < 6 || editDistance(folded(surname), target, 1) !== 1)) continue
    // Long surnames take a third edit when they sound the same (`Nitnyaho`, `Vadefuhl`).
    const limit = target.length >= 8 ? 3 : target.length >= 5 ? 2 : 1
    // A surname spelled as it sounds in its own language, as it comes back through another script
    // (`Merts` for Merz, `Navrotsky` for Nawrocki, `Barreau` for Barrot), may be further off.
    const sounded = target.length >= 4 && soundsNative(surname, item.surname, item.entry.origin)
    const distance = editDistance(folded(surname), target, sounded ? Math.max(limit, Math.ceil(target.length / 2)) : limit)
    if (oneLetterOnly && distance !== 1) continue
    if (distance === 0 || (distance > limit && !(sounded && distance <= Math.ceil(target.length / 2)))) continue
    // (Two letters off needs the same sounds, or the person's title right before the name: `Governor Fatih Kahraman`.)
    if (distance >= 2 && !sounded && looseSoundKey(surname) !== looseSoundKey(item.surname) && !(distance === 2 && holdsTitle?.(item.entry))) continue
    if (!best || distance < best.distance) best = {entry: item.entry, expected: item.given + ' ' + item.surname, distance}
  }
  return best
}

/** Does the written word sound like the surname as the surname's own language spells it? */
function soundsNative(written: string, surname: string, origin: string | undefined): boolean {
  const key = nativeSoundKey(surname, origin)
  return key.length >= 2 && (soundKey(written) === key || nativeSoundKey(written, origin) === key)
}

/** The given name is a curated person's and two written words sound like their surname run together. */
export function splitSurname(people: PersonIndex, given: string, joined: string): {entry: NameEntry; expected: string} | undefined {
  const candidates = people.byGiven.get(given)
  if (!candidates) return undefined
  for (const item of candidates) {
    if (item.surname.length < 6 || item.surname.includes(' ')) continue
    // Same consonants in the same order (`Cooley Bailey`, `Koulibaly`), the spellings not too far apart.
    // (…or as a language's spelling rules sound it: `Bana Shack` for Banaszak, a Polish surname of a German.)
    const keys = soundedKeys.get(item.surname, allSoundedKeys)
    const limit = Math.max(3, Math.ceil(item.surname.length * 0.7))
    if (keys[0].length < 3 || !keys.includes(looseSoundKey(joined)) || editDistance(folded(joined), folded(item.surname), limit) > limit) continue
    return {entry: item.entry, expected: item.given + ' ' + item.surname}
  }
  return undefined
}

/** Given names of curated people by their loose sound key, built on first use. */
const givenBySound = new WeakMap<PersonIndex, Map<string, string[]>>()

/**
 * Curated people's given names that a written one sounds like (`Andre` for Andriy): the same loose
 * sound key and first letter, at most two edits apart (the written one among them when someone has it).
 */
export function givenNamesSoundingLike(people: PersonIndex, written: string): string[] {
  if (written.length < 3) return noNames
  let memo = soundingLike.get(people)
  if (!memo) soundingLike.set(people, (memo = new BoundedMemo(100000)))
  return memo.get(written, (value) => findGivenNamesSoundingLike(people, value))
}

/** The answers of `givenNamesSoundingLike`, by written given name. */
const soundingLike = new WeakMap<PersonIndex, BoundedMemo<string, string[]>>()

function findGivenNamesSoundingLike(people: PersonIndex, written: string): string[] {
  let bySound = givenBySound.get(people)
  if (!bySound) {
    bySound = new Map()
    for (const given of people.byGiven.keys()) push(bySound, looseSoundKey(given), given)
    givenBySound.set(people, bySound)
  }
  const candidates = bySound.get(looseSoundKey(written))
  if (!candidates) return noNames
  const plain = folded(written)
  return candidates.filter((given) => {
    const other = folded(given)
    return other.charAt(0) === plain.charAt(0) && editDistance(plain, other, 2) <= 2
  })
}

const noNames: string[] = []

/** The people with one given name, by the loose sound keys of their surnames (see `soundsLikeSurname`). */
type GivenItem = {entry: NameEntry; surname: string; given: string; translated?: boolean}
const bySoundIndexes = new WeakMap<PersonIndex, Map<string, Map<string, GivenItem[]>>>()

/**
 * The people with this given name whose surname words run together sound like (`youshockoff`, `hasit`
 * for Ushakov, Hassett; `heckseth` for Hegseth, voiced or not): the same consonants in the same order, as written or as the surname's language
 * spells it, and no more than seven edits in ten apart. Loose on its own: callers also want the
 * person's role beside the words.
 */
export function soundsLikeSurname(people: PersonIndex, given: string, joined: string): GivenItem[] {
  let byGiven = bySoundIndexes.get(people)
  if (!byGiven) bySoundIndexes.set(people, (byGiven = new Map()))
  let bySound = byGiven.get(given)
  if (!bySound) {
    bySound = new Map()
    for (const item of people.byGiven.get(given) || []) {
      if (item.surname.length < 4 || item.surname.includes(' ')) continue
      const keys = soundedKeys.get(item.surname, allSoundedKeys)
      if (keys[0].length < 2) continue
      for (const key of new Set(keys.map(voiceless))) push(bySound, key, item)
    }
    byGiven.set(given, bySound)
  }
  const candidates = bySound.get(voiceless(looseSoundKey(joined)))
  if (!candidates) return noPeople
  return candidates.filter((item) => withinSevenTenths(joined, item.surname))
}

/** A loose sound key with voiced and voiceless consonants merged, as an ear confuses them (`Heck Seth` for Hegseth). */
function voiceless(key: string): string {
  return /[gd]/.test(key) ? key.replace(/g/g, 'k').replace(/d/g, 't').replace(/(.)\1+/g, '$1') : key
}

/** Are two spellings at most seven edits in ten apart (of the longer), accents aside? The bound for names that sound alike. */
export function withinSevenTenths(written: string, name: string): boolean {
  const limit = Math.ceil(Math.max(written.length, name.length) * 0.7)
  return editDistance(folded(written), folded(name), limit) <= limit
}

const noPeople: GivenItem[] = []

/** A surname's loose sound keys as written and as each language's spelling rules sound it, once per surname. */
const soundedKeys = new BoundedMemo<string, string[]>(100000)

function allSoundedKeys(surname: string): string[] {
  const keys = [looseSoundKey(surname), ...nativeSpellingsOfAll(surname).map(looseSoundKey)]
  // (An African or Greek `ph` inside a name is an aspirated `p` to the ear: `Rama posa` for Ramaphosa.)
  if (/.ph/.test(surname)) keys.push(looseSoundKey(surname.replace(/(?<=.)ph/g, 'p')))
  return keys
}

/** The surname is a curated person's and the given name is one edit (or one sound) from theirs. */
export function closeGiven(people: PersonIndex, given: string, surname: string, names: NamesIndex, mentioned: (word: string) => boolean, title?: string): {entry: NameEntry; expected: string} | undefined {
  const candidates = people.bySurname.get(surname)
  if (!candidates) return undefined
  const foldedGiven = folded(given)
  if (candidates.some((item) => item.given.some((name) => name === given || folded(name) === foldedGiven))) return undefined
  // A real given name before a surname that is also a given name, or that several curated people
  // share, is probably another person (`Abby Ahmed`).
  const commonSurname = names.givenNames.has(surname) || candidates.length > 1
  const givenSound = soundKey(given)
  const givenLooseSound = looseSoundKey(given)
  const givenFromRussian = folded(fromRussian(given))
  for (const item of candidates) {
    for (const name of item.given) {
      const distance = editDistance(foldedGiven, folded(name), 3)
      const close = (distance === 1 && name.length >= 5) || (distance <= 2 && givenLooseSound === looseSoundKey(name) && name.length >= 4) ||
        // (The same consonants spelled another way, `Christy` for Kristi, or an English name through Russian, `Dzhared` for Jared.)
        (distance === 3 && name.length >= 5 && given.length >= 5 && givenSound.length >= 3 && givenSound === soundKey(name)) ||
        (given !== name && givenFromRussian === folded(name))
      if (!close) continue
      // (Unless the article names the person by that given name elsewhere, `Cristiano … Christiana Ronaldo`,
      // or the title before the name is the person's own, `President Maya Sandu`.)
      const ownTitle = title !== undefined && item.entry.role !== undefined && new RegExp('\\b' + title + '\\b', 'i').test(item.entry.role)
      if (commonSurname && names.givenNames.has(given) && !(distance === 1 && name.length >= 5) && !mentioned(name) && !ownTitle) continue
      return {entry: item.entry, expected: name + ' ' + surname}
    }
  }
  return undefined
}

/** A given name back from a Russian romanisation of an English one (`Dzhared` → `Jared`, `Khillari` → `Hillary`: the first letters). */
function fromRussian(given: string): string {
  return given.replace(/^Dzh/, 'J').replace(/^Kh/, 'H')
}

/** A curated person whose surname sounds like the written one, two edits at most, and whose given name is one letter or one sound from the written one. */
export function bothClose(candidates: Array<{entry: NameEntry; surname: string; given: string[]}>, given: string, surname: string, names: NamesIndex): {entry: NameEntry; expected: string} | undefined {
  if (!isWordLike(given) || !isWordLike(surname) || isAllCaps(given) || isAllCaps(surname)) return undefined
  if (names.accepted.has(tokenKey(given) + ' ' + tokenKey(surname))) return undefined
  // (An ordinary word only one letter off: `Kaia Callas`.)
  const ordinary = isCommonWord(surname)
  const writtenSurname = folded(surname)
  const writtenGiven = folded(given)
  for (const item of candidates) {
    // (A long surname may be three edits off when it sounds the same and the given name is one letter off:
    // `Georgia Maloney` for Giorgia Meloni.)
    const distance = editDistance(writtenSurname, folded(item.surname), 3)
    if (item.surname === surname || distance > (ordinary ? 1 : 3)) continue
    if (distance === 3 && !(item.surname.length >= 6 && item.given.some((name) => name.length >= 5 && editDistance(folded(name), writtenGiven, 1) === 1))) continue
    // (A given name in another language's spelling of the same sounds counts too: `Vladislav` for Władysław.)
    const name = item.given.find(
      (candidate) =>
        candidate !== given && candidate.length >= 3 &&
        ((candidate.charAt(0) === given.charAt(0) && closeGivenName(candidate, given)) ||
          (soundsLikeGiven(given, candidate) && nativeSoundKey(candidate, item.entry.origin) === soundKey(given) && editDistance(folded(candidate), writtenGiven, 3) <= 3))
    )
    if (name) return {entry: item.entry, expected: name + ' ' + item.surname}
  }
  return undefined
}

/** Family names that are also English words a capital may open (`He said`, `So Far`). */
export const englishFamilyNames = new Set(['He', 'An', 'So', 'No', 'Do', 'Oh', 'Ma', 'Go', 'Yu', 'Hu'])

export interface FamilyFirstIndex {
  /** Family names of curated people whose names are written family name first. */
  families: Set<string>
  /** Their given names → the people. */
  byGiven: Map<string, NameEntry[]>
}

const familyFirstIndexes = new WeakMap<NamesIndex, FamilyFirstIndex>()

/** Curated people whose names are written family name first (the surname is the first word). */
export function familyFirstIndex(names: NamesIndex): FamilyFirstIndex {
  let index = familyFirstIndexes.get(names)
  if (!index) {
    index = {families: new Set(), byGiven: new Map()}
    for (const entry of names.entries) {
      if (entry.type !== 'person' || !entry.surname || !entry.given) continue
      const tokens = splitForm(entry.name)
      if (tokens.length !== 2 || tokens[0] !== entry.surname) continue
      index.families.add(entry.surname)
      const list = index.byGiven.get(tokens[1]) || []
      list.push(entry)
      index.byGiven.set(tokens[1], list)
    }
    familyFirstIndexes.set(names, index)
  }
  return index
}

/** The surname as the form that starts with this given name writes it (`Özgür Özel`, `Ozgur Ozel`). */
export function surnameBeside(entry: NameEntry, given: string, fallback: string): string {
  for (const form of [entry.name, ...entry.variants]) {
    const tokens = splitForm(form)
    if (tokens.length === 2 && tokens[0] === given) return tokens[1]
  }
  return fallback
}

/**
 * May two given names be compared by their sound keys? Only with two consonants to compare, or the same first
 * sound (`Yulia`/`Julia`): `Juan` and `Ana` both come down to `n`.
 */
export function soundsLikeGiven(written: string, given: string): boolean {
  if (soundKey(written).length >= 2) return true
  const start = (name: string) => folded(name).charAt(0).toLowerCase().replace('j', 'y')
  return start(written) === start(given)
}

/** One edit apart, or two that sound the same (`Sanay`/`Sanae`, `Khalidou`/`Kalidou`). */
export function closeGivenName(given: string, written: string): boolean {
  const distance = editDistance(folded(given), folded(written), 2)
  return distance === 1 || (distance === 2 && soundKey(given) === soundKey(written))
}

export function givenOf(entry: NameEntry): string[] {
  const result = new Set<string>(entry.given || [])
  for (const form of [entry.name, ...entry.variants]) {
    const tokens = splitForm(form)
    if (tokens.length > 1) result.add(tokens[0])
  }
  return [...result]
}
