import {describe, it, expect} from 'vitest'
import path from 'node:path'
import {contextData} from '../dist/src/context-data.js'
import {builtinNameFiles, loadNamesFile} from '../dist/src/names/load.js'
import type {NameEntry} from '../dist/src/names/load.js'
import {checkData, checkEntries, formatProblem} from '../dist/src/tools/check-data.js'

/** The shipped dictionaries: every file validates, and the cross-file checks find nothing. */

describe('dictionaries', () => {
  it.each(builtinNameFiles().map((file) => [path.basename(file), file]))('%s validates', (_, file) => {
    expect(loadNamesFile(file).length).toBeGreaterThan(0)
  })

  it('context.yaml validates', () => {
    expect(contextData().titles.size).toBeGreaterThan(0)
  })

  it('pass the cross-file checks (run `node dist/src/tools/check-data.js` for file:line and fixes)', () => {
    expect(checkData().map(formatProblem)).toEqual([])
  })
})

describe('cross-file checks', () => {
  const entry = (fields: Partial<NameEntry> & {name: string}, line = 1): NameEntry => ({type: 'person', variants: [], discouraged: [], garbles: [], file: 'dictionaries/names/a.yaml', line, ...fields})

  const cases: Array<{what: string; entries: NameEntry[]; problems: RegExp[]}> = [
    {what: 'a duplicate canonical name of the same type', entries: [entry({name: 'Ana Lopes'}), entry({name: 'Ana Lopes'}, 9)], problems: [/^dictionaries\/names\/a\.yaml:9: Ana Lopes: duplicate person `Ana Lopes` .*; merge/]},
    {what: 'the same name as two types', entries: [entry({name: 'Georgia', type: 'place'}), entry({name: 'Georgia', type: 'person'}, 5)], problems: []},
    {what: 'a discouraged form that another entry accepts', entries: [entry({name: 'Ana Lopes', discouraged: [{form: 'Ana Lopez'}]}), entry({name: 'Ana Lopez'}, 4)], problems: [/Ana Lopes: discouraged form `Ana Lopez` is an accepted form of `Ana Lopez`.*; remove it/]},
    {what: 'a garble that is another entry’s variant', entries: [entry({name: 'Bo Li', garbles: ['Bo Lee']}), entry({name: 'Bob Lee', variants: ['Bo Lee']}, 7)], problems: [/Bo Li: garble form `Bo Lee` is an accepted form of `Bob Lee`/]},
    {what: 'a variant equal to another entry’s name', entries: [entry({name: 'Ana Lopes', variants: ['Ana Lopez']}), entry({name: 'Ana Lopez'}, 4)], problems: [/Ana Lopes: variant `Ana Lopez` is the name of another entry/]},
    {what: 'generated lists repeating a curated place', entries: [entry({name: 'Kyiv', type: 'place'}), entry({name: 'Kyiv', type: 'place', file: 'dictionaries/generated/cities.json'}, 3)], problems: []}
  ]

  it.each(cases)('reports $what', ({entries, problems}) => {
    const found = checkEntries(entries).map(formatProblem)
    expect(found).toHaveLength(problems.length)
    problems.forEach((pattern, index) => expect(found[index]).toMatch(pattern))
  })
})

describe('start hints of the names index', () => {
  it('never rule out a word that starts a name, however it is cased', async () => {
    const {namesIndex, mayStartName} = await import('../dist/src/names/index.js')
    const {lookupKey} = await import('../dist/src/util/word-info.js')
    const names = namesIndex({})
    let checked = 0
    for (const refs of [...names.accepted.values(), ...names.wrong.values()]) {
      for (const ref of refs) {
        const first = ref.tokens[0]
        for (const written of [first, first.toLowerCase(), first.toUpperCase(), first.endsWith('.') ? first : first + '.']) {
          // (A casing whose key is another word cannot start the name anyway: `HALKLARIN` is no `halkların`.)
          if (lookupKey(written) !== lookupKey(first)) continue
          if (!mayStartName(written)) throw new Error('`' + written + '` starts `' + ref.form + '` but is ruled out')
        }
        checked++
      }
    }
    expect(checked).toBeGreaterThan(5000)
  })

  it('rule out most ordinary words', async () => {
    const {namesIndex, mayStartName} = await import('../dist/src/names/index.js')
    namesIndex({})
    const words = ['quickly', 'because', 'although', 'yesterday', 'following', 'economy', 'percent', 'billion', 'increase', 'reported']
    expect(words.filter((word) => mayStartName(word)).length).toBeLessThan(5)
  })
})
