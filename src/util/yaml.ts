import {createRequire} from 'node:module'

/**
 * js-yaml, loaded on the first YAML that is actually parsed: the shipped
 * dictionaries come from JSON snapshots, so most runs parse no YAML at all
 * and need not compile the parser.
 */
type Yaml = typeof import('js-yaml')
let yaml: Yaml | undefined

export function loadYaml(text: string, options?: {filename?: string}): unknown {
  yaml ||= createRequire(import.meta.url)('js-yaml') as Yaml
  return yaml.load(text, options)
}
