import {describe, expect, it} from 'vitest'
import {changedRegion, mergeRegion} from '../../dist/src/lsp/incremental.js'

const paragraphs = ['First paragraph here. It has two sentences.', 'Second one is short.', 'Third paragraph closes the piece.']
// Paragraphs that no edit touches: a change to most of a document is linted whole.
const filler = '\n\n' + Array.from({length: 4}, (_, index) => 'Filler paragraph number ' + index + ' stays as it is.').join('\n\n') + '\n'
const text = paragraphs.join('\n\n') + filler
const insert = (value: string, at: number, added: string) => value.slice(0, at) + added + value.slice(at)

describe('changedRegion', () => {
  it('widens a one-character edit to its paragraph', () => {
    const at = text.indexOf('short')
    const region = changedRegion(text, insert(text, at, 'x'), 'text')!
    const edited = insert(text, at, 'x')
    expect(edited.slice(region.start, region.newEnd)).toBe('Second one is xshort.')
    expect(text.slice(region.start, region.oldEnd)).toBe('Second one is short.')
    expect(edited.slice(region.zoneStart, region.zoneEnd)).toBe('Second one is xshort.')
  })

  it('keeps the zone to the sentence around the change', () => {
    const at = text.indexOf('two')
    const edited = insert(text, at, 'x')
    const region = changedRegion(text, edited, 'text')!
    expect(edited.slice(region.start, region.newEnd)).toBe('First paragraph here. It has xtwo sentences.')
    expect(edited.slice(region.zoneStart, region.zoneEnd)).toBe('It has xtwo sentences.')
  })

  it('covers both paragraphs when an edit joins them', () => {
    const at = text.indexOf('\n\nSecond')
    const edited = text.slice(0, at) + ' ' + text.slice(at + 2)
    const region = changedRegion(text, edited, 'text')!
    expect(edited.slice(region.start, region.newEnd)).toBe('First paragraph here. It has two sentences. Second one is short.')
  })

  it('declines where a paragraph cannot be linted alone', () => {
    expect(changedRegion('<p>Hi there.</p>', '<p>Hi xthere.</p>', 'html')).toBeUndefined()
    const markdown = 'Intro.\n\n```\ncode\n\nmore code\n```\n\nOutro.\n'
    expect(changedRegion(markdown, markdown.replace('more', 'mxore'), 'markdown')).toBeUndefined()
    const ignored = 'Intro.\n\n<!-- copydesk-disable -->\n\nBody text.\n'
    expect(changedRegion(ignored, ignored.replace('Body', 'Boxdy'), 'markdown')).toBeUndefined()
    // A change to most of the document is linted whole.
    expect(changedRegion('One.\n\nTwo.\n', 'Completely different text now.\n', 'text')).toBeUndefined()
    expect(changedRegion(text, text, 'text')).toBeUndefined()
  })
})

describe('mergeRegion', () => {
  it('takes fresh findings in the zone and moves the old ones elsewhere', () => {
    const old = 'Alpha bravo. Charlie delta.\n\nEcho.' + filler
    const edited = insert(old, old.indexOf('delta'), 'xx')
    const region = changedRegion(old, edited, 'text')!
    const previous = [
      {id: 'alpha', start: 0, end: 5},
      {id: 'delta-old', start: old.indexOf('delta'), end: old.indexOf('delta') + 5}
    ]
    const fresh = [
      {id: 'alpha-alone', start: 0, end: 5},
      {id: 'delta-new', start: edited.indexOf('xxdelta'), end: edited.indexOf('xxdelta') + 7}
    ]
    const merged = mergeRegion(region, previous, fresh, (finding, start, end) => ({...finding, start, end}))
    // Outside the zone the old finding stays; inside only the fresh one counts.
    expect(merged.map((finding) => finding.id)).toEqual(['alpha', 'delta-new'])
  })

  it('shifts old findings after the change by its length', () => {
    const old = 'Alpha bravo. Charlie delta.\n\nEcho.' + filler
    const edited = insert(old, old.indexOf('bravo'), 'xyz ')
    const region = changedRegion(old, edited, 'text')!
    const charlie = old.indexOf('Charlie')
    const merged = mergeRegion(region, [{start: charlie, end: charlie + 7}], [], (finding, start, end) => ({...finding, start, end}))
    expect(merged).toEqual([{start: charlie + 4, end: charlie + 11}])
    expect(edited.slice(merged[0].start, merged[0].end)).toBe('Charlie')
  })
})
