import fs from 'node:fs/promises'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {fileTypeOf, prepareParser, type FileType} from './parse.js'
import {createProcessor, type CopydeskOptions} from './processor.js'
import {mtimeOf} from './util/fs.js'

export interface LintInput {
  /** The document text. */
  value?: string
  /** A path: read when `value` is absent; its extension picks the parser. */
  path?: string
  /** Force a parser: `text`, `markdown` or `html`. */
  type?: FileType
}

interface CachedProcessor {
  processor: ReturnType<typeof createProcessor>
  /** Modification times of the extra dictionaries when the processor was built. */
  stamps: Array<[string, number]>
}

const processors = new Map<string, CachedProcessor>()

/**
 * Reuse one processor (and so one loaded dictionary and spell checker) per set
 * of options; rebuilt when one of its extra dictionaries changed on disk.
 */
export function processorFor(options: CopydeskOptions = {}) {
  const key = JSON.stringify(options)
  const cached = processors.get(key)
  if (cached && cached.stamps.every(([file, stamp]) => mtimeOf(file) === stamp)) return cached.processor
  const stamps = (options.dictionaries || []).map((file): [string, number] => [file, mtimeOf(file)])
  const processor = createProcessor(options).freeze()
  processors.set(key, {processor, stamps})
  return processor
}

/** Extra dictionaries of the processors built so far (to know which files to watch). */
export function cachedDictionaries(): string[] {
  return [...new Set([...processors.values()].flatMap((cached) => cached.stamps.map(([file]) => file)))]
}

/** Forget every processor (after a dictionary or configuration change). */
export function clearProcessorCache(): void {
  processors.clear()
}

/** Lint a prepared VFile in place (its `data.copydeskType` may force the parser). */
export async function lintFile(file: VFile, options: CopydeskOptions = {}): Promise<VFile> {
  await prepareParser(fileTypeOf(file))
  const processor = processorFor(options)
  const tree = processor.parse(file)
  await processor.run(tree, file)
  return file
}

/**
 * Lint a string or a file and get the VFile with its messages.
 *
 *     const file = await lint('Sergey Conversation met Whitkoff.')
 *     const file = await lint({path: 'story.md'})
 */
export async function lint(input: string | LintInput, options: CopydeskOptions = {}): Promise<VFile> {
  const spec: LintInput = typeof input === 'string' ? {value: input} : input
  const value = spec.value ?? (spec.path ? await fs.readFile(spec.path, 'utf8') : '')
  const file = new VFile({value, path: spec.path})
  if (spec.type) file.data.copydeskType = spec.type
  return lintFile(file, options)
}

export type {VFileMessage}
