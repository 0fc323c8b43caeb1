/**
 * The build after `tsc` (`npm run build`, and `prepare` on install): the
 * snapshots a cold run reads instead of working them out (the forms nspell
 * accepts, the names index), the bundled CLI, and executable bins.
 *
 * The `copydesk` command runs from one bundle (`dist/bundle/cli.js`, with the
 * Markdown and HTML parsers and the glob matcher in chunks of their own that
 * load on first use): node then resolves and reads a handful of files instead
 * of some hundred modules, about a tenth of a cold run. The API, the language
 * server and the lint workers run from the compiled modules in `dist/src`.
 */
import fs from 'node:fs'
import path from 'node:path'
import {packageRoot} from '../names/load.js'

const root = packageRoot()

// Lower-case forms nspell accepts (`dist/spell-words.txt`).
const {spelledRight} = await import('../spell-words.js')
spelledRight('a')

// The names index of the shipped dictionaries (`dist/names-index.json`).
const {namesIndex} = await import('../names/index.js')
namesIndex({})

const outdir = path.join(root, 'dist', 'bundle')
fs.rmSync(outdir, {recursive: true, force: true})
const esbuild = await import('esbuild')
await esbuild.build({
  entryPoints: [path.join(root, 'dist', 'src', 'cli.js')],
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // dictionary-en reads its files beside its own module.
  external: ['dictionary-en'],
  // Bundled CommonJS dependencies (nspell) call `require`, which an ES module lacks.
  banner: {js: "import {createRequire as copydeskCreateRequire} from 'node:module';const require = copydeskCreateRequire(import.meta.url);"},
  logLevel: 'warning'
})

for (const bin of ['dist/bundle/cli.js', 'dist/src/cli.js', 'dist/src/lsp.js']) fs.chmodSync(path.join(root, bin), 0o755)
