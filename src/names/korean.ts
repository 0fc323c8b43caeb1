import {loadWordFile} from '../word-lists.js'
import {fold} from './fuzzy.js'
import {splitForm, type NamesIndex} from './index.js'
import type {NameEntry} from './load.js'

/**
 * Korean names in another romanisation: the family name in one of its other
 * spellings (`Yi`, `Rhee` for Lee; `Jeong` for Chung) and the given name
 * romanised another way (`Jae-myeong` for Jae-myung, `Ui-seon` for Eui-sun).
 * A curated Korean person is looked up by the family name's class and a key
 * of the given name that romanisations agree on.
 */

let families: Map<string, string> | undefined

/** Every spelling of a Korean family name → the spelling newsrooms use most. */
function familyClasses(): Map<string, string> {
  if (!families) {
    families = new Map()
    for (const [main, others] of Object.entries(loadWordFile('korean-romanisations'))) {
      if (!families.has(main)) families.set(main, main)
      for (const other of others) if (!families.has(other)) families.set(other, main)
    }
  }
  return families
}

/** A given name's key: the vowels and consonants Korean romanisations write differently, merged. */
export function koreanGivenKey(given: string): string {
  return fold(given)
    .toLowerCase()
    .replace(/[-\s']/g, '')
    .replace(/eo|ou|oo|eu/g, 'u')
    .replace(/ee/g, 'i')
    .replace(/ae/g, 'e')
    .replace(/ch/g, 'j')
    .replace(/sh/g, 's')
    .replace(/k/g, 'g')
    .replace(/p/g, 'b')
    .replace(/t/g, 'd')
    .replace(/r/g, 'l')
}

const indexes = new WeakMap<NamesIndex, Map<string, NameEntry>>()

function koreanIndex(names: NamesIndex): Map<string, NameEntry> {
  let index = indexes.get(names)
  if (!index) {
    index = new Map()
    const classes = familyClasses()
    for (const entry of names.entries) {
      if (entry.type !== 'person' || entry.origin !== 'ko' || !entry.surname) continue
      const tokens = splitForm(entry.name)
      if (tokens[0] !== entry.surname || tokens.length < 2) continue
      const family = classes.get(entry.surname) || entry.surname
      const key = family + ' ' + koreanGivenKey(tokens.slice(1).join(''))
      if (!index.has(key)) index.set(key, entry)
    }
    indexes.set(names, index)
  }
  return index
}

/** Is this word a spelling of a Korean family name? */
export function isKoreanFamilyName(word: string): boolean {
  return familyClasses().has(word)
}

/** The curated Korean person a family name and given name, however romanised, belong to. */
export function koreanPerson(names: NamesIndex, family: string, given: string): NameEntry | undefined {
  const main = familyClasses().get(family)
  if (!main) return undefined
  return koreanIndex(names).get(main + ' ' + koreanGivenKey(given))
}
