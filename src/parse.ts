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
  const tree = english.parse(doc)
  tree.data = {...tree.data, copydeskAllProse: true}
  return tree
}
