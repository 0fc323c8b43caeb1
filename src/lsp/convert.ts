import {DiagnosticSeverity, type Diagnostic, type Range} from 'vscode-languageserver/node.js'
import type {TextDocument} from 'vscode-languageserver-textdocument'
import type {VFileMessage} from 'vfile-message'
import type {CopydeskMessageFields} from '../rule.js'

/** Extra data attached to every diagnostic (clients send it back with code actions). */
export interface DiagnosticData {
  ruleId?: string
  actual?: string
  expected?: string[]
  fixSafe?: boolean
}

/** A linted message with its offsets in the text it was computed from. */
export interface Finding {
  message: VFileMessage
  start: number
  end: number
  range: Range
  diagnostic: Diagnostic
}

export function severityOf(message: VFileMessage): DiagnosticSeverity {
  if (message.fatal === true) return DiagnosticSeverity.Error
  if (message.fatal === false) return DiagnosticSeverity.Warning
  return DiagnosticSeverity.Information
}

/**
 * Offsets of a message in the linted text. Offsets are UTF-16 code units (JS
 * string indices), which is what LSP positions count too; when a message has
 * only line/column, they are mapped through the same snapshot.
 */
export function offsetsOf(message: VFileMessage, snapshot: TextDocument): [number, number] {
  const place = message.place
  if (!place) return [0, 0]
  const length = snapshot.getText().length
  const clamp = (value: number) => Math.max(0, Math.min(length, value))
  if ('start' in place) {
    const start = place.start.offset ?? snapshot.offsetAt({line: Math.max(0, place.start.line - 1), character: Math.max(0, place.start.column - 1)})
    const end = place.end.offset ?? snapshot.offsetAt({line: Math.max(0, place.end.line - 1), character: Math.max(0, place.end.column - 1)})
    return [clamp(start), clamp(Math.max(start, end))]
  }
  const at = place.offset ?? snapshot.offsetAt({line: Math.max(0, place.line - 1), character: Math.max(0, place.column - 1)})
  return [clamp(at), clamp(at)]
}

/** Turn a vfile message into an LSP diagnostic against the snapshot it was linted from. */
export function toFinding(message: VFileMessage, snapshot: TextDocument): Finding {
  const [start, end] = offsetsOf(message, snapshot)
  const range: Range = {start: snapshot.positionAt(start), end: snapshot.positionAt(end)}
  const data: DiagnosticData = {
    ruleId: message.ruleId ?? undefined,
    actual: message.actual ?? undefined,
    expected: Array.isArray(message.expected) ? message.expected : undefined,
    fixSafe: (message as VFileMessage & CopydeskMessageFields).fixSafe
  }
  const diagnostic: Diagnostic = {
    range,
    severity: severityOf(message),
    source: 'copydesk',
    message: message.reason,
    data
  }
  if (message.ruleId) diagnostic.code = message.ruleId
  if (message.url) diagnostic.codeDescription = {href: message.url}
  return {message, start, end, range, diagnostic}
}

/** A diagnostic for a configuration or dictionary problem (code `config`, at the top of the document). */
export function configDiagnostic(text: string, severity: DiagnosticSeverity = DiagnosticSeverity.Error): Diagnostic {
  return {
    range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}},
    severity,
    source: 'copydesk',
    code: 'config',
    message: text
  }
}

/** Is this message's single suggestion safe to apply unattended? */
export function isSingleSafeFix(message: VFileMessage): boolean {
  return (
    (message as VFileMessage & CopydeskMessageFields).fixSafe === true &&
    Array.isArray(message.expected) &&
    message.expected.length === 1 &&
    message.place !== undefined &&
    message.place !== null
  )
}

/** A short, one-line rendering of a span for action titles. */
export function shown(text: string): string {
  const flat = text.replace(/\s+/g, ' ')
  return '`' + (flat.length > 40 ? flat.slice(0, 39) + '…' : flat) + '`'
}
