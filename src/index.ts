/**
 * copydesk’s API.
 *
 *     import {lint} from 'copydesk'
 *     const file = await lint('Sergey Conversation met Whitkoff in moscow.')
 *     for (const message of file.messages) console.log(message.reason)
 *
 * The preset works in any unified pipeline that produces nlcst:
 *
 *     import {retext} from 'retext'
 *     import copydesk from 'copydesk'
 *     await retext().use(copydesk, {rules: {spelling: 'off'}}).process(text)
 */
import {copydesk} from './processor.js'

export {lint, lintFile, processorFor, type LintInput} from './lint.js'
export {copydesk, createProcessor, resolveRules, type CopydeskOptions, type RuleConfig} from './processor.js'
export {preset} from './preset.js'
export {prepareParser, fileTypeOf, type FileType} from './parse.js'
export {loadConfigFor, ConfigError, type LoadedConfig, type ConfigFile} from './config.js'
export {applyEdits, safeEdits, isSafeFix, writeFileAtomic, type Edit} from './fix.js'
export {report, toJson, toSarif, toGithub, type ReportFormat} from './reporters/index.js'
export {DictionaryError, loadNamesFile, parseNames, type NameEntry} from './names/load.js'
export {namesIndex, NamesIndex} from './names/index.js'
export type {Rule, RuleMeta, RuleContext, Severity} from './types.js'
export default copydesk
