import fs from 'node:fs'
import path from 'node:path'
import type {Ignore} from 'ignore'
import {supportedExtensions} from './parse.js'

export const ignoreFileName = '.copydeskignore'
/** Default size limit for one document. */
export const defaultMaxBytes = 10 * 1024 * 1024

export class InputError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'InputError'
  }
}

/** Expand paths, directories and globs into files, honouring `.copydeskignore`. */
export async function expandInputs(patterns: string[], cwd: string, ignorePath?: string): Promise<{files: string[]; unmatched: string[]}> {
  // The ignore file is found and read now (a bad `--ignore-path` is an error either way); the matcher and
  // fast-glob load only when a directory or a glob needs them: a run over named files never pays for them.
  const rules = readIgnore(cwd, ignorePath)
  let matcher: Ignore | undefined
  const ignored = async (relative: string) => {
    if (!matcher) {
      const {default: ignore} = await import('ignore')
      matcher = ignore()
      if (rules.text !== undefined) matcher.add(rules.text)
    }
    return matcher.ignores(relative)
  }
  let glob: typeof import('fast-glob') | undefined
  const fastGlob = async () => (glob ||= (await import('fast-glob')).default)
  const files = new Set<string>()
  const unmatched: string[] = []
  const extensions = supportedExtensions.map((ext) => ext.slice(1)).join(',')
  for (const pattern of patterns) {
    const absolute = path.resolve(cwd, pattern)
    let stat: fs.Stats | undefined
    try {
      stat = fs.statSync(absolute)
    } catch {
      stat = undefined
    }
    let found: string[]
    if (stat && stat.isDirectory()) {
      found = await (await fastGlob())('**/*.{' + extensions + '}', {cwd: absolute, absolute: true, dot: false, ignore: ['**/node_modules/**'], onlyFiles: true, followSymbolicLinks: false})
      found.sort()
    } else if (stat) {
      found = [absolute]
    } else {
      const fg = await fastGlob()
      if (!fg.isDynamicPattern(pattern)) {
        unmatched.push(pattern)
        continue
      }
      found = (await fg(pattern, {cwd, absolute: true, dot: false, ignore: ['**/node_modules/**'], onlyFiles: true})).sort()
    }
    const explicit = stat !== undefined && !stat.isDirectory()
    let count = 0
    for (const file of found) {
      const relative = path.relative(rules.base, file)
      if (!explicit && !relative.startsWith('..') && relative && (await ignored(relative.split(path.sep).join('/')))) continue
      files.add(file)
      count++
    }
    if (count === 0 && !explicit) unmatched.push(pattern)
  }
  return {files: [...files], unmatched}
}

/** The nearest `.copydeskignore` (or `--ignore-path`) and its text. */
function readIgnore(cwd: string, ignorePath?: string): {text: string | undefined; base: string} {
  let file = ignorePath ? path.resolve(cwd, ignorePath) : undefined
  if (!file) {
    let dir = cwd
    for (;;) {
      const candidate = path.join(dir, ignoreFileName)
      if (fs.existsSync(candidate)) {
        file = candidate
        break
      }
      const parent = path.dirname(dir)
      if (parent === dir) break
      dir = parent
    }
  }
  let text: string | undefined
  if (file) {
    try {
      text = fs.readFileSync(file, 'utf8')
    } catch (error) {
      throw new InputError(file + ': cannot read ignore file (' + (error as NodeJS.ErrnoException).code + ')')
    }
  }
  return {text, base: file ? path.dirname(file) : cwd}
}

/** Decoded document text, or an InputError that says why it cannot be linted. */
export function decodeDocument(buffer: Buffer, maxBytes = defaultMaxBytes): {text: string; bom: boolean} {
  if (buffer.length > maxBytes) {
    throw new InputError('file is too large (' + (buffer.length / 1048576).toFixed(1) + ' MB, limit ' + (maxBytes / 1048576).toFixed(0) + ' MB); split it or raise the limit with --max-size')
  }
  const head = buffer.subarray(0, 8192)
  if (head.includes(0)) throw new InputError('file looks binary (it contains NUL bytes); lint text, Markdown or HTML files only')
  let text: string
  try {
    text = new TextDecoder('utf-8', {fatal: true, ignoreBOM: true}).decode(buffer)
  } catch {
    throw new InputError('file is not valid UTF-8; convert it first (e.g. `iconv -f WINDOWS-1252 -t UTF-8`)')
  }
  const bom = text.charCodeAt(0) === 0xfeff
  return {text: bom ? text.slice(1) : text, bom}
}
