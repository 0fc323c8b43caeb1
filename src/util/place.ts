import type {Position} from 'unist'
import type {VFile} from 'vfile'
import {location} from 'vfile-location'

const cache = new WeakMap<VFile, ReturnType<typeof location>>()

/** A unist position for document offsets `start`–`end` (line, column and offset). */
export function placeOf(file: VFile, start: number, end: number): Position {
  let locate = cache.get(file)
  if (!locate) {
    locate = location(file)
    cache.set(file, locate)
  }
  const from = locate.toPoint(start)
  const to = locate.toPoint(end)
  if (!from || !to) throw new Error('Offset out of range: ' + start + '–' + end)
  return {start: from, end: to}
}
