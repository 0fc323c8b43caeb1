import {contextData} from '../context-data.js'
import {capitalize, isLowercase, isPlainGap, type Token} from './words.js'

/** Formal titles that are capitalised right before a name (AP): `President Zelensky`, `Prime Minister Starmer`. */
const formalTitles = new Set(['president', 'vice', 'premier', 'prime', 'minister', 'chancellor', 'senator', 'governor', 'mayor', 'king', 'queen', 'prince', 'princess', 'pope', 'sheikh', 'emir', 'sultan',
  'cardinal', 'archbishop', 'patriarch'])

/**
 * Where a person's name in lower case starts together with the formal title
 * in lower case right before it (`said president zelensky` → `President
 * Zelensky`): the title's first word, or `at` when there is none. Only where
 * nothing modifies the title (`former president`, `the president`,
 * `Ukraine's president`, `Argentine president` stay as they are): after a
 * preposition, a verb, a comma or a colon.
 */
export function formalTitleBefore(tokens: Token[], at: number): number {
  let from = at
  while (from > 0 && at - from < 3 && isPlainGap(tokens[from].before) && isLowercase(tokens[from - 1].value) && formalTitles.has(tokens[from - 1].value)) from--
  // (…and `secretary of state`, the one title with `of` that stands before a name.)
  if (from === at && at >= 3 && ['secretary', 'of', 'state'].every((word, offset) => tokens[at - 3 + offset].value === word && isPlainGap(tokens[at - 2 + offset].before))) from = at - 3
  if (from === at) return at
  const before = from > 0 ? tokens[from - 1] : undefined
  // (A title that opens the sentence is the `case` rule's: it gets its capital there.)
  if (before === undefined || tokens[from].sentenceInitial) return at
  // (After a comma or a colon the title opens its clause: `…, president Donald Trump said`.)
  if (!isPlainGap(tokens[from].before)) return /^[,;:][ \t]+$/.test(tokens[from].before) ? from : at
  const context = contextData()
  const word = before.value.toLowerCase()
  // (A name or a nationality before the title makes it a description many styles keep in lower case:
  // `World Athletics president Sebastian Coe`, `former Fed governor Kevin Warsh`, `the Argentine president`.)
  // (A king's, a queen's or a pope's title also after `and`: `King Felipe and queen Letizia`.)
  const opens = context.prepositions.has(word) || context.verbs.has(word) || ((word === 'and' || word === 'or') && royalTitles.has(tokens[at - 1].value))
  return opens && !['the', 'a', 'an', 'former', 'late'].includes(word) ? from : at
}

/**
 * Titles of monarchs and popes, which stand before a given name alone (`Queen Letizia`, `Pope Leo`), and of the church's
 * princes, before a given name and a surname the dictionary may not know (`Cardinal Kevin Farrell`).
 */
export const royalTitles = new Set(['king', 'queen', 'prince', 'princess', 'pope', 'emperor', 'empress', 'cardinal', 'archbishop', 'patriarch'])

/** The title `tokens[from..at - 1]` as it is written before a name, with its own gaps: capitalised, but for `of`. */
export function capitalisedTitle(tokens: Token[], from: number, at: number): string {
  let title = ''
  for (let index = from; index < at; index++) title += (index === from ? '' : tokens[index].before) + (tokens[index].value === 'of' ? 'of' : capitalize(tokens[index].value))
  return title
}
