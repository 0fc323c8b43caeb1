import type {VFile} from 'vfile'
import type {Rule, RuleCheck, RuleMeta, Severity} from './types.js'

/** Where each rule is documented; `#<rule-id>` is appended. */
export const docsBase = 'https://github.com/copydesk/copydesk/blob/main/README.md'

/** Messages carry this flag so `--fix` and editors know which fixes are safe. */
export interface CopydeskMessageFields {
  fixSafe?: boolean
}

/**
 * Define a rule: the check emits plain `file.message(reason, {place, ancestors})`
 * messages with `actual`/`expected`; this wrapper stamps `ruleId`, `source`,
 * `url`, severity (`fatal`) and fix safety on everything the check emitted.
 */
export function defineRule(meta: RuleMeta, check: RuleCheck): Rule {
  return {meta, check}
}

export function ruleUrl(id: string): string {
  return docsBase + '#' + id
}

/** Stamp the messages a rule emitted from index `start` on. */
export function stampMessages(
  file: VFile,
  start: number,
  meta: RuleMeta,
  severity: Severity
): void {
  const fatal = severity === 'error' ? true : severity === 'warn' ? false : undefined
  for (let index = start; index < file.messages.length; index++) {
    const message = file.messages[index]
    message.ruleId = meta.id
    message.source = 'copydesk'
    message.url = ruleUrl(meta.id)
    // A rule's own `file.info` hints stay hints whatever the severity.
    message.fatal = message.fatal === undefined ? undefined : fatal
    ;(message as CopydeskMessageFields).fixSafe = meta.fixSafe
  }
}
