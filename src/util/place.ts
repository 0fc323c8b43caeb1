import type {Position} from 'unist'
import type {VFile} from 'vfile'
import {location} from 'vfile-location'
import {DocumentMemo} from './memo.js'

const cache = new DocumentMemo<VFile, ReturnType<typeof location>>()

/** A unist position for document offsets `start`–`end` (line, column and offset). */
export function placeOf(file: VFile, start: number, end: number): Position {
  const locate = cache.get(file, location)
  const from = locate.toPoint(start)
  const to = locate.toPoint(end)
  if (!from || !to) throw new Error('Offset out of range: ' + start + '–' + end)
  return {start: from, end: to}
}
