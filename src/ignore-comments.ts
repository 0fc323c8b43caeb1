import type {VFile} from 'vfile'

/**
 * Inline silencing, in any file type (an HTML/Markdown comment or a plain line):
 *   copydesk-disable-next-line [rule …]   the next line
 *   copydesk-disable-line [rule …]        this line
 *   copydesk-disable [rule …]             until copydesk-enable [rule …] (or the end)
 * Without rule ids the marker silences every rule.
 */
interface Range {
  from: number
  to: number
  rules: Set<string> | undefined
}

const marker = /copydesk-(disable-next-line|disable-line|disable|enable)\b([ \t]+[a-z][a-z -]*)?/g

export function ignoreRanges(text: string): Range[] {
  if (!text.includes('copydesk-')) return []
  const lines = text.split('\n')
  const ranges: Range[] = []
  const open = new Map<string, number>()
  for (let index = 0; index < lines.length; index++) {
    const line = index + 1
    marker.lastIndex = 0
    let match: RegExpExecArray | null
    while ((match = marker.exec(lines[index]))) {
      const ids = (match[2] || '').replace(/-->.*$/, '').trim().split(/[\s,]+/).filter((id) => id && id !== '--')
      const rules = ids.length > 0 ? new Set(ids) : undefined
      const key = ids.length > 0 ? ids.sort().join(',') : '*'
      if (match[1] === 'disable-next-line') ranges.push({from: line, to: line + 1, rules})
      else if (match[1] === 'disable-line') ranges.push({from: line, to: line, rules})
      else if (match[1] === 'disable') {
        if (!open.has(key)) open.set(key, line)
      } else {
        const from = open.get(key)
        if (from !== undefined) {
          ranges.push({from, to: line, rules})
          open.delete(key)
        }
      }
    }
  }
  for (const [key, from] of open) {
    ranges.push({from, to: Infinity, rules: key === '*' ? undefined : new Set(key.split(','))})
  }
  return ranges
}

/** Drop messages silenced by inline markers. */
export function applyIgnoreComments(file: VFile, text: string): void {
  const ranges = ignoreRanges(text)
  if (ranges.length === 0) return
  file.messages = file.messages.filter((message) => {
    const line = message.line ?? 0
    return !ranges.some(
      (range) => line >= range.from && line <= range.to && (!range.rules || (message.ruleId !== undefined && message.ruleId !== null && range.rules.has(message.ruleId)))
    )
  })
}
