#!/usr/bin/env -S node --min-semi-space-size=64 --max-semi-space-size=64
import {createConnection, ProposedFeatures} from 'vscode-languageserver/node.js'
import {startServer} from './lsp/server.js'
import {lintProcessFlags} from './engine/heap.js'

/**
 * `copydesk-language-server --stdio` (also `--node-ipc` or `--socket=<port>`):
 * diagnostics, quick fixes and dictionary commands for plain text, Markdown
 * and HTML, all through the same processor the CLI uses.
 */
const argv = process.argv.slice(2)
if (argv.includes('--help') || argv.includes('-h')) {
  process.stdout.write('Usage: copydesk-language-server --stdio\n\nThe copydesk language server: speaks LSP over stdio (or --node-ipc, --socket=<port>).\n')
  process.exit(0)
}
if (argv.includes('--version') || argv.includes('-v')) {
  const {createRequire} = await import('node:module')
  const pkg = createRequire(import.meta.url)('../../package.json') as {version: string}
  process.stdout.write(pkg.version + '\n')
  process.exit(0)
}
if (!argv.some((arg) => arg === '--stdio' || arg === '--node-ipc' || arg.startsWith('--socket') || arg.startsWith('--pipe') || arg.startsWith('--clientProcessId'))) {
  // Editors nearly always pass --stdio; default to it rather than failing.
  process.argv.push('--stdio')
}

lintProcessFlags()
const connection = createConnection(ProposedFeatures.all)

// Never die on a stray error: report it to the client's log and carry on.
process.on('uncaughtException', (error) => {
  try {
    connection.console.error('copydesk: uncaught exception: ' + (error && error.stack ? error.stack : String(error)))
  } catch {
    // Nothing more we can do.
  }
})
process.on('unhandledRejection', (reason) => {
  try {
    connection.console.error('copydesk: unhandled rejection: ' + (reason instanceof Error && reason.stack ? reason.stack : String(reason)))
  } catch {
    // As above.
  }
})

startServer(connection)
