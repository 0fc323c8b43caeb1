#!/usr/bin/env node
/**
 * `npm run bench`: copydesk against the plain pipelines, measured in one run
 * on this machine.
 *
 * (a) cold run: process start to exit on a seed-sized article, median of N;
 * (b) throughput: words per second over a generated corpus of at least 1 MB,
 *     after an untimed pass, median of three passes, each pipeline in a
 *     process of its own: once with the node flags the `copydesk` command
 *     runs with (its young generation, `src/engine/heap.ts`) for all three,
 *     once with node's defaults (`node dist/src/cli.js`, or the API);
 * (b2) throughput on copy never linted before: after a warm-up on 20,000
 *     words, one pass over each of three pools of 10,000 words made of
 *     paragraphs the process has not seen (median of the three), each
 *     pipeline in a process of its own under the command's flags;
 * (c) the names dictionaries' share of a cold run;
 * (d) the language server's re-lint latency after a one-character edit;
 * (e) the CLI end to end over a folder of the corpus' documents written six
 *     times (about 6 MB), on the main thread and on one worker thread per core
 *     (`--jobs` with the number of cores, at least two).
 *
 *     npm run bench -- [article] [--runs 7] [--json]
 */
import {execFileSync, spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {performance} from 'node:perf_hooks'
import {VFile} from 'vfile'
import {commandFlags, semiSpaceFlags} from '../engine/heap.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..')
const args = process.argv.slice(2)
const json = args.includes('--json')
const runsAt = args.indexOf('--runs')
const runs = runsAt === -1 ? 7 : Number(args[runsAt + 1])
const positional = args.filter((arg, index) => !arg.startsWith('--') && !['--runs', '--throughput-only', '--unseen-only'].includes(args[index - 1]))
const throughputOnly = args.includes('--throughput-only')
const oneDocument = args.includes('--one-document')
const seed = path.join(root, '..', 'shared', 'corpus', 'seed', 'seed-article.txt')
const article = positional[0] || (fs.existsSync(seed) ? seed : path.join(root, 'test', 'fixtures', 'sample-article.txt'))
// The `copydesk` command as installed (the package.json `bin` entry).
const cli = path.join(root, (JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {bin: Record<string, string>}).bin.copydesk)
const baselineScript = path.join(root, 'dist', 'src', 'tools', 'bench-baseline.js')

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}

function cold(command: string[]): number {
  const times: number[] = []
  for (let index = 0; index < runs; index++) {
    const start = performance.now()
    const result = spawnSync(process.execPath, command, {encoding: 'utf8'})
    times.push(performance.now() - start)
    if (result.status !== 0 && result.status !== 1) throw new Error(command.join(' ') + ' failed: ' + result.stderr)
  }
  return median(times)
}

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length
}

/** Every paragraph of the sample, the article and the annotated corpora at hand, in file order. */
function sourceParagraphs(): string[] {
  const sources = [path.join(root, 'test', 'fixtures', 'sample-article.txt'), article]
  const folders = fs.readdirSync(path.join(root, 'test')).filter((name) => name.startsWith('corpus')).map((name) => path.join(root, 'test', name))
  folders.push(path.join(root, '..', 'shared', 'corpus', 'dev'))
  for (const folder of folders) {
    if (fs.existsSync(folder)) for (const name of fs.readdirSync(folder).sort()) if (name.endsWith('.txt')) sources.push(path.join(folder, name))
  }
  return sources.flatMap((file) => fs.readFileSync(file, 'utf8').split(/\n\s*\n/)).filter((p) => p.trim())
}

/**
 * A corpus of at least 1 MB, paragraphs shuffled with a fixed seed, from every
 * article at hand: the sample, the project's annotated corpora (about 100,000
 * words, so few paragraphs come twice and the per-word memos meet new words as
 * they would on a newsroom's copy) and the shared corpus when it is there.
 */
function generateCorpus(): string[] {
  const paragraphs = sourceParagraphs()
  let state = 42
  const random = () => ((state = (state * 1103515245 + 12345) % 2147483648) / 2147483648)
  const documents: string[] = []
  let size = 0
  while (size < 1.05 * 1024 * 1024) {
    const parts: string[] = []
    let count = 0
    while (count < 1000) {
      const paragraph = paragraphs[Math.floor(random() * paragraphs.length)]
      parts.push(paragraph)
      count += words(paragraph)
    }
    const document = parts.join('\n\n') + '\n'
    documents.push(document)
    size += Buffer.byteLength(document)
  }
  return documents
}

type Pipeline = 'parse' | 'spell' | 'copydesk'

/**
 * (b2) pools of unseen copy: every paragraph at hand once, shuffled with a fixed seed, cut into a
 * warm-up of 20,000 words and three pools of 10,000 (documents of about 1,000 words), so no
 * paragraph of a timed pool was linted before in the process.
 */
function unseenPools(): {warm: string[]; pools: string[][]} {
  const paragraphs = sourceParagraphs()
  let state = 7
  const random = () => ((state = (state * 1103515245 + 12345) % 2147483648) / 2147483648)
  for (let index = paragraphs.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1))
    ;[paragraphs[index], paragraphs[other]] = [paragraphs[other], paragraphs[index]]
  }
  let next = 0
  const take = (wanted: number): string[] => {
    const documents: string[] = []
    let total = 0
    while (total < wanted && next < paragraphs.length) {
      const parts: string[] = []
      let count = 0
      while (count < 1000 && total + count < wanted && next < paragraphs.length) {
        const paragraph = paragraphs[next++]
        parts.push(paragraph)
        count += words(paragraph)
      }
      documents.push(parts.join('\n\n') + '\n')
      total += count
    }
    return documents
  }
  return {warm: take(20000), pools: [take(10000), take(10000), take(10000)]}
}

/** Words per second of one pipeline on unseen copy (`unseenPools`), in this process. */
async function unseenThroughput(pipeline: Pipeline): Promise<number> {
  const run = await runner(pipeline)
  const {warm, pools} = unseenPools()
  for (const doc of warm) await run(doc)
  const rates: number[] = []
  for (const pool of pools) {
    const start = performance.now()
    for (const doc of pool) await run(doc)
    rates.push(pool.reduce((sum, doc) => sum + words(doc), 0) / ((performance.now() - start) / 1000))
  }
  return median(rates)
}

/** One document through `pipeline`. */
async function runner(pipeline: Pipeline): Promise<(doc: string) => Promise<unknown>> {
  if (pipeline === 'copydesk') {
    const {lintFile} = await import('../lint.js')
    return async (doc) => lintFile(new VFile({value: doc, path: 'bench.txt'}))
  }
  const {baseline} = await import('./bench-baseline.js')
  const processor = baseline(pipeline)
  return async (doc) => processor.run(processor.parse(doc))
}

/** Words per second of one pipeline over the corpus, in this process. */
async function throughput(documents: string[], pipeline: Pipeline): Promise<number> {
  const total = documents.reduce((sum, doc) => sum + words(doc), 0)
  const run = await runner(pipeline)
  // Steady state: one untimed pass over the corpus (dictionaries loaded, code compiled, like a CI
  // job over many files or an editor session), then the median of three timed passes.
  for (const doc of documents) await run(doc)
  const rates: number[] = []
  for (let pass = 0; pass < 3; pass++) {
    const start = performance.now()
    for (const doc of documents) await run(doc)
    rates.push(total / ((performance.now() - start) / 1000))
  }
  return median(rates)
}

/** (e): the CLI over a folder, start to exit, one thread and worker threads, median of three each. */
function cliOverFolder(documents: string[], copies: number) {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-bench-'))
  try {
    let total = 0
    for (let copy = 0; copy < copies; copy++) {
      for (const [index, document] of documents.entries()) {
        fs.writeFileSync(path.join(folder, copy + '-' + index + '.txt'), document)
        total += words(document)
      }
    }
    const time = (jobs: string) => {
      const times: number[] = []
      for (let run = 0; run < 3; run++) {
        const start = performance.now()
        const result = spawnSync(process.execPath, [...semiSpaceFlags, cli, '--jobs', jobs, '--report', 'json', folder], {encoding: 'utf8', maxBuffer: 1 << 30})
        times.push(performance.now() - start)
        if (result.status !== 0 && result.status !== 1) throw new Error('copydesk --jobs ' + jobs + ' failed: ' + result.stderr)
      }
      return median(times)
    }
    const oneThread = time('1')
    const workers = time(String(Math.max(2, os.availableParallelism())))
    return {files: documents.length * copies, words: total, oneThreadMs: Math.round(oneThread), workersMs: Math.round(workers), oneThreadWordsPerSecond: Math.round(total / (oneThread / 1000)), workersWordsPerSecond: Math.round(total / (workers / 1000))}
  } finally {
    fs.rmSync(folder, {recursive: true, force: true})
  }
}

function lspLatency(): unknown {
  const script = path.join(root, 'dist', 'src', 'tools', 'lsp-latency.js')
  if (!fs.existsSync(script)) return undefined
  try {
    const output = execFileSync(process.execPath, [script], {encoding: 'utf8', timeout: 180000})
    return JSON.parse(output.slice(output.indexOf('{'), output.lastIndexOf('}') + 1))
  } catch (error) {
    return {error: (error as Error).message.split('\n')[0]}
  }
}

/** Whole-document re-lint of the language server's 5,000-word article after one-character edits, in process (the run after a pause). */
async function wholeDocumentRelint(edits = 100) {
  const {generateArticle} = await import('./lsp-latency.js')
  const {createProcessor} = await import('../processor.js')
  const processor = createProcessor({}).freeze()
  let text = generateArticle(5000)
  const lintOnce = async (value: string) => {
    const file = new VFile({value, path: 'latency.txt'})
    await processor.run(processor.parse(file), file)
  }
  await lintOnce(text)
  const times: number[] = []
  for (let index = 0; index < edits; index++) {
    const at = 10 + ((Math.floor(index / 2) * 7919) % (text.length - 20))
    text = index % 2 === 0 ? text.slice(0, at) + 'x' + text.slice(at) : text.slice(0, at) + text.slice(at + 1)
    const start = performance.now()
    await lintOnce(text)
    times.push(performance.now() - start)
  }
  return {edits, medianMs: +median(times).toFixed(1), p95Ms: +percentile(times, 95).toFixed(1)}
}

interface Speed {
  words: number
  bytes: number
  documents: number
  parseOnly: number
  retextSpell: number
  copydesk: number
}

/**
 * (b) with node `flags`: each pipeline in a process of its own (one pipeline's heap, such as
 * retext-spell's second copy of the dictionary, would slow the collector for the next one), all
 * under the same flags, over the same corpus.
 */
function throughputWith(flags: string[], documents: string[]): Speed {
  const rate = (pipeline: Pipeline) => pipelineRate(flags, pipeline)
  return {
    words: documents.reduce((sum, doc) => sum + words(doc), 0),
    bytes: documents.reduce((sum, doc) => sum + Buffer.byteLength(doc), 0),
    documents: documents.length,
    parseOnly: rate('parse'),
    retextSpell: rate('spell'),
    copydesk: rate('copydesk')
  }
}

if (args.includes('--unseen-only')) {
  console.log(await unseenThroughput(args[args.indexOf('--unseen-only') + 1] as Pipeline))
  process.exit(0)
}

if (throughputOnly) {
  const pipeline = args[args.indexOf('--throughput-only') + 1] as Pipeline
  const corpus = generateCorpus()
  console.log(await throughput(oneDocument ? [corpus.join('\n\n')] : corpus, pipeline))
  process.exit(0)
}

/**
 * (f) The same corpus as one document of more than 1 MB, copydesk beside parse-only (retext-spell
 * would spend minutes on nspell's suggestions for the thousands of names in it): parse-english
 * reads a whole text as one sentence first, which costs time with the square of its length, so
 * parse-only is several times slower per word than on article-sized documents; copydesk parses
 * a long plain text block by block.
 */
function oneDocumentWith(flags: string[]): {copydesk: number; parseOnly: number} {
  return {parseOnly: pipelineRate(flags, 'parse', ['--one-document']), copydesk: pipelineRate(flags, 'copydesk', ['--one-document'])}
}

/** Words per second of one pipeline, measured by this script in a process of its own under node `flags`. */
function pipelineRate(flags: string[], pipeline: Pipeline, extra: string[] = []): number {
  const script = fileURLToPath(import.meta.url)
  return Number(execFileSync(process.execPath, [...flags, script, '--throughput-only', pipeline, ...extra, article], {encoding: 'utf8'}).trim())
}

const articleWords = words(fs.readFileSync(article, 'utf8'))
const empty = path.join(os.tmpdir(), 'copydesk-bench-empty.txt')
fs.writeFileSync(empty, 'Hello.\n')
// Warm the file-system cache once.
spawnSync(process.execPath, [cli, article])
// As the `copydesk` command runs: with the node flag of its `#!` line.
const coldCopydesk = cold([...semiSpaceFlags, cli, article])
// The names dictionaries' share of a cold run: load and index them in a fresh process, median of N.
const namesLoads: number[] = []
for (let index = 0; index < runs; index++) {
  const out = execFileSync(process.execPath, [...commandFlags, '--input-type=module', '-e', "const {namesIndex} = await import(" + JSON.stringify(path.join(root, 'dist', 'src', 'names', 'index.js')) + "); const {lexicon} = await import(" + JSON.stringify(path.join(root, 'dist', 'src', 'lexicon.js')) + "); lexicon(); const t = performance.now(); namesIndex(); console.log(performance.now() - t)"], {encoding: 'utf8'})
  namesLoads.push(Number(out.trim()))
}
const namesMs = median(namesLoads)
const coldSpell = cold([baselineScript, 'spell', article])
const coldParse = cold([baselineScript, 'parse', article])
const documents = generateCorpus()
const speed = throughputWith(commandFlags, documents)
const speedDefaults = throughputWith([], documents)
const single = oneDocumentWith(commandFlags)
const unseenRate = (pipeline: Pipeline) => Number(execFileSync(process.execPath, [...commandFlags, fileURLToPath(import.meta.url), '--unseen-only', pipeline, article], {encoding: 'utf8'}).trim())
const unseen = {copydesk: unseenRate('copydesk'), retextSpell: unseenRate('spell'), parseOnly: unseenRate('parse')}
const folderRun = cliOverFolder(documents, 6)
const latency = lspLatency()
const wholeDocument = await wholeDocumentRelint()

const result = {
  machine: {cpus: os.cpus().length, model: os.cpus()[0]?.model, node: process.version},
  article: {path: path.relative(process.cwd(), article), words: articleWords},
  coldRunMs: {copydesk: +coldCopydesk.toFixed(1), retextSpell: +coldSpell.toFixed(1), parseOnly: +coldParse.toFixed(1), runs},
  coldRatio: {copydeskOverRetextSpell: +(coldCopydesk / coldSpell).toFixed(3), target: '<= 0.25'},
  namesDictionariesMs: +namesMs.toFixed(1),
  throughputWordsPerSecond: {corpusBytes: speed.bytes, corpusWords: speed.words, documents: speed.documents, copydesk: Math.round(speed.copydesk), retextSpell: Math.round(speed.retextSpell), parseOnly: Math.round(speed.parseOnly)},
  throughputRatio: {copydeskOverParseOnly: +(speed.copydesk / speed.parseOnly).toFixed(3), copydeskOverRetextSpell: +(speed.copydesk / speed.retextSpell).toFixed(3), nodeFlags: commandFlags.join(' '), target: '>= 0.5 of parse-only'},
  throughputNodeDefaults: {copydesk: Math.round(speedDefaults.copydesk), retextSpell: Math.round(speedDefaults.retextSpell), parseOnly: Math.round(speedDefaults.parseOnly), copydeskOverParseOnly: +(speedDefaults.copydesk / speedDefaults.parseOnly).toFixed(3)},
  unseenCopy: {copydesk: Math.round(unseen.copydesk), retextSpell: Math.round(unseen.retextSpell), parseOnly: Math.round(unseen.parseOnly), copydeskOverParseOnly: +(unseen.copydesk / unseen.parseOnly).toFixed(3), copydeskOverRetextSpell: +(unseen.copydesk / unseen.retextSpell).toFixed(3)},
  oneDocument: {copydesk: Math.round(single.copydesk), parseOnly: Math.round(single.parseOnly), copydeskOverParseOnly: +(single.copydesk / single.parseOnly).toFixed(3)},
  cliOverFolder: {...folderRun, workersOverParseOnly: +(folderRun.workersWordsPerSecond / speed.parseOnly).toFixed(3)},
  lspRelint: latency,
  wholeDocumentRelint: wholeDocument
}

if (json) console.log(JSON.stringify(result, null, 1))
else {
  console.log('copydesk benchmark (' + result.machine.cpus + ' cores, ' + result.machine.node + ')')
  console.log('\n(a) cold run, ' + articleWords + '-word article, median of ' + runs)
  console.log('    copydesk                  ' + coldCopydesk.toFixed(0) + ' ms')
  console.log('    retext + retext-spell     ' + coldSpell.toFixed(0) + ' ms')
  console.log('    retext-english (parse)    ' + coldParse.toFixed(0) + ' ms')
  console.log('    ratio copydesk/retext-spell ' + result.coldRatio.copydeskOverRetextSpell + ' (target <= 0.25)')
  console.log('\n(b) throughput, ' + (speed.bytes / 1048576).toFixed(2) + ' MB, ' + speed.words + ' words in ' + speed.documents + ' documents')
  console.log('    copydesk                  ' + Math.round(speed.copydesk) + ' words/s')
  console.log('    retext + retext-spell     ' + Math.round(speed.retextSpell) + ' words/s')
  console.log('    retext-english (parse)    ' + Math.round(speed.parseOnly) + ' words/s')
  console.log('    ratio copydesk/parse-only ' + result.throughputRatio.copydeskOverParseOnly + ' (target >= 0.5)')
  console.log('    (one thread: the per-core figure the target is about; all three with the flags the copydesk command runs with, ' + commandFlags.join(' ') + ')')
  console.log('    with node\'s defaults (the API in a process that sets no flags): copydesk ' + result.throughputNodeDefaults.copydesk + ', retext-spell ' + result.throughputNodeDefaults.retextSpell + ', parse-only ' + result.throughputNodeDefaults.parseOnly + ' words/s, ratio ' + result.throughputNodeDefaults.copydeskOverParseOnly)
  console.log('    the same corpus as one document: copydesk ' + result.oneDocument.copydesk + ', parse-only ' + result.oneDocument.parseOnly + ' words/s, ratio ' + result.oneDocument.copydeskOverParseOnly + ' (parse-english reads a whole text as one sentence first; copydesk parses a long one block by block)')
  console.log('\n(b2) copy never linted before (after 20,000 words of warm-up, three pools of 10,000 words, median)')
  console.log('    copydesk                  ' + result.unseenCopy.copydesk + ' words/s')
  console.log('    retext + retext-spell     ' + result.unseenCopy.retextSpell + ' words/s (retext-spell stops suggesting after 30 words a process: its `max`)')
  console.log('    retext-english (parse)    ' + result.unseenCopy.parseOnly + ' words/s')
  console.log('    ratio copydesk/parse-only ' + result.unseenCopy.copydeskOverParseOnly + ', copydesk/retext-spell ' + result.unseenCopy.copydeskOverRetextSpell)
  console.log('\n(c) names dictionaries in a cold run: ' + result.namesDictionariesMs + ' ms (target <= 100)')
  console.log('\n(d) language server re-lint after a one-character edit (typing run: the touched paragraph): ' + JSON.stringify(latency))
  console.log('    whole-document re-lint of the same article (the run after a pause; what the CLI does): median ' + wholeDocument.medianMs + ' ms, p95 ' + wholeDocument.p95Ms + ' ms')
  console.log('\n(e) the CLI end to end over ' + folderRun.files + ' files, ' + folderRun.words + ' words (start to exit, median of 3)')
  console.log('    --jobs 1                  ' + folderRun.oneThreadMs + ' ms, ' + folderRun.oneThreadWordsPerSecond + ' words/s')
  console.log('    --jobs ' + Math.max(2, os.availableParallelism()) + ' (' + os.availableParallelism() + ' cores)         ' + folderRun.workersMs + ' ms, ' + folderRun.workersWordsPerSecond + ' words/s (' + result.cliOverFolder.workersOverParseOnly + ' of parse-only)')
}
