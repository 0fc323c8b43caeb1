/**
 * A lint worker of the pool (`src/engine/pool.ts`): lints the documents it is
 * sent, one at a time, with its own loaded dictionaries, and answers with
 * plain data.
 */
import {parentPort} from 'node:worker_threads'
import {lintDocument, messageData, type DocumentJob} from './document.js'

export interface WorkerRequest {
  id: number
  job: DocumentJob
}

export type WorkerAnswer =
  | {id: number; text: string; fixed: number; messages: ReturnType<typeof messageData>[]}
  | {id: number; error: {name: string; message: string; stack?: string; file?: string; line?: number}}

const port = parentPort
if (!port) throw new Error('copydesk: the lint worker runs inside a worker thread')

port.on('message', async ({id, job}: WorkerRequest) => {
  let answer: WorkerAnswer
  try {
    const result = await lintDocument(job)
    answer = {id, text: result.text, fixed: result.fixed, messages: result.file.messages.map(messageData)}
  } catch (error) {
    const failure = error as Error & {file?: string; line?: number}
    answer = {id, error: {name: failure.name, message: failure.message, stack: failure.stack, file: failure.file, line: failure.line}}
  }
  port.postMessage(answer)
})
