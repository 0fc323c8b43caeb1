#!/usr/bin/env node
/**
 * Baselines for `npm run bench`: the plain pipelines copydesk is compared
 * with, run as their own process so a cold start is measured the same way.
 *
 *     node dist/src/tools/bench-baseline.js spell <file>   retext-english + retext-spell + dictionary-en
 *     node dist/src/tools/bench-baseline.js parse <file>   retext-english only
 */
import fs from 'node:fs'
import {unified} from 'unified'
import retextEnglish from 'retext-english'
import retextSpell from 'retext-spell'
import dictionary from 'dictionary-en'

export function baseline(mode: 'spell' | 'parse') {
  const processor = unified().use(retextEnglish)
  if (mode === 'spell') processor.use(retextSpell, {dictionary})
  return processor
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  const mode = process.argv[2] as 'spell' | 'parse'
  const text = fs.readFileSync(process.argv[3], 'utf8')
  const processor = baseline(mode)
  const tree = processor.parse(text)
  const file = await processor.run(tree).then(() => undefined)
  void file
}
