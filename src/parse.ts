import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {ParseEnglish} from 'parse-english'

/** Markdown and HTML parsers load on first use: plain-text runs never pay for them. */
interface MarkupParsers {
  fromMarkdown: typeof import('mdast-util-from-markdown').fromMarkdown
  mdastToNlcst: typeof import('mdast-util-to-nlcst').toNlcst
  fromHtml: typeof import('hast-util-from-html').fromHtml
  hastToNlcst: typeof import('hast-util-to-nlcst').toNlcst
}
let markdown: Pick<MarkupParsers, 'fromMarkdown' | 'mdastToNlcst'> | undefined
let html: Pick<MarkupParsers, 'fromHtml' | 'hastToNlcst'> | undefined

/** Load the parser a file type needs (call before `parseDocument`; cheap when loaded). */
export async function prepareParser(type: FileType): Promise<void> {
  if (type === 'markdown' && !markdown) {
    const [from, to] = await Promise.all([import('mdast-util-from-markdown'), import('mdast-util-to-nlcst')])
    markdown = {fromMarkdown: from.fromMarkdown, mdastToNlcst: to.toNlcst}
  }
  if (type === 'html' && !html) {
    const [from, to] = await Promise.all([import('hast-util-from-html'), import('hast-util-to-nlcst')])
    html = {fromHtml: from.fromHtml, hastToNlcst: to.toNlcst}
  }
}

export type FileType = 'text' | 'markdown' | 'html'

const markdownExtensions = new Set(['.md', '.markdown', '.mdown', '.mkd', '.mkdn', '.mdx'])
const htmlExtensions = new Set(['.html', '.htm', '.xhtml'])
const textExtensions = new Set(['.txt', '.text'])

/** Extensions the CLI picks up when it expands a directory. */
export const supportedExtensions = [...textExtensions, ...markdownExtensions, ...htmlExtensions]

/** Choose the parser from an explicit type, a language id or the file's extension. */
export function fileTypeOf(file: {extname?: string | undefined; data?: Record<string, unknown>}): FileType {
  const explicit = file.data && file.data.copydeskType
  if (explicit === 'markdown' || explicit === 'html' || explicit === 'text') return explicit
  const extname = (file.extname || '').toLowerCase()
  if (markdownExtensions.has(extname)) return 'markdown'
  if (htmlExtensions.has(extname)) return 'html'
  return 'text'
}

/** Map an editor language id (`markdown`, `html`, `plaintext`) to a file type. */
export function fileTypeOfLanguage(languageId: string | undefined): FileType | undefined {
  if (!languageId) return undefined
  if (languageId === 'markdown' || languageId === 'mdx') return 'markdown'
  if (languageId === 'html' || languageId === 'xhtml') return 'html'
  if (languageId === 'plaintext' || languageId === 'text') return 'text'
  return undefined
}

/**
 * Parse any supported document into nlcst whose positions point into the
 * original file: prose only (code, markup and URLs in attributes are not prose).
 */
const english = new ParseEnglish()

export function parseDocument(doc: string, file: VFile): Root {
  const type = fileTypeOf(file)
  if (type === 'markdown') {
    if (!markdown) throw new Error('Markdown parser not loaded: call `prepareParser(\'markdown\')` first')
    return markdown.mdastToNlcst(markdown.fromMarkdown(doc), file, english, {ignore: ['code', 'html', 'math']})
  }
  if (type === 'html') {
    if (!html) throw new Error('HTML parser not loaded: call `prepareParser(\'html\')` first')
    return html.hastToNlcst(html.fromHtml(doc), file, english)
  }
  const tree = parsePlainText(doc)
  tree.data = {...tree.data, copydeskAllProse: true}
  return tree
}

/** From this length on, plain text is parsed a block at a time (see `parsePlainText`). */
const blockwiseFrom = 64 * 1024

/**
 * Plain text; a long one parsed a block at a time. parse-english first reads
 * the whole text as one sentence and merges tokens in it by splicing arrays,
 * which costs time with the square of the text's length: an article parses at
 * about two million words a second, a one-megabyte text as one piece at a
 * fifth of that. A blank line ends a paragraph there, so the blocks between
 * blank lines parse to the same nodes; their tokens' points are moved to where
 * the block starts in the text, and the blank lines between them are white
 * space nodes of the root, as parse-english makes them. (Moving the points
 * costs a third of an article's parse, so texts the length of articles are
 * read whole.)
 */
export function parsePlainText(doc: string, blockwise = doc.length >= blockwiseFrom): Root {
  if (!blockwise) {
    blockParser.origin = undefined
    return blockParser.parse(doc)
  }
  const children: Root['children'] = []
  let start = 0
  let line = 1
  let column = 1
  blankLines.lastIndex = 0
  for (let match = blankLines.exec(doc); match; match = blankLines.exec(doc)) {
    const gapStart = match.index
    const gap = match[0]
    // (A run of white space at the very start or end stays with its block, as a whole-text parse leaves it;
    // so does one with other white space in it, which parse-english does not take for a paragraph's end.)
    if (gapStart === 0 || gapStart + gap.length === doc.length || !paragraphBreak.test(gap)) continue
    // (The block ends where its last token does, the gap being all the white space there is: parse-english has
    // counted its lines already.)
    const gapPoint = addBlock(children, doc.slice(start, gapStart), start, line, column) ?? pointAfter(doc, start, gapStart, line, column)
    const end = pointAfter(doc, gapStart, gapStart + gap.length, gapPoint.line, gapPoint.column)
    children.push({type: 'WhiteSpaceNode', value: gap, position: {start: {line: gapPoint.line, column: gapPoint.column, offset: gapStart}, end: {line: end.line, column: end.column, offset: gapStart + gap.length}}})
    start = gapStart + gap.length
    line = end.line
    column = end.column
  }
  if (start === 0) {
    blockParser.origin = undefined
    return blockParser.parse(doc)
  }
  addBlock(children, doc.slice(start), start, line, column)
  const first = children[0]
  const last = children[children.length - 1]
  return {type: 'RootNode', children, position: first.position && last.position ? {start: {...first.position.start}, end: {...last.position.end}} : undefined}
}

/** Runs of white space with two line feeds or more (parse-latin's white space characters). */
const blankLines = /[\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]*\n[\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]*\n[\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]*/g

/** parse-latin's test for white space that ends a paragraph (line breaks, spaces and tabs only). */
const paragraphBreak = /^[ \t]*((\r?\n|\r)[\t ]*)+$/

/** Parse one block into `children`, placed at `offset` (`line`:`column`); where it ends, if its tree says. */
function addBlock(children: Root['children'], block: string, offset: number, line: number, column: number): {line: number; column: number} | undefined {
  blockParser.origin = offset === 0 ? undefined : {offset, line, column}
  const tree = blockParser.parse(block)
  for (const child of tree.children) children.push(child)
  const end = tree.children[tree.children.length - 1]?.position?.end
  return end && end.offset === offset + block.length ? {line: end.line, column: end.column} : undefined
}

/** Line and column of `to`, counting from `from` at `line`:`column`. */
function pointAfter(doc: string, from: number, to: number, line: number, column: number): {line: number; column: number} {
  // (As parse-latin counts: `\r`, `\n` and `\r\n` each end a line.)
  for (let index = from; index < to; index++) {
    const code = doc.charCodeAt(index)
    if (code === 13 || (code === 10 && (index === 0 || doc.charCodeAt(index - 1) !== 13))) {
      line++
      column = 1
    } else if (code !== 10) column++
  }
  return {line, column}
}

type Point = {line: number; column: number; offset?: number}
type Token = {type: string; position?: {start: Point; end: Point}; children?: Array<{position?: {start: Point; end: Point}}>}

/**
 * parse-english with the points of its tokens moved to where the block starts
 * in the document, before any node is built from them: every node above a
 * token takes its points from the tokens, so one pass over the tokens places
 * the whole tree.
 */
class BlockParser extends ParseEnglish {
  origin: {offset: number; line: number; column: number} | undefined

  override tokenize(value: string): ReturnType<ParseEnglish['tokenize']> {
    const tokens = super.tokenize(value)
    const origin = this.origin
    if (origin) {
      for (const token of tokens as Token[]) {
        const position = token.position!
        move(position.start, origin)
        move(position.end, origin)
        // (A word and its text node share their start point, not their end point.)
        if (token.children) for (const child of token.children) if (child.position!.end !== position.end) move(child.position!.end, origin)
      }
    }
    return tokens
  }
}

const blockParser = new BlockParser()

function move(point: Point, origin: {offset: number; line: number; column: number}): void {
  if (point.line === 1) point.column += origin.column - 1
  point.line += origin.line - 1
  point.offset = (point.offset ?? 0) + origin.offset
}
