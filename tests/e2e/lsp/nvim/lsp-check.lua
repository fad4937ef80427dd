-- Neovim 0.7 (Debian's `neovim`) as a headless LSP client of the Pledge server:
--   LSP_CMD="dotnet …/Pledge.LanguageServer.dll" HOVER_LINE=N HOVER_COL=N nvim --headless -i NONE -u lsp-check.lua FILE.sla
-- waits for the file's diagnostics, asks for a hover at (HOVER_LINE, HOVER_COL) (zero-based), prints
-- `DIAGNOSTICS <json>` and `HOVER <json>` lines, and exits 0 (1 on a timeout).
-- 0.7 has no vim.lsp.start(): start_client, then buf_attach_client (didOpen is sent after initialize).
vim.cmd([[autocmd BufRead,BufNewFile *.sla setfiletype sla]])
local cmd = vim.split(os.getenv('LSP_CMD') or error('set LSP_CMD to the server command'), ' ', { trimempty = true })
local timeout = tonumber(os.getenv('LSP_TIMEOUT_MS') or '20000')
local function out(s) io.stdout:write(s .. '\n') end
local diagnostics = nil

local default = vim.lsp.handlers['textDocument/publishDiagnostics']
vim.lsp.handlers['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
  default(err, result, ctx, config)
  if result and #result.diagnostics > 0 then diagnostics = result end
end

vim.api.nvim_create_autocmd('FileType', { pattern = 'sla', callback = function(args)
  local id = vim.lsp.start_client({ name = 'pledge', cmd = cmd, root_dir = vim.fn.getcwd() })
  vim.lsp.buf_attach_client(args.buf, id)
end })

vim.api.nvim_create_autocmd('VimEnter', { callback = function()
  local ok = vim.wait(timeout, function() return diagnostics ~= nil end, 50)
  if not ok then
    out('TIMEOUT: no diagnostics')
    vim.cmd('cquit! 1')
    return
  end
  out('DIAGNOSTICS ' .. vim.fn.json_encode(diagnostics))
  local params = {
    textDocument = vim.lsp.util.make_text_document_params(),
    position = { line = tonumber(os.getenv('HOVER_LINE') or '0'), character = tonumber(os.getenv('HOVER_COL') or '0') },
  }
  local responses = vim.lsp.buf_request_sync(0, 'textDocument/hover', params, timeout)
  for _, response in pairs(responses or {}) do
    if response.result then out('HOVER ' .. vim.fn.json_encode(response.result)) end
  end
  for _, c in ipairs(vim.lsp.get_active_clients()) do c.stop() end
  vim.wait(3000, function() return #vim.lsp.get_active_clients() == 0 end, 50)
  vim.cmd('qa!')
end })
