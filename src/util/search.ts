/**
 * Binary search: the last index below `length` for which `fits` holds, where it
 * holds for a prefix of the indexes (-1 if for none). Finds the line, sentence
 * or word that starts at or before an offset.
 */
export function lastAtOrBefore(length: number, fits: (at: number) => boolean): number {
  let low = 0
  let high = length - 1
  let found = -1
  while (low <= high) {
    const middle = (low + high) >>> 1
    if (fits(middle)) {
      found = middle
      low = middle + 1
    } else high = middle - 1
  }
  return found
}
