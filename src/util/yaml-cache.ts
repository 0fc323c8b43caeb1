import {createHash} from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import {packageDictionaries} from '../names/load.js'
import {sizeAndTime, writeSnapshot} from './fs.js'

/**
 * The shipped word lists and context data, parsed once and kept as one JSON
 * snapshot beside the compiled code (as the names are): reading JSON costs a
 * fraction of parsing YAML, and every run needs a dozen of these files. A file
 * whose size or time changed is parsed again and the snapshot refreshed; a
 * read-only install simply parses every time.
 */
interface Snapshot {
  [file: string]: {stamp: string; hash?: string; data: unknown}
}

let snapshot: Snapshot | undefined

function snapshotFile(): string {
  return path.join(path.dirname(packageDictionaries()), 'dist', 'data-cache.json')
}

function load(): Snapshot {
  if (!snapshot) {
    try {
      snapshot = JSON.parse(fs.readFileSync(snapshotFile(), 'utf8')) as Snapshot
    } catch {
      snapshot = {}
    }
  }
  return snapshot
}

/** The parsed contents of `file`: from the snapshot when it is current, else from `parse(text)` (whose errors propagate). */
export function parsedData<T>(file: string, parse: (text: string) => T): T {
  const stamp = sizeAndTime(file)
  const key = path.relative(packageDictionaries(), file)
  const cached = load()[key]
  if (cached && cached.stamp === stamp) return cached.data as T
  // The time changed (an npm install sets every file's time): the same contents still match.
  const text = fs.readFileSync(file, 'utf8')
  const hash = createHash('sha1').update(text).digest('hex')
  if (cached && cached.hash === hash) {
    cached.stamp = stamp
    writeSnapshot(snapshotFile(), snapshot)
    return cached.data as T
  }
  const data = parse(text)
  load()[key] = {stamp, hash, data}
  writeSnapshot(snapshotFile(), snapshot)
  return data
}
