import os from 'node:os'
import path from 'node:path'
import {Worker} from 'node:worker_threads'
import {ConfigError} from '../config.js'
import {DictionaryError, packageRoot} from '../names/load.js'
import {documentFromData, lintDocument, type DocumentJob, type DocumentResult} from './document.js'
import {youngGenerationMb} from './heap.js'
import type {WorkerAnswer, WorkerRequest} from './worker.js'

/**
 * Lint many documents, on several threads when there is enough work.
 *
 * Each worker loads the dictionaries once (~0.1 s) and then takes the next
 * document as soon as it is done with one, so a long article does not hold up
 * the rest. Workers get a larger young generation than V8's default: a
 * document's syntax tree lives while every rule runs over it, and with small
 * semi-spaces the scavenger copies it again and again. Results come back in
 * the order of `jobs`, with the same messages a run on the main thread gives.
 * (The young generation's size: `heap.ts`.)
 */
export interface PoolOptions {
  /** Worker threads: a number, or `auto` (the default) to decide from the work and the machine. */
  jobs?: number | 'auto'
}

/**
 * Below this much text a pool costs more than it saves: each worker loads the
 * dictionaries and warms up its own compiled code (about a second of work on
 * two cores), which pays off from a few megabytes of articles.
 */
const minimumPoolBytes = 4 * 1024 * 1024
const minimumPoolDocuments = 16

/** How many workers `jobs` asks for, for this work (0: lint on the main thread). */
export function workerCount(jobs: DocumentJob[], requested: number | 'auto' = 'auto'): number {
  if (requested !== 'auto') return requested <= 1 ? 0 : Math.min(requested, jobs.length)
  const bytes = jobs.reduce((sum, job) => sum + job.value.length, 0)
  // On two cores the main thread and the collectors' helper threads leave the workers too little
  // (measured: from 1.9 times as fast to slower than one thread, run to run): one thread unless asked.
  const cores = os.availableParallelism()
  if (jobs.length < minimumPoolDocuments || bytes < minimumPoolBytes || cores < 4) return 0
  return Math.min(cores - 1, 8, jobs.length)
}

export async function lintDocuments(jobs: DocumentJob[], options: PoolOptions = {}): Promise<DocumentResult[]> {
  const count = workerCount(jobs, options.jobs)
  if (count === 0) {
    const results: DocumentResult[] = []
    for (const job of jobs) results.push(await lintDocument(job))
    return results
  }
  return runPool(jobs, count)
}

/** The worker's module: the compiled one, also when the pool runs inside the bundled CLI. */
function workerFile(): string {
  return path.join(packageRoot(), 'dist', 'src', 'engine', 'worker.js')
}

/** Documents handed to a worker ahead: it starts the next while an answer travels. */
const inFlight = 3

/** `count` workers take documents from one queue (the main thread only hands them out: it has no warm code or tuned heap). */
function runPool(jobs: DocumentJob[], count: number): Promise<DocumentResult[]> {
  const results: DocumentResult[] = new Array(jobs.length)
  const workers: Worker[] = []
  let next = 0
  let done = 0
  let settled = false
  return new Promise<DocumentResult[]>((resolve, reject) => {
    const finish = (error?: Error) => {
      if (settled) return
      if (!error && done < jobs.length) return
      settled = true
      for (const worker of workers) void worker.terminate()
      if (error) reject(error)
      else resolve(results)
    }
    const feed = (worker: Worker) => {
      if (next >= jobs.length) return
      const id = next++
      const request: WorkerRequest = {id, job: jobs[id]}
      worker.postMessage(request)
    }
    for (let index = 0; index < count; index++) {
      const worker = new Worker(workerFile(), {resourceLimits: {maxYoungGenerationSizeMb: youngGenerationMb}})
      workers.push(worker)
      worker.on('message', (answer: WorkerAnswer) => {
        if ('error' in answer) return finish(rebuildError(answer.error))
        const job = jobs[answer.id]
        results[answer.id] = {file: documentFromData(job, answer.text, answer.messages), text: answer.text, fixed: answer.fixed}
        done++
        feed(worker)
        finish()
      })
      worker.on('error', (error) => finish(error))
      worker.on('exit', (code) => {
        if (!settled) finish(new Error('a lint worker stopped (exit code ' + code + ') before its documents were done'))
      })
      for (let slot = 0; slot < inFlight; slot++) feed(worker)
    }
  })
}

/** The error a worker met, as the class the CLI knows how to report. */
function rebuildError(data: {name: string; message: string; stack?: string; file?: string; line?: number}): Error {
  if (data.name === 'DictionaryError') {
    const error = new DictionaryError(data.file || '', data.line || 0, '')
    error.message = data.message
    return error
  }
  if (data.name === 'ConfigError') return new ConfigError(data.message)
  const error = new Error(data.message)
  error.stack = data.stack
  return error
}
