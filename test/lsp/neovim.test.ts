import {spawn, spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {expect, test} from 'vitest'
import {serverPath} from './client.js'

// End to end with a real editor: headless Neovim (0.7+) as the LSP client.
const probe = spawnSync('nvim', ['--version'], {encoding: 'utf8'})
const nvimVersion = probe.status === 0 ? probe.stdout.split('\n')[0] : undefined
const built = fs.existsSync(serverPath)
if (!nvimVersion) console.warn('skipping the Neovim end-to-end test: `nvim` is not installed (Debian/Ubuntu: apt-get install -y neovim)')
else if (!built) console.warn('skipping the Neovim end-to-end test: ' + serverPath + ' is missing; run `npx tsc -p tsconfig.json` first')

// Uses only the 0.7 API (start_client, buf_attach_client, request_sync, apply_workspace_edit).
const init = String.raw`
local server = os.getenv('COPYDESK_SERVER')
local file = os.getenv('COPYDESK_FILE')
local logfile = os.getenv('COPYDESK_LOG')
local function log(message)
  local handle = io.open(logfile, 'a')
  handle:write(message .. '\n')
  handle:close()
end
local function fail(message)
  log('FAIL ' .. message)
  vim.cmd('cquit 3')
end

vim.cmd('edit ' .. vim.fn.fnameescape(file))
local bufnr = vim.api.nvim_get_current_buf()
local client_id = vim.lsp.start_client({
  name = 'copydesk',
  cmd = {os.getenv('COPYDESK_NODE'), server, '--stdio'},
  root_dir = vim.fn.fnamemodify(file, ':h'),
  workspace_folders = {{uri = vim.uri_from_fname(vim.fn.fnamemodify(file, ':h')), name = 'ws'}},
})
if not client_id then fail('the server did not start') end
vim.lsp.buf_attach_client(bufnr, client_id)

local function code_of(d)
  if d.code then return d.code end
  return d.user_data and d.user_data.lsp and d.user_data.lsp.code
end
local target
local ok = vim.wait(30000, function()
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    if code_of(d) == 'name-case' then target = d return true end
  end
  return false
end, 50)
if not ok then fail('no name-case diagnostic arrived') end
log('diagnostics ' .. #vim.diagnostic.get(bufnr))

-- vim.diagnostic columns are bytes; LSP wants UTF-16 code units.
local function utf16(lnum, col)
  local line = vim.api.nvim_buf_get_lines(bufnr, lnum, lnum + 1, true)[1]
  local _, units = vim.str_utfindex(line, col)
  return {line = lnum, character = units}
end
local params = {
  textDocument = {uri = vim.uri_from_bufnr(bufnr)},
  range = {start = utf16(target.lnum, target.col), ['end'] = utf16(target.end_lnum, target.end_col)},
  context = {diagnostics = {}},
}
local client = vim.lsp.get_client_by_id(client_id)
local response = client.request_sync('textDocument/codeAction', params, 15000, bufnr)
if not response or response.err or not response.result then fail('codeAction failed: ' .. vim.inspect(response)) end
local applied = false
for _, action in ipairs(response.result) do
  if action.isPreferred and action.edit then
    log('applying ' .. action.title)
    vim.lsp.util.apply_workspace_edit(action.edit, 'utf-16')
    applied = true
    break
  end
end
if not applied then fail('no preferred quick fix in ' .. vim.inspect(response.result)) end

-- The server re-lints the edited buffer: the diagnostic goes away.
local cleared = vim.wait(15000, function()
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    if code_of(d) == 'name-case' then return false end
  end
  return true
end, 50)
log('cleared ' .. tostring(cleared))
vim.cmd('write')
vim.lsp.stop_client(client_id)
vim.wait(2000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 50)
log('done')
vim.cmd('qall!')
`

test.skipIf(!nvimVersion || !built)('Neovim applies a quick fix from the server and writes the file (' + (nvimVersion || 'nvim missing') + ')', {timeout: 90000}, async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-nvim-'))
  const file = path.join(dir, 'story.txt')
  const logfile = path.join(dir, 'nvim.log')
  const initFile = path.join(dir, 'init.lua')
  const original = 'Le café 😀 reopened.\nThe mayor announced sanctions on russia after the talks.\n'
  fs.writeFileSync(file, original)
  fs.writeFileSync(initFile, init)
  const child = spawn('nvim', ['--headless', '-u', 'NONE', '-i', 'NONE', '-n', '-c', 'luafile ' + initFile], {
    cwd: dir,
    env: {...process.env, COPYDESK_SERVER: serverPath, COPYDESK_FILE: file, COPYDESK_LOG: logfile, COPYDESK_NODE: process.execPath},
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let output = ''
  child.stdout.on('data', (chunk) => (output += String(chunk)))
  child.stderr.on('data', (chunk) => (output += String(chunk)))
  const code = await new Promise<number | null>((resolve) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      resolve(null)
    }, 80000)
    child.on('exit', (status) => {
      clearTimeout(timer)
      resolve(status)
    })
  })
  const log = fs.existsSync(logfile) ? fs.readFileSync(logfile, 'utf8') : ''
  expect(log, output).not.toMatch(/FAIL/)
  expect(code, log + output).toBe(0)
  expect(log).toMatch(/applying Replace `russia` with `Russia`/)
  expect(log).toMatch(/cleared true/)
  expect(fs.readFileSync(file, 'utf8')).toBe(original.replace('russia', 'Russia'))
  fs.rmSync(dir, {recursive: true, force: true})
})
