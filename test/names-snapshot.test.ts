import fs from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {NamesIndex, namesIndex, type FormRef, type TrieNode} from '../dist/src/names/index.js'
import {builtinNameFiles, loadBuiltinEntries, type NameEntry} from '../dist/src/names/load.js'
import {formIndex, snapshotFormIndex, type FormIndex} from '../dist/src/names/form-index.js'
import {personIndex, snapshotPeople, type PersonIndex} from '../dist/src/names/people.js'
import {packEntries, unpackEntries} from '../dist/src/names/snapshot.js'

/**
 * The names index a cold run restores from `dist/names-index.json` is the
 * index `add` derives from the entries: every form, key, trie path, given
 * name, near-miss target, person and form index, in the same order.
 */
const root = path.resolve(import.meta.dirname, '..')
const entries = loadBuiltinEntries(builtinNameFiles(), (file) => path.relative(root, file))

function derived(): NamesIndex {
  const index = new NamesIndex()
  index.record()
  for (const entry of entries) index.add(entry)
  return index
}

function restored(from: NamesIndex): NamesIndex {
  // Through JSON, as the snapshot file holds it.
  const data = JSON.parse(JSON.stringify({...packEntries(entries), index: from.snapshot(), people: snapshotPeople(from), forms: snapshotFormIndex(from)}))
  const index = new NamesIndex()
  index.restore(unpackEntries(data.entries, data.files), data.index)
  index.builtinPeople = {count: data.entries.length, people: data.people}
  index.builtinForms = () => data.forms
  return index
}

const formView = (ref: FormRef) => [ref.entry.name, ref.form, ref.tokens, ref.keys, ref.kind, ref.reason, ref.ambiguous]
const mapView = (map: Map<string, FormRef[]>) => [...map].map(([key, refs]) => [key, refs.map(formView)])
function trieView(node: TrieNode): unknown {
  return {accepted: node.accepted?.map(formView), wrong: node.wrong?.map(formView), next: node.next && [...node.next].map(([key, child]) => [key, trieView(child)])}
}
const peopleView = (people: PersonIndex) => ({
  byGiven: [...people.byGiven].map(([key, list]) => [key, list.map((item) => [item.entry.name, item.surname, item.given, item.translated === true])]),
  bySurname: [...people.bySurname].map(([key, list]) => [key, list.map((item) => [item.entry.name, item.given])]),
  bySurnameKey: [...people.bySurnameKey].map(([key, list]) => [key, list.map((item) => [item.entry.name, item.surname, item.given])])
})
const formIndexView = (index: FormIndex) => ({
  forms: mapView(index.forms),
  withoutJoiners: mapView(index.withoutJoiners),
  byFirst: mapView(index.byFirst),
  words: [...index.words],
  countries: [...index.countries],
  formBags: [...index.formBags],
  looseBags: [...index.looseBags],
  companyStarts: [...index.companyStarts]
})

describe('names snapshot', () => {
  const fresh = derived()
  const back = restored(derived())

  it('restores every form, its keys and the trie in the order add() built them', () => {
    expect(back.entries.length).toBe(fresh.entries.length)
    expect(mapView(back.accepted)).toEqual(mapView(fresh.accepted))
    expect(mapView(back.wrong)).toEqual(mapView(fresh.wrong))
    expect(trieView(back.trie)).toEqual(trieView(fresh.trie))
    expect(back.maxTokens).toBe(fresh.maxTokens)
    expect([...back.knownTokens]).toEqual([...fresh.knownTokens])
    expect([...back.knownLower]).toEqual([...fresh.knownLower])
    expect([...back.curatedSurnames]).toEqual([...fresh.curatedSurnames])
    expect([...back.meanings].map(([word, list]) => [word, list.map((entry) => entry.name)])).toEqual([...fresh.meanings].map(([word, list]) => [word, list.map((entry) => entry.name)]))
  })

  it('answers given names and near misses as the derived index does', () => {
    for (const given of ['Sergey', 'Volodymyr', 'Kirill', 'Jinping', 'Zhang', 'Recep']) expect(back.givenOrigins(given)).toEqual(fresh.givenOrigins(given))
    for (const word of ['Whitkoff', 'Zelenski', 'Erdögan', 'Poilièvre', 'Sholz', 'Lavrow']) expect(back.nearMiss(word)?.target).toBe(fresh.nearMiss(word)?.target)
    expect(back.nearMiss('Whitkoff')?.target).toBe('Witkoff')
    expect(back.givenOrigins('Sergey')).toContain('ru')
    expect(back.nearMissAfterTitle('Lubio')?.target).toBe(fresh.nearMissAfterTitle('Lubio')?.target)
    // Near-miss targets come from the snapshot already keyed; a name added after them is one too.
    const withExtra = restored(derived())
    withExtra.add({name: 'Ottilie Brennwaldt', type: 'person', variants: [], discouraged: [], garbles: [], file: 'configuration', line: 1})
    expect(withExtra.nearMiss('Brenwaldt')?.target).toBe('Brennwaldt')
    expect(back.nearMiss('Brenwaldt')).toBeUndefined()
  })

  it('restores the person index, and indexes entries added after the shipped ones', () => {
    expect(peopleView(personIndex(back))).toEqual(peopleView(personIndex(fresh)))
    const extra: NameEntry = {name: 'Ottilie Brennwald', type: 'person', variants: [], discouraged: [], garbles: [], file: 'configuration', line: 1}
    const withExtra = restored(derived())
    withExtra.add(extra)
    expect(personIndex(withExtra).byGiven.get('Ottilie')?.map((item) => item.entry.name)).toEqual(['Ottilie Brennwald'])
    expect(personIndex(back).byGiven.get('Ottilie')).toBeUndefined()
  })

  it('restores the form index, and indexes forms added after the shipped ones', () => {
    const view = formIndexView(formIndex(back))
    expect(view).toEqual(formIndexView(formIndex(fresh)))
    expect(view.forms.length).toBeGreaterThan(1000)
    expect(view.byFirst.length).toBeGreaterThan(1000)
    expect(view.countries.length).toBeGreaterThan(50)
    const extra: NameEntry = {name: 'Brennwald Institute of Applied Tides', type: 'organization', variants: ['Brennwaldtide'], discouraged: [], garbles: [], file: 'configuration', line: 1}
    const withExtra = restored(derived())
    formIndex(withExtra)
    withExtra.add(extra)
    const index = formIndex(withExtra)
    expect(index.forms.get('applied brennwald institute of tides')?.map((ref) => ref.form)).toEqual(['Brennwald Institute of Applied Tides'])
    expect(index.byFirst.get('brennwald')?.map((ref) => ref.form)).toEqual(['Brennwald Institute of Applied Tides'])
    expect(index.companyStarts.has('bre')).toBe(true)
    expect(formIndex(back).byFirst.get('brennwald')).toBeUndefined()
  })

  it('packs the entries for the snapshot and gets them back, less only what no lint reads', () => {
    const {entries: packed, files} = JSON.parse(JSON.stringify(packEntries(entries)))
    expect(files.length).toBeLessThan(100)
    const back = unpackEntries(packed, files)
    expect(back).toEqual(entries.map(({source: _source, ...rest}: NameEntry) => rest))
  })

  it('trusts a snapshot whose sources have new times but the same contents (as an npm install leaves them)', async () => {
    const {builtinIndex} = await import('../dist/src/names/snapshot.js')
    const file = path.join(root, 'dist', 'names-index.json')
    const data = JSON.parse(fs.readFileSync(file, 'utf8'))
    expect(data.hash).toMatch(/^[0-9a-f]{40}$/)
    fs.writeFileSync(file, JSON.stringify({...data, stamp: 'times of another machine'}))
    const index = builtinIndex(builtinNameFiles(), (name: string) => path.relative(root, name))
    // (Restored, not derived again: only a restored index carries the people of the snapshot.)
    expect(index.builtinPeople?.count).toBe(entries.length)
    expect(JSON.parse(fs.readFileSync(file, 'utf8')).stamp).toBe(data.stamp)
  })

  it('namesIndex() reads the snapshot the build wrote, stamped with its sources', () => {
    const file = path.join(root, 'dist', 'names-index.json')
    const names = namesIndex({})
    const data = JSON.parse(fs.readFileSync(file, 'utf8'))
    expect(data.entries.length).toBe(entries.length)
    expect(names.builtinPeople?.count).toBe(entries.length)
    // (garbled-name's form index comes from a file of its own, read on first use, that belongs with this snapshot.)
    expect(names.builtinForms?.()?.formCount).toBe(names.forms.length)
    expect(JSON.parse(fs.readFileSync(path.join(root, 'dist', 'names-forms.json'), 'utf8')).hash).toBe(data.hash)
    for (const source of builtinNameFiles()) expect(data.stamp).toContain(path.basename(source) + ':')
    expect(data.stamp).toContain('people.js:')
    // (The near-miss targets leave out ordinary English words, so dictionary-en's words count too.)
    expect(data.stamp).toContain('index.dic:')
    expect(data.stamp).toContain('form-index.js:')
  })
})
