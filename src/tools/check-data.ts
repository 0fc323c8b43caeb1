#!/usr/bin/env node
/**
 * Cross-file checks of the shipped dictionaries. Each file is loaded (and so
 * validated) through `src/names/load.ts` and `src/context-data.ts`; then the
 * entries are compared with each other:
 *
 * - two entries of the same type with the same canonical name;
 * - a wrong form (discouraged or garble) of one entry that is an accepted
 *   form (name or variant) of another;
 * - a variant of one entry equal to another entry's canonical name.
 *
 * Problems print as `file:line: entry: problem; fix`; the exit code is 1 when
 * there is any.
 *
 *     node dist/src/tools/check-data.js
 */
import fs from 'node:fs'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {contextData} from '../context-data.js'
import {builtinNameFiles, DictionaryError, loadNamesFile, packageDictionaries, type NameEntry} from '../names/load.js'
import {loadWordFile} from '../word-lists.js'

export interface DataProblem {
  file: string
  line: number
  entry: string
  problem: string
  fix: string
}

export function formatProblem(problem: DataProblem): string {
  return problem.file + ':' + problem.line + ': ' + problem.entry + ': ' + problem.problem + '; ' + problem.fix
}

/** Load every builtin dictionary; a file that does not validate is a problem of its own. */
export function loadAll(): {entries: NameEntry[]; problems: DataProblem[]} {
  const base = packageDictionaries()
  const root = path.dirname(base)
  const entries: NameEntry[] = []
  const problems: DataProblem[] = []
  const failed = (error: unknown, file: string) => {
    if (error instanceof DictionaryError) problems.push({file: error.file, line: error.line, entry: '(file)', problem: error.message.slice(error.file.length + String(error.line).length + 3), fix: 'fix the file so it validates'})
    else problems.push({file, line: 0, entry: '(file)', problem: (error as Error).message, fix: 'fix the file so it loads'})
  }
  for (const file of builtinNameFiles()) {
    const display = path.relative(root, file)
    try {
      entries.push(...loadNamesFile(file, display))
    } catch (error) {
      failed(error, display)
    }
  }
  try {
    contextData()
  } catch (error) {
    failed(error, 'dictionaries/context.yaml')
  }
  const wordsDir = path.join(base, 'words')
  for (const name of fs.existsSync(wordsDir) ? fs.readdirSync(wordsDir).filter((file) => file.endsWith('.yaml')) : []) {
    try {
      loadWordFile(name.replace(/\.yaml$/, ''))
    } catch (error) {
      failed(error, 'dictionaries/words/' + name)
    }
  }
  const spellingDir = path.join(base, 'spelling')
  for (const name of fs.existsSync(spellingDir) ? fs.readdirSync(spellingDir).filter((file) => file.endsWith('.txt')) : []) {
    const list = path.join(spellingDir, name)
    fs.readFileSync(list, 'utf8').split('\n').forEach((raw, index) => {
      const line = raw.trim()
      if (line && !line.startsWith('#') && !/^[a-z]+$/.test(line)) {
        problems.push({file: path.relative(root, list), line: index + 1, entry: line, problem: 'not one lower-case word', fix: 'write one lower-case word a line'})
      }
    })
  }
  return {entries, problems}
}

/**
 * Cross-file checks over loaded entries. Duplicates and variants are compared
 * among curated entries only (`dictionaries/names/`): the generated lists may
 * repeat a curated place (the curated entry refines it) and hold cities named
 * like their country. Wrong forms are checked against every accepted form.
 */
export function checkEntries(entries: NameEntry[], curated: (entry: NameEntry) => boolean = isCurated): DataProblem[] {
  const problems: DataProblem[] = []
  const key = (form: string) => form.trim().replace(/\s+/g, ' ')
  const byName = new Map<string, NameEntry[]>()
  const accepted = new Map<string, NameEntry[]>()
  const add = (map: Map<string, NameEntry[]>, form: string, entry: NameEntry) => {
    const list = map.get(key(form)) || []
    if (!list.includes(entry)) list.push(entry)
    map.set(key(form), list)
  }
  for (const entry of entries) {
    if (curated(entry)) add(byName, entry.name, entry)
    add(accepted, entry.name, entry)
    for (const variant of entry.variants) add(accepted, variant, entry)
  }
  const where = (entry: NameEntry) => entry.file + ':' + entry.line
  const report = (entry: NameEntry, problem: string, fix: string) => problems.push({file: entry.file, line: entry.line, entry: entry.name, problem, fix})

  for (const [name, list] of byName) {
    const seen = new Map<string, NameEntry>()
    for (const entry of list) {
      const first = seen.get(entry.type)
      if (first) report(entry, 'duplicate ' + entry.type + ' `' + name + '` (also at ' + where(first) + ')', 'merge the two entries into one')
      else seen.set(entry.type, entry)
    }
  }
  for (const entry of entries) {
    if (!curated(entry)) continue
    const wrongForms = [...entry.discouraged.map((item) => ({form: item.form, kind: 'discouraged'})), ...entry.garbles.map((form) => ({form, kind: 'garble'}))]
    for (const {form, kind} of wrongForms) {
      for (const other of accepted.get(key(form)) || []) {
        if (other === entry) continue
        report(entry, kind + ' form `' + form + '` is an accepted form of `' + other.name + '` (' + where(other) + ')', 'remove it from `' + (kind === 'garble' ? 'garbles' : 'discouraged') + '` or from the other entry')
      }
    }
    for (const variant of curated(entry) ? entry.variants : []) {
      for (const other of byName.get(key(variant)) || []) {
        if (other === entry) continue
        report(entry, 'variant `' + variant + '` is the name of another entry (' + where(other) + ')', 'remove the variant or merge the entries')
      }
    }
  }
  return problems
}

/** Entries of the hand-edited files (not the generated lists). */
export function isCurated(entry: NameEntry): boolean {
  return !/(^|[\\/])generated[\\/]/.test(entry.file)
}

/** Every problem in the shipped dictionaries. */
export function checkData(): DataProblem[] {
  const {entries, problems} = loadAll()
  return [...problems, ...checkEntries(entries)]
}

if (process.argv[1] && import.meta.url === pathToFileURL(fs.realpathSync(process.argv[1])).href) {
  const problems = checkData()
  for (const problem of problems) console.log(formatProblem(problem))
  if (problems.length > 0) {
    console.error(problems.length + ' problem' + (problems.length === 1 ? '' : 's') + ' in the dictionaries')
    process.exit(1)
  }
  console.log('dictionaries: no problems')
}
