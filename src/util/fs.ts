import {createHash} from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

/** A file's modification time, or -1 when it cannot be read: a stamp to tell when a cached view is stale. */
export function mtimeOf(file: string): number {
  try {
    return fs.statSync(file).mtimeMs
  } catch {
    return -1
  }
}

/** A file's size and modification time, as a snapshot records its sources (`1234:1700000000000`). */
export function sizeAndTime(file: string): string {
  const stat = fs.statSync(file)
  return stat.size + ':' + Math.round(stat.mtimeMs)
}

/**
 * A hash of the contents of `files` (names and bytes): what a snapshot of them depends on, when their
 * times say nothing (an npm package gives every file the same time).
 */
export function contentHash(files: string[]): string {
  const hash = createHash('sha1')
  for (const file of files) {
    hash.update(path.basename(file) + '\0')
    hash.update(fs.readFileSync(file))
    hash.update('\0')
  }
  return hash.digest('hex')
}

/** Write a file atomically: a temporary file in the same folder, then a rename. */
export function writeFileAtomic(file: string, contents: string): void {
  const dir = path.dirname(file)
  const temp = path.join(dir, '.' + path.basename(file) + '.' + process.pid + '.' + Date.now() + '.copydesk-tmp')
  let mode: number | undefined
  try {
    mode = fs.statSync(file).mode
  } catch {
    mode = undefined
  }
  const handle = fs.openSync(temp, 'w', mode)
  try {
    fs.writeFileSync(handle, contents, 'utf8')
    fs.fsyncSync(handle)
  } finally {
    fs.closeSync(handle)
  }
  try {
    fs.renameSync(temp, file)
  } catch (error) {
    fs.rmSync(temp, {force: true})
    throw error
  }
}

/** Keep `data` as a JSON snapshot at `file`, if the install is writable (a read-only one reads its sources every time). */
export function writeSnapshot(file: string, data: unknown): void {
  try {
    writeFileAtomic(file, JSON.stringify(data))
  } catch {
    // Read-only install: fine, the sources were read.
  }
}
