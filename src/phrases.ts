import fs from 'node:fs'
import path from 'node:path'
import {parsedData} from './util/yaml-cache.js'
import {loadYaml} from './util/yaml.js'
import {DictionaryError, packageDictionaries} from './names/load.js'

/**
 * One phrase-table entry: an English phrase that machine translation produces
 * word for word from the source language, what was meant, and why.
 */
export interface PhraseEntry {
  /** Source language (the file name: `ru`, `zh`, `ar`, …). */
  lang: string
  /** The phrase as written in English; `*` stands for one to three words. */
  phrase: string
  /** Lower-case pattern: words, or `*` for one to three words. */
  pattern: string[]
  /** Replacements for the whole phrase (`*` repeats the words it matched); empty when only a person can rewrite it. */
  expected: string[]
  /** Why it is a mistranslation: the source word and its senses. */
  explanation: string
  /** Words that, right before the phrase, make it correct English. */
  unlessAfter: string[]
  /** No English copy says this, whatever it was translated from: checked even when no source language is set. */
  anywhere: boolean
  file: string
  line: number
}

const keys = ['phrase', 'expected', 'explanation', 'unless_after', 'anywhere']
const cache = new Map<string, PhraseEntry[]>()

/** The phrase tables' folder (`dictionaries/phrases`). */
export function phrasesFolder(): string {
  return path.join(packageDictionaries(), 'phrases')
}

/** Languages with a built-in phrase table. */
export function phraseLanguages(): string[] {
  if (!fs.existsSync(phrasesFolder())) return []
  return fs
    .readdirSync(phrasesFolder())
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => name.replace(/\.yaml$/, ''))
    .sort()
}

/**
 * The entries to check: every entry of the configured source languages, and the
 * entries of the other tables that no English copy would contain (`anywhere`).
 */
export function activePhrases(sourceLanguages: string[]): PhraseEntry[] {
  const chosen = new Set(sourceLanguages)
  const entries = sourceLanguages.flatMap((lang) => loadPhrases(lang))
  for (const lang of phraseLanguages()) if (!chosen.has(lang)) entries.push(...loadPhrases(lang).filter((entry) => entry.anywhere))
  return entries
}

/** The validated phrase table of one source language (none when the language has no table). */
export function loadPhrases(lang: string): PhraseEntry[] {
  const cached = cache.get(lang)
  if (cached) return cached
  if (!/^[a-z]{2,3}$/.test(lang)) {
    throw new DictionaryError('sourceLanguages', 0, 'unknown language code `' + lang + '`; use an ISO 639-1 code such as `ru`, `zh` or `ar`')
  }
  const file = path.join(phrasesFolder(), lang + '.yaml')
  // (Validated before the snapshot keeps it, so a snapshot only ever holds tables that passed.)
  const entries = fs.existsSync(file) ? parsedData(file, (text) => parsePhrases(text, 'dictionaries/phrases/' + lang + '.yaml', lang)) : []
  cache.set(lang, entries)
  return entries
}

/** Parse and validate the text of a phrase table; errors name the file, line and entry and say how to fix it. */
export function parsePhrases(text: string, display: string, lang: string): PhraseEntry[] {
  let data: unknown
  try {
    data = loadYaml(text, {filename: display})
  } catch (error) {
    const mark = (error as {mark?: {line: number}}).mark
    const reason = (error as {reason?: string}).reason || (error as Error).message
    throw new DictionaryError(display, mark ? mark.line + 1 : 1, 'not valid YAML (' + reason + '); fix the syntax there')
  }
  if (data === undefined || data === null) return []
  if (!Array.isArray(data)) throw new DictionaryError(display, 1, 'expected a list of entries (`- phrase: …`); put each entry under a leading `- `')
  const lines = text.split('\n')
  let from = 0
  return data.map((raw: unknown, index: number) => {
    const label = 'entry ' + (index + 1)
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
      throw new DictionaryError(display, 0, label + ' is not a mapping; write `- phrase: …` with `expected: […]` and `explanation: …`')
    }
    const entry = raw as Record<string, unknown>
    const phrase = entry.phrase
    let line = 0
    if (typeof phrase === 'string') {
      for (let at = from; at < lines.length; at++) {
        if (lines[at].includes(phrase)) {
          line = at + 1
          from = at + 1
          break
        }
      }
    }
    const where = label + (typeof phrase === 'string' ? ' (`' + phrase + '`)' : '')
    const fail = (message: string): never => {
      throw new DictionaryError(display, line, where + ': ' + message)
    }
    for (const key of Object.keys(entry)) {
      if (!keys.includes(key)) fail('unknown key `' + key + '`; allowed: ' + keys.join(', '))
    }
    if (typeof phrase !== 'string' || phrase.trim().split(/\s+/).length < 2) fail('`phrase` must be text of at least two words')
    const pattern = (phrase as string).trim().toLowerCase().split(/\s+/)
    if (pattern[0] === '*' || pattern[pattern.length - 1] === '*') fail('`*` may stand only between words; start and end the phrase with a word')
    if (pattern.some((word) => word !== '*' && !/^[\p{L}\p{N}'’-]+$/u.test(word))) fail('`phrase` may hold only words and `*`; leave punctuation out')
    const expected = entry.expected
    if (!Array.isArray(expected) || expected.some((value) => typeof value !== 'string' || value.trim() === '')) {
      fail('`expected` must be a list of replacements (write `expected: []` when only a person can rewrite it)')
    }
    if (typeof entry.explanation !== 'string' || entry.explanation.trim().length < 10) fail('`explanation` must say why (the source word and its senses)')
    const unless = entry.unless_after ?? []
    if (!Array.isArray(unless) || unless.some((value) => typeof value !== 'string')) fail('`unless_after` must be a list of words')
    if (entry.anywhere !== undefined && typeof entry.anywhere !== 'boolean') fail('`anywhere` must be `true` or `false`')
    return {
      lang,
      phrase: (phrase as string).trim(),
      pattern,
      expected: expected as string[],
      explanation: (entry.explanation as string).trim(),
      unlessAfter: (unless as string[]).map((word) => word.toLowerCase()),
      anywhere: entry.anywhere === true,
      file: display,
      line
    }
  })
}
