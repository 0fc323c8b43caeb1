import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import type {NamesIndex} from './names/index.js'

/** How a rule reports: `error` (fatal), `warn`, `info` (a hint, never a finding) or `off`. */
export type Severity = 'off' | 'info' | 'warn' | 'error'

export interface RuleMeta {
  /** Stable id; also the file name in `rules/`. */
  id: string
  /** One line for docs and `--help`. */
  description: string
  /** Severity when the configuration says nothing. */
  defaultSeverity: Severity
  /** Whether the first `expected` value of this rule's messages is safe to apply unattended. */
  fixSafe: boolean
}

/** What every rule gets besides the tree and the file. */
export interface RuleContext {
  /** The document as written (the tree's positions point into it). */
  text: string
  /** Curated and user names, with derived matchers. */
  names: NamesIndex
  /** Rule options from the configuration (already merged with defaults by the rule). */
  options: Record<string, unknown>
  /** Settings shared by all rules (`lang` of the copy's source, etc.). */
  settings: SharedSettings
}

export interface SharedSettings {
  /** Languages the copy was translated from (`ru`, `uk`, `zh`, …); enables phrase tables. */
  sourceLanguages: string[]
  /** Preferred quotation marks for suggestions (`“”` or `""`); detected from the document when unset. */
  quotes?: [string, string]
}

export type RuleCheck = (tree: Root, file: VFile, context: RuleContext) => void

export interface Rule {
  meta: RuleMeta
  check: RuleCheck
}

export interface RuleSetting {
  severity: Severity
  options: Record<string, unknown>
}
