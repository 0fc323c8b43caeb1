import fs from 'node:fs'

/** A file's modification time, or -1 when it cannot be read: a stamp to tell when a cached view is stale. */
export function mtimeOf(file: string): number {
  try {
    return fs.statSync(file).mtimeMs
  } catch {
    return -1
  }
}
