import type {Rule} from './types.js'
import nameCase from '../rules/name-case.js'
import garbledName from '../rules/garbled-name.js'
import missingSpace from '../rules/missing-space.js'
import unquotedQuote from '../rules/unquoted-quote.js'
import caseRule from '../rules/case.js'
import spaceBeforePunctuation from '../rules/space-before-punctuation.js'
import doubledPunctuation from '../rules/doubled-punctuation.js'
import repeatedWord from '../rules/repeated-word.js'
import quoteBalance from '../rules/quote-balance.js'
import pageFurniture from '../rules/page-furniture.js'
import mistranslation from '../rules/mistranslation.js'
import spelling from '../rules/spelling.js'

/**
 * The registry: every rule copydesk runs, in the order it runs, each with its
 * preset options. A rule file in `rules/` that is missing here fails the
 * contract test. Order matters where one rule defers to another: the names
 * rules run before `spelling`, which stays silent on spans they reported.
 */
export const preset: Array<[Rule, Record<string, unknown>?]> = [
  // Names: the curated dictionary, casing, garbles.
  [nameCase],
  [garbledName],

  // Punctuation: spaces the copy lost.
  [missingSpace],

  // Speech: quotation marks the copy lost.
  [unquotedQuote],

  // Capitalisation of ordinary words (names are `name-case`).
  [caseRule],

  // Translation: phrase tables for the enabled source languages.
  [mistranslation],

  // Transcription and copy-paste artifacts: hints (`info`) unless configured.
  [spaceBeforePunctuation],
  [doubledPunctuation],
  [repeatedWord],
  [quoteBalance],
  [pageFurniture],

  // Ordinary spelling, names-aware (last: it defers to the rules above).
  [spelling]
]
