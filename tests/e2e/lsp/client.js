// A stdio LSP client on vscode-jsonrpc + vscode-languageserver-protocol, shared by the end-to-end test and the
// benchmark: starts the built server, initializes it, and gives typed requests and a wait for diagnostics.
'use strict';
const cp = require('child_process');
const path = require('path');
const url = require('url');
const rpc = require('vscode-jsonrpc/node');
const P = require('vscode-languageserver-protocol');

const repo = path.resolve(__dirname, '..', '..', '..');
const serverDll = process.env.PLEDGE_LSP_DLL
  || path.join(repo, 'lsp-server', 'Pledge.LanguageServer', 'bin', 'Release', 'net10.0', 'Pledge.LanguageServer.dll');

function uriOf(file) { return url.pathToFileURL(path.resolve(file)).href; }

async function startServer({ rootDir = repo, initializationOptions = {} } = {}) {
  const server = cp.spawn('dotnet', [serverDll], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  server.stderr.on('data', d => { stderr += d.toString(); });
  const exited = new Promise(resolve => server.on('exit', code => resolve(code)));
  const conn = rpc.createMessageConnection(new rpc.StreamMessageReader(server.stdout), new rpc.StreamMessageWriter(server.stdin));
  const diagnostics = new Map();
  const waiters = [];
  conn.onNotification(P.PublishDiagnosticsNotification.type, p => {
    diagnostics.set(p.uri, p);
    for (const w of [...waiters]) if (w.match(p)) { waiters.splice(waiters.indexOf(w), 1); w.resolve(p); }
  });
  conn.onNotification(P.LogMessageNotification.type, () => {});
  conn.listen();
  const init = await conn.sendRequest(P.InitializeRequest.type, {
    processId: process.pid, rootUri: uriOf(rootDir), workspaceFolders: null, initializationOptions,
    capabilities: { textDocument: { publishDiagnostics: { relatedInformation: true } } },
  });
  await conn.sendNotification(P.InitializedNotification.type, {});

  /** Resolves with the next publishDiagnostics that matches (uri, and optionally a version). */
  function nextDiagnostics(uri, version, timeoutMs = 15000) {
    return new Promise((resolve, reject) => {
      const t = setTimeout(() => reject(new Error(`timeout waiting for diagnostics of ${uri} v${version}`)), timeoutMs);
      waiters.push({ match: p => p.uri === uri && (version === undefined || p.version === version), resolve: p => { clearTimeout(t); resolve(p); } });
    });
  }

  async function stop() {
    await conn.sendRequest(P.ShutdownRequest.type);
    await conn.sendNotification(P.ExitNotification.type);
    const code = await exited;
    conn.dispose();
    return code;
  }

  return { conn, P, init, diagnostics, nextDiagnostics, stop, server, stderr: () => stderr };
}

module.exports = { startServer, uriOf, repo, P };
