-- Neovim 0.7 as a second LSP client: starts report-lint-ls over stdio on a draft, waits for
-- diagnostics and the document symbols, prints them, and exits non-zero on failure.
-- Run by scripts/e2e/nvim.mjs:  nvim --headless --noplugin -u test/nvim/check.lua <draft>
local server = vim.env.REPORT_LINT_LS
local draft = vim.fn.argv(0)
local function fail(msg)
  io.stderr:write('nvim-check: ' .. msg .. '\n')
  vim.cmd('cquit 1')
end

vim.cmd('edit ' .. vim.fn.fnameescape(draft))
local bufnr = vim.api.nvim_get_current_buf()
local client_id = vim.lsp.start_client({
  name = 'report-lint',
  cmd = { 'node', server, '--stdio' },
  root_dir = vim.fn.fnamemodify(draft, ':h'),
})
if not client_id then fail('could not start the server') end
vim.lsp.buf_attach_client(bufnr, client_id)

local ok = vim.wait(15000, function() return #vim.diagnostic.get(bufnr) > 0 end, 100)
if not ok then fail('no diagnostics within 15 s') end
for _, d in ipairs(vim.diagnostic.get(bufnr)) do
  io.stdout:write(string.format('diagnostic %d:%d %s\n', d.lnum + 1, d.col, tostring(d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code))))
end

local result = vim.lsp.buf_request_sync(bufnr, 'textDocument/documentSymbol', { textDocument = vim.lsp.util.make_text_document_params() }, 10000)
if not result or not result[client_id] or not result[client_id].result then fail('no document symbols') end
for _, s in ipairs(result[client_id].result) do io.stdout:write('symbol ' .. s.name .. '\n') end

-- Quick fixes as Neovim 0.7's vim.lsp.buf.code_action() asks for them: the line's diagnostics
-- converted back to LSP, their columns in bytes (the year of "    二、2025年" starts at byte 10,
-- UTF-16 character 6). Asked twice: with the diagnostics' `data` as Neovim keeps it, and without.
local year
for _, d in ipairs(vim.diagnostic.get(bufnr)) do
  if d.code == 'year-consistency' or (d.user_data and d.user_data.lsp and d.user_data.lsp.code == 'year-consistency') then year = d end
end
if not year then fail('no year-consistency diagnostic') end
vim.api.nvim_win_set_cursor(0, { year.lnum + 1, year.col })
local function actions(label, strip)
  local params = vim.lsp.util.make_range_params()
  local diagnostics = vim.lsp.diagnostic.get_line_diagnostics(bufnr, year.lnum)
  for _, d in ipairs(diagnostics) do
    io.stdout:write(string.format('context %s %s %d:%d-%d:%d %s\n', label, tostring(d.code), d.range.start.line, d.range.start.character, d.range['end'].line, d.range['end'].character, vim.inspect(d.data):gsub('%s+', ' ')))
    if strip then d.data = nil end
  end
  params.context = { diagnostics = diagnostics }
  local res = vim.lsp.buf_request_sync(bufnr, 'textDocument/codeAction', params, 10000)
  if not res or not res[client_id] or not res[client_id].result then fail('no code actions (' .. label .. ')') end
  for _, a in ipairs(res[client_id].result) do io.stdout:write('action ' .. label .. ' ' .. a.title .. '\n') end
end
actions('data', false)
actions('nodata', true)

vim.lsp.stop_client(client_id)
vim.cmd('qall!')
