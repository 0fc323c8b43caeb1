import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {ParseEnglish} from 'parse-english'
import {fromMarkdown} from 'mdast-util-from-markdown'
import {toNlcst as mdastToNlcst} from 'mdast-util-to-nlcst'
import {fromHtml} from 'hast-util-from-html'
import {toNlcst as hastToNlcst} from 'hast-util-to-nlcst'

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
    return mdastToNlcst(fromMarkdown(doc), file, english, {ignore: ['code', 'html', 'math']})
  }
  if (type === 'html') {
    return hastToNlcst(fromHtml(doc), file, english)
  }
  return english.parse(doc)
}
