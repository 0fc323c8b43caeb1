import {ParseEnglish} from 'parse-english'
import {toString} from 'nlcst-to-string'
import {location} from 'vfile-location'
import {VFile} from 'vfile'
import {visit} from 'unist-util-visit'
import {describe, expect, it} from 'vitest'
import {parseDocument, parsePlainText} from '../dist/src/parse.js'

/**
 * Plain text is parsed a block (between blank lines) at a time; the tree is
 * the one parse-english makes of the whole text, positions included.
 */
const english = new ParseEnglish()
// (Block by block whatever the length: `parseDocument` does so for long texts.)
const parse = (text: string) => parsePlainText(text, true)
const plain = (tree: unknown) => JSON.parse(JSON.stringify(tree, (key, value) => (key === 'data' ? undefined : value)))

describe('block-wise parsing of plain text', () => {
  const same = [
    'One paragraph only. It has two sentences.',
    'Headline Without Full Stop\n\nThe first paragraph. It runs on.\n\nA second one, U.S. officials said.\n',
    'Windows lines.\r\n\r\nSecond block.\r\n\r\n\r\nThird block after two blank lines.',
    'Spaces after.  \n  \n\tIndented block starts here.\n\n\n   And another.',
    '\n\nLeading blank lines.\n\nTrailing ones.\n\n',
    '“Quoted opening,” she said.\n\n2024 was a year. Numbers start this one.\n\n- A list item\n- Another item',
    'A break with a no-break space.\n\u00a0\nStays inside one paragraph.'
  ]

  it('gives the tree parse-english gives the whole text', () => {
    for (const text of same) expect(plain(parse(text))).toEqual(plain(english.parse(text)))
  })

  it('points every node at its text in the document', () => {
    const text = same.join('\n\n') + '\n\nLast line on line ' + same.join('\n\n').split('\n').length + '.'
    const tree = parse(text)
    const place = location(text)
    let words = 0
    visit(tree, (node) => {
      const position = node.position!
      expect(text.slice(position.start.offset, position.end.offset)).toBe(toString(node as never))
      expect(place.toOffset(position.start)).toBe(position.start.offset)
      expect(place.toOffset(position.end)).toBe(position.end.offset)
      if (node.type === 'WordNode') words++
    })
    expect(words).toBeGreaterThan(70)
  })

  it('reads a long text block by block, a short one whole', () => {
    const block = 'A paragraph that opens a long text. It says little.\n\n'
    const long = block.repeat(Math.ceil((64 * 1024) / block.length)) + 'the last paragraph opens in lower case.'
    const tree = parseDocument(long, new VFile({value: long, path: 'long.txt'}))
    expect(plain(tree)).toEqual(plain(parse(long)))
    // (Telling the two apart: see the next test.)
    const short = 'It was over, the minister said.\n\nthe talks resume on Monday.'
    expect(plain(parseDocument(short, new VFile({value: short, path: 'short.txt'})))).toEqual(plain(english.parse(short)))
  })

  it('keeps a paragraph that opens in lower case apart from the one before', () => {
    // (Read whole, parse-english joins the two into one sentence and then splits them again, leaving the
    // full stop inside the word `said.`; block by block it stays the sentence's closing punctuation.)
    const tree = parse('It was over, the minister said.\n\nthe talks resume on Monday.')
    expect(tree.children.map((child) => child.type)).toEqual(['ParagraphNode', 'WhiteSpaceNode', 'ParagraphNode'])
    const sentence = (tree.children[0] as {children: Array<{children: Array<{type: string}>}>}).children[0]
    expect(sentence.children.slice(-2).map((child) => child.type)).toEqual(['WordNode', 'PunctuationNode'])
  })
})
