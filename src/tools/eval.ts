#!/usr/bin/env node
/**
 * Score copydesk against annotated corpora (format: a NAME.txt beside a
 * NAME.expected.json). Runs the CLI with `--report json` over every article
 * and prints recall per category and tier, every miss, every false positive,
 * false positives per 1,000 words and suggestion accuracy.
 *
 *     npm run eval -- ../shared/corpus/seed ../shared/corpus/dev [--json] [--rule id=severity …]
 */
import {execFileSync} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

interface Finding {
  category: string
  find: string
  nth?: number
  expected?: string[]
  tier?: string
  accept?: string[]
  note?: string
}

interface Message {
  ruleId: string
  fatal?: boolean
  reason: string
  expected?: string[]
  place?: {start: {offset: number}; end: {offset: number}}
}

const args = process.argv.slice(2)
const asJson = args.includes('--json')
const passThrough: string[] = []
const dirs: string[] = []
for (let index = 0; index < args.length; index++) {
  if (args[index] === '--json') continue
  if (args[index] === '--rule' || args[index] === '--source-language') passThrough.push(args[index], args[++index])
  else dirs.push(args[index])
}
if (dirs.length === 0) {
  console.error('usage: npm run eval -- <corpus dir> [more dirs] [--json]')
  process.exit(2)
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..')
// The `copydesk` command as installed (the package.json `bin` entry).
const cli = path.join(root, (JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {bin: Record<string, string>}).bin.copydesk)
const articles: Array<{dir: string; txt: string; annotations: {findings: Finding[]}}> = []
for (const dir of dirs) {
  for (const name of fs.readdirSync(dir).sort()) {
    if (!name.endsWith('.expected.json')) continue
    const txt = path.join(dir, name.replace(/\.expected\.json$/, '.txt'))
    if (!fs.existsSync(txt)) continue
    articles.push({dir, txt, annotations: JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8'))})
  }
}

let output: string
try {
  output = execFileSync(process.execPath, [cli, '--report', 'json', ...passThrough, ...articles.map((a) => a.txt)], {encoding: 'utf8', maxBuffer: 1 << 28})
} catch (error) {
  const failure = error as {status?: number; stdout?: string; stderr?: string}
  if (failure.status === 1 && failure.stdout) output = failure.stdout
  else throw new Error('copydesk failed (' + failure.status + '): ' + failure.stderr)
}
const report = JSON.parse(output) as Array<{path: string; messages: Message[]}>
const byPath = new Map(report.map((file) => [path.resolve(file.path), file.messages]))

const equivalent = (category: string, ruleId: string, accept: string[] = []) =>
  ruleId === category || accept.includes(ruleId) || (category === 'case' && ruleId === 'name-case') || (category === 'name-case' && ruleId === 'case')

interface Row {
  file: string
  category: string
  tier: string
  find: string
  caught: boolean
  suggestion?: boolean
  got?: string
}

const rows: Row[] = []
const falsePositives: Array<{file: string; ruleId: string; text: string; reason: string}> = []
let words = 0
const cleanWarnings: Record<string, number> = {}

for (const article of articles) {
  const text = fs.readFileSync(article.txt, 'utf8')
  words += text.split(/\s+/).filter(Boolean).length
  const messages = (byPath.get(path.resolve(article.txt)) || []).filter((m) => m.fatal !== undefined && m.fatal !== null && m.place && 'start' in m.place)
  const spans: Array<[number, number]> = []
  const name = path.basename(article.txt)
  for (const finding of article.annotations.findings) {
    let at = -1
    for (let n = 0; n < (finding.nth || 1); n++) at = text.indexOf(finding.find, at + 1)
    if (at === -1) {
      console.error('annotation not found in ' + name + ': ' + finding.find)
      continue
    }
    const start = at
    const end = at + finding.find.length
    spans.push([start, end])
    const hits = messages.filter((m) => m.place!.start.offset < end && m.place!.end.offset > start && equivalent(finding.category, m.ruleId, finding.accept))
    const row: Row = {file: name, category: finding.category, tier: finding.tier || 'core', find: finding.find, caught: hits.length > 0}
    if (hits.length > 0 && finding.expected && finding.expected.length > 0) {
      row.suggestion = false
      for (const hit of hits) {
        if (!hit.expected || hit.expected.length === 0) continue
        const from = Math.min(start, hit.place!.start.offset)
        const to = Math.max(end, hit.place!.end.offset)
        const fixed = text.slice(from, hit.place!.start.offset) + hit.expected[0] + text.slice(hit.place!.end.offset, to)
        row.got = fixed
        if (finding.expected.some((form) => text.slice(from, start) + form + text.slice(end, to) === fixed)) {
          row.suggestion = true
          break
        }
      }
    }
    rows.push(row)
  }
  for (const message of messages) {
    const {start, end} = {start: message.place!.start.offset, end: message.place!.end.offset}
    if (!spans.some(([from, to]) => start < to && end > from)) {
      falsePositives.push({file: name, ruleId: message.ruleId, text: text.slice(start, end), reason: message.reason})
    }
  }
  if (name.startsWith('clean-')) cleanWarnings[name] = messages.length
}

const groups = new Map<string, {total: number; caught: number}>()
for (const row of rows) {
  for (const key of [row.category + ' ' + row.tier, 'all ' + row.tier]) {
    const group = groups.get(key) || {total: 0, caught: 0}
    group.total++
    if (row.caught) group.caught++
    groups.set(key, group)
  }
}
const withSuggestion = rows.filter((row) => row.suggestion !== undefined)
const summary = {
  articles: articles.length,
  words,
  recall: Object.fromEntries([...groups].sort().map(([key, g]) => [key, {caught: g.caught, total: g.total, recall: g.total ? +(g.caught / g.total).toFixed(3) : null}])),
  suggestions: {right: withSuggestion.filter((r) => r.suggestion).length, total: withSuggestion.length},
  falsePositives: falsePositives.length,
  falsePositivesPer1000Words: +((falsePositives.length / words) * 1000).toFixed(2),
  cleanFileWarnings: cleanWarnings,
  misses: rows.filter((r) => !r.caught).map((r) => ({file: r.file, category: r.category, tier: r.tier, find: r.find})),
  wrongSuggestions: rows.filter((r) => r.suggestion === false).map((r) => ({file: r.file, category: r.category, find: r.find, got: r.got})),
  falsePositiveList: falsePositives
}

if (asJson) {
  console.log(JSON.stringify(summary, null, 1))
} else {
  console.log('copydesk evaluation: ' + summary.articles + ' articles, ' + words + ' words\n')
  console.log('recall')
  for (const [key, value] of Object.entries(summary.recall)) console.log('  ' + key.padEnd(28) + String(value.caught).padStart(4) + ' / ' + String(value.total).padEnd(4) + (value.recall === null ? '' : (value.recall * 100).toFixed(1) + '%'))
  console.log('\nsuggestions right: ' + summary.suggestions.right + ' / ' + summary.suggestions.total)
  console.log('false positives: ' + summary.falsePositives + ' (' + summary.falsePositivesPer1000Words + ' per 1,000 words)')
  console.log('warnings on clean-* files: ' + JSON.stringify(cleanWarnings))
  if (summary.misses.length) {
    console.log('\nmisses')
    for (const miss of summary.misses) console.log('  ' + miss.tier.padEnd(8) + miss.category.padEnd(16) + miss.file + ': ' + JSON.stringify(miss.find).slice(0, 90))
  }
  if (summary.wrongSuggestions.length) {
    console.log('\nwrong suggestions')
    for (const wrong of summary.wrongSuggestions) console.log('  ' + wrong.category.padEnd(16) + wrong.file + ': ' + JSON.stringify(wrong.find).slice(0, 90) + ' → ' + (wrong.got === undefined ? '(no suggestion)' : JSON.stringify(wrong.got).slice(0, 90)))
  }
  if (falsePositives.length) {
    console.log('\nfalse positives')
    for (const fp of falsePositives) console.log('  ' + fp.ruleId.padEnd(16) + fp.file + ': ' + JSON.stringify(fp.text) + ' — ' + fp.reason.slice(0, 100))
  }
}
