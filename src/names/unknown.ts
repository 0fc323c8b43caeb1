import type {VFile} from 'vfile'
import {isCommonWord} from '../lexicon.js'
import {processorFor} from '../lint.js'
import {fileTypeOf, prepareParser} from '../parse.js'
import type {CopydeskOptions} from '../processor.js'
import {isAllCaps, isCapitalized, isWordLike, sentencesOf} from '../util/words.js'
import {namesIndex} from './index.js'

/**
 * Capitalised words that no dictionary knows, with their counts: what an
 * editor adds to the house names file. Words that only ever open a sentence
 * and are ordinary English are left out.
 */
export async function unknownNames(file: VFile, options: CopydeskOptions): Promise<Map<string, number>> {
  await prepareParser(fileTypeOf(file))
  const names = namesIndex({files: options.dictionaries, words: options.ignore, builtin: options.builtinDictionaries})
  const tree = processorFor(options).parse(file)
  const counts = new Map<string, number>()
  for (const sentence of sentencesOf(tree, String(file.value))) {
    for (const token of sentence.tokens) {
      const word = token.base
      if (!isCapitalized(word) || isAllCaps(word) || !isWordLike(word) || word.length < 2) continue
      if (names.isKnownName(word) || isCommonWord(word)) continue
      counts.set(word, (counts.get(word) || 0) + 1)
    }
  }
  return counts
}
